import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The unlocked app for an employer contact: the plans shared with them, one
// column on a phone and a tablet alike (there is one list and one plan to
// read), under the same app bar with the sync status. Pages come from Pages
// by URL, like the other workspaces.
Page {
    id: root

    /// Fixed when made: the window swaps workspaces when the layout changes.
    property bool wide: false
    readonly property StackView stack: pageStack
    readonly property Item currentPage: stack.currentItem

    header: AppBar {
        patient: true
        title: root.currentPage && root.currentPage.title ? root.currentPage.title : qsTr("Shared plans")
        canGoBack: root.stack.depth > 1
        onBackClicked: Navigation.back()
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
            pageStack.pop(null)
        }
    }

    Keys.onBackPressed: event => {
        event.accepted = root.stack.depth > 1
        Navigation.back()
    }

    StackView {
        id: pageStack
        anchors.fill: parent
        initialItem: Pages.url("employerPlans")
    }
}
