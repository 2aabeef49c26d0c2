#include "qml/questionnaires/questionnaire_catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "qml/components/qt_convert.h"
#include "questionnaire/parse.h"

namespace rtw::app {
namespace {

struct Catalog {
    std::vector<questionnaire::Definition> definitions;
    QString error;
};

Catalog load() {
    Catalog c;
    const QDir dir(QStringLiteral(":/rtw/questionnaires"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            c.error += name + QStringLiteral(": cannot be read. ");
            continue;
        }
        const QByteArray bytes = file.readAll();
        auto json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(),
                                          nullptr, false);
        auto def = questionnaire::parseDefinition(json);
        if (!def) {
            c.error +=
                name + QStringLiteral(": ") + sentence(def.status().message()) + QLatin1Char(' ');
            continue;
        }
        c.definitions.push_back(std::move(*def));
    }
    std::sort(c.definitions.begin(), c.definitions.end(),
              [](const auto& a, const auto& b) { return a.id < b.id; });
    return c;
}

const Catalog& catalog() {
    static const Catalog c = load();  // thread-safe initialisation
    return c;
}

}  // namespace

const std::vector<questionnaire::Definition>& questionnaireDefinitions() {
    return catalog().definitions;
}

const questionnaire::Definition* findQuestionnaire(const std::string& id) {
    for (const auto& d : questionnaireDefinitions())
        if (d.id == id) return &d;
    return nullptr;
}

QString questionnaireCatalogError() {
    return catalog().error.trimmed();
}

QStringList urgentSupportLines() {
    auto tr = [](const char* t) { return QCoreApplication::translate("UrgentSupport", t); };
    return {tr("If the client is in immediate danger, or has harmed themselves: call 999, or go "
               "to A&E."),
            tr("For urgent mental health help: NHS 111, and choose the mental health option."),
            tr("Samaritans: 116 123, free, any time, day or night."),
            tr("Talk with the client now about how they are and whether they are safe; do not "
               "leave it for later. Then follow your service's risk procedure and tell your "
               "supervisor today.")};
}

QStringList patientUrgentSupportLines() {
    auto tr = [](const char* t) { return QCoreApplication::translate("UrgentSupport", t); };
    return {tr("If you are in danger now, or have hurt yourself: call 999, or go to A&E."),
            tr("For urgent help with your mental health: call NHS 111 and choose the mental "
               "health option."),
            tr("Samaritans: call 116 123, free, any time, day or night. You do not have to be "
               "suicidal to call."),
            tr("Your adviser will see your answers when your phone next connects, and will "
               "contact you. Please do not wait for them if you need help now.")};
}

QString timepointText(const std::string& id) {
    if (id == "baseline") return QCoreApplication::translate("Timepoint", "Baseline");
    if (id.rfind("month", 0) == 0)
        return QCoreApplication::translate("Timepoint", "%1-month follow-up")
            .arg(QString::fromStdString(id.substr(5)));
    return QString::fromStdString(id);
}

}  // namespace rtw::app
