import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Notes

// A note's whole history: the original, each amendment with its reason, and
// anything marked entered in error. From here: amend it, or mark it entered
// in error (with a reason). Nothing is ever deleted.
Page {
    id: root

    required property string caseId
    required property string noteId

    title: qsTr("Note history")

    NoteHistoryModel {
        id: history
        store: DeviceStore
        caseId: root.caseId
        noteId: root.noteId
    }
    NoteEditorController {
        id: marker
        store: DeviceStore
        caseId: root.caseId
        onSaved: message => Messages.success(message)
        onFailed: message => Messages.error(message)
    }

    ListView {
        id: list
        objectName: "historyList"
        anchors.fill: parent
        clip: true
        model: history
        spacing: Theme.smallGap
        topMargin: Theme.smallGap
        header: Flow {
            width: list.width - 2 * Theme.gap
            x: Theme.gap
            spacing: Theme.smallGap
            bottomPadding: Theme.smallGap
            Button {
                objectName: "amendButton"
                text: qsTr("Amend")
                icon.source: Icons.url("edit")
                enabled: !history.enteredInError && history.count > 0
                height: Theme.touch
                Accessible.name: qsTr("Amend this note")
                onClicked: Navigation.push("addNote", { caseId: root.caseId, refersTo: root.noteId,
                                                        initialText: history.currentText })
            }
            Button {
                objectName: "enteredInErrorButton"
                text: qsTr("Mark entered in error")
                enabled: !history.enteredInError && history.count > 0
                height: Theme.touch
                Accessible.name: text
                onClicked: errorDialog.openEmpty()
            }
        }
        delegate: Pane {
            id: version
            required property string kindText
            required property string text
            required property string reason
            required property string when
            required property string author
            required property bool inError
            required property string errorText
            required property bool isCurrent
            width: Math.min(list.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            Material.elevation: isCurrent ? 2 : 1
            Accessible.role: Accessible.Grouping
            Accessible.name: [kindText, when, author, text, reason, inError ? errorText : ""].filter(s => s).join(". ")
            ColumnLayout {
                width: parent.width
                spacing: 4
                Label {
                    text: kindText + (isCurrent ? qsTr(" (current)") : "")
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("%1, by %2").arg(when).arg(author)
                    opacity: 0.75
                    Layout.fillWidth: true
                }
                Label {
                    text: version.text
                    font.strikeout: inError
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }
                Label {
                    visible: reason !== ""
                    text: qsTr("Why: %1").arg(reason)
                    wrapMode: Text.Wrap
                    font.italic: true
                    Layout.fillWidth: true
                }
                StatusChip {
                    visible: inError
                    text: errorText
                    tone: "bad"
                    wrapMode: Text.Wrap
                    Layout.maximumWidth: parent.width
                }
            }
        }
    }

    ReasonDialog {
        id: errorDialog
        objectName: "enteredInErrorDialog"
        title: qsTr("Mark as entered in error")
        explanation: qsTr("The note stays in the record, marked, with your reason. Use this for a note written in the wrong record or by mistake; to correct it, amend it instead.")
        reasonLabel: qsTr("Why it was entered in error")
        confirmText: qsTr("Mark entered in error")
        onConfirmed: reason => marker.markEnteredInError(root.noteId, reason)
    }
}
