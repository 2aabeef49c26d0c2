import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components
import Rtw.Notes

// Contacts and notes, newest first. Notes are never edited: an amended note
// shows its current text and says so; a note entered in error stays visible,
// marked, with the reason. Tap a note for its full history.
Page {
    id: root

    required property string caseId

    NotesModel {
        id: notes
        store: DeviceStore
        caseId: root.caseId
    }

    ListView {
        id: list
        objectName: "notesList"
        anchors.fill: parent
        clip: true
        model: notes
        spacing: Theme.smallGap
        topMargin: Theme.smallGap
        bottomMargin: Theme.gap
        delegate: NoteDelegate {
            width: Math.min(list.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            onOpenHistory: noteId => Navigation.push("noteHistory", { caseId: root.caseId, noteId: noteId })
        }
        ScrollBar.vertical: ScrollBar {}
    }
    EmptyState {
        visible: notes.loaded && notes.count === 0
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        icon: "note-add"
        title: qsTr("No contacts or notes yet")
        explanation: qsTr("Log a contact after you speak with the client, or add a note. Notes are kept as written; corrections are added as amendments.")
    }
}
