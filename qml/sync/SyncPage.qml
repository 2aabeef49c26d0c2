import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Sync

// Sync in detail: where things stand, what is waiting, "sync now", and what
// to do about an error.
Page {
    id: root

    title: qsTr("Sync")

    // Only for their counts here; the review pages list them.
    ConflictsModel {
        id: conflicts
        store: DeviceStore
    }
    RejectedChangesModel {
        id: rejected
        store: DeviceStore
    }

    SignInAgainDialog {
        id: signInAgain
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap

            Item { implicitHeight: Theme.smallGap }

            InfoCard {
                title: Sync.summary
                Label {
                    objectName: "syncDetail"
                    text: Sync.detail
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ProgressBar {
                    visible: Sync.phase === Sync.Syncing
                    indeterminate: Sync.progressTotal === 0
                    from: 0
                    to: Math.max(1, Sync.progressTotal)
                    value: Sync.progressDone
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Sync progress")
                }
                FactRow {
                    label: qsTr("Changes waiting")
                    value: Sync.pendingChanges === 0 ? qsTr("None") : String(Sync.pendingChanges)
                }
                RowLayout {
                    spacing: Theme.smallGap
                    Button {
                        text: qsTr("Sync now")
                        highlighted: true
                        Material.accent: Theme.actionBlue
                        enabled: Sync.available && Sync.phase !== Sync.Syncing
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: text
                        onClicked: Sync.syncNow()
                    }
                    Button {
                        objectName: "errorActionButton"
                        visible: Sync.errorAction !== ""
                        text: Sync.errorAction
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: text
                        // Only a new sign-in mends an ended session; the other
                        // actions (update the app, contact the service, try
                        // later) are things to do elsewhere, then try again.
                        onClicked: Sync.signInNeeded ? signInAgain.openEmpty() : Sync.syncNow()
                    }
                }
            }

            InfoCard {
                title: qsTr("To look at")
                FactRow {
                    label: qsTr("Edits to review")
                    value: conflicts.count === 0 ? qsTr("None") : String(conflicts.count)
                }
                FactRow {
                    label: qsTr("Refused changes")
                    value: rejected.count === 0 ? qsTr("None") : String(rejected.count)
                }
                Flow {
                    spacing: Theme.smallGap
                    Layout.fillWidth: true
                    Button {
                        objectName: "reviewConflictsButton"
                        text: qsTr("Review edits")
                        height: Theme.touch
                        Accessible.name: qsTr("Review edits that clashed")
                        onClicked: Navigation.push("conflicts", {})
                    }
                    Button {
                        objectName: "rejectedChangesButton"
                        text: qsTr("Refused changes")
                        height: Theme.touch
                        Accessible.name: qsTr("See changes the server refused")
                        onClicked: Navigation.push("rejectedChanges", {})
                    }
                }
            }
        }
    }
}
