import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A titled card grouping related facts or form fields.
Pane {
    id: root

    property string title
    default property alias content: column.data

    Layout.fillWidth: true
    padding: Theme.gap
    Material.elevation: 1
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        width: parent.width
        spacing: Theme.smallGap
        Label {
            visible: root.title !== ""
            text: root.title
            font.pixelSize: Theme.fontSize * 1.15
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
    }
}
