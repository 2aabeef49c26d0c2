import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Goals for today: each active goal with today's planned amount from its
// pacing, and one tap to log it done. Other amounts and "one step back"
// are on the Goals page.
InfoCard {
    id: root

    /// A PatientGoalsController.
    required property QtObject goals
    signal openGoals()

    objectName: "dueGoalsCard"
    title: qsTr("Goals for today")

    Repeater {
        model: root.goals.goals
        delegate: RowLayout {
            id: row
            required property string goalId
            required property string what
            required property string status
            required property real plannedAmount
            required property string unit
            required property real doneToday
            required property bool loggedToday
            visible: status === "active"
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Label {
                text: row.loggedToday
                    ? qsTr("%1: %2 %3 done today").arg(row.what).arg(row.doneToday).arg(row.unit)
                    : qsTr("%1: %2 %3").arg(row.what).arg(row.plannedAmount).arg(row.unit)
                font.weight: row.loggedToday ? Font.Normal : Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "done-" + row.goalId
                text: row.loggedToday ? qsTr("Done") : qsTr("Mark done")
                icon.source: row.loggedToday ? Icons.url("check") : ""
                enabled: !row.loggedToday && !root.goals.busy
                Layout.minimumHeight: Theme.touch
                Accessible.name: row.loggedToday ? qsTr("%1 done today").arg(row.what)
                    : qsTr("Mark %1 done: %2 %3").arg(row.what).arg(row.plannedAmount).arg(row.unit)
                onClicked: root.goals.logProgress(row.goalId, String(row.plannedAmount), false, "")
            }
        }
    }
    Label {
        visible: root.goals.loaded && root.goals.goals.count === 0
        text: qsTr("No goals yet. You and your adviser agree them together, and you can suggest one on the Goals page.")
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }
    Button {
        objectName: "openGoalsButton"
        text: qsTr("More on Goals")
        flat: true
        Layout.fillWidth: true
        visible: root.goals.goals.count > 0
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: root.openGoals()
    }
}
