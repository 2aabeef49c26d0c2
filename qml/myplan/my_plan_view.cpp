#include "qml/myplan/my_plan_view.h"

#include <QCoreApplication>
#include <QStringList>

#include "model/rtw_plan_version.h"
#include "policy/access_policy.h"
#include "qml/components/format.h"
#include "qml/components/qt_convert.h"
#include "qml/plan/plan_comments.h"
#include "qml/plan/plan_view.h"

namespace rtw::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("MyPlanView", text);
}

QString partiesText(const std::vector<model::PlanParty>& parties) {
    QStringList names;
    for (auto p : parties) {
        switch (p) {
            case model::PlanParty::Patient:
                names << tr("you");
                break;
            case model::PlanParty::Adviser:
                names << tr("your adviser");
                break;
            case model::PlanParty::Employer:
                names << tr("your employer");
                break;
            case model::PlanParty::Gp:
                names << tr("your GP");
                break;
        }
    }
    if (names.size() <= 1) return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + tr(" and ") + last;
}

}  // namespace

MyPlanView buildMyPlanView(const CaseRecords& r, const std::string& patientUserId) {
    MyPlanView v;
    // The working plan's latest version; without a working plan on the
    // device (not synced yet), the highest-numbered version there is.
    const PlanState state = planStateOf(r);
    const store::Record* record = nullptr;
    int best = 0;
    for (const auto& rec : r.of("rtw_plan_version")) {
        const int n = rec.fields.value("version", 0);
        if (state.latest() ? rec.id == state.latest()->id : n > best) {
            record = &rec;
            best = n;
        }
    }
    if (record) {
        // What the patient may see of it: the same rule the server applies.
        const std::optional<nlohmann::json> visible =
            policy::redactAs(policy::View::Patient, {record->type, record->id, record->fields});
        auto version = visible ? model::RtwPlanVersion::fromJson(*visible)
                               : Result<model::RtwPlanVersion>(
                                     Status::error(ErrorCode::NotFound, "no such version"));
        if (version) {
            v.versionId = record->id;
            v.heading = tr("Version %1, agreed on %2 by %3.")
                            .arg(version->version)
                            .arg(toQt(model::formatUkDate(version->agreedOn)),
                                 partiesText(version->agreedBy));
            v.plan = employerPreview(model::toJson(version->snapshot));
        }
    }
    v.comments = planCommentRows(r, patientUserId, CommentReader::Patient, v.versionId);
    return v;
}

}  // namespace rtw::app
