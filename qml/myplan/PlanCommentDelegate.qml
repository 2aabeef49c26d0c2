import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// One comment on the plan: who, when, about which version, what they wrote.
ColumnLayout {
    id: root

    required property int index
    required property string whoText
    required property string whenText
    required property string versionText
    required property string text

    objectName: "comment_" + index
    spacing: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: whoText + ", " + whenText + ": " + text

    Label {
        text: root.whoText + " · " + root.whenText + (root.versionText ? " · " + root.versionText : "")
        font.weight: Font.DemiBold
        opacity: 0.8
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "commentText"
        text: root.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
