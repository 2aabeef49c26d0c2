import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A one-line text field with its label and validation message.
FormField {
    id: root

    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    property alias readOnly: input.readOnly
    property alias input: input
    signal accepted()

    TextField {
        id: input
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        selectByMouse: true
        Accessible.name: root.accessibleName
        onAccepted: root.accepted()
    }
}
