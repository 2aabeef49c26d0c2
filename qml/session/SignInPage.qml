import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Session
import Rtw.Sync

// First run on this device: sign in with the account your service gave you
// (server address, email, password) and choose the passcode that opens your
// records here, even offline. Needs a connection once.
LockScreenFrame {
    id: root

    /// The address to offer (the last one used); `serverChosen` reports the one signed in with.
    property string serverUrl
    signal serverChosen(string url)
    /// The person is a patient with an invite code from their adviser.
    signal enrolChosen()

    heading: qsTr("Sign in")
    explanation: Sync.available
        ? qsTr("Sign in once with the account your service gave you, and choose a passcode for this device. After that the passcode opens your records, with or without a connection.")
        : qsTr("This build of the app cannot connect to a server.")
    busy: Session.busy
    busyText: Session.busyText

    function submit() {
        root.serverChosen(server.text.trim())
        Session.signIn(server.text, email.text, password.text, passcode.text, confirm.text)
        password.text = ""
    }

    TextInputField {
        id: server
        objectName: "serverField"
        label: qsTr("Server address")
        field: "serverUrl"
        errors: Session.fieldErrors
        text: root.serverUrl
        placeholderText: "https://"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
    }
    TextInputField {
        id: email
        objectName: "emailField"
        label: qsTr("Email")
        field: "email"
        errors: Session.fieldErrors
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
    }
    TextInputField {
        id: password
        objectName: "passwordField"
        label: qsTr("Password")
        field: "password"
        errors: Session.fieldErrors
        echoMode: TextInput.Password
    }
    TextInputField {
        id: passcode
        objectName: "newPasscodeField"
        label: qsTr("Choose a passcode for this device")
        field: "passcode"
        errors: Session.fieldErrors
        hint: qsTr("At least 6 characters. It is never sent anywhere.")
        echoMode: TextInput.Password
    }
    TextInputField {
        id: confirm
        objectName: "confirmPasscodeField"
        label: qsTr("Passcode again")
        field: "confirm"
        errors: Session.fieldErrors
        echoMode: TextInput.Password
        onAccepted: root.submit()
    }
    ErrorText {
        objectName: "signInError"
        text: Session.error
    }
    Button {
        objectName: "signInButton"
        text: qsTr("Sign in")
        highlighted: true
        Material.accent: Theme.actionBlue
        enabled: Sync.available
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: root.submit()
    }
    Button {
        objectName: "haveInviteButton"
        text: qsTr("I have an invite code or a link")
        flat: true
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: { Session.clearError(); root.enrolChosen() }
    }
}
