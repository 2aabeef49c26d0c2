import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The unlocked app. Phone (or portrait): one column, every page stacked.
// Tablet landscape: the caseload on the left, the detail (a case file, a
// new referral, settings) on the right with its own stack.
Page {
    id: root

    /// Fixed when made: the window swaps workspaces when the layout changes.
    property bool wide: false
    readonly property StackView stack: wide ? detailStack : phoneStack
    readonly property Item currentPage: stack.currentItem

    header: AppBar {
        title: root.currentPage && root.currentPage.title ? root.currentPage.title : qsTr("Caseload")
        canGoBack: root.stack.depth > 1
        onBackClicked: Navigation.back()
    }

    Connections {
        target: Navigation
        function onTaskRequested(url, properties) {
            if (root.wide) {
                detailStack.clear()
                detailStack.push(url, properties)
            } else {
                phoneStack.pop(null, StackView.Immediate)
                phoneStack.push(url, properties)
            }
        }
        function onPushRequested(url, properties) {
            root.stack.push(url, properties)
        }
        function onBackRequested() {
            if (root.stack.depth > 1)
                root.stack.pop()
            else if (root.wide)
                Navigation.home()
        }
        function onHomeRequested() {
            if (root.wide) {
                detailStack.clear()
                detailStack.push(nothingOpen)
            } else {
                phoneStack.pop(null)
            }
        }
    }

    Keys.onBackPressed: event => {
        event.accepted = root.stack.depth > 1
        Navigation.back()
    }

    StackView {
        id: phoneStack
        visible: !root.wide
        anchors.fill: parent
        initialItem: root.wide ? null : Pages.url("caseload")
    }

    RowLayout {
        visible: root.wide
        anchors.fill: parent
        spacing: 0
        Loader {
            active: root.wide
            source: Pages.url("caseload")
            Layout.preferredWidth: Theme.masterWidth
            Layout.fillHeight: true
        }
        Rectangle {
            color: palette.mid
            opacity: 0.4
            Layout.preferredWidth: 1
            Layout.fillHeight: true
        }
        StackView {
            id: detailStack
            initialItem: nothingOpen
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    Component {
        id: nothingOpen
        Page {
            title: qsTr("Caseload")
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.gap, 420)
                icon: "person"
                title: qsTr("No case open")
                explanation: qsTr("Choose a case from the list, or start a new referral.")
            }
        }
    }

    Component.onCompleted: {
        if (Navigation.currentCaseId !== "")
            Navigation.openCase(Navigation.currentCaseId)
    }
}
