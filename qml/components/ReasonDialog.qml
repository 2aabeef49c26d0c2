import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Asks for a reason before something that must be explained (declining a
// referral, marking a note entered in error). `accepted(reason)` fires only
// with a reason; without one the dialog says so and stays open.
Dialog {
    id: root

    property string explanation
    property string reasonLabel: qsTr("Reason")
    property string confirmText: qsTr("Confirm")
    property string errorText
    signal confirmed(string reason)

    function openEmpty() {
        reasonField.text = ""
        errorText = ""
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 2 * Theme.gap)
    padding: Theme.gap
    standardButtons: Dialog.NoButton

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            visible: root.explanation !== ""
            text: root.explanation
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextAreaField {
            id: reasonField
            objectName: "reasonField"
            label: root.reasonLabel
            localError: root.errorText
            onTextChanged: if (text.trim() !== "") root.errorText = ""
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.smallGap
            Button {
                text: qsTr("Cancel")
                flat: true
                Layout.minimumHeight: Theme.touch
                onClicked: root.reject()
            }
            Button {
                objectName: "confirmButton"
                text: root.confirmText
                highlighted: true
                Material.accent: Theme.actionBlue
                Layout.minimumHeight: Theme.touch
                onClicked: {
                    const reason = reasonField.text.trim()
                    if (reason === "") {
                        root.errorText = qsTr("Give a reason: it is kept in the record.")
                        return
                    }
                    root.confirmed(reason)
                    root.close()
                }
            }
        }
    }
}
