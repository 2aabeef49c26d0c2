import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Sync

// First sign-in on this device: the server address, email and password.
// Needs a connection once; after that a passcode opens the app offline.
LockScreenFrame {
    id: root

    /// The address to offer (the last one used); `serverChosen` reports the one signed in with.
    property string serverUrl
    signal serverChosen(string url)

    heading: qsTr("Sign in")
    explanation: qsTr("Sign in once with the account your service gave you. After that you choose a passcode and can work with no connection.")
    busy: Sync.signingIn
    busyText: qsTr("Signing in…")

    TextInputField {
        id: server
        objectName: "serverField"
        label: qsTr("Server address")
        field: "serverUrl"
        errors: Sync.signInFieldErrors
        text: root.serverUrl
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
    }
    TextInputField {
        id: email
        objectName: "emailField"
        label: qsTr("Email")
        field: "email"
        errors: Sync.signInFieldErrors
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
    }
    TextInputField {
        id: password
        objectName: "passwordField"
        label: qsTr("Password")
        field: "password"
        errors: Sync.signInFieldErrors
        echoMode: TextInput.Password
        onAccepted: signIn.clicked()
    }
    ErrorText {
        objectName: "signInError"
        text: Sync.signInError
    }
    Button {
        id: signIn
        objectName: "signInButton"
        text: qsTr("Sign in")
        highlighted: true
        Material.accent: Theme.actionBlue
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: {
            root.serverChosen(server.text.trim())
            Sync.signIn(server.text, email.text, password.text)
        }
    }
}
