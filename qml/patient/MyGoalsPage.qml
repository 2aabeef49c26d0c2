import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Patient

// My goals: the goals agreed with the adviser with their pacing plans,
// logging today's amount or one step back, and suggesting a new goal.
Page {
    id: root

    required property string caseId
    property alias controller: goalsModel

    title: qsTr("My goals")

    /// The page tour's states: "stepBack" opens the first goal's step back.
    function tourAction(name) {
        if (name === "stepBack" && list.count > 0)
            list.itemAt(0).toggleStepBack()
    }

    PatientGoalsController {
        id: goalsModel
        store: DeviceStore
        caseId: root.caseId
        onSaved: message => Messages.success(message)
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
            Item { implicitHeight: 0 }
            Label {
                text: qsTr("Small steps, agreed with your adviser. On a bad day, one step back is fine.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            EmptyState {
                visible: goalsModel.loaded && goalsModel.goals.count === 0
                title: qsTr("No goals yet")
                explanation: qsTr("You and your adviser agree goals together. You can suggest one below.")
                Layout.fillWidth: true
            }
            Repeater {
                id: list
                model: goalsModel.goals
                delegate: MyGoalCard {
                    goals: goalsModel
                }
            }
            Button {
                objectName: "suggestGoalButton"
                text: qsTr("Suggest a new goal")
                icon.source: Icons.url("add")
                Layout.minimumHeight: Theme.touch
                Accessible.name: text
                onClicked: Navigation.push("proposeGoal", { caseId: root.caseId })
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
