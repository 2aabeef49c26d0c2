#pragma once
// QuestionnairesController: the questionnaires section — for each
// questionnaire built in, the score history with bands, alerts and which
// follow-up is due.

#include <QObject>
#include <QQmlEngine>

#include "qml/components/case_view_controller.h"
#include "qml/components/row_list_model.h"

namespace rtw::app {

class QuestionnairesController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// id, title, latestText, dueText, dueTone, history, hasAlert, count.
    Q_PROPERTY(rtw::app::RowListModel* instruments READ instruments CONSTANT)
    /// Why a built-in questionnaire could not be read ("" normally).
    Q_PROPERTY(QString catalogError READ catalogError CONSTANT)

public:
    explicit QuestionnairesController(QObject* parent = nullptr);
    RowListModel* instruments() { return &instruments_; }
    QString catalogError() const;

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    RowListModel instruments_{
        {"id", "title", "latestText", "dueText", "dueTone", "history", "hasAlert", "count"}};
};

}  // namespace rtw::app
