#pragma once
// MyQuestionnairesController: the patient's questionnaires page — which are
// ready to do now and which come next (core's due rules on the store's
// clock, so tests set the day), the latest result in plain words, history.

#include <QObject>
#include <QQmlEngine>

#include "qml/components/case_view_controller.h"
#include "qml/components/row_list_model.h"

namespace rtw::app {

class MyQuestionnairesController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// id, title, dueNow, statusText, tone, resultText, history, count (due ones first)
    Q_PROPERTY(rtw::app::RowListModel* questionnaires READ questionnaires CONSTANT)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY changed)

public:
    explicit MyQuestionnairesController(QObject* parent = nullptr);
    RowListModel* questionnaires() { return &questionnaires_; }
    int dueCount() const { return dueCount_; }

signals:
    void changed();

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    RowListModel questionnaires_{
        {"id", "title", "dueNow", "statusText", "tone", "resultText", "history", "count"}};
    int dueCount_ = 0;
};

}  // namespace rtw::app
