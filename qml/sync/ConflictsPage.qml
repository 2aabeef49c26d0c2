import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Sync

// Edits to review: when two people changed the same thing while apart, the
// server keeps the later change and records the other here. The adviser
// chooses which value stands; a resolved conflict leaves the list.
Page {
    id: root

    title: qsTr("Edits to review")

    ConflictsModel {
        id: conflicts
        store: DeviceStore
        onDone: message => Messages.success(message)
        onFailed: message => Messages.error(message)
    }

    ListView {
        id: list
        objectName: "conflictList"
        anchors.fill: parent
        clip: true
        model: conflicts
        spacing: Theme.smallGap
        topMargin: Theme.smallGap
        bottomMargin: Theme.gap
        header: Label {
            width: Math.min(list.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            bottomPadding: Theme.smallGap
            text: qsTr("Two changes to the same detail were made while apart. The later one was kept; choose which should stand. Choosing the other value saves it as a new change.")
            wrapMode: Text.Wrap
        }
        delegate: ConflictDelegate {
            width: Math.min(list.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            busy: conflicts.busy
            onChosen: (conflictId, keepLosing) => conflicts.resolve(conflictId, keepLosing)
        }
    }

    EmptyState {
        objectName: "noConflicts"
        visible: conflicts.loaded && conflicts.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 420)
        icon: "check"
        title: qsTr("Nothing to review")
        explanation: qsTr("When two changes to the same detail clash, they are listed here.")
    }
}
