import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Session

// First run after sign-in: choose the passcode that unlocks this device's
// encrypted records offline.
LockScreenFrame {
    id: root

    heading: qsTr("Create a passcode")
    explanation: (Session.demo
        ? qsTr("Demo: a fictional caseload will be created on this device. ")
        : "")
        + qsTr("You will use this passcode to open your records on this device, even with no connection. Use at least 6 characters; it is never sent anywhere.")
    busy: Session.busy
    busyText: Session.busyText

    TextInputField {
        id: passcode
        objectName: "newPasscodeField"
        label: qsTr("Passcode")
        field: "passcode"
        errors: Session.fieldErrors
        echoMode: TextInput.Password
        Component.onCompleted: input.forceActiveFocus()
    }
    TextInputField {
        id: confirm
        objectName: "confirmPasscodeField"
        label: qsTr("Passcode again")
        field: "confirm"
        errors: Session.fieldErrors
        echoMode: TextInput.Password
        onAccepted: create.clicked()
    }
    ErrorText {
        text: Session.error
    }
    Button {
        id: create
        objectName: "createButton"
        text: qsTr("Create passcode")
        highlighted: true
        Material.accent: Theme.actionBlue
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: Session.createPasscode(passcode.text, confirm.text)
    }
}
