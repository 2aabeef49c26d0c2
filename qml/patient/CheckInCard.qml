import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// The daily check-in: seven answers with large buttons, in under 30
// seconds. Checked by the controller with core's rules; messages appear
// beside the answers.
InfoCard {
    id: root

    /// The TodayController.
    required property QtObject controller
    /// Fills the answers from a form map (emptyForm() or today's check-in).
    function load(form) {
        pain.value = form.pain
        interference.value = form.interference
        mood.value = form.mood
        sleep.value = form.sleepQuality
        pacing.value = form.pacingDone
        hours.text = form.hoursWorked
        note.text = form.note
    }
    function currentForm() {
        return { pain: pain.value, interference: interference.value, mood: mood.value,
                 sleepQuality: sleep.value, pacingDone: pacing.value, hoursWorked: hours.text,
                 note: note.text }
    }
    function numbers(from, to) {
        const out = []
        for (let i = from; i <= to; ++i)
            out.push({ value: i, text: String(i) })
        return out
    }

    objectName: "checkInCard"
    title: controller.checkedIn ? qsTr("Check in again") : qsTr("How are you today?")

    ChoiceButtonsField {
        id: pain
        objectName: "checkInPain"
        label: qsTr("Pain right now")
        field: "pain"
        errors: root.controller.fieldErrors
        choices: root.numbers(0, 10)
        lowText: qsTr("0 no pain")
        highText: qsTr("10 worst imaginable")
    }
    ChoiceButtonsField {
        id: interference
        objectName: "checkInInterference"
        label: qsTr("How much pain got in the way today")
        field: "interference"
        errors: root.controller.fieldErrors
        choices: root.numbers(0, 10)
        lowText: qsTr("0 not at all")
        highText: qsTr("10 completely")
    }
    ChoiceButtonsField {
        id: mood
        objectName: "checkInMood"
        label: qsTr("Mood")
        field: "mood"
        errors: root.controller.fieldErrors
        buttonWidth: 56
        choices: [{ value: 1, text: qsTr("Very low") }, { value: 2, text: qsTr("Low") },
                  { value: 3, text: qsTr("OK") }, { value: 4, text: qsTr("Good") },
                  { value: 5, text: qsTr("Very good") }]
    }
    ChoiceButtonsField {
        id: sleep
        objectName: "checkInSleep"
        label: qsTr("How well you slept")
        field: "sleepQuality"
        errors: root.controller.fieldErrors
        choices: root.numbers(0, 10)
        lowText: qsTr("0 very badly")
        highText: qsTr("10 very well")
    }
    ChoiceButtonsField {
        id: pacing
        objectName: "checkInPacing"
        label: qsTr("Pacing done today")
        field: "pacingDone"
        errors: root.controller.fieldErrors
        unset: ""
        buttonWidth: 80
        choices: [{ value: "none", text: qsTr("None") }, { value: "some", text: qsTr("Some") },
                  { value: "all", text: qsTr("All") }]
    }
    TextInputField {
        id: hours
        objectName: "checkInHours"
        label: qsTr("Hours worked today")
        field: "hoursWorked"
        errors: root.controller.fieldErrors
        optional: true
        hint: qsTr("Leave empty if none. Quarter hours, like 4.5.")
        inputMethodHints: Qt.ImhFormattedNumbersOnly
    }
    TextAreaField {
        id: note
        objectName: "checkInNote"
        label: qsTr("Anything to add")
        field: "note"
        errors: root.controller.fieldErrors
        optional: true
        minimumLines: 2
    }
    Button {
        objectName: "saveCheckInButton"
        text: root.controller.checkedIn ? qsTr("Save the new check-in") : qsTr("Save my check-in")
        highlighted: true
        Material.accent: Theme.actionBlue
        enabled: !root.controller.busy
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: root.controller.saveCheckIn(root.currentForm())
    }
}
