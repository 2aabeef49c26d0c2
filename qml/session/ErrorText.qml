import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A form-level error in plain words (wrong passcode, lockout), read out by screen readers.
Label {
    visible: text !== ""
    wrapMode: Text.Wrap
    color: Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e"
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
