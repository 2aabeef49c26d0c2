import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Employer
import Rtw.Plan

// One plan shared with the employer: what was agreed (only the parts the
// employee shares), acknowledging it and comments. Answers are saved on this
// device and reach the adviser and the employee after the next sync.
Page {
    id: root

    required property string caseId
    required property string grantId
    property alias controller: plan

    title: qsTr("Shared plan")

    /// For the screenshot tour: "errors" sends an empty comment,
    /// "acknowledge" acknowledges, "comment" sends a comment.
    function tourAction(name) {
        // The answers are at the end of the page: show them.
        const flick = scroll.contentItem
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
        if (name === "errors")
            plan.comment("")
        if (name === "acknowledge")
            plan.acknowledge()
        if (name === "comment") {
            comment.text = qsTr("We can start week 1 at 10am. The sit-stand desk arrives on Monday.")
            plan.comment(comment.text)
        }
    }

    EmployerPlanController {
        id: plan
        store: DeviceStore
        caseId: root.caseId
        grantId: root.grantId
        onSaved: message => Messages.success(message)
        onFailed: message => Messages.error(message)
        onCommented: comment.text = ""
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            Item { implicitHeight: Theme.smallGap }
            Label {
                objectName: "planHeading"
                visible: plan.found
                text: plan.heading
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            EmployerPlanSections {
                visible: plan.found
                preview: plan.preview
                Layout.fillWidth: true
            }
            InfoCard {
                objectName: "answers"
                visible: plan.found
                title: qsTr("Your answer")
                Layout.fillWidth: true
                Label {
                    text: qsTr("The adviser and your employee see your acknowledgement and comments after the next sync.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "acknowledgedText"
                    visible: text !== ""
                    text: plan.acknowledgedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "acknowledgeButton"
                    visible: plan.acknowledgedText === ""
                    enabled: !plan.busy
                    text: qsTr("I have read this plan")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: qsTr("Acknowledge: I have read this plan")
                    onClicked: plan.acknowledge()
                }
                Repeater {
                    model: plan.comments
                    delegate: FactRow {
                        required property var modelData
                        label: modelData.whenText
                        value: modelData.text
                    }
                }
                TextAreaField {
                    id: comment
                    objectName: "commentField"
                    label: qsTr("A comment or question about the plan")
                    field: "comment"
                    errors: plan.fieldErrors
                    minimumLines: 2
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "sendCommentButton"
                    enabled: !plan.busy
                    text: qsTr("Send comment")
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: plan.comment(comment.text)
                }
            }
            EmptyState {
                objectName: "planNotShared"
                visible: plan.loaded && !plan.found
                icon: "event"
                title: qsTr("This plan is no longer shared with you")
                explanation: qsTr("Sharing has stopped or ended. Contact the adviser if you need to know more.")
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
