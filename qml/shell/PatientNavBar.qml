import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// The patient's destinations (Pages.patientTabs): a bar along the bottom on
// a phone, a rail down the side on a tablet. Each is a 48 px (or larger)
// button with its icon and words, named for screen readers.
Pane {
    id: root

    property bool vertical: false
    property int currentIndex: 0
    signal chosen(int index)

    padding: 0
    Material.elevation: 4
    implicitWidth: vertical ? Math.max(96, Math.round(96 * Theme.fontScale)) : 0
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main sections")

    GridLayout {
        anchors.fill: parent
        anchors.topMargin: root.vertical ? Theme.gap : 0
        columns: root.vertical ? 1 : Pages.patientTabs.length
        rowSpacing: root.vertical ? Theme.smallGap : 0
        columnSpacing: 0

        Repeater {
            model: Pages.patientTabs
            delegate: ItemDelegate {
                id: tab
                required property var modelData
                required property int index
                readonly property bool current: index === root.currentIndex
                objectName: "tab-" + modelData.page
                Layout.fillWidth: true
                Layout.fillHeight: !root.vertical
                Layout.alignment: Qt.AlignTop
                Layout.minimumHeight: Math.max(Theme.touch, implicitHeight)
                padding: Theme.smallGap / 2
                highlighted: current
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.label
                Accessible.checked: current
                onClicked: root.chosen(index)

                contentItem: ColumnLayout {
                    spacing: 2
                    Image {
                        source: Icons.url(tab.modelData.icon)
                        sourceSize: Qt.size(24, 24)
                        opacity: tab.current ? 1 : 0.7
                        Layout.alignment: Qt.AlignHCenter
                        Accessible.ignored: true
                    }
                    Label {
                        text: tab.modelData.label
                        font.pixelSize: Math.round(Theme.fontSize * 0.85)
                        font.weight: tab.current ? Font.DemiBold : Font.Normal
                        color: tab.current ? Material.accent : Material.foreground
                        horizontalAlignment: Text.AlignHCenter
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        Accessible.ignored: true
                    }
                }
            }
        }
        Item {
            visible: root.vertical
            Layout.fillHeight: true
        }
    }
}
