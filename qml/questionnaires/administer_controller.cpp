#include "qml/questionnaires/administer_controller.h"

#include "model/questionnaire_response.h"
#include "qml/components/labels.h"
#include "qml/components/qt_convert.h"
#include "qml/questionnaires/questionnaire_catalog.h"
#include "qml/questionnaires/questionnaires_view.h"
#include "questionnaire/score.h"

namespace rtw::app {
namespace {

using nlohmann::json;

const questionnaire::Definition* definitionOf(const QString& id) {
    return findQuestionnaire(toStd(id));
}

}  // namespace

AdministerController::AdministerController(QObject* parent) : CaseViewController(parent) {}

void AdministerController::setQuestionnaireId(const QString& id) {
    if (questionnaireId_ == id) return;
    questionnaireId_ = id;
    answers_.clear();
    rescore();
    emit questionnaireChanged();
    emit answersChanged();
    reload();
}

QString AdministerController::title() const {
    const auto* d = definitionOf(questionnaireId_);
    return d ? toQt(d->title) : QString();
}

QString AdministerController::instructions() const {
    const auto* d = definitionOf(questionnaireId_);
    return d ? toQt(d->instructions) : QString();
}

QString AdministerController::licence() const {
    const auto* d = definitionOf(questionnaireId_);
    return d ? toQt(d->licence) : QString();
}

QVariantList AdministerController::items() const {
    QVariantList out;
    const auto* d = definitionOf(questionnaireId_);
    if (!d) return out;
    int number = 0;
    for (const auto& item : d->items) {
        QVariantList options;
        for (const auto& o : item.options)
            options << QVariantMap{{"value", o.value}, {"label", toQt(o.label)}};
        QVariantMap row{{"id", toQt(item.id)},
                        {"number", ++number},
                        {"text", toQt(item.text)},
                        {"options", options},
                        {"scale", item.scale.has_value()}};
        if (item.scale) {
            row["min"] = item.scale->min;
            row["max"] = item.scale->max;
            row["minLabel"] = toQt(item.scale->minLabel);
            row["maxLabel"] = toQt(item.scale->maxLabel);
        }
        out << row;
    }
    return out;
}

QVariantMap AdministerController::answers() const {
    QVariantMap out;
    for (const auto& [id, value] : answers_) out.insert(toQt(id), value);
    return out;
}

QStringList AdministerController::urgentSupport() const {
    return selfAdministered_ ? patientUrgentSupportLines() : urgentSupportLines();
}

void AdministerController::setSelfAdministered(bool self) {
    if (selfAdministered_ == self) return;
    selfAdministered_ = self;
    emit changed();
}

void AdministerController::setAnswer(const QString& itemId, int value) {
    const auto* d = definitionOf(questionnaireId_);
    const auto* item = d ? d->findItem(toStd(itemId)) : nullptr;
    if (!item || !item->accepts(value)) return;
    answers_[toStd(itemId)] = value;
    QVariantMap errors = fieldErrors();
    if (errors.remove(itemId) > 0) setFieldErrors(errors);
    rescore();
    emit answersChanged();
}

void AdministerController::rescore() {
    scoreText_.clear();
    clientText_.clear();
    alert_ = false;
    const auto* d = definitionOf(questionnaireId_);
    if (!d) return;
    // The alert looks at answers given so far: it must not wait for the rest.
    alert_ = !questionnaire::alertsIn(*d, answers_).empty();
    if (answers_.size() != d->items.size()) return;
    if (auto s = questionnaire::score(*d, answers_)) {
        scoreText_ = app::scoreText(*d, s->value, s->band);
        clientText_ = toQt(questionnaire::plainLanguageResult(*d, *s));
    }
}

CaseViewController::Builder AdministerController::builder() const {
    const std::string id = toStd(questionnaireId_);
    const model::Date day = today();
    return [id, day](const CaseRecords& r) -> std::any {
        const auto* d = findQuestionnaire(id);
        return d ? app::suggestedTimepoint(r, *d, day) : std::string("other");
    };
}

void AdministerController::apply(std::any view) {
    suggestedTimepoint_ = toQt(std::any_cast<std::string>(std::move(view)));
    emit changed();
}

void AdministerController::save(const QString& timepoint) {
    if (!store() || busy()) return;
    const auto* d = definitionOf(questionnaireId_);
    if (!d) {
        emit failed(tr("This questionnaire is not available on this device."));
        return;
    }
    QVariantMap errors;
    for (const auto& item : d->items)
        if (!answers_.count(item.id)) errors.insert(toQt(item.id), tr("Choose an answer."));
    if (!model::enumFromName<model::Timepoint>(toStd(timepoint)))
        errors.insert(QStringLiteral("timepoint"), tr("Choose when in the programme this is."));
    setFieldErrors(errors);
    if (!errors.isEmpty()) {
        const int missing = int(d->items.size() - answers_.size());
        emit failed(missing == 1 ? tr("1 question is not answered yet.")
                                 : tr("%1 questions are not answered yet.").arg(missing));
        return;
    }
    json answers = json::object();
    for (const auto& [id, value] : answers_) answers[id] = value;
    const model::Timestamp now = store()->clock().nowMs();
    const bool self = selfAdministered_;
    json response = {{"questionnaireId", d->id},
                     {"questionnaireVersion", d->version},
                     {"answers", answers},
                     {"completedAt", model::formatTimestamp(now)},
                     {"administeredBy", self ? "self" : "adviser"},
                     {"timepoint", toStd(timepoint)}};
    if (alert_) response["selfHarmAlert"] = true;
    json followUp;
    if (alert_ && !self) {
        const QString day = toQt(model::formatUkDate(this->today()));
        followUp = {{"description",
                     toStd(tr("Safety follow-up: %1 self-harm question answered on %2. Check how "
                              "the client is, whether they are safe, and agree next steps.")
                               .arg(toQt(d->title), day))},
                    {"owner", "adviser"},
                    {"status", "open"},
                    {"dueDate", model::formatIsoDate(this->today())}};
    }
    const std::string caseId = toStd(this->caseId());
    QString message = alert_
                          ? tr("%1 saved. A safety follow-up for today is on the case's actions.")
                                .arg(toQt(d->title))
                          : tr("%1 saved: %2").arg(toQt(d->title), scoreText_);
    if (self)
        message = alert_ ? tr("Your answers are saved. Your adviser will see them and contact "
                              "you. If you are in danger now, call 999.")
                         : tr("Your answers are saved.");
    write(
        [caseId, response, followUp](store::Store& s) -> Status {
            return s.records().inTransaction([&](store::RecordStore& r) -> Status {
                if (auto made = r.create("questionnaire_response", caseId, response); !made)
                    return made.status();
                if (!followUp.is_null())
                    if (auto made = r.create("case_action", caseId, followUp); !made)
                        return made.status();
                return Status::ok();
            });
        },
        message, tr("The answers were not saved"));
}

}  // namespace rtw::app
