pragma Singleton
import QtQuick

// How any page asks to go somewhere. The shell listens and decides where the
// page appears: on a phone everything stacks in one column; on a tablet a
// new task (a case, a referral, settings) replaces the detail pane beside
// the caseload, and pages opened from it stack inside that pane.
QtObject {
    /// The case shown in the case file ("" when none); the caseload highlights it.
    property string currentCaseId: ""

    signal taskRequested(string url, var properties)
    signal pushRequested(string url, var properties)
    signal backRequested()
    signal homeRequested()
    /// The patient's workspace: go to tab `index` of Pages.patientTabs.
    signal tabRequested(int index)

    /// Opens a case's file as a new task.
    function openCase(caseId) {
        currentCaseId = caseId
        taskRequested(Pages.url("caseFile"), { caseId: caseId })
    }
    /// Starts a new task with a named page (see Pages).
    function openPage(name, properties) {
        if (name !== "caseFile")
            currentCaseId = ""
        taskRequested(Pages.url(name), properties || {})
    }
    /// Opens a page on top of the current one (an editor, a history).
    function push(name, properties) {
        pushRequested(Pages.url(name), properties || {})
    }
    /// Patient only: one of the main tabs (Today, Goals, Progress, More).
    function openTab(index) {
        tabRequested(index)
    }
    function back() {
        backRequested()
    }
    /// Back to the caseload with nothing open.
    function home() {
        currentCaseId = ""
        homeRequested()
    }
}
