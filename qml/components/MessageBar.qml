import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Shows what is posted to Messages, one at a time, at the bottom of the
// window: confirmations for a few seconds, errors until dismissed or a
// confirmation (the problem put right) replaces them.
Pane {
    id: root

    property var queue: []
    property string text
    property int kind: Messages.Info
    /// The page in front. Errors are about the form on that page (pages
    /// post them from their controllers' failed signals), so leaving the
    /// page drops them rather than showing them over an unrelated one.
    property Item page

    onPageChanged: {
        queue = queue.filter(m => m.kind !== Messages.Error)
        if (visible && kind === Messages.Error) {
            hideTimer.stop()
            showNext()
        }
    }

    function showNext() {
        if (queue.length === 0) {
            visible = false
            return
        }
        const next = queue[0]
        queue = queue.slice(1)
        text = next.text
        kind = next.kind
        visible = true
        if (kind !== Messages.Error)
            hideTimer.restart()
    }

    visible: false
    padding: 12
    Material.elevation: 6
    Material.background: kind === Messages.Error
        ? (Material.theme === Material.Dark ? "#8c1d18" : "#b3261e")
        : (Material.theme === Material.Dark ? "#e6e1e5" : "#313033")
    Material.foreground: kind === Messages.Error ? "#ffffff"
        : (Material.theme === Material.Dark ? "#313033" : "#f4eff4")
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Connections {
        target: Messages
        function onPosted(text, kind) {
            const entry = { text: text, kind: kind }
            // A confirmation means the form's problem was put right: the
            // error it replaces would now be wrong ("not saved" after a save).
            if (root.visible && root.kind === Messages.Error && kind === Messages.Success) {
                root.queue = [entry].concat(root.queue)
                root.showNext()
                return
            }
            root.queue = root.queue.concat([entry])
            if (!root.visible)
                root.showNext()
        }
    }
    Timer {
        id: hideTimer
        interval: 4000
        onTriggered: root.showNext()
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.smallGap
        Label {
            objectName: "messageText"
            text: root.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            text: root.kind === Messages.Error ? qsTr("Dismiss") : qsTr("OK")
            flat: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: qsTr("Dismiss message")
            onClicked: {
                hideTimer.stop()
                root.showNext()
            }
        }
    }
}
