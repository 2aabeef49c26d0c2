#include "qml/plan/plan_form.h"

#include <QCoreApplication>

#include <algorithm>

#include "model/json_fields.h"
#include "qml/components/qt_convert.h"
#include "util/random_id.h"

namespace rtw::app {
namespace {

using nlohmann::json;

QString tr(const char* text) {
    return QCoreApplication::translate("PlanForm", text);
}

QString text(const QVariantMap& m, const char* key) {
    return m.value(QLatin1String(key)).toString().trimmed();
}

QString uk(const std::optional<model::Date>& d) {
    return d ? toQt(model::formatUkDate(*d)) : QString();
}

QString number(double v) {
    return QString::number(v, 'g', 6);
}

/// A date typed dd/mm/yyyy into `out`; "" leaves it unset. False with a message when wrong.
bool readDate(const QString& typed, std::optional<model::Date>& out, QVariantMap& errors,
              const QString& path) {
    if (typed.isEmpty()) return true;
    auto d = model::parseUkDate(toStd(typed));
    if (!d) {
        errors.insert(path, sentence(d.status().message()));
        return false;
    }
    out = *d;
    return true;
}

bool readInt(const QString& typed, int& out, QVariantMap& errors, const QString& path,
             const QString& message) {
    bool ok = false;
    const int v = typed.toInt(&ok);
    if (!ok) {
        errors.insert(path, message);
        return false;
    }
    out = v;
    return true;
}

bool readNumber(const QString& typed, double& out, QVariantMap& errors, const QString& path,
                const QString& message) {
    bool ok = false;
    const double v = QString(typed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok) {
        errors.insert(path, message);
        return false;
    }
    out = v;
    return true;
}

void readPhases(const QVariantList& rows, model::RtwPlan& plan, QVariantMap& errors) {
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantMap r = rows[i].toMap();
        const QString p = QStringLiteral("phases[%1].").arg(i);
        model::PlanPhase phase;
        readInt(text(r, "week"), phase.week, errors, p + "week", tr("Enter the week number."));
        readInt(text(r, "days"), phase.days, errors, p + "days",
                tr("Enter how many days that week, 0 to 7."));
        if (phase.days == 0 && text(r, "hoursPerDay").isEmpty())
            phase.hoursPerDay = 0;  // a week off needs no hours
        else
            readNumber(text(r, "hoursPerDay"), phase.hoursPerDay, errors, p + "hoursPerDay",
                       tr("Enter hours a day as a number, for example 4 or 4.5."));
        if (const QString notes = text(r, "notes"); !notes.isEmpty()) phase.notes = toStd(notes);
        phase.employerVisible = r.value(QStringLiteral("employerVisible")).toBool();
        plan.phases.push_back(phase);
    }
}

void readAdjustments(const QVariantList& rows, model::RtwPlan& plan, QVariantMap& errors) {
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantMap r = rows[i].toMap();
        const QString p = QStringLiteral("adjustments[%1].").arg(i);
        model::PlanAdjustment a;
        if (auto type = model::enumFromName<model::AdjustmentType>(toStd(text(r, "type"))))
            a.type = *type;
        else
            errors.insert(p + "type", tr("Choose the kind of adjustment."));
        a.description = toStd(text(r, "description"));
        if (a.description.empty())
            errors.insert(p + "description", tr("Describe the adjustment in a sentence."));
        a.employerVisible = r.value(QStringLiteral("employerVisible")).toBool();
        plan.adjustments.push_back(a);
    }
}

void readActions(const QVariantList& rows, model::RtwPlan& plan, QVariantMap& errors) {
    for (int i = 0; i < rows.size(); ++i) {
        const QVariantMap r = rows[i].toMap();
        const QString p = QStringLiteral("actions[%1].").arg(i);
        model::PlanAction a;
        a.id = text(r, "id").isEmpty() ? newUuid() : toStd(text(r, "id"));
        a.description = toStd(text(r, "description"));
        if (a.description.empty()) errors.insert(p + "description", tr("Say what will be done."));
        a.owner = model::enumFromName<model::ActionOwner>(toStd(text(r, "owner")))
                      .value_or(model::ActionOwner::Adviser);
        a.status = model::enumFromName<model::ActionStatus>(toStd(text(r, "status")))
                       .value_or(model::ActionStatus::Open);
        readDate(text(r, "dueDate"), a.dueDate, errors, p + "dueDate");
        a.employerVisible = r.value(QStringLiteral("employerVisible")).toBool();
        plan.actions.push_back(a);
    }
}

void readReviewDates(const QVariantList& rows, model::RtwPlan& plan, QVariantMap& errors) {
    std::vector<std::pair<model::Date, int>> dates;  // date, row
    for (int i = 0; i < rows.size(); ++i) {
        const QString typed = rows[i].toString().trimmed();
        const QString path = QStringLiteral("reviewDates[%1]").arg(i);
        std::optional<model::Date> d;
        if (typed.isEmpty())
            errors.insert(path, tr("Enter the review date, or remove it."));
        else if (readDate(typed, d, errors, path))
            dates.emplace_back(*d, i);
    }
    std::stable_sort(dates.begin(), dates.end(), [](const auto& a, const auto& b) {
        return std::chrono::sys_days(a.first) < std::chrono::sys_days(b.first);
    });
    for (std::size_t k = 0; k < dates.size(); ++k) {
        if (k > 0 && dates[k].first == dates[k - 1].first) {
            errors.insert(QStringLiteral("reviewDates[%1]").arg(dates[k].second),
                          tr("This review date is already listed."));
            continue;
        }
        plan.reviewDates.push_back(dates[k].first);
    }
}

}  // namespace

