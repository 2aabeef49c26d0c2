import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Rtw.Components
import Rtw.Sync

// The always-visible sync status in the app bar: an icon and a few words
// (offline, syncing 40 of 120, synced 14:02, 3 waiting, sync problem).
// Tapping it opens the sync page.
ToolButton {
    id: root

    readonly property string iconName: {
        switch (Sync.phase) {
        case Sync.Syncing: return "sync"
        case Sync.Error: return "warning"
        case Sync.Idle: return Sync.pendingChanges > 0 ? "upload" : "cloud-done"
        default: return Sync.pendingChanges > 0 ? "upload" : "cloud-off"
        }
    }

    text: Sync.summary
    icon.source: Icons.url(iconName)
    display: AbstractButton.TextBesideIcon
    font.capitalization: Font.MixedCase
    implicitHeight: Theme.touch
    Material.foreground: Sync.phase === Sync.Error ? (Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e") : undefined
    Accessible.name: qsTr("Sync status: %1. Open sync details").arg(Sync.summary)
    onClicked: Navigation.openPage("sync")

    BusyIndicator {
        running: Sync.phase === Sync.Syncing
        visible: running
        width: 20
        height: 20
        anchors.left: parent.left
        anchors.leftMargin: 10
        anchors.verticalCenter: parent.verticalCenter
    }
}
