import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One fact in a card: "Date of birth   14/03/1984". Wraps under the label when narrow.
Item {
    id: root

    property string label
    property string value
    property string emptyText: qsTr("Not recorded")

    implicitWidth: grid.implicitWidth
    implicitHeight: grid.implicitHeight
    Layout.fillWidth: true
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + (value !== "" ? value : emptyText)

    GridLayout {
        id: grid
        width: root.width
        columns: width > 480 ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: 0

        Label {
            text: root.label
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.preferredWidth: grid.columns === 2 ? Math.min(220, root.width * 0.4) : -1
            Layout.fillWidth: grid.columns === 1
            Accessible.ignored: true
        }
        Label {
            text: root.value !== "" ? root.value : root.emptyText
            font.italic: root.value === ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
    }
}
