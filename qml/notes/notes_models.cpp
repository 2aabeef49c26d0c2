#include "qml/notes/notes_models.h"

#include "qml/components/qt_convert.h"
#include "qml/notes/notes_view.h"

namespace rtw::app {

NotesModel::NotesModel(QObject* parent)
    : CaseRowsModel(
          {"rowKind", "noteId", "contactTitle", "contactDetail", "attendanceTone", "when", "text",
           "amended", "amendedText", "enteredInError", "errorText", "author", "versions", "shared"},
          parent) {}

CaseRowsModel::Builder NotesModel::builder() const {
    const std::string me = store() ? store()->profile().userId : std::string();
    return [me](const CaseRecords& records) { return buildNoteRows(records, me); };
}

NoteHistoryModel::NoteHistoryModel(QObject* parent)
    : CaseRowsModel({"versionId", "kindText", "text", "reason", "when", "author", "inError",
                     "errorText", "isCurrent"},
                    parent) {}

void NoteHistoryModel::setNoteId(const QString& id) {
    if (noteId_ == id) return;
    noteId_ = id;
    emit noteIdChanged();
    reload();
}

QString NoteHistoryModel::currentText() const {
    for (const auto& row : rows())
        if (row.value(QStringLiteral("isCurrent")).toBool())
            return row.value(QStringLiteral("text")).toString();
    return rows().isEmpty() ? QString() : rows().last().value(QStringLiteral("text")).toString();
}

bool NoteHistoryModel::enteredInError() const {
    return !rows().isEmpty() && rows().first().value(QStringLiteral("inError")).toBool();
}

CaseRowsModel::Builder NoteHistoryModel::builder() const {
    const std::string me = store() ? store()->profile().userId : std::string();
    const std::string note = toStd(noteId_);
    return [me, note](const CaseRecords& records) {
        return buildHistoryRows(records, note, me, nullptr, nullptr);
    };
}

}  // namespace rtw::app
