import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Sync

// Changes the server refused: the record was put back to the server's copy,
// so each is shown here with the reason until the adviser dismisses it.
Page {
    id: root

    title: qsTr("Refused changes")

    RejectedChangesModel {
        id: rejected
        store: DeviceStore
        onDone: message => Messages.success(message)
        onFailed: message => Messages.error(message)
    }

    ListView {
        id: list
        objectName: "rejectedList"
        anchors.fill: parent
        clip: true
        model: rejected
        spacing: Theme.smallGap
        topMargin: Theme.smallGap
        bottomMargin: Theme.gap
        header: Label {
            width: Math.min(list.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            bottomPadding: Theme.smallGap
            text: qsTr("The server did not accept these changes, so they are not in the record. Make the change again if it is still needed.")
            wrapMode: Text.Wrap
        }
        delegate: RejectedChangeDelegate {
            width: Math.min(list.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            busy: rejected.busy
            onDismissed: opId => rejected.dismiss(opId)
        }
    }

    EmptyState {
        objectName: "noRejected"
        visible: rejected.loaded && rejected.count === 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 420)
        icon: "check"
        title: qsTr("No refused changes")
        explanation: qsTr("If the server refuses a change, it is listed here with the reason.")
    }
}
