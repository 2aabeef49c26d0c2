import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components
import Rtw.Plan

// The plan as the employer will see it: only the parts switched on for
// the employer, never diagnosis or notes, and a line saying what is hidden.
Page {
    id: root

    required property string caseId
    /// An agreed version; "" for the saved working plan.
    property string versionId: ""
    readonly property var preview: view.preview

    title: qsTr("As the employer sees it")

    EmployerPreviewController {
        id: view
        store: DeviceStore
        caseId: root.caseId
        versionId: root.versionId
        onFailed: message => Messages.error(message)
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
                objectName: "previewHeading"
                text: view.heading
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "hiddenText"
                visible: text !== ""
                text: view.hiddenText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            InfoCard {
                objectName: "previewTarget"
                title: qsTr("Target date")
                visible: (root.preview.targetDate || "") !== ""
                FactRow { label: qsTr("Back at work as agreed by"); value: root.preview.targetDate || "" }
            }
            InfoCard {
                title: qsTr("Phased return, week by week")
                visible: (root.preview.phases || []).length > 0
                Repeater {
                    model: root.preview.phases || []
                    delegate: FactRow {
                        required property var modelData
                        label: qsTr("Week %1").arg(modelData.week)
                        value: modelData.text + (modelData.notes ? " · " + modelData.notes : "")
                    }
                }
            }
            InfoCard {
                objectName: "previewAdjustments"
                title: qsTr("Adjustments")
                visible: (root.preview.adjustments || []).length > 0
                Repeater {
                    model: root.preview.adjustments || []
                    delegate: FactRow {
                        required property var modelData
                        label: modelData.typeText
                        value: modelData.description
                    }
                }
            }
            InfoCard {
                title: qsTr("Actions")
                visible: (root.preview.actions || []).length > 0
                Repeater {
                    model: root.preview.actions || []
                    delegate: FactRow {
                        required property var modelData
                        label: modelData.ownerText + (modelData.dueText ? qsTr(", by %1").arg(modelData.dueText) : "")
                        value: modelData.description + " (" + modelData.statusText + ")"
                    }
                }
            }
            InfoCard {
                title: qsTr("Reviews")
                visible: (root.preview.reviewDates || []).length > 0
                FactRow { label: qsTr("Review dates"); value: (root.preview.reviewDates || []).join(", ") }
            }
            InfoCard {
                title: qsTr("Who to contact")
                visible: (root.preview.adviserContact || "") !== ""
                FactRow { label: qsTr("Adviser"); value: root.preview.adviserContact || "" }
            }
            EmptyState {
                visible: view.loaded && view.heading === ""
                title: qsTr("Nothing to show yet")
                explanation: qsTr("Save the plan first.")
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
