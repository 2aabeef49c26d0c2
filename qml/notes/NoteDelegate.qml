import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// One contact (with its note) or one note on its own.
Pane {
    id: root

    required property string rowKind
    required property string noteId
    required property string contactTitle
    required property string contactDetail
    required property string attendanceTone
    required property string when
    required property string text
    required property bool amended
    required property string amendedText
    required property bool enteredInError
    required property string errorText
    required property string author
    required property int versions
    required property bool shared
    signal openHistory(string noteId)

    Material.elevation: 1
    padding: Theme.gap
    Accessible.role: Accessible.Grouping
    Accessible.name: [when, contactTitle, contactDetail, enteredInError ? errorText : text,
        amended ? amendedText : ""].filter(s => s).join(". ")

    ColumnLayout {
        width: parent.width
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: root.rowKind === "contact" ? root.contactTitle : qsTr("Note")
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: root.when
                opacity: 0.75
            }
        }
        StatusChip {
            visible: root.rowKind === "contact"
            text: root.contactDetail
            tone: root.attendanceTone
            wrapMode: Text.Wrap
            Layout.maximumWidth: parent.width
        }
        Label {
            visible: root.noteId !== ""
            text: root.text
            font.strikeout: root.enteredInError
            opacity: root.enteredInError ? 0.6 : 1
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Layout.fillWidth: true
        }
        Label {
            visible: root.rowKind === "contact" && root.noteId === ""
            text: qsTr("No note written for this contact.")
            font.italic: true
            opacity: 0.75
            Layout.fillWidth: true
        }
        StatusChip {
            visible: root.enteredInError
            text: root.errorText
            tone: "bad"
            wrapMode: Text.Wrap
            Layout.maximumWidth: parent.width
        }
        StatusChip {
            visible: root.amended && !root.enteredInError
            text: root.amendedText
            tone: "warning"
            wrapMode: Text.Wrap
            Layout.maximumWidth: parent.width
        }
        RowLayout {
            visible: root.noteId !== ""
            Layout.fillWidth: true
            Label {
                text: root.author + (root.shared ? qsTr(" · shared with the client") : "")
                opacity: 0.75
                font.pixelSize: Theme.fontSize * 0.9
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "historyButton"
                text: root.versions > 1 ? qsTr("History (%1)").arg(root.versions) : qsTr("History")
                flat: true
                icon.source: Icons.url("history")
                Layout.minimumHeight: Theme.touch
                Accessible.name: qsTr("Open the note's history, amend it or mark it entered in error")
                onClicked: root.openHistory(root.noteId)
            }
        }
    }
}
