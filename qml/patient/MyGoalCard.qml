import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// One of the patient's goals: what was agreed, the pacing plan (where it
// starts, how it grows, today's amount), the latest entry, and logging
// today's amount — or "one step back": doing less today on purpose, which
// is part of pacing, not a failure.
InfoCard {
    id: root

    required property string goalId
    required property string summary
    required property string status
    required property string plannedToday
    required property var schedule
    required property string progressText
    required property real plannedAmount
    required property string unit
    required property bool loggedToday
    required property real doneToday
    /// The PatientGoalsController.
    required property QtObject goals
    property bool steppingBack: false
    /// This card sent the last entry (so only it shows the messages).
    property bool mine: false

    /// "One step back today" (or back to the plan): the amount starts empty.
    function toggleStepBack() {
        steppingBack = !steppingBack
        amount.text = steppingBack ? "" : String(plannedAmount)
    }

    objectName: "goal-" + goalId
    title: summary

    StatusChip {
        visible: root.status !== "active"
        text: root.status === "proposed" ? qsTr("Suggested by you: your adviser will talk it through with you")
            : Labels.text("goalStatus", root.status)
        tone: root.status === "achieved" ? "good" : "neutral"
    }
    Label {
        visible: root.plannedToday !== ""
        text: root.plannedToday
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: root.schedule.length > 0
        text: qsTr("Your pacing plan")
        opacity: 0.8
        Layout.fillWidth: true
    }
    Repeater {
        model: root.schedule
        delegate: Label {
            required property string modelData
            text: "• " + modelData
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Label {
        text: root.loggedToday ? qsTr("Today so far: %1 %2").arg(root.doneToday).arg(root.unit) : root.progressText
        wrapMode: Text.Wrap
        opacity: 0.85
        Layout.fillWidth: true
    }
    ColumnLayout {
        visible: root.status === "active"
        spacing: Theme.smallGap
        Layout.fillWidth: true
        Label {
            visible: root.steppingBack
            objectName: "stepBackExplanation"
            text: qsTr("Doing less today on purpose is part of pacing. Enter what you managed; tomorrow is a new day.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextInputField {
            id: amount
            objectName: "logAmount"
            label: root.steppingBack ? qsTr("What you did today (%1)").arg(root.unit) : qsTr("How much today (%1)").arg(root.unit)
            field: "amount"
            errors: root.mine ? root.goals.fieldErrors : ({})
            text: String(root.plannedAmount)
            inputMethodHints: Qt.ImhFormattedNumbersOnly
        }
        Flow {
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Button {
                objectName: "logButton"
                text: root.steppingBack ? qsTr("Save my step back") : qsTr("Log it")
                highlighted: true
                Material.accent: Theme.actionBlue
                enabled: !root.goals.busy
                height: Math.max(Theme.touch, implicitHeight)
                Accessible.name: root.steppingBack ? qsTr("Save a step back for %1").arg(root.summary)
                    : qsTr("Log %1").arg(root.summary)
                onClicked: {
                    root.mine = true
                    root.goals.logProgress(root.goalId, amount.text, root.steppingBack, "")
                }
            }
            Button {
                objectName: "stepBackButton"
                text: root.steppingBack ? qsTr("Not today after all") : qsTr("One step back today")
                flat: true
                height: Math.max(Theme.touch, implicitHeight)
                Accessible.name: root.steppingBack ? qsTr("Cancel the step back") : qsTr("One step back today on %1").arg(root.summary)
                onClicked: root.toggleStepBack()
            }
        }
    }
    Connections {
        target: root.goals
        function onSaved() {
            root.steppingBack = false
        }
    }
}
