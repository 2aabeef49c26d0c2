#include "qml/notes/contact_editor_controller.h"

#include "model/dates.h"
#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "qml/notes/contact_form.h"

namespace rtw::app {

ContactEditorController::ContactEditorController(QObject* parent) : QObject(parent) {
    connect(&draft_, &DraftKeeper::saved, this, [this](qint64 ms) {
        draftStatus_ = tr("Draft saved at %1").arg(Format::time(double(ms)));
        emit draftStatusChanged();
    });
    connect(&draft_, &DraftKeeper::failed, this, &ContactEditorController::failed);
}

void ContactEditorController::setStore(DeviceStore* store) {
    if (store_ == store) return;
    store_ = store;
    draft_.setStore(store);
    emit storeChanged();
}

void ContactEditorController::setCaseId(const QString& id) {
    if (caseId_ == id) return;
    caseId_ = id;
    draft_.setKey(QStringLiteral("contact/") + id);
    emit caseIdChanged();
}

QVariantMap ContactEditorController::defaults() const {
    return contactFormDefaults(store_ ? store_->clock().nowMs() : 0);
}

void ContactEditorController::start() {
    draft_.load([this](std::optional<QVariantMap> form, qint64 savedMs) {
        if (!form) return;
        const QString when = Format::ukDateTime(double(savedMs));
        draftStatus_ = tr("Draft from %1 restored").arg(when);
        emit draftStatusChanged();
        emit draftLoaded(*form, when);
    });
}

void ContactEditorController::edited(const QVariantMap& form) {
    draft_.update(form);
}

void ContactEditorController::discardDraft() {
    draft_.discard();
    draftStatus_.clear();
    emit draftStatusChanged();
}

void ContactEditorController::save(const QVariantMap& form) {
    if (!store_ || busy_) return;
    ContactRecords built = buildContact(form);
    setFieldErrors(built.fieldErrors);
    if (!built.ok()) return;
    if (!built.note.is_null()) {
        built.note["authorId"] = store_->profile().userId;
        built.note["writtenAt"] = model::formatTimestamp(store_->clock().nowMs());
    }
    busy_ = true;
    emit busyChanged();
    auto records = std::make_shared<ContactRecords>(std::move(built));
    const std::string caseId = toStd(caseId_);
    store_->write<Status>(
        this, caseId_,
        [caseId, records](store::Store& s) {
            return s.records().inTransaction([&](store::RecordStore& r) -> Status {
                auto contactId = r.create("contact", caseId, records->contact);
                if (!contactId) return contactId.status();
                if (!records->note.is_null()) {
                    auto note = records->note;
                    note["contactId"] = *contactId;
                    note["deviceId"] = s.deviceId();
                    if (auto n = r.create("case_note", caseId, note); !n) return n.status();
                }
                for (auto action : records->actions) {
                    action["contactId"] = *contactId;
                    if (auto a = r.create("case_action", caseId, action); !a) return a.status();
                }
                // The first contact that happened makes the case active.
                if (records->attended) {
                    auto theCase = r.get(caseId);
                    if (!theCase) return theCase.status();
                    if (theCase->fields.value("status", "") == "awaiting_first_contact")
                        if (Status st = r.update(caseId, {{"status", "active"}}); !st) return st;
                }
                return Status::ok();
            });
        },
        [this](Status st) {
            busy_ = false;
            emit busyChanged();
            if (!st) {
                setFieldErrors(fieldErrorMap(st));
                emit failed(tr("The contact was not saved: %1").arg(sentence(st.message())));
                return;
            }
            discardDraft();
            emit saved(tr("Contact saved."));
        });
}

void ContactEditorController::setFieldErrors(QVariantMap errors) {
    if (errors == fieldErrors_) return;
    fieldErrors_ = std::move(errors);
    emit fieldErrorsChanged();
}

}  // namespace rtw::app
