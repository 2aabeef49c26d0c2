import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A toggle chip (filters, pain sites): outlined when off, tinted when on,
// with a check mark so "on" does not depend on colour alone. 48 px tall to touch.
Button {
    id: root

    readonly property bool dark: Material.theme === Material.Dark

    checkable: true
    flat: true
    font.capitalization: Font.MixedCase
    implicitHeight: Theme.touch
    topInset: 6
    bottomInset: 6
    leftPadding: 12
    rightPadding: 12
    icon.source: checked ? Icons.url("check") : ""
    icon.width: 18
    icon.height: 18
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        radius: 8
        color: root.checked ? (root.dark ? "#1f3b5c" : "#d3e4f7") : "transparent"
        border.width: root.checked ? 0 : 1
        border.color: root.dark ? "#938f99" : "#79747e"
    }
}
