import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Patient
import Rtw.Settings

// Today: the daily check-in (or how you checked in today), today's goals
// with their planned amounts, and the reminder. Everything saves on this
// device first and syncs to the adviser when there is a connection.
Page {
    id: root

    required property string caseId
    property alias controller: today
    property alias goalsController: goalsModel
    property bool editing: false

    title: qsTr("Today")

    /// The page tour's states: "errors" saves an empty check-in; "checkIn" fills and saves one.
    function tourAction(name) {
        if (name === "errors") {
            editing = true
            form.load(today.emptyForm())
            today.saveCheckIn(form.currentForm())
        } else if (name === "checkIn") {
            today.saveCheckIn({ pain: 4, interference: 3, mood: 3, sleepQuality: 6, pacingDone: "some",
                                hoursWorked: "4", note: "" })
        }
    }

    TodayController {
        id: today
        store: DeviceStore
        caseId: root.caseId
        reminderTime: AppSettings.reminderTime
        onSaved: message => { Messages.success(message); root.editing = false }
        onFailed: message => Messages.error(message)
        onRemind: message => Messages.info(message)
        onChanged: form.load(today.form)
    }
    PatientGoalsController {
        id: goalsModel
        store: DeviceStore
        caseId: root.caseId
        onSaved: message => Messages.success(message)
        onFailed: message => Messages.error(message)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            Item { implicitHeight: 0 }
            Label {
                text: Qt.formatDate(new Date(), "dddd d MMMM")
                font.pixelSize: Theme.fontSize * 1.3
                font.weight: Font.DemiBold
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            InfoCard {
                objectName: "reminderDueCard"
                visible: today.reminderDue
                title: qsTr("Time for your check-in")
                Label {
                    text: qsTr("It takes under a minute. Good days and bad days both help you and your adviser see how things are going.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            InfoCard {
                objectName: "checkedInCard"
                visible: today.checkedIn && !root.editing
                title: qsTr("You checked in today")
                Label {
                    objectName: "checkInSummary"
                    text: today.summary
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "checkInAgainButton"
                    text: qsTr("Check in again")
                    flat: true
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: root.editing = true
                }
            }
            CheckInCard {
                id: form
                visible: today.loaded && (!today.checkedIn || root.editing)
                controller: today
            }
            DueGoalsCard {
                goals: goalsModel
                onOpenGoals: Navigation.openTab(1)
            }
            ReminderCard {
                reminderTimes: today.reminderChoices()
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
