import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Notes

// Write a case note, or amend one (a new version with a reason; the
// original stays). Kept as an encrypted draft while you type.
Page {
    id: root

    required property string caseId
    /// The note to amend; empty for a new note.
    property string refersTo: ""
    /// For an amendment: the text being corrected, to start from.
    property string initialText: ""
    property alias controller: editor
    property bool loading: true

    function fields() {
        return { text: noteText.text, reason: reason.text, shared: shared.checked }
    }

    title: refersTo === "" ? qsTr("Add a note") : qsTr("Amend the note")

    NoteEditorController {
        id: editor
        store: DeviceStore
        caseId: root.caseId
        refersTo: root.refersTo
        onDraftLoaded: fields => {
            noteText.text = fields.text || ""
            reason.text = fields.reason || ""
            shared.checked = !!fields.shared
        }
        onSaved: message => {
            Messages.success(message)
            Navigation.back()
        }
        onFailed: message => Messages.error(message)
    }
    Component.onCompleted: {
        noteText.text = initialText
        editor.start()
        loading = false
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            enabled: !editor.busy
            Item { implicitHeight: Theme.smallGap }
            TextAreaField {
                id: noteText
                objectName: "noteText"
                label: root.refersTo === "" ? qsTr("Note") : qsTr("Corrected note")
                field: "text"
                errors: editor.fieldErrors
                minimumLines: 8
                onTextChanged: if (!root.loading) editor.edited(root.fields())
            }
            TextAreaField {
                id: reason
                objectName: "reasonText"
                visible: root.refersTo !== ""
                label: qsTr("Why it is amended")
                field: "reason"
                errors: editor.fieldErrors
                minimumLines: 2
                onTextChanged: if (!root.loading) editor.edited(root.fields())
            }
            Switch {
                id: shared
                text: qsTr("Share this note with the client")
                Layout.minimumHeight: Theme.touch
                Accessible.name: text
                onToggled: editor.edited(root.fields())
            }
            Label {
                objectName: "draftStatus"
                text: editor.draftStatus
                visible: text !== ""
                opacity: 0.75
                Layout.fillWidth: true
                Accessible.name: text
            }
            RowLayout {
                spacing: Theme.smallGap
                Button {
                    objectName: "saveNoteButton"
                    text: root.refersTo === "" ? qsTr("Save note") : qsTr("Save amendment")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: editor.save(root.fields())
                }
                Button {
                    text: qsTr("Discard")
                    flat: true
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: qsTr("Discard this draft")
                    onClicked: {
                        editor.discardDraft()
                        Navigation.back()
                    }
                }
            }
        }
    }
}
