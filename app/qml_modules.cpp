#include "app/qml_modules.h"

#include <QQmlEngineExtensionPlugin>

// One line per module (qml/*/CMakeLists.txt). A module missing here fails
// to import at run time, which the self-test catches.
Q_IMPORT_QML_PLUGIN(Rtw_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_SessionPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_CaseloadPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_IntakePlugin)
Q_IMPORT_QML_PLUGIN(Rtw_NotesPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_CaseFilePlugin)
Q_IMPORT_QML_PLUGIN(Rtw_DocumentsPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_PlanPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_GoalsPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_QuestionnairesPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_ConsentPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_DischargePlugin)
Q_IMPORT_QML_PLUGIN(Rtw_MyQuestionnairesPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_MyPlanPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_MySharingPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_PatientPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_EmployerPlugin)
Q_IMPORT_QML_PLUGIN(Rtw_ShellPlugin)

namespace rtw::app {

void importQmlModules() {
    // Nothing to do at run time: calling this pulls this file, and with it
    // the plugin imports above, into the program.
}

}  // namespace rtw::app
