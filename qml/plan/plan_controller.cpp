#include "qml/plan/plan_controller.h"

#include "qml/plan/plan_comments.h"

#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "qml/documents/letterhead.h"
#include "qml/documents/pdf_saver.h"
#include "qml/plan/plan_document.h"
#include "qml/plan/plan_form.h"

namespace rtw::app {
namespace {

using nlohmann::json;

/// The whole plan as an update: optional parts left out are cleared (null),
/// so removing a target date or the adviser contact really removes it.
json planChanges(const model::RtwPlan& plan) {
    json j = model::toJson(plan);
    for (const char* key : {"targetDate", "adviserContact"})
        if (!j.contains(key)) j[key] = nullptr;
    return j;
}

QString clientDob(const CaseRecords& r) {
    const store::Record* c = r.latest("client");
    if (!c) return {};
    return Format::ukDate(toQt(c->fields.value("dateOfBirth", "")));
}

}  // namespace

PlanController::PlanController(QObject* parent) : CaseViewController(parent) {
    connect(&draft_, &DraftKeeper::saved, this, [this](qint64 ms) {
        setDraftStatus(tr("Unsaved changes kept at %1").arg(Format::time(double(ms))));
    });
    connect(&draft_, &DraftKeeper::failed, this, &PlanController::failed);
    connect(this, &CaseViewController::storeChanged, this, [this] { draft_.setStore(store()); });
    connect(this, &CaseViewController::caseIdChanged, this,
            [this] { draft_.setKey(QStringLiteral("plan/") + caseId()); });
    // A save or an agreement makes the kept changes part of the record.
    connect(this, &CaseViewController::saved, this, [this] { discardDraft(); });
}

void PlanController::setDraftStatus(const QString& text) {
    if (draftStatus_ == text) return;
    draftStatus_ = text;
    emit draftStatusChanged();
}

void PlanController::start() {
    draft_.load([this](std::optional<QVariantMap> form, qint64 savedMs) {
        if (!form) return;
        setDraftStatus(
            tr("Unsaved changes from %1 restored").arg(Format::ukDateTime(double(savedMs))));
        emit draftLoaded(*form);
    });
}

void PlanController::edited(const QVariantMap& form) {
    draft_.update(form);
}

void PlanController::discardDraft() {
    draft_.discard();
    setDraftStatus({});
}

QVariantMap PlanController::newPlanForm() const {
    QVariantMap form = emptyPlanForm();
    if (store()) {
        form["adviserName"] = toQt(store()->profile().displayName);
        form["adviserEmail"] = toQt(store()->profile().email);
    }
    return form;
}

CaseViewController::Builder PlanController::builder() const {
    const QVariantMap fresh = newPlanForm();
    const std::string userId = store() ? store()->profile().userId : std::string();
    return [fresh, userId](const CaseRecords& r) -> std::any {
        PlanView v = buildPlanView(r, fresh);
        const auto* latest = v.state.latest();
        v.comments =
            planCommentRows(r, userId, CommentReader::Adviser, latest ? latest->id : std::string());
        return v;
    };
}

void PlanController::apply(std::any view) {
    view_ = std::any_cast<PlanView>(std::move(view));
    versions_.setRows(view_.versions);
    comments_.setRows(view_.comments);
    emit changed();
}

QString PlanController::todayText() const {
    return toQt(model::formatUkDate(today()));
}

void PlanController::save(const QVariantMap& form) {
    if (!store() || busy()) return;
    const auto* latest = view_.state.latest();
    const int version = view_.state.plan ? view_.state.plan->version : 1;
    BuiltPlan built = buildPlan(form, version, model::PlanStatus::Draft);
    setFieldErrors(built.fieldErrors);
    if (!built.ok()) {
        emit failed(tr("The plan was not saved: see the messages beside the fields."));
        return;
    }
    // Back to exactly what was agreed: it is the agreed plan again.
    if (latest && samePlanContent(latest->version.snapshot, built.plan)) {
        built.plan.status = model::PlanStatus::Agreed;
        built.plan.version = latest->version.version;
    }
    if (view_.state.plan && *view_.state.plan == built.plan) {
        emit saved(tr("Nothing has changed since the plan was saved."));
        return;
    }
    const std::string planId = view_.state.planId;
    const std::string caseId = toStd(this->caseId());
    const json fields = planId.empty() ? model::toJson(built.plan) : planChanges(built.plan);
    write(
        [planId, caseId, fields](store::Store& s) -> Status {
            if (planId.empty()) return s.records().create("rtw_plan", caseId, fields).status();
            return s.records().update(planId, fields);
        },
        tr("Plan saved."), tr("The plan was not saved"));
}

QStringList PlanController::changesToAgree(const QVariantMap& form) const {
    QStringList out;
    const auto* latest = view_.state.latest();
    if (!latest) return out;
    BuiltPlan built = buildPlan(form, latest->version.version + 1, model::PlanStatus::Agreed);
    if (!built.ok()) return out;
    for (const auto& line : model::describeChanges(latest->version.snapshot, built.plan))
        out << toQt(line);
    return out;
}

void PlanController::agree(const QVariantMap& form, const QString& agreedOn,
                           const QStringList& agreedBy) {
    if (!store() || busy()) return;
    const auto* latest = view_.state.latest();
    const int next = view_.state.latestNumber() + 1;
    BuiltPlan built = buildPlan(form, next, model::PlanStatus::Agreed);
    QVariantMap errors = built.fieldErrors;

    std::optional<model::Date> on;
    if (auto d = model::parseUkDate(toStd(agreedOn.trimmed())); !d)
        errors.insert(QStringLiteral("agreedOn"),
                      agreedOn.trimmed().isEmpty()
                          ? tr("Enter the date the plan was agreed, as dd/mm/yyyy.")
                          : sentence(d.status().message()));
    else if (model::daysBetween(today(), *d) > 0)
        errors.insert(QStringLiteral("agreedOn"), tr("A plan cannot be agreed in the future."));
    else
        on = *d;
    if (!agreedBy.contains(QStringLiteral("patient")))
        errors.insert(QStringLiteral("agreedBy"),
                      tr("The client must agree the plan: taking part is voluntary."));
    setFieldErrors(errors);
    if (!errors.isEmpty()) {
        emit failed(tr("The plan was not agreed: see the messages."));
        return;
    }
    if (latest && samePlanContent(latest->version.snapshot, built.plan)) {
        emit failed(tr("Nothing has changed since version %1: there is nothing new to agree.")
                        .arg(latest->version.version));
        return;
    }
    json parties = json::array();
    for (const QString& p : agreedBy) parties.push_back(toStd(p));
    json summary = json::array();
    if (latest)
        for (const auto& line : model::describeChanges(latest->version.snapshot, built.plan))
            summary.push_back(line);
    const json snapshot = model::toJson(built.plan);
    const json changes = planChanges(built.plan);
    const std::string planId = view_.state.planId;
    const std::string caseId = toStd(this->caseId());
    const std::string on_ = model::formatIsoDate(*on);
    write(
        [=](store::Store& s) -> Status {
            return s.records().inTransaction([&](store::RecordStore& r) -> Status {
                std::string id = planId;
                if (id.empty()) {
                    auto made = r.create("rtw_plan", caseId, snapshot);
                    if (!made) return made.status();
                    id = *made;
                } else if (Status st = r.update(id, changes); !st) {
                    return st;
                }
                return r
                    .create("rtw_plan_version", caseId,
                            {{"planId", id},
                             {"version", next},
                             {"snapshot", snapshot},
                             {"agreedOn", on_},
                             {"agreedBy", parties},
                             {"changeSummary", summary}})
                    .status();
            });
        },
        tr("Version %1 of the plan agreed.").arg(next), tr("The plan was not agreed"),
        [this, next] { emit agreed(next); });
}

QString PlanController::pdfFileName(const QString& versionId) const {
    const auto* v = view_.state.find(toStd(versionId));
    return v ? tr("Return-to-work plan v%1.pdf").arg(v->version.version)
             : tr("Return-to-work plan (draft).pdf");
}

void PlanController::setPdfBusy(bool busy) {
    if (pdfBusy_ == busy) return;
    pdfBusy_ = busy;
    emit pdfBusyChanged();
}

void PlanController::writeClientPdf(const QString& fileUrl, const QString& versionId) {
    if (!store() || pdfBusy_) return;
    const QString path = localPdfPath(fileUrl);
    if (path.isEmpty()) {
        emit failed(tr("Choose a folder on this device to save the PDF in."));
        return;
    }
    setPdfBusy(true);
    const std::string caseId = toStd(this->caseId());
    const std::string wanted = toStd(versionId);
    const store::DeviceProfile profile = store()->profile();
    const QString printed = todayText();
    store()->run<Result<PdfDocument>>(
        this,
        [caseId, wanted, profile, printed](store::Store& s) -> Result<PdfDocument> {
            auto records = loadCaseRecords(s, caseId);
            if (!records) return records.status();
            const PlanView view = buildPlanView(*records, {});
            PlanDocumentInfo info;
            info.clientName = view.clientName;
            info.dateOfBirth = clientDob(*records);
            info.adviserName = toQt(profile.displayName);
            info.printedOn = printed;
            info.letterhead = letterheadOf(profile);
            if (!wanted.empty()) {
                const auto* v = view.state.find(wanted);
                if (!v)
                    return Status::error(ErrorCode::NotFound,
                                         "that version of the plan is not on this device");
                info.versionText = QObject::tr("Version %1, agreed on %2 by %3.")
                                       .arg(v->version.version)
                                       .arg(toQt(model::formatUkDate(v->version.agreedOn)),
                                            agreedByText(v->version.agreedBy));
                return planForClient(v->version.snapshot, info);
            }
            if (!view.state.plan)
                return Status::error(ErrorCode::NotFound, "there is no plan to print yet");
            info.draft = view.status != QLatin1String("agreed");
            info.versionText = view.statusText;
            return planForClient(*view.state.plan, info);
        },
        [this, path](Result<PdfDocument> doc) {
            if (!doc) {
                setPdfBusy(false);
                emit failed(tr("No PDF was made: %1").arg(sentence(doc.status().message())));
                return;
            }
            savePdf(this, std::move(*doc), path, [this](Status st) {
                setPdfBusy(false);
                if (st)
                    emit saved(tr("The plan was saved as a PDF."));
                else
                    emit failed(tr("The PDF was not saved: %1").arg(sentence(st.message())));
            });
        });
}

}  // namespace rtw::app
