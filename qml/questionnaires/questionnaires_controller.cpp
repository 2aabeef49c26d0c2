#include "qml/questionnaires/questionnaires_controller.h"

#include "qml/questionnaires/questionnaire_catalog.h"
#include "qml/questionnaires/questionnaires_view.h"

namespace rtw::app {

QuestionnairesController::QuestionnairesController(QObject* parent) : CaseViewController(parent) {}

QString QuestionnairesController::catalogError() const {
    return questionnaireCatalogError();
}

CaseViewController::Builder QuestionnairesController::builder() const {
    const model::Date day = today();
    return [day](const CaseRecords& r) -> std::any {
        return buildQuestionnairesView(r, questionnaireDefinitions(), day);
    };
}

void QuestionnairesController::apply(std::any view) {
    instruments_.setRows(std::any_cast<QuestionnairesView>(std::move(view)).instruments);
}

}  // namespace rtw::app