QVariantMap emptyPlanForm() {
    return {{"targetDate", ""},
            {"targetDateVisible", false},
            {"phases", QVariantList{}},
            {"adjustments", QVariantList{}},
            {"actions", QVariantList{}},
            {"reviewDates", QVariantList{}},
            {"reviewDatesVisible", false},
            {"adviserName", ""},
            {"adviserPhone", ""},
            {"adviserEmail", ""}};
}

QVariantMap planToForm(const model::RtwPlan& p) {
    QVariantList phases, adjustments, actions, reviews;
    for (const auto& x : p.phases)
        phases << QVariantMap{{"week", QString::number(x.week)},
                              {"days", QString::number(x.days)},
                              {"hoursPerDay", number(x.hoursPerDay)},
                              {"notes", x.notes ? toQt(*x.notes) : QString()},
                              {"employerVisible", x.employerVisible}};
    for (const auto& x : p.adjustments)
        adjustments << QVariantMap{{"type", toQt(model::enumName(x.type))},
                                   {"description", toQt(x.description)},
                                   {"employerVisible", x.employerVisible}};
    for (const auto& x : p.actions)
        actions << QVariantMap{{"id", toQt(x.id)},
                               {"description", toQt(x.description)},
                               {"owner", toQt(model::enumName(x.owner))},
                               {"dueDate", uk(x.dueDate)},
                               {"status", toQt(model::enumName(x.status))},
                               {"employerVisible", x.employerVisible}};
    for (const auto& d : p.reviewDates) reviews << toQt(model::formatUkDate(d));
    QVariantMap form = emptyPlanForm();
    form["targetDate"] = uk(p.targetDate);
    form["targetDateVisible"] = p.employerVisible.targetDate;
    form["phases"] = phases;
    form["adjustments"] = adjustments;
    form["actions"] = actions;
    form["reviewDates"] = reviews;
    form["reviewDatesVisible"] = p.employerVisible.reviewDates;
    if (p.adviserContact) {
        form["adviserName"] = toQt(p.adviserContact->name);
        form["adviserPhone"] = p.adviserContact->phone ? toQt(*p.adviserContact->phone) : QString();
        form["adviserEmail"] = p.adviserContact->email ? toQt(*p.adviserContact->email) : QString();
    }
    return form;
}

BuiltPlan buildPlan(const QVariantMap& form, int version, model::PlanStatus status) {
    BuiltPlan out;
    model::RtwPlan& plan = out.plan;
    QVariantMap& errors = out.fieldErrors;
    plan.version = version;
    plan.status = status;
    readDate(text(form, "targetDate"), plan.targetDate, errors, QStringLiteral("targetDate"));
    plan.employerVisible.targetDate = form.value(QStringLiteral("targetDateVisible")).toBool();
    plan.employerVisible.reviewDates = form.value(QStringLiteral("reviewDatesVisible")).toBool();
    readPhases(form.value(QStringLiteral("phases")).toList(), plan, errors);
    readAdjustments(form.value(QStringLiteral("adjustments")).toList(), plan, errors);
    readActions(form.value(QStringLiteral("actions")).toList(), plan, errors);
    readReviewDates(form.value(QStringLiteral("reviewDates")).toList(), plan, errors);

    const QString name = text(form, "adviserName");
    const QString phone = text(form, "adviserPhone");
    const QString email = text(form, "adviserEmail");
    if (!name.isEmpty() || !phone.isEmpty() || !email.isEmpty()) {
        model::ContactPerson c;
        c.name = toStd(name);
        if (name.isEmpty())
            errors.insert(QStringLiteral("adviserContact.name"),
                          tr("Give the name the employer should ask for."));
        if (!phone.isEmpty()) c.phone = toStd(phone);
        if (!email.isEmpty()) c.email = toStd(email);
        plan.adviserContact = c;
    }
    // Core's rules (ranges, week order, hours on a day off...), where the
    // form has not already said something more specific.
    // A row whose typing was already wrong is not judged again on the
    // defaults that stand in for it (one mistake, one message).
    if (auto parsed = model::RtwPlan::fromJson(model::toJson(plan)); !parsed) {
        QStringList badRows;
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            if (const qsizetype dot = it.key().indexOf(QLatin1String("].")); dot > 0)
                badRows << it.key().left(dot + 2);
        QVariantMap core = fieldErrorMap(parsed.status());
        for (auto it = core.cbegin(); it != core.cend(); ++it) {
            const bool inBadRow =
                std::any_of(badRows.cbegin(), badRows.cend(),
                            [&](const QString& row) { return it.key().startsWith(row); });
            if (!inBadRow && !errors.contains(it.key())) errors.insert(it.key(), it.value());
        }
    }
    return out;
}

bool samePlanContent(model::RtwPlan a, model::RtwPlan b) {
    a.version = b.version = 1;
    a.status = b.status = model::PlanStatus::Draft;
    return a == b;
}

}  // namespace rtw::app
