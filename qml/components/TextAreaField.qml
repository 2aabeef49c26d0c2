import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A multi-line text field (reasons, notes) with its label and validation message.
FormField {
    id: root

    property alias text: area.text
    property alias placeholderText: area.placeholderText
    property alias area: area
    property int minimumLines: 3

    TextArea {
        id: area
        Layout.fillWidth: true
        Layout.minimumHeight: Math.max(Theme.touch, font.pixelSize * 1.5 * root.minimumLines)
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        Accessible.name: root.accessibleName
    }
}
