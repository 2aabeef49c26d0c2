import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Goals

// My progress: pain and how much it got in the way over the last eight
// weeks, and each goal against its pacing plan (Qt Charts), each with the
// same figures in words: a summary always, every entry on request.
Page {
    id: root

    required property string caseId
    property alias controller: goals

    title: qsTr("My progress")

    /// The page tour's states: "goal" scrolls to the goal chart.
    function tourAction(name) {
        if (name === "goal")
            scroll.contentItem.contentY = Math.max(0, goalCard.y - Theme.gap)
    }

    GoalsController {
        id: goals
        store: DeviceStore
        caseId: root.caseId
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
                text: qsTr("Ups and downs are normal. Looking over weeks, not days, shows how things are really going.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            InfoCard {
                objectName: "painCard"
                title: qsTr("Pain and how much it got in the way")
                TrendChart {
                    objectName: "painChart"
                    title: qsTr("Pain and how much it got in the way, 0 to 10, over 8 weeks")
                    chartData: goals.checkIns
                    lines: [{ key: "pain", name: qsTr("Pain") }, { key: "interference", name: qsTr("Got in the way") }]
                }
            }
            InfoCard {
                id: goalCard
                objectName: "goalProgressCard"
                visible: goals.goals.count > 0
                title: qsTr("My goals against the plan")
                ComboBox {
                    id: chooser
                    objectName: "goalChooser"
                    model: goals.goals
                    textRole: "what"
                    valueRole: "goalId"
                    displayText: goals.progress.title || qsTr("Choose a goal")
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: qsTr("Goal to show")
                    Accessible.description: currentText
                    onActivated: goals.selectedGoalId = currentValue
                }
                TrendChart {
                    objectName: "goalChart"
                    title: qsTr("Progress against the plan: %1").arg(goals.progress.title || "")
                    chartData: goals.progress
                    lines: [{ key: "planned", name: qsTr("Planned") }]
                    points: [{ key: "done", name: qsTr("Done") }, { key: "stepBack", name: qsTr("Step back by choice") }]
                }
            }
            EmptyState {
                visible: goals.loaded && goals.goals.count === 0
                title: qsTr("No goals yet")
                explanation: qsTr("Goal progress appears here once you and your adviser have agreed a goal.")
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
