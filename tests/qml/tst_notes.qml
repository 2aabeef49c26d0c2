import QtQuick
import QtTest
import Rtw.Caseload
import Rtw.Components
import Rtw.Notes

// Notes: a half-written note is restored, an amendment needs a reason and
// shows in the history with the original, a note entered in error stays
// visible and marked, a held contact needs its note.
TestCase {
    id: tc
    name: "Notes"
    width: 420
    height: 900
    visible: true
    when: windowShown && caseload.count > 0

    CaseloadModel {
        id: caseload
        store: DeviceStore
    }
    Component {
        id: noteEditor
        NoteEditor {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: contactEditor
        ContactEditor {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: historyPage
        NoteHistoryPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: notesModel
        NotesModel {
            store: DeviceStore
        }
    }
    SignalSpy {
        id: saved
        signalName: "saved"
    }

    function caseId(row) {
        return caseload.caseIdAt(row)
    }

    function test_draftNoteIsRestored() {
        const id = caseId(0)
        let editor = createTemporaryObject(noteEditor, tc, { caseId: id })
        findChild(editor, "noteText").text = "Half-written: client reports the new chair hel"
        tryVerify(() => editor.controller.draftStatus.startsWith("Draft saved"), 5000)
        editor.destroy()
        wait(0)
        editor = createTemporaryObject(noteEditor, tc, { caseId: id })
        tryCompare(findChild(editor, "noteText"), "text", "Half-written: client reports the new chair hel")
        verify(editor.controller.draftStatus.startsWith("Draft from"))
        editor.controller.discardDraft()
    }

    function test_amendmentHistory() {
        const id = caseId(1)
        const writer = createTemporaryObject(noteEditor, tc, { caseId: id })
        saved.target = writer.controller
        saved.clear()
        findChild(writer, "noteText").text = "Client walked 10 minutes a day."
        findChild(writer, "saveNoteButton").clicked()
        tryCompare(saved, "count", 1)

        const notes = createTemporaryObject(notesModel, tc, { caseId: id })
        tryVerify(() => notes.loaded && notes.count > 0)
        let noteId = ""
        for (let i = 0; i < notes.count; ++i)
            if (notes.get(i).text === "Client walked 10 minutes a day.")
                noteId = notes.get(i).noteId
        verify(noteId !== "")

        const amender = createTemporaryObject(noteEditor, tc,
            { caseId: id, refersTo: noteId, initialText: "Client walked 10 minutes a day." })
        compare(amender.title, "Amend the note")
        findChild(amender, "noteText").text = "Client walked 15 minutes a day."
        saved.target = amender.controller
        saved.clear()
        findChild(amender, "saveNoteButton").clicked()
        verify(findChild(amender, "reasonText").error.indexOf("Say why") >= 0, "an amendment needs a reason")
        compare(saved.count, 0)
        findChild(amender, "reasonText").text = "Misheard: it was 15"
        findChild(amender, "saveNoteButton").clicked()
        tryCompare(saved, "count", 1)

        const page = createTemporaryObject(historyPage, tc, { caseId: id, noteId: noteId })
        const list = findChild(page, "historyList")
        tryCompare(list, "count", 2)
        compare(list.model.get(0).text, "Client walked 10 minutes a day.")
        compare(list.model.get(0).kindText, "Original note")
        compare(list.model.get(1).reason, "Misheard: it was 15")
        verify(list.model.get(1).isCurrent)

        // Entered in error: a reason is required, then the note is marked, not removed.
        findChild(page, "enteredInErrorButton").clicked()
        const dialog = findChild(page, "enteredInErrorDialog")
        tryVerify(() => dialog.opened)
        findChild(dialog.contentItem, "confirmButton").clicked()
        verify(dialog.opened, "no reason, no change")
        findChild(dialog.contentItem, "reasonField").text = "Written in the wrong record"
        findChild(dialog.contentItem, "confirmButton").clicked()
        tryVerify(() => list.model.enteredInError)
        compare(list.count, 2)
        verify(!findChild(page, "amendButton").enabled)
    }

    function test_heldContactNeedsANote() {
        const editor = createTemporaryObject(contactEditor, tc, { caseId: caseId(2) })
        saved.target = editor.controller
        saved.clear()
        findChild(editor, "saveContactButton").clicked()
        verify(findChild(editor, "contactNote").error.indexOf("Write a note") >= 0)
        compare(saved.count, 0)
        editor.controller.discardDraft()
    }
}
