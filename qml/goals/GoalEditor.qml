import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Goals

// Setting or changing a goal with the client: what, how much, how often,
// by when, and pacing — a baseline, how much to add and how often, up to a
// cap — with the schedule it gives shown as you type.
Page {
    id: root

    required property string caseId
    /// The goal to change; "" for a new goal.
    property string goalId: ""
    property alias controller: goals
    property bool filled: false
    readonly property var form: ({
        category: category.value, what: what.text, amount: amount.text, unit: unit.text,
        frequency: frequency.value, timesPerWeek: timesPerWeek.text, byWhen: byWhen.text,
        status: status.value, pacing: pacing.checked, baseline: baseline.text, increment: increment.text,
        incrementEveryDays: every.text, target: target.text, startOn: startOn.text
    })

    function fill(f) {
        category.value = f.category; what.text = f.what; amount.text = f.amount; unit.text = f.unit
        frequency.value = f.frequency; timesPerWeek.text = f.timesPerWeek; byWhen.text = f.byWhen
        status.value = f.status; pacing.checked = f.pacing; baseline.text = f.baseline
        increment.text = f.increment; every.text = f.incrementEveryDays; target.text = f.target
        startOn.text = f.startOn
        filled = true
    }

    function tourAction(name) {
        if (name === "example")
            fill({ category: "activity", what: qsTr("Walk"), amount: "30", unit: qsTr("minutes"), frequency: "daily",
                   timesPerWeek: "", byWhen: "", status: "active", pacing: true, baseline: "10", increment: "2",
                   incrementEveryDays: "7", target: "30", startOn: startOn.text })
    }

    title: goalId === "" ? qsTr("Set a goal") : qsTr("Change the goal")

    GoalsController {
        id: goals
        store: DeviceStore
        caseId: root.caseId
        onLoadedChanged: if (loaded && !root.filled) root.fill(formFor(root.goalId))
        onSaved: message => {
            Messages.success(message)
            Navigation.back()
        }
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
            enabled: !goals.busy && root.filled
            Item { implicitHeight: Theme.smallGap }
            InfoCard {
                title: qsTr("The goal")
                ChoiceField { id: category; label: qsTr("Kind of goal"); kind: "goalCategory"; field: "category"; errors: goals.fieldErrors }
                TextInputField { id: what; objectName: "goalWhat"; label: qsTr("What"); placeholderText: qsTr("e.g. walk, sit at a desk"); field: "what"; errors: goals.fieldErrors }
                GridLayout {
                    columns: 2
                    columnSpacing: Theme.smallGap
                    Layout.fillWidth: true
                    TextInputField { id: amount; objectName: "goalAmount"; label: qsTr("How much"); field: "amount"; errors: goals.fieldErrors; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                    TextInputField { id: unit; objectName: "goalUnit"; label: qsTr("Measured in"); field: "unit"; errors: goals.fieldErrors }
                }
                ChoiceField { id: frequency; objectName: "goalFrequency"; label: qsTr("How often"); kind: "goalFrequency"; field: "frequency"; errors: goals.fieldErrors }
                TextInputField { id: timesPerWeek; objectName: "goalTimes"; visible: frequency.value === "times_per_week"; label: qsTr("Times a week"); field: "timesPerWeek"; errors: goals.fieldErrors; inputMethodHints: Qt.ImhDigitsOnly }
                DateField { id: byWhen; label: qsTr("By when"); optional: true; field: "byWhen"; errors: goals.fieldErrors }
                ChoiceField { id: status; label: qsTr("Status"); kind: "goalStatus"; field: "status"; errors: goals.fieldErrors }
            }
            InfoCard {
                title: qsTr("Pacing")
                SwitchField {
                    id: pacing
                    objectName: "goalPacing"
                    text: qsTr("Build up gradually from a baseline")
                }
                GridLayout {
                    visible: pacing.checked
                    columns: 2
                    columnSpacing: Theme.smallGap
                    Layout.fillWidth: true
                    TextInputField { id: baseline; objectName: "goalBaseline"; label: qsTr("Start at"); field: "pacing.baseline"; errors: goals.fieldErrors; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                    TextInputField { id: increment; objectName: "goalIncrement"; label: qsTr("Add each time"); field: "pacing.increment"; errors: goals.fieldErrors; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                    TextInputField { id: every; objectName: "goalEvery"; label: qsTr("Every (days)"); field: "pacing.incrementEveryDays"; errors: goals.fieldErrors; inputMethodHints: Qt.ImhDigitsOnly }
                    TextInputField { id: target; objectName: "goalTarget"; label: qsTr("Up to (optional)"); field: "pacing.target"; errors: goals.fieldErrors; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                }
                DateField { id: startOn; objectName: "goalStartOn"; visible: pacing.checked; label: qsTr("Starting on"); field: "pacing.startOn"; errors: goals.fieldErrors }
                Label {
                    visible: pacing.checked && schedule.count > 0
                    text: qsTr("The plan this gives:")
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Repeater {
                    id: schedule
                    objectName: "goalSchedule"
                    model: pacing.checked ? goals.schedulePreview(root.form) : []
                    delegate: Label {
                        required property string modelData
                        text: "• " + modelData
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            RowLayout {
                spacing: Theme.smallGap
                Button {
                    objectName: "saveGoalButton"
                    text: qsTr("Save the goal")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: goals.save(root.goalId, root.form)
                }
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    Layout.minimumHeight: Theme.touch
                    onClicked: Navigation.back()
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
