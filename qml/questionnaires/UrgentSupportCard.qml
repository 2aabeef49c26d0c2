import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Shown at once when a self-harm question is answered above its threshold
// (PHQ-9 question 9): where to get urgent help, and what to do now.
Pane {
    id: root

    property var lines: []
    property string heading: qsTr("Urgent: the client answered the question about self-harm")
    readonly property bool dark: Material.theme === Material.Dark

    padding: Theme.gap
    Material.elevation: 2
    background: Rectangle {
        color: root.dark ? "#5c1a15" : "#fdecea"
        border.color: root.dark ? "#ffb4ab" : "#b3261e"
        border.width: 2
        radius: 4
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.heading + ". " + root.lines.join(" ")

    ColumnLayout {
        width: parent.width
        spacing: Theme.smallGap
        RowLayout {
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Image {
                source: Icons.url("warning")
                sourceSize: Qt.size(28, 28)
                Accessible.ignored: true
            }
            Label {
                objectName: "urgentHeading"
                text: root.heading
                font.pixelSize: Theme.fontSize * 1.15
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Repeater {
            model: root.lines
            delegate: Label {
                required property string modelData
                text: "• " + modelData
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
