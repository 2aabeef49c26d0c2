#include "qml/notes/note_editor_controller.h"

#include "model/case_note.h"
#include "model/dates.h"
#include "qml/components/format.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {

NoteEditorController::NoteEditorController(QObject* parent) : QObject(parent) {
    connect(&draft_, &DraftKeeper::saved, this, [this](qint64 ms) {
        draftStatus_ = tr("Draft saved at %1").arg(Format::time(double(ms)));
        emit draftStatusChanged();
    });
    connect(&draft_, &DraftKeeper::failed, this, &NoteEditorController::failed);
}

void NoteEditorController::setStore(DeviceStore* store) {
    if (store_ == store) return;
    store_ = store;
    draft_.setStore(store);
    emit storeChanged();
}

void NoteEditorController::setCaseId(const QString& id) {
    if (caseId_ == id) return;
    caseId_ = id;
    updateKey();
    emit caseIdChanged();
}

void NoteEditorController::setRefersTo(const QString& id) {
    if (refersTo_ == id) return;
    refersTo_ = id;
    updateKey();
    emit refersToChanged();
}

void NoteEditorController::updateKey() {
    // One draft per case for a new note, one per note for an amendment.
    draft_.setKey(refersTo_.isEmpty() ? QStringLiteral("note/") + caseId_
                                      : QStringLiteral("amend/") + refersTo_);
}

void NoteEditorController::start() {
    draft_.load([this](std::optional<QVariantMap> fields, qint64 savedMs) {
        if (!fields) return;
        const QString when = Format::ukDateTime(double(savedMs));
        draftStatus_ = tr("Draft from %1 restored").arg(when);
        emit draftStatusChanged();
        emit draftLoaded(*fields, when);
    });
}

void NoteEditorController::edited(const QVariantMap& fields) {
    draft_.update(fields);
}

void NoteEditorController::discardDraft() {
    draft_.discard();
    draftStatus_.clear();
    emit draftStatusChanged();
}

void NoteEditorController::save(const QVariantMap& fields) {
    if (!store_ || busy_) return;
    const QString text = fields.value(QStringLiteral("text")).toString();
    const QString reason = fields.value(QStringLiteral("reason")).toString().trimmed();
    QVariantMap errors;
    if (text.trimmed().isEmpty())
        errors.insert(QStringLiteral("text"), refersTo_.isEmpty()
                                                  ? tr("Write the note before saving it.")
                                                  : tr("Write the corrected note."));
    if (!refersTo_.isEmpty() && reason.isEmpty())
        errors.insert(QStringLiteral("reason"),
                      tr("Say why the note is amended: it is kept with it."));
    setFieldErrors(errors);
    if (!errors.isEmpty()) return;
    nlohmann::json note = {{"kind", refersTo_.isEmpty() ? "note" : "amendment"},
                           {"text", toStd(text.trimmed())},
                           {"sharedWithPatient", fields.value(QStringLiteral("shared")).toBool()}};
    if (!refersTo_.isEmpty()) {
        note["refersTo"] = toStd(refersTo_);
        note["reason"] = toStd(reason);
    }
    write(note, refersTo_.isEmpty() ? tr("Note saved.") : tr("Amendment saved."), true);
}

void NoteEditorController::markEnteredInError(const QString& noteId, const QString& reason) {
    if (!store_ || busy_) return;
    if (reason.trimmed().isEmpty()) {
        setFieldErrors({{QStringLiteral("reason"),
                         tr("Say why the note was entered in error: it is kept in the record.")}});
        return;
    }
    setFieldErrors({});
    write({{"kind", "entered_in_error"},
           {"text", ""},
           {"refersTo", toStd(noteId)},
           {"reason", toStd(reason.trimmed())},
           {"sharedWithPatient", false}},
          tr("Note marked as entered in error."), false);
}

void NoteEditorController::write(nlohmann::json note, const QString& message, bool dropDraft) {
    note["authorId"] = store_->profile().userId;
    note["writtenAt"] = model::formatTimestamp(store_->clock().nowMs());
    busy_ = true;
    emit busyChanged();
    const std::string caseId = toStd(caseId_);
    store_->write<Result<std::string>>(
        this, caseId_,
        [caseId, note](store::Store& s) mutable {
            note["deviceId"] = s.deviceId();
            return s.records().create("case_note", caseId, note);
        },
        [this, message, dropDraft](Result<std::string> r) {
            busy_ = false;
            emit busyChanged();
            if (!r) {
                setFieldErrors(fieldErrorMap(r.status()));
                emit failed(tr("Not saved: %1").arg(sentence(r.status().message())));
                return;
            }
            if (dropDraft) discardDraft();
            emit saved(message);
        });
}

void NoteEditorController::setFieldErrors(QVariantMap errors) {
    if (errors == fieldErrors_) return;
    fieldErrors_ = std::move(errors);
    emit fieldErrorsChanged();
}

}  // namespace rtw::app
