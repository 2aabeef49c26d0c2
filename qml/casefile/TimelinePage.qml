import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components
import Rtw.CaseFile

// Everything that happened on the case, newest first.
Page {
    id: root

    required property string caseId

    TimelineModel {
        id: timeline
        store: DeviceStore
        caseId: root.caseId
    }

    ListView {
        id: list
        objectName: "timelineList"
        anchors.fill: parent
        clip: true
        model: timeline
        topMargin: Theme.smallGap
        delegate: ItemDelegate {
            required property string when
            required property string title
            required property string detail
            required property string kind
            width: list.width
            padding: Theme.gap
            topPadding: 10
            bottomPadding: 10
            Accessible.name: when + ". " + title + (detail ? ". " + detail : "")
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    text: when
                    opacity: 0.75
                    font.pixelSize: Theme.fontSize * 0.9
                }
                Label {
                    text: title
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: detail !== ""
                    text: detail
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        ScrollBar.vertical: ScrollBar {}
    }
    EmptyState {
        visible: timeline.loaded && timeline.count === 0
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        icon: "history"
        title: qsTr("Nothing has happened yet")
        explanation: qsTr("Contacts, notes, consent and other events appear here as they are recorded.")
    }
}
