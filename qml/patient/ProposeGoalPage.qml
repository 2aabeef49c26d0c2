import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Patient

// Suggest a goal: what, how much, how often. It is saved as a suggestion
// (status "proposed"); the adviser agrees it with the patient and sets the
// pacing.
Page {
    id: root

    required property string caseId
    property alias controller: goals

    title: qsTr("Suggest a goal")

    function submit() {
        const form = goals.suggestionForm()
        form.what = what.text
        form.amount = amount.text
        form.unit = unit.text
        form.frequency = frequency.value
        form.timesPerWeek = times.text
        goals.suggest(form)
    }
    /// The page tour's states: "errors" sends the empty form.
    function tourAction(name) {
        if (name === "errors")
            submit()
    }

    PatientGoalsController {
        id: goals
        store: DeviceStore
        caseId: root.caseId
        onSaved: message => { Messages.success(message); Navigation.back() }
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
                text: qsTr("Something small and specific works best. Your adviser will talk it through with you and agree how to build it up.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextInputField {
                id: what
                objectName: "suggestWhat"
                label: qsTr("What would you like to do?")
                placeholderText: qsTr("For example: walk, answer emails, sit at a desk")
                field: "what"
                errors: goals.fieldErrors
            }
            TextInputField {
                id: amount
                objectName: "suggestAmount"
                label: qsTr("How much each time")
                field: "amount"
                errors: goals.fieldErrors
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            TextInputField {
                id: unit
                objectName: "suggestUnit"
                label: qsTr("Measured in")
                field: "unit"
                errors: goals.fieldErrors
                text: qsTr("minutes")
            }
            ChoiceField {
                id: frequency
                objectName: "suggestFrequency"
                label: qsTr("How often")
                kind: "goalFrequency"
                field: "frequency"
                errors: goals.fieldErrors
            }
            TextInputField {
                id: times
                objectName: "suggestTimes"
                visible: frequency.value === "times_per_week"
                label: qsTr("Times a week")
                field: "timesPerWeek"
                errors: goals.fieldErrors
                inputMethodHints: Qt.ImhDigitsOnly
            }
            Button {
                objectName: "sendSuggestionButton"
                text: qsTr("Save my suggestion")
                highlighted: true
                Material.accent: Theme.actionBlue
                enabled: !goals.busy
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                Accessible.name: text
                onClicked: root.submit()
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
