import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The frame shared by sign-in, create-passcode and unlock: the app's name,
// a title, the form, and a progress state while the key is derived.
Page {
    id: root

    property string heading
    property string explanation
    property bool busy: false
    property string busyText
    default property alias form: formColumn.data

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.gap, 520)
            x: (parent.width - width) / 2
            spacing: Theme.gap

            Item { implicitHeight: Theme.gap * 2 }
            Label {
                text: qsTr("Return to work")
                font.pixelSize: Theme.fontSize * 1.6
                font.weight: Font.DemiBold
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                text: root.heading
                font.pixelSize: Theme.fontSize * 1.25
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: root.explanation !== ""
                text: root.explanation
                wrapMode: Text.Wrap
                opacity: 0.85
                Layout.fillWidth: true
            }
            ColumnLayout {
                id: formColumn
                enabled: !root.busy
                spacing: Theme.gap
                Layout.fillWidth: true
            }
            RowLayout {
                visible: root.busy
                spacing: Theme.smallGap
                Layout.fillWidth: true
                BusyIndicator {
                    running: root.busy
                    Accessible.name: root.busyText
                }
                Label {
                    objectName: "busyText"
                    text: root.busyText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
