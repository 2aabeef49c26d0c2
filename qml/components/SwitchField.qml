import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A switch whose label wraps onto more lines instead of being cut off with
// "...": on a phone a sentence such as "The client agrees to a feedback
// letter to their GP" is wider than the screen.
Switch {
    id: root

    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touch
    Accessible.name: text

    contentItem: Label {
        text: root.text
        font: root.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: !root.mirrored ? root.indicator.width + root.spacing : 0
        rightPadding: root.mirrored ? root.indicator.width + root.spacing : 0
        color: root.enabled ? root.Material.foreground : root.Material.hintTextColor
    }
}
