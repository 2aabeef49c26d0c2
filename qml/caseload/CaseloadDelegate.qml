import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// One case in the caseload: name, work status, next action (with how
// urgent), and whether changes are waiting to sync.
ItemDelegate {
    id: root

    required property string caseId
    required property string name
    required property string statusText
    required property string status
    required property string workStatusText
    required property string nextAction
    required property string dueText
    required property string dueTone
    required property int pendingChanges
    required property bool matchedInNote
    property bool selected: false

    highlighted: selected
    padding: Theme.gap
    topPadding: 12
    bottomPadding: 12
    Accessible.name: [name, statusText, workStatusText, nextAction, dueText,
        pendingChanges > 0 ? Format.plural(pendingChanges, qsTr("change"), qsTr("changes")) + qsTr(" waiting to sync") : ""]
        .filter(s => s !== "").join(". ")

    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Label {
                text: root.name
                font.weight: Font.DemiBold
                font.pixelSize: Theme.fontSize * 1.1
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Image {
                visible: root.pendingChanges > 0
                source: Icons.url("upload")
                sourceSize: Qt.size(20, 20)
                opacity: 0.7
                Accessible.ignored: true
            }
            Label {
                visible: root.pendingChanges > 0
                text: qsTr("%1 waiting").arg(root.pendingChanges)
                font.pixelSize: Theme.fontSize * 0.85
                opacity: 0.8
            }
        }
        Label {
            text: [root.status !== "active" ? root.statusText : "", root.workStatusText]
                .filter(s => s !== "").join(" · ")
            visible: text !== ""
            opacity: 0.85
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.nextAction !== ""
            text: qsTr("Next: %1").arg(root.nextAction)
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            visible: root.dueText !== "" || root.matchedInNote
            spacing: Theme.smallGap
            StatusChip {
                visible: root.dueText !== ""
                text: root.dueText
                tone: root.dueTone
            }
            StatusChip {
                visible: root.matchedInNote
                text: qsTr("Found in a note")
            }
        }
    }
}
