import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Session

// Unlock with the passcode. Wrong passcodes say how many attempts are left;
// after too many the screen counts down before the next try.
LockScreenFrame {
    id: root

    heading: qsTr("Locked")
    explanation: qsTr("Your records are encrypted on this device. Enter your passcode to open them.")
    busy: Session.busy
    busyText: Session.busyText

    function submit() {
        Session.unlock(passcode.text)
        passcode.text = ""
    }

    TextInputField {
        id: passcode
        objectName: "passcodeField"
        label: qsTr("Passcode")
        field: "passcode"
        errors: Session.fieldErrors
        echoMode: TextInput.Password
        enabled: Session.retrySeconds === 0
        onAccepted: root.submit()
        Component.onCompleted: input.forceActiveFocus()
    }
    ErrorText {
        objectName: "unlockError"
        text: Session.error
    }
    Label {
        objectName: "retryText"
        visible: Session.retrySeconds > 0
        text: qsTr("You can try again in %1.").arg(Session.retrySeconds >= 60
            ? qsTr("%1 min %2 s").arg(Math.floor(Session.retrySeconds / 60)).arg(Session.retrySeconds % 60)
            : qsTr("%1 seconds").arg(Session.retrySeconds))
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Button {
        objectName: "unlockButton"
        text: qsTr("Unlock")
        highlighted: true
        Material.accent: Theme.actionBlue
        enabled: Session.retrySeconds === 0
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: root.submit()
    }
    Button {
        text: qsTr("Forgotten your passcode?")
        flat: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: qsTr("Forgotten your passcode? Sign out and erase this device")
        onClicked: forgotten.open()
    }
    ConfirmDialog {
        id: forgotten
        title: qsTr("Sign out and erase?")
        message: qsTr("Without your passcode the records on this device cannot be opened. You can erase them and sign in again: everything already on the server comes back, but changes not yet synced are lost.")
        confirmText: qsTr("Erase and sign out")
        onConfirmed: Session.signOutAndErase()
    }
}
