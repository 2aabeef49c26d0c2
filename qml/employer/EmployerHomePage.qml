import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Employer

// The employer contact's home: the return-to-work plans shared with them.
// Only what the employee agreed to share reaches this device; a plan leaves
// the list when sharing stops or ends.
Page {
    id: root

    property alias controller: plans

    title: qsTr("Shared plans")

    EmployerPlansController {
        id: plans
        store: DeviceStore
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
                text: qsTr("Your employee agreed to share these plans with you. They show the phased return, adjustments and what is asked of you; never health details.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: plans.plans
                delegate: InfoCard {
                    id: row
                    // Roles through `model`: the card has its own `title`.
                    required property int index
                    required property var model
                    readonly property string grantId: model.grantId
                    readonly property string caseId: model.caseId
                    readonly property string detail: model.detail
                    readonly property string stateText: model.stateText
                    readonly property bool acknowledged: model.acknowledged
                    objectName: "plan_" + index
                    title: model.title
                    Layout.fillWidth: true
                    Label {
                        text: row.detail
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    StatusChip {
                        text: row.stateText
                        tone: row.acknowledged ? "good" : "warning"
                    }
                    Button {
                        objectName: "openPlanButton"
                        text: qsTr("Read the plan")
                        highlighted: true
                        Material.accent: Theme.actionBlue
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: qsTr("Read %1").arg(row.title)
                        onClicked: Navigation.push("employerPlan", { caseId: row.caseId, grantId: row.grantId })
                    }
                }
            }
            EmptyState {
                objectName: "noSharedPlans"
                visible: plans.loaded && plans.plans.count === 0
                icon: "event"
                title: qsTr("No plan is shared with you")
                explanation: qsTr("When your employee agrees to share their return-to-work plan with you, it appears here after the next sync. It goes away if they stop sharing it.")
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
