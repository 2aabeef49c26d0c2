import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a list says when it has nothing to show, and what to do about it.
Item {
    id: root

    property string title
    property string explanation
    property string icon: ""

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ". " + explanation

    ColumnLayout {
        id: column
        width: root.width
        spacing: Theme.smallGap

        Image {
            visible: root.icon !== ""
            source: root.icon !== "" ? Icons.url(root.icon) : ""
            sourceSize: Qt.size(48, 48)
            opacity: 0.5
            Layout.alignment: Qt.AlignHCenter
            Accessible.ignored: true
        }
        Label {
            text: root.title
            font.pixelSize: Theme.fontSize * 1.15
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.explanation !== ""
            text: root.explanation
            opacity: 0.8
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
