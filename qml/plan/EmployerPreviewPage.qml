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
            EmployerPlanSections {
                preview: root.preview
                Layout.fillWidth: true
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
