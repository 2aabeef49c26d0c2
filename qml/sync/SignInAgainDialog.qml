import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Sync

// The session with the server ended (password changed, signed out
// elsewhere, too long without a connection). Signing in again needs only
// the password of the same account: the records on this device and the
// changes still waiting stay as they are and are sent afterwards.
Dialog {
    id: root

    function openEmpty() {
        passwordField.text = ""
        open()
        passwordField.input.forceActiveFocus()
    }
    function submit() {
        Sync.signInAgain(passwordField.text)
    }

    title: qsTr("Sign in again")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 2 * Theme.gap)
    padding: Theme.gap
    standardButtons: Dialog.NoButton

    Connections {
        target: Sync
        function onSignedInAgain() {
            passwordField.text = ""
            root.close()
            Messages.success(qsTr("Signed in again. Your changes are being sent."))
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            text: qsTr("Your session with the server has ended. Enter the password for %1 to keep syncing. Nothing on this device is lost.")
                  .arg(Sync.accountEmail)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextInputField {
            id: passwordField
            objectName: "signInAgainPassword"
            label: qsTr("Password")
            echoMode: TextInput.Password
            localError: Sync.signInError
            enabled: !Sync.signInBusy
            onAccepted: root.submit()
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.smallGap
            BusyIndicator {
                running: Sync.signInBusy
                visible: running
                Layout.preferredHeight: Theme.touch
                Accessible.name: qsTr("Signing in")
            }
            Button {
                text: qsTr("Not now")
                flat: true
                Layout.minimumHeight: Theme.touch
                onClicked: root.close()
            }
            Button {
                objectName: "signInAgainButton"
                text: qsTr("Sign in")
                highlighted: true
                enabled: !Sync.signInBusy
                Material.accent: Theme.actionBlue
                Layout.minimumHeight: Theme.touch
                Accessible.name: qsTr("Sign in again")
                onClicked: root.submit()
            }
        }
    }
}
