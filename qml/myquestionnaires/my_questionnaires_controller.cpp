#include "qml/myquestionnaires/my_questionnaires_controller.h"

#include "qml/myquestionnaires/my_questionnaires_view.h"
#include "qml/questionnaires/questionnaire_catalog.h"

namespace rtw::app {

MyQuestionnairesController::MyQuestionnairesController(QObject* parent)
    : CaseViewController(parent) {}

CaseViewController::Builder MyQuestionnairesController::builder() const {
    const model::Date day = today();
    return [day](const CaseRecords& r) -> std::any {
        return buildMyQuestionnairesView(r, questionnaireDefinitions(), day);
    };
}

void MyQuestionnairesController::apply(std::any view) {
    auto v = std::any_cast<MyQuestionnairesView>(std::move(view));
    questionnaires_.setRows(std::move(v.questionnaires));
    dueCount_ = v.dueCount;
    emit changed();
}

}  // namespace rtw::app
