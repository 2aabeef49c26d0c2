import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.MyPlan

// My plan (the patient): the return-to-work plan agreed with me, read-only,
// and comments on it — mine and my adviser's.
Page {
    id: root

    required property string caseId
    property alias controller: myPlan
    readonly property var plan: myPlan.plan

    title: qsTr("My plan")

    MyPlanController {
        id: myPlan
        store: DeviceStore
        caseId: root.caseId
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
            EmptyState {
                objectName: "noPlan"
                visible: myPlan.loaded && !myPlan.hasPlan
                title: qsTr("No plan agreed yet")
                explanation: qsTr("Your adviser will agree a return-to-work plan with you. It will appear here.")
                Layout.fillWidth: true
            }
            Label {
                objectName: "planHeading"
                visible: myPlan.hasPlan
                text: myPlan.heading
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            InfoCard {
                objectName: "planTarget"
                title: qsTr("Back at work by")
                visible: myPlan.hasPlan && (root.plan.targetDate || "") !== ""
                Layout.fillWidth: true
                Label { text: root.plan.targetDate || ""; Layout.fillWidth: true }
            }
            InfoCard {
                objectName: "planPhases"
                title: qsTr("My return, week by week")
                visible: myPlan.hasPlan && (root.plan.phases || []).length > 0
                Layout.fillWidth: true
                Repeater {
                    model: root.plan.phases || []
                    delegate: FactRow {
                        required property var modelData
                        label: qsTr("Week %1").arg(modelData.week)
                        value: modelData.text + (modelData.notes ? " · " + modelData.notes : "")
                    }
                }
            }
            InfoCard {
                title: qsTr("Changes at work")
                visible: myPlan.hasPlan && (root.plan.adjustments || []).length > 0
                Layout.fillWidth: true
                Repeater {
                    model: root.plan.adjustments || []
                    delegate: FactRow {
                        required property var modelData
                        label: modelData.typeText
                        value: modelData.description
                    }
                }
            }
            InfoCard {
                title: qsTr("Things to do")
                visible: myPlan.hasPlan && (root.plan.actions || []).length > 0
                Layout.fillWidth: true
                Repeater {
                    model: root.plan.actions || []
                    delegate: FactRow {
                        required property var modelData
                        label: modelData.ownerText + (modelData.dueText ? qsTr(", by %1").arg(modelData.dueText) : "")
                        value: modelData.description + " (" + modelData.statusText + ")"
                    }
                }
            }
            InfoCard {
                title: qsTr("Reviews")
                visible: myPlan.hasPlan && (root.plan.reviewDates || []).length > 0
                Layout.fillWidth: true
                Label { text: (root.plan.reviewDates || []).join(", "); wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
            InfoCard {
                title: qsTr("My adviser")
                visible: myPlan.hasPlan && (root.plan.adviserContact || "") !== ""
                Layout.fillWidth: true
                Label { text: root.plan.adviserContact || ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
            InfoCard {
                objectName: "comments"
                title: qsTr("Comments")
                visible: myPlan.hasPlan || myPlan.comments.count > 0
                Layout.fillWidth: true
                Label {
                    visible: myPlan.comments.count === 0
                    text: qsTr("Something you would like changed, or a question? Write it here for your adviser.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: myPlan.comments
                    delegate: PlanCommentDelegate { Layout.fillWidth: true }
                }
                TextAreaField {
                    id: comment
                    objectName: "commentField"
                    visible: myPlan.hasPlan
                    label: qsTr("Your comment")
                    field: "text"
                    errors: myPlan.fieldErrors
                    minimumLines: 2
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "sendCommentButton"
                    visible: myPlan.hasPlan
                    enabled: !myPlan.busy
                    text: qsTr("Send comment")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: myPlan.addComment(comment.text)
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
