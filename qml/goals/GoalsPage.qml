import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Goals

// Goals set with the client (a case-file section), today's pacing, and
// progress from the client's entries and daily check-ins, as charts with
// the same figures in text.
Page {
    id: root

    required property string caseId
    property alias controller: goals

    title: qsTr("Goals")

    /// The page tour's states: "progress" scrolls to the charts.
    function tourAction(name) {
        if (name === "progress")
            scroll.contentItem.contentY = Math.max(0, progressCard.y - Theme.gap)
    }

    GoalsController {
        id: goals
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
            Item { implicitHeight: Theme.smallGap }
            Button {
                objectName: "newGoalButton"
                text: qsTr("Set a goal with the client")
                icon.source: Icons.url("add")
                highlighted: true
                Material.accent: Theme.actionBlue
                Layout.minimumHeight: Theme.touch
                Accessible.name: text
                onClicked: Navigation.push("goalEditor", { caseId: root.caseId, goalId: "" })
            }
            EmptyState {
                visible: goals.loaded && goals.goals.count === 0
                title: qsTr("No goals yet")
                explanation: qsTr("Small, specific goals work best: what, how much, how often, by when.")
                Layout.fillWidth: true
            }
            Repeater {
                model: goals.goals
                delegate: GoalCard {
                    selected: goalId === goals.selectedGoalId
                    onShowProgress: goals.selectedGoalId = goalId
                    onEdit: Navigation.push("goalEditor", { caseId: root.caseId, goalId: goalId })
                    onSetStatus: status => goals.setStatus(goalId, status)
                }
            }
            InfoCard {
                id: progressCard
                objectName: "progressCard"
                visible: goals.goals.count > 0
                title: qsTr("Progress: %1").arg(goals.progress.title || "")
                TrendChart {
                    objectName: "progressChart"
                    title: qsTr("Progress against the plan")
                    chartData: goals.progress
                    lines: [{ key: "planned", name: qsTr("Planned") }]
                    points: [{ key: "done", name: qsTr("Done") }, { key: "stepBack", name: qsTr("Step back by choice") }]
                }
            }
            InfoCard {
                objectName: "checkInCard"
                title: qsTr("Daily check-ins")
                TrendChart {
                    objectName: "checkInChart"
                    title: qsTr("Pain and how much it got in the way, 0 to 10")
                    chartData: goals.checkIns
                    lines: [{ key: "pain", name: qsTr("Pain") }, { key: "interference", name: qsTr("Got in the way") }]
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
