import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Sync

// Sync in detail: where things stand, what is waiting, "sync now", and what
// to do about an error.
Page {
    id: root

    title: qsTr("Sync")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap

            Item { implicitHeight: Theme.smallGap }

            InfoCard {
                title: Sync.summary
                Label {
                    objectName: "syncDetail"
                    text: Sync.detail
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ProgressBar {
                    visible: Sync.phase === Sync.Syncing
                    indeterminate: Sync.progressTotal === 0
                    from: 0
                    to: Math.max(1, Sync.progressTotal)
                    value: Sync.progressDone
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Sync progress")
                }
                FactRow {
                    label: qsTr("Changes waiting")
                    value: Sync.pendingChanges === 0 ? qsTr("None") : String(Sync.pendingChanges)
                }
                RowLayout {
                    spacing: Theme.smallGap
                    Button {
                        text: qsTr("Sync now")
                        highlighted: true
                        Material.accent: Theme.actionBlue
                        enabled: Sync.available && Sync.phase !== Sync.Syncing
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: text
                        onClicked: Sync.syncNow()
                    }
                    Button {
                        visible: Sync.errorAction !== ""
                        text: Sync.errorAction
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: text
                        onClicked: Sync.syncNow()
                    }
                }
            }
        }
    }
}
