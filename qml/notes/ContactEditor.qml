import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Notes

// Log a contact: when, how, where, how long, attendance, who else was
// there, the note and the actions agreed. Saved together; kept as an
// encrypted draft while you type, so nothing is lost if the app closes.
Page {
    id: root

    required property string caseId
    property alias controller: editor
    property bool loading: true
    readonly property bool attended: attendance.value === "attended"
    readonly property var form: ({
        date: date.text, time: time.text, mode: mode.value, venue: venue.text,
        duration: duration.text, attendance: attendance.value, participants: participants.people,
        noteText: noteText.text, shared: shared.checked, actions: actions.actions
    })

    function fill(f) {
        loading = true
        date.text = f.date || ""
        time.text = f.time || ""
        mode.value = f.mode || "face_to_face"
        venue.text = f.venue || ""
        duration.text = f.duration || ""
        attendance.value = f.attendance || "attended"
        participants.people = f.participants || []
        noteText.text = f.noteText || ""
        shared.checked = !!f.shared
        actions.actions = f.actions || []
        loading = false
    }

    title: qsTr("Log a contact")
    onFormChanged: if (!loading) editor.edited(form)

    ContactEditorController {
        id: editor
        store: DeviceStore
        caseId: root.caseId
        onDraftLoaded: form => root.fill(form)
        onSaved: message => {
            Messages.success(message)
            Navigation.back()
        }
        onFailed: message => Messages.error(message)
    }
    Component.onCompleted: {
        fill(editor.defaults())
        editor.start()
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
            InfoCard {
                title: qsTr("The contact")
                GridLayout {
                    columns: width > 420 ? 2 : 1
                    columnSpacing: Theme.gap
                    Layout.fillWidth: true
                    DateField { id: date; objectName: "contactDate"; label: qsTr("Date"); field: "contact.date"; errors: editor.fieldErrors }
                    TextInputField {
                        id: time
                        objectName: "contactTime"
                        label: qsTr("Time")
                        field: "contact.time"
                        errors: editor.fieldErrors
                        placeholderText: qsTr("hh:mm")
                        inputMethodHints: Qt.ImhPreferNumbers
                    }
                }
                ChoiceField { id: mode; objectName: "contactMode"; label: qsTr("How"); kind: "contactMode"; field: "contact.mode"; errors: editor.fieldErrors }
                TextInputField { id: venue; label: qsTr("Where"); optional: true; field: "contact.venue"; errors: editor.fieldErrors; placeholderText: qsTr("e.g. Meanwood Library") }
                ChoiceField { id: attendance; objectName: "attendance"; label: qsTr("Attendance"); kind: "attendance"; field: "contact.attendance"; errors: editor.fieldErrors }
                TextInputField {
                    id: duration
                    objectName: "duration"
                    visible: root.attended
                    label: qsTr("How long (minutes)")
                    field: "contact.durationMinutes"
                    errors: editor.fieldErrors
                    inputMethodHints: Qt.ImhDigitsOnly
                }
                ParticipantsEditor { id: participants; errors: editor.fieldErrors }
            }
            TextAreaField {
                id: noteText
                objectName: "contactNote"
                label: qsTr("Note")
                optional: !root.attended
                field: "note.text"
                errors: editor.fieldErrors
                hint: qsTr("What was discussed and agreed. Saved as written; later corrections are added as amendments.")
                minimumLines: 6
            }
            Switch {
                id: shared
                text: qsTr("Share the note with the client")
                Layout.minimumHeight: Theme.touch
                Accessible.name: text
            }
            ActionsEditor { id: actions; errors: editor.fieldErrors }
            Label {
                objectName: "draftStatus"
                text: editor.draftStatus
                visible: text !== ""
                opacity: 0.75
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.smallGap
                Button {
                    objectName: "saveContactButton"
                    text: qsTr("Save contact")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: editor.save(root.form)
                }
                Button {
                    text: qsTr("Discard")
                    flat: true
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: qsTr("Discard this contact")
                    onClicked: {
                        editor.discardDraft()
                        Navigation.back()
                    }
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
