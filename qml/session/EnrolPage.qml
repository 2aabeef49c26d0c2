import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Session
import Rtw.Sync

// First run for a patient: join with the invite code from your adviser; or
// for an employer, with the link to the plan shared with you (the server
// tells them apart, and the account gets the role that fits).
// Makes your account (email, name, a password for signing in elsewhere)
// and chooses the passcode that opens your information on this device, even
// offline. Needs a connection once.
LockScreenFrame {
    id: root

    /// The address to offer (the last one used); `serverChosen` reports the one used.
    property string serverUrl
    signal serverChosen(string url)
    /// The person has an adviser's account instead.
    signal signInChosen()

    heading: qsTr("Join with an invite code or link")
    explanation: Sync.available
        ? qsTr("Your adviser gave you an invite code; an employer gets a link to the plan shared with them. Use it once, with a connection, to set up the app. After that your passcode opens it, with or without a connection.")
        : qsTr("This build of the app cannot connect to a server.")
    busy: Session.busy
    busyText: Session.busyText

    function submit() {
        root.serverChosen(server.text.trim())
        Session.enrol(server.text, code.text, email.text, name.text, password.text, passcode.text, confirm.text)
        password.text = ""
    }

    TextInputField {
        id: server
        objectName: "enrolServerField"
        label: qsTr("Server address")
        field: "serverUrl"
        errors: Session.fieldErrors
        text: root.serverUrl
        hint: qsTr("It is on the letter or message with your code.")
        placeholderText: "https://"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
    }
    TextInputField {
        id: code
        objectName: "inviteCodeField"
        label: qsTr("Invite code, or the link to a shared plan")
        field: "code"
        errors: Session.fieldErrors
        placeholderText: "ABCDE-FGHJK"
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        // A pasted link names its server: fill the address if it is empty.
        onTextChanged: {
            const origin = /^\s*(https?:\/\/[^\/\s]+)\/e\//.exec(text)
            if (origin && server.text.trim() === "")
                server.text = origin[1]
        }
    }
    TextInputField {
        id: name
        objectName: "enrolNameField"
        label: qsTr("Your name")
        field: "displayName"
        errors: Session.fieldErrors
    }
    TextInputField {
        id: email
        objectName: "enrolEmailField"
        label: qsTr("Your email")
        field: "email"
        errors: Session.fieldErrors
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
    }
    TextInputField {
        id: password
        objectName: "enrolPasswordField"
        label: qsTr("Choose a password for your account")
        field: "password"
        errors: Session.fieldErrors
        hint: qsTr("At least 12 characters. You need it only to set up another device.")
        echoMode: TextInput.Password
    }
    TextInputField {
        id: passcode
        objectName: "enrolPasscodeField"
        label: qsTr("Choose a passcode for this device")
        field: "passcode"
        errors: Session.fieldErrors
        hint: qsTr("At least 6 characters. It is never sent anywhere.")
        echoMode: TextInput.Password
    }
    TextInputField {
        id: confirm
        objectName: "enrolConfirmField"
        label: qsTr("Passcode again")
        field: "confirm"
        errors: Session.fieldErrors
        echoMode: TextInput.Password
        onAccepted: root.submit()
    }
    ErrorText {
        objectName: "enrolError"
        text: Session.error
    }
    Button {
        objectName: "enrolButton"
        text: qsTr("Join")
        highlighted: true
        Material.accent: Theme.actionBlue
        enabled: Sync.available
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: qsTr("Join with my invite code or link")
        onClicked: root.submit()
    }
    Button {
        objectName: "haveAccountButton"
        text: qsTr("I have an account: sign in instead")
        flat: true
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: { Session.clearError(); root.signInChosen() }
    }
}
