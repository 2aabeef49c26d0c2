#pragma once
// AdministerController: giving a questionnaire in person. Holds the
// answers as the adviser records them, scores with core as soon as every
// question is answered, and — the moment a self-harm alert's question
// (PHQ-9 question 9) is answered above its threshold, before anything is
// saved — raises `alert` with the urgent-support information. Saving
// stores the raw answers (append-only) and, after an alert, an open
// safety follow-up action for the adviser due today, in one transaction.
// The patient's own answers (selfAdministered) carry the alert as a flag
// on the response instead, which the adviser's app shows after sync.

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <map>
#include <string>

#include "qml/components/case_view_controller.h"

namespace rtw::app {

class AdministerController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// The questionnaire's id, e.g. "phq9".
    Q_PROPERTY(QString questionnaireId READ questionnaireId WRITE setQuestionnaireId NOTIFY
                   questionnaireChanged)
    Q_PROPERTY(QString title READ title NOTIFY questionnaireChanged)
    Q_PROPERTY(QString instructions READ instructions NOTIFY questionnaireChanged)
    Q_PROPERTY(QString licence READ licence NOTIFY questionnaireChanged)
    /// [{id, number, text, options: [{value, label}], scale: bool, min, max, minLabel, maxLabel}]
    Q_PROPERTY(QVariantList items READ items NOTIFY questionnaireChanged)
    /// Item id -> chosen value.
    Q_PROPERTY(QVariantMap answers READ answers NOTIFY answersChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    /// "14 (range 0 to 27): Moderate" once every question is answered; "" before.
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY answersChanged)
    /// A self-harm alert fired on an answer given: show urgent support now.
    Q_PROPERTY(bool alert READ alert NOTIFY answersChanged)
    /// What to do at once after an alert (999, NHS 111, Samaritans 116 123, ...).
    Q_PROPERTY(QStringList urgentSupport READ urgentSupport NOTIFY changed)
    /// The words to say to the client about their result (core's plain language).
    Q_PROPERTY(QString clientText READ clientText NOTIFY answersChanged)
    /// The patient answering on their own phone: saved as administered by
    /// "self" and, after an alert, flagged for the adviser (selfHarmAlert)
    /// instead of adding a follow-up action, which only staff may write.
    Q_PROPERTY(bool selfAdministered READ selfAdministered WRITE setSelfAdministered NOTIFY changed)
    /// The timepoint to record it under ("baseline", "month3", ... "other").
    Q_PROPERTY(QString suggestedTimepoint READ suggestedTimepoint NOTIFY changed)

public:
    explicit AdministerController(QObject* parent = nullptr);

    QString questionnaireId() const { return questionnaireId_; }
    void setQuestionnaireId(const QString& id);
    QString title() const;
    QString instructions() const;
    QString licence() const;
    QVariantList items() const;
    QVariantMap answers() const;
    int answeredCount() const { return int(answers_.size()); }
    QString scoreText() const { return scoreText_; }
    bool alert() const { return alert_; }
    QStringList urgentSupport() const;
    QString clientText() const { return clientText_; }
    QString suggestedTimepoint() const { return suggestedTimepoint_; }
    bool selfAdministered() const { return selfAdministered_; }
    void setSelfAdministered(bool self);

    Q_INVOKABLE void setAnswer(const QString& itemId, int value);
    /// Saves the answers at `timepoint`; every question must be answered.
    Q_INVOKABLE void save(const QString& timepoint);

signals:
    void questionnaireChanged();
    void answersChanged();
    void changed();

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    void rescore();

    QString questionnaireId_;
    std::map<std::string, int> answers_;
    QString scoreText_;
    QString clientText_;
    bool alert_ = false;
    bool selfAdministered_ = false;
    QString suggestedTimepoint_ = QStringLiteral("baseline");
};

}  // namespace rtw::app
