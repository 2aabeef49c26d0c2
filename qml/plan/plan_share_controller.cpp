#include "qml/plan/plan_share_controller.h"

#include <QDateTime>

#include <map>

#include "model/consent_rules.h"
#include "model/employer_response.h"
#include "model/share_grant.h"
#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "qml/documents/letterhead.h"
#include "qml/documents/pdf_saver.h"
#include "qml/plan/plan_document.h"
#include "qml/plan/plan_view.h"

namespace rtw::app {
namespace {

using nlohmann::json;

struct ShareView {
    QList<QVariantMap> contacts;
    QList<QVariantMap> shares;
    QVariantList versionChoices;
    QVariantList contactChoices;
    model::ConsentState consent;
    std::vector<EmployerContact> people;
};

QString ukDateOf(model::Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("dd/MM/yyyy"));
}

ShareView buildShareView(const CaseRecords& r, model::Timestamp now) {
    ShareView v;
    const PlanState state = planStateOf(r);
    v.consent = consentOf(r);
    v.people = employerContactsOf(r, v.consent);
    for (auto it = state.versions.rbegin(); it != state.versions.rend(); ++it)
        v.versionChoices << QVariantMap{
            {"value", toQt(it->id)},
            {"text", QObject::tr("Version %1, agreed on %2")
                         .arg(it->version.version)
                         .arg(toQt(model::formatUkDate(it->version.agreedOn)))}};
    for (const auto& c : v.people) {
        v.contacts << QVariantMap{
            {"contactId", toQt(c.id)},
            {"name", toQt(c.name)},
            {"mayShare", c.mayShare},
            {"consentText", c.mayShare ? QObject::tr("Agreed to share the plan with them")
                                       : QObject::tr("No consent to share the plan with them")}};
        v.contactChoices << QVariantMap{{"value", toQt(c.id)}, {"text", toQt(c.name)}};
    }
    auto nameOf = [&](const std::string& id) {
        for (const auto& c : v.people)
            if (c.id == id) return toQt(c.name);
        return QObject::tr("an employer contact");
    };
    // The employer's answers from the web page (acknowledged, comments),
    // oldest first, under the share they answer.
    std::map<std::string, QStringList> answers;
    for (const auto& rec : r.of("employer_response")) {
        auto a = model::EmployerResponse::fromJson(rec.fields);
        if (!a) continue;
        const QString when = Format::ukDateTime(static_cast<double>(a->at));
        answers[a->shareGrantId]
            << (a->kind == model::EmployerResponseKind::Acknowledge
                    ? QObject::tr("%1: read and acknowledged the plan").arg(when)
                    : QObject::tr("%1: \u201c%2\u201d").arg(when, toQt(a->comment.value_or(""))));
    }
    const auto& grants = r.of("share_grant");
    for (auto it = grants.rbegin(); it != grants.rend(); ++it) {
        auto g = model::ShareGrant::fromJson(it->fields);
        if (!g) continue;
        const auto* version = state.find(g->planVersionId);
        QString stateText, tone = QStringLiteral("neutral");
        const bool consent = model::hasConsent(
            v.consent, model::ConsentScope::SharePlanWithEmployer, g->employerContactId);
        const bool active = model::isShareActive(*g, now) && consent;
        if (g->revoked) {
            stateText = QObject::tr("Stopped");
        } else if (!model::isShareActive(*g, now)) {
            stateText = QObject::tr("Ended on %1").arg(ukDateOf(g->expiresAt));
        } else if (!consent) {
            stateText = QObject::tr("Consent withdrawn: they can no longer see it");
            tone = QStringLiteral("bad");
        } else {
            stateText = QObject::tr("Shared until %1").arg(ukDateOf(g->expiresAt));
            tone = QStringLiteral("good");
        }
        v.shares << QVariantMap{
            {"shareId", toQt(it->id)},
            {"versionText", version ? QObject::tr("Version %1").arg(version->version.version)
                                    : QObject::tr("A version not on this device")},
            {"contactName", nameOf(g->employerContactId)},
            {"stateText", stateText},
            {"tone", tone},
            {"active", active},
            {"answers", answers[it->id].join(QLatin1Char('\n'))}};
    }
    return v;
}

}  // namespace

PlanShareController::PlanShareController(QObject* parent) : CaseViewController(parent) {}

QString PlanShareController::defaultExpiry() const {
    if (!store()) return {};
    return toQt(
        model::formatUkDate(model::Date{std::chrono::sys_days(today()) + std::chrono::days{84}}));
}

CaseViewController::Builder PlanShareController::builder() const {
    const model::Timestamp now = store() ? store()->clock().nowMs() : 0;
    return [now](const CaseRecords& r) -> std::any { return buildShareView(r, now); };
}

void PlanShareController::apply(std::any view) {
    auto v = std::any_cast<ShareView>(std::move(view));
    contacts_.setRows(v.contacts);
    shares_.setRows(v.shares);
    versionChoices_ = v.versionChoices;
    contactChoices_ = v.contactChoices;
    consent_ = std::move(v.consent);
    emit changed();
}

void PlanShareController::setRefusal(const QString& text) {
    if (refusal_ == text) return;
    refusal_ = text;
    emit refusalChanged();
}

bool PlanShareController::mayShareWith(const QString& contactId) const {
    return model::hasConsent(consent_, model::ConsentScope::SharePlanWithEmployer,
                             toStd(contactId));
}

