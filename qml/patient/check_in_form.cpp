#include "qml/patient/check_in_form.h"

#include <QCoreApplication>

#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CheckInForm", text);
}

/// Words for a field core found missing or wrong, in the patient's terms.
QString missing(const QString& field) {
    if (field == QLatin1String("pain")) return tr("Choose how bad your pain is today, 0 to 10.");
    if (field == QLatin1String("interference"))
        return tr("Choose how much pain got in the way today, 0 to 10.");
    if (field == QLatin1String("mood")) return tr("Choose how your mood has been today.");
    if (field == QLatin1String("sleepQuality"))
        return tr("Choose how well you slept last night, 0 to 10.");
    if (field == QLatin1String("pacingDone"))
        return tr("Say whether you did your pacing today: none, some or all.");
    return {};
}

QString label(const QString& field) {
    if (field == QLatin1String("hoursWorked")) return tr("Hours worked");
    if (field == QLatin1String("note")) return tr("Note");
    return field;
}

int scale(const QVariantMap& form, const char* key) {
    bool ok = false;
    const int v = form.value(QLatin1String(key)).toInt(&ok);
    return ok ? v : -1;
}

}  // namespace

BuiltCheckIn buildCheckIn(const QVariantMap& form, model::Date today) {
    BuiltCheckIn out;
    nlohmann::json j = {{"on", model::formatIsoDate(today)}};
    for (const char* key : {"pain", "interference", "mood", "sleepQuality"}) {
        const int v = scale(form, key);
        if (v >= 0) j[key] = v;  // out of range is core's to refuse
    }
    const QString pacing = form.value(QStringLiteral("pacingDone")).toString();
    if (!pacing.isEmpty()) j["pacingDone"] = toStd(pacing);
    QString hours = form.value(QStringLiteral("hoursWorked")).toString().trimmed();
    hours.replace(QLatin1Char(','), QLatin1Char('.'));
    if (hours.isEmpty()) {
        j["hoursWorked"] = 0.0;  // not working today is a real answer
    } else {
        bool ok = false;
        const double h = hours.toDouble(&ok);
        if (ok)
            j["hoursWorked"] = h;
        else
            out.fieldErrors.insert(QStringLiteral("hoursWorked"),
                                   tr("Enter the hours as a number, like 4 or 7.5."));
    }
    const QString note = form.value(QStringLiteral("note")).toString().trimmed();
    if (!note.isEmpty()) j["note"] = toStd(note);

    auto parsed = model::CheckIn::fromJson(j);
    if (!parsed) {
        const QVariantMap core = fieldErrorMap(parsed.status());
        for (auto it = core.begin(); it != core.end(); ++it) {
            if (out.fieldErrors.contains(it.key())) continue;
            const QString words = j.contains(toStd(it.key())) ? QString() : missing(it.key());
            out.fieldErrors.insert(
                it.key(), words.isEmpty()
                              ? label(it.key()) + QStringLiteral(": ") + it.value().toString()
                              : words);
        }
        if (out.fieldErrors.isEmpty())
            out.fieldErrors.insert(QStringLiteral("form"), sentence(parsed.status().message()));
        return out;
    }
    if (!out.ok()) return out;
    out.fields = model::toJson(*parsed);
    return out;
}

QVariantMap checkInToForm(const model::CheckIn& c) {
    return {{"pain", c.pain},
            {"interference", c.interference},
            {"mood", c.mood},
            {"sleepQuality", c.sleepQuality},
            {"pacingDone", toQt(model::enumName(c.pacingDone))},
            {"hoursWorked", c.hoursWorked == 0 ? QString() : QString::number(c.hoursWorked)},
            {"note", c.note ? toQt(*c.note) : QString()}};
}

QString checkInSummary(const model::CheckIn& c) {
    const QString pacing = c.pacingDone == model::PacingDone::All    ? tr("all of your pacing")
                           : c.pacingDone == model::PacingDone::Some ? tr("some of your pacing")
                                                                     : tr("no pacing");
    return tr("Pain %1, got in the way %2, mood %3 of 5, sleep %4, %5, %6 hours worked.")
        .arg(c.pain)
        .arg(c.interference)
        .arg(c.mood)
        .arg(c.sleepQuality)
        .arg(pacing)
        .arg(QString::number(c.hoursWorked));
}

}  // namespace rtw::app
