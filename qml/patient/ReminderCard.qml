import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components
import Rtw.Settings

// The daily reminder: off, or a time the patient picks. The app reminds on
// the Today page (and with a message if it is open when the time comes);
// this desktop build has no system notifications.
InfoCard {
    id: root

    readonly property var choices: [""].concat(reminderTimes)
    property var reminderTimes: []

    objectName: "reminderCard"
    title: qsTr("Daily reminder")

    FormField {
        label: qsTr("Remind me to check in at")
        hint: qsTr("The reminder shows in the app. This version cannot send phone notifications.")
        ComboBox {
            objectName: "reminderTime"
            model: root.choices.map(t => t === "" ? qsTr("No reminder") : t)
            currentIndex: Math.max(0, root.choices.indexOf(AppSettings.reminderTime))
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: qsTr("Remind me to check in at")
            Accessible.description: currentText
            onActivated: index => AppSettings.reminderTime = root.choices[index]
        }
    }
}
