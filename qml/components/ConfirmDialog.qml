import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// "Are you sure?" for actions that cannot be undone (sign out and erase).
Dialog {
    id: root

    property string message
    property string confirmText: qsTr("Confirm")
    signal confirmed()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.gap)
    padding: Theme.gap

    ColumnLayout {
        width: parent.width
        spacing: Theme.gap
        Label {
            text: root.message
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
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
                    root.confirmed()
                    root.close()
                }
            }
        }
    }
}
