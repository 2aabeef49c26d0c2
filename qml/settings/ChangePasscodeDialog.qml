import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Session

// Change the passcode: the current one, then the new one twice. The data
// key is re-wrapped; the records are not re-encrypted, so it is quick.
Dialog {
    id: root

    function start() {
        current.text = ""
        fresh.text = ""
        again.text = ""
        Session.clearError()
        open()
    }

    title: qsTr("Change passcode")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.gap)
    padding: Theme.gap

    Connections {
        target: Session
        function onPasscodeChanged() {
            root.close()
            Messages.success(qsTr("Passcode changed."))
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        enabled: !Session.busy
        TextInputField {
            id: current
            objectName: "currentPasscodeField"
            label: qsTr("Current passcode")
            field: "oldPasscode"
            errors: Session.fieldErrors
            echoMode: TextInput.Password
        }
        TextInputField {
            id: fresh
            objectName: "freshPasscodeField"
            label: qsTr("New passcode")
            field: "passcode"
            errors: Session.fieldErrors
            echoMode: TextInput.Password
            hint: qsTr("At least 6 characters.")
        }
        TextInputField {
            id: again
            objectName: "againPasscodeField"
            label: qsTr("New passcode again")
            field: "confirm"
            errors: Session.fieldErrors
            echoMode: TextInput.Password
        }
        ErrorText {
            text: Session.error
        }
        BusyIndicator {
            visible: Session.busy
            running: Session.busy
            Accessible.name: Session.busyText
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                flat: true
                Layout.minimumHeight: Theme.touch
                onClicked: root.close()
            }
            Button {
                objectName: "changeButton"
                text: qsTr("Change passcode")
                highlighted: true
                Material.accent: Theme.actionBlue
                Layout.minimumHeight: Theme.touch
                onClicked: Session.changePasscode(current.text, fresh.text, again.text)
            }
        }
    }
}