bool PlanShareController::consentStands(const QString& contactId) {
    QString name;
    for (const auto& row : contacts_.rows())
        if (row.value(QStringLiteral("contactId")).toString() == contactId)
            name = row.value(QStringLiteral("name")).toString();
    // The same rule the store-thread check applies, on what is shown now.
    Status why = model::checkMayShareWithEmployer(consent_, toStd(contactId), toStd(name));
    setRefusal(why ? QString() : toQt(why.message()));
    if (!why) emit failed(refusal_);
    return why.isOk();
}

void PlanShareController::share(const QString& versionId, const QString& contactId,
                                const QString& expiresOn) {
    if (!store() || busy()) return;
    QVariantMap errors;
    if (versionId.isEmpty())
        errors.insert(QStringLiteral("versionId"),
                      tr("Choose an agreed version: only an agreed plan can be shared."));
    if (contactId.isEmpty())
        errors.insert(QStringLiteral("contactId"),
                      tr("Choose who to share it with. Record the client's consent for a named "
                         "person first."));
    model::Timestamp expiresAt = 0;
    if (auto d = model::parseUkDate(toStd(expiresOn.trimmed())); !d) {
        errors.insert(QStringLiteral("expiresOn"),
                      tr("Enter the last day they may see it, as dd/mm/yyyy."));
    } else if (model::daysBetween(today(), *d) < 1) {
        errors.insert(QStringLiteral("expiresOn"), tr("Choose a day after today."));
    } else {
        const QDate day(int(d->year()), int(unsigned(d->month())), int(unsigned(d->day())));
        expiresAt = QDateTime(day, QTime(23, 59, 59)).toMSecsSinceEpoch();
    }
    setFieldErrors(errors);
    if (!errors.isEmpty()) return;
    if (!consentStands(contactId)) return;
    const std::string caseId = toStd(this->caseId());
    const std::string contact = toStd(contactId);
    const json grant = {{"planVersionId", toStd(versionId)},
                        {"employerContactId", contact},
                        {"expiresAt", model::formatTimestamp(expiresAt)},
                        {"revoked", false},
                        {"createdBy", store()->profile().userId}};
    write(
        [caseId, contact, grant](store::Store& s) -> Status {
            auto records = loadCaseRecords(s, caseId);
            if (!records) return records.status();
            if (Status st = model::checkMayShareWithEmployer(consentOf(*records), contact, {}); !st)
                return st;
            return s.records().create("share_grant", caseId, grant).status();
        },
        tr("The plan is shared. They will be able to see it once the server sends their link."),
        tr("Not shared"), [this] { emit shared(); });
}

void PlanShareController::stopSharing(const QString& shareId) {
    const std::string id = toStd(shareId);
    write(
        [id](store::Store& s) {
            return s.records().update(id, {{"revoked", true}});
        },
        tr("Sharing stopped: they can no longer see the plan."), tr("Sharing was not stopped"));
}

void PlanShareController::writeEmployerPdf(const QString& fileUrl, const QString& versionId,
                                           const QString& contactId) {
    if (!store() || pdfBusy_) return;
    if (versionId.isEmpty()) {
        setFieldErrors({{QStringLiteral("versionId"),
                         tr("Choose an agreed version: only an agreed plan can be shared.")}});
        return;
    }
    if (contactId.isEmpty()) {
        setFieldErrors({{QStringLiteral("contactId"), tr("Choose who the copy is for.")}});
        return;
    }
    if (!consentStands(contactId)) return;
    const QString path = localPdfPath(fileUrl);
    if (path.isEmpty()) {
        emit failed(tr("Choose a folder on this device to save the PDF in."));
        return;
    }
    pdfBusy_ = true;
    const std::string caseId = toStd(this->caseId());
    const std::string version = toStd(versionId);
    const std::string contact = toStd(contactId);
    const store::DeviceProfile profile = store()->profile();
    const QString printed = toQt(model::formatUkDate(today()));
    store()->run<Result<PdfDocument>>(
        this,
        [=](store::Store& s) -> Result<PdfDocument> {
            auto records = loadCaseRecords(s, caseId);
            if (!records) return records.status();
            const auto consent = consentOf(*records);
            QString name;
            for (const auto& c : employerContactsOf(*records, consent))
                if (c.id == contact) name = toQt(c.name);
            if (Status st = model::checkMayShareWithEmployer(consent, contact, toStd(name)); !st)
                return st;
            const PlanView view = buildPlanView(*records, {});
            const auto* v = view.state.find(version);
            if (!v) return Status::error(ErrorCode::NotFound, "that version is not on this device");
            PlanDocumentInfo info;
            info.clientName = view.clientName;
            info.adviserName = toQt(profile.displayName);
            info.printedOn = printed;
            info.letterhead = letterheadOf(profile);
            info.versionText = QObject::tr("Version %1, agreed on %2.")
                                   .arg(v->version.version)
                                   .arg(toQt(model::formatUkDate(v->version.agreedOn)));
            return planForEmployer(model::employerView(v->version.snapshot), info, name);
        },
        [this, path](Result<PdfDocument> doc) {
            if (!doc) {
                pdfBusy_ = false;
                emit failed(tr("No PDF was made: %1").arg(sentence(doc.status().message())));
                return;
            }
            savePdf(this, std::move(*doc), path, [this](Status st) {
                pdfBusy_ = false;
                if (st)
                    emit saved(tr("The employer's copy was saved as a PDF."));
                else
                    emit failed(tr("The PDF was not saved: %1").arg(sentence(st.message())));
            });
        });
}

}  // namespace rtw::app
