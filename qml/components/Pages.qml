pragma Singleton
import QtQuick

// Every page of the app by name, and the sections of a case file in tab
// order. Modules load each other's pages by URL from here, so no module
// imports another feature. To add a page: add its file to its module and a
// line here (docs/app.md). `needs` says which properties a page requires
// (the self-test and screenshots fill them in).
QtObject {
    readonly property string base: "qrc:/qt/qml/Rtw/"

    readonly property var pages: ({
        "caseload": { url: base + "Caseload/CaseloadPage.qml", title: qsTr("Caseload"), needs: [] },
        "intake": { url: base + "Intake/IntakePage.qml", title: qsTr("New referral"), needs: [] },
        "caseFile": { url: base + "CaseFile/CaseFilePage.qml", title: qsTr("Case file"), needs: ["caseId"] },
        "logContact": { url: base + "Notes/ContactEditor.qml", title: qsTr("Log a contact"), needs: ["caseId"] },
        "addNote": { url: base + "Notes/NoteEditor.qml", title: qsTr("Add a note"), needs: ["caseId"] },
        "noteHistory": { url: base + "Notes/NoteHistoryPage.qml", title: qsTr("Note history"), needs: ["caseId", "noteId"] },
        "settings": { url: base + "Settings/SettingsPage.qml", title: qsTr("Settings"), needs: [] },
        "sync": { url: base + "Sync/SyncPage.qml", title: qsTr("Sync"), needs: [] },
        "conflicts": { url: base + "Sync/ConflictsPage.qml", title: qsTr("Edits to review"), needs: [] },
        "rejectedChanges": { url: base + "Sync/RejectedChangesPage.qml", title: qsTr("Refused changes"), needs: [] },
        "employerPreview": { url: base + "Plan/EmployerPreviewPage.qml", title: qsTr("As the employer sees it"), needs: ["caseId"] },
        "planVersions": { url: base + "Plan/PlanVersionsPage.qml", title: qsTr("Plan versions"), needs: ["caseId"] },
        "planShare": { url: base + "Plan/PlanSharePage.qml", title: qsTr("Share the plan"), needs: ["caseId"] },
        "goalEditor": { url: base + "Goals/GoalEditor.qml", title: qsTr("Goal"), needs: ["caseId"] },
        "administer": { url: base + "Questionnaires/AdministerPage.qml", title: qsTr("Questionnaire"), needs: ["caseId", "questionnaireId"] },
        // The patient's pages (PatientWorkspace); each takes the patient's own case.
        "patientWelcome": { url: base + "Patient/WelcomePage.qml", title: qsTr("Welcome"), needs: [] },
        "patientToday": { url: base + "Patient/TodayPage.qml", title: qsTr("Today"), needs: ["caseId"] },
        "patientGoals": { url: base + "Patient/MyGoalsPage.qml", title: qsTr("My goals"), needs: ["caseId"] },
        "patientProgress": { url: base + "Patient/ProgressPage.qml", title: qsTr("My progress"), needs: ["caseId"] },
        "patientMore": { url: base + "Patient/MorePage.qml", title: qsTr("More"), needs: [], takesCase: true },
        "proposeGoal": { url: base + "Patient/ProposeGoalPage.qml", title: qsTr("Suggest a goal"), needs: ["caseId"] },
        "patientQuestionnaires": { url: base + "MyQuestionnaires/MyQuestionnairesPage.qml", title: qsTr("Questionnaires"), needs: ["caseId"] },
        "answerQuestionnaire": { url: base + "MyQuestionnaires/AnswerQuestionnairePage.qml", title: qsTr("Questionnaire"), needs: ["caseId", "questionnaireId"] },
        "myPlan": { url: base + "MyPlan/MyPlanPage.qml", title: qsTr("My plan"), needs: ["caseId"] },
        "mySharing": { url: base + "MySharing/MySharingPage.qml", title: qsTr("My sharing"), needs: ["caseId"] },
        // The employer contact's pages (EmployerWorkspace).
        "employerPlans": { url: base + "Employer/EmployerHomePage.qml", title: qsTr("Shared plans"), needs: [] },
        "employerPlan": { url: base + "Employer/EmployerPlanPage.qml", title: qsTr("Shared plan"), needs: ["caseId", "grantId"] }
    })

    /// The patient's navigation, in order: the bottom bar on a phone, the
    /// rail on a tablet. `page` names an entry of `pages`; a page whose url
    /// is still "" shows "not ready yet". One line adds a destination.
    readonly property var patientTabs: [
        { page: "patientToday", label: qsTr("Today"), icon: "event" },
        { page: "patientGoals", label: qsTr("Goals"), icon: "check" },
        { page: "patientProgress", label: qsTr("Progress"), icon: "history" },
        { page: "patientMore", label: qsTr("More"), icon: "more" }
    ]
    /// What "More" lists for the patient, in order (then sync and settings).
    readonly property var patientMore: [
        { page: "patientQuestionnaires", label: qsTr("Questionnaires"), icon: "note-add",
          explanation: qsTr("Short questionnaires your adviser asks you to fill in.") },
        { page: "myPlan", label: qsTr("My plan"), icon: "event",
          explanation: qsTr("Your return-to-work plan, as agreed with your adviser.") },
        { page: "mySharing", label: qsTr("My sharing"), icon: "person",
          explanation: qsTr("What your employer can see, and stopping it at any time.") },
        { page: "sync", label: qsTr("Sync"), icon: "sync",
          explanation: qsTr("Whether your check-ins have reached your adviser.") },
        { page: "settings", label: qsTr("Settings"), icon: "settings",
          explanation: qsTr("Passcode, auto-lock, theme.") }
    ]

    /// Sections of the case file, in tab order. Phase 2 adds the RTW plan,
    /// goals, questionnaires, consent and discharge here.
    readonly property var caseSections: [
        { key: "overview", title: qsTr("Overview"), url: base + "CaseFile/OverviewPage.qml" },
        { key: "timeline", title: qsTr("Timeline"), url: base + "CaseFile/TimelinePage.qml" },
        { key: "notes", title: qsTr("Contacts and notes"), url: base + "Notes/NotesPage.qml" },
        { key: "plan", title: qsTr("RTW plan"), url: base + "Plan/PlanPage.qml" },
        { key: "goals", title: qsTr("Goals"), url: base + "Goals/GoalsPage.qml" },
        { key: "questionnaires", title: qsTr("Questionnaires"), url: base + "Questionnaires/QuestionnairesPage.qml" },
        { key: "consent", title: qsTr("Consent"), url: base + "Consent/ConsentPage.qml" },
        { key: "discharge", title: qsTr("Discharge"), url: base + "Discharge/DischargePage.qml" }
    ]

    function url(name) {
        const p = pages[name]
        if (!p)
            console.error("Pages: no page named " + name)
        return p ? p.url : ""
    }
    /// Whether page `name` exists yet (the patient's pending pages do not).
    function ready(name) {
        return !!pages[name] && pages[name].url !== ""
    }
}
