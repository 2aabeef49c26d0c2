import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The unlocked app for a patient. Phone: the page above a bottom bar of
// Today / Goals / Progress / More. Tablet landscape: a navigation rail with
// the page beside it. Same app bar (sync status) as the adviser's. Before
// the first page: the one-time first-run explanation; until the first sync
// has brought the patient's case, a page saying so.
Page {
    id: root

    /// Fixed when made: the window swaps workspaces when the layout changes.
    property bool wide: false
    property int tabIndex: 0
    readonly property StackView stack: pageStack
    readonly property Item currentPage: stack.currentItem
    /// What the page shown was chosen for (loaded, welcomed, case): a sync
    /// that changes none of these leaves the page, and anything typed, alone.
    property string shownFor: ""
    readonly property string contextKey: patientContext.loaded + "/" + patientContext.welcomed + "/" + patientContext.caseId
    // The case arriving, or the welcome read: show the page again.
    onContextKeyChanged: if (shownFor !== contextKey) openTab(tabIndex)

    /// Opens tab `index` of Pages.patientTabs (the tour and tests use it too).
    function openTab(index) {
        tabIndex = index
        shownFor = contextKey
        const name = Pages.patientTabs[index].page
        pageStack.clear(StackView.Immediate)
        pageStack.push(pageFor(name), propsFor(name), StackView.Immediate)
    }
    /// The page's URL, or "not ready", "welcome" or "waiting for the first sync".
    function pageFor(name) {
        if (!patientContext.loaded)
            return loading
        if (!patientContext.welcomed)
            return Pages.url("patientWelcome")
        if (!Pages.ready(name))
            return notReady
        const needsCase = Pages.pages[name].needs.indexOf("caseId") >= 0
        return needsCase && patientContext.caseId === "" ? noCaseYet : Pages.url(name)
    }
    function propsFor(name) {
        if (!patientContext.loaded)
            return {}
        if (!patientContext.welcomed)
            return { context: patientContext }
        if (!Pages.ready(name))
            return { title: Pages.pages[name].title }
        const page = Pages.pages[name]
        return page.takesCase || (page.needs.indexOf("caseId") >= 0 && patientContext.caseId !== "")
            ? { caseId: patientContext.caseId } : {}
    }

    header: AppBar {
        patient: true
        title: root.currentPage && root.currentPage.title ? root.currentPage.title : qsTr("Today")
        canGoBack: root.stack.depth > 1
        onBackClicked: Navigation.back()
    }
    footer: PatientNavBar {
        visible: !root.wide && patientContext.welcomed
        currentIndex: root.tabIndex
        onChosen: index => root.openTab(index)
    }

    PatientContext {
        id: patientContext
        store: DeviceStore
        onFailed: message => Messages.error(message)
    }

    Connections {
        target: Navigation
        function onTaskRequested(url, properties) {
            pageStack.push(url, properties)
        }
        function onPushRequested(url, properties) {
            pageStack.push(url, properties)
        }
        function onBackRequested() {
            if (pageStack.depth > 1)
                pageStack.pop()
        }
        function onHomeRequested() {
            root.openTab(0)
        }
        function onTabRequested(index) {
            root.openTab(index)
        }
    }

    Keys.onBackPressed: event => {
        event.accepted = root.stack.depth > 1
        Navigation.back()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        PatientNavBar {
            visible: root.wide && patientContext.welcomed
            vertical: true
            currentIndex: root.tabIndex
            onChosen: index => root.openTab(index)
            Layout.fillHeight: true
        }
        StackView {
            id: pageStack
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    Component {
        id: loading
        Page {
            BusyIndicator {
                anchors.centerIn: parent
                running: true
            }
        }
    }
    Component {
        id: noCaseYet
        Page {
            title: qsTr("Welcome")
            EmptyState {
                objectName: "noCaseYet"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.gap, 420)
                icon: "sync"
                title: qsTr("Your records are on their way")
                explanation: qsTr("They arrive with the first sync, which needs a connection once. After that the app works without one.")
            }
        }
    }
    Component {
        id: notReady
        Page {
            EmptyState {
                objectName: "pageNotReady"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.gap, 420)
                icon: "event"
                title: qsTr("Not ready yet")
                explanation: qsTr("This part of the app is coming in an update.")
            }
        }
    }

    Component.onCompleted: openTab(0)
}
