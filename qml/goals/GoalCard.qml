import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// One goal: what, how much, how often, by when; its pacing today and from
// here; where it stands; and what can be done with it.
InfoCard {
    id: root

    required property string goalId
    required property string summary
    required property string categoryText
    required property string status
    required property string statusText
    required property string plannedToday
    required property var schedule
    required property string progressText
    property bool selected: false
    signal showProgress()
    signal edit()
    signal setStatus(string status)

    title: root.summary
    Flow {
        spacing: Theme.smallGap
        Layout.fillWidth: true
        StatusChip { text: root.categoryText }
        StatusChip { text: root.statusText; tone: root.status === "achieved" ? "good" : (root.status === "active" ? "neutral" : "warning") }
    }
    Label { visible: root.plannedToday !== ""; text: root.plannedToday; font.weight: Font.DemiBold; wrapMode: Text.Wrap; Layout.fillWidth: true }
    Repeater {
        model: root.schedule
        delegate: Label {
            required property string modelData
            text: "• " + modelData
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Label { text: root.progressText; wrapMode: Text.Wrap; opacity: 0.85; Layout.fillWidth: true }
    Flow {
        spacing: Theme.smallGap
        Layout.fillWidth: true
        Button {
            text: root.selected ? qsTr("Progress shown below") : qsTr("Show progress")
            enabled: !root.selected
            height: Theme.touch
            Accessible.name: qsTr("Show progress of %1").arg(root.summary)
            onClicked: root.showProgress()
        }
        Button {
            text: qsTr("Change")
            height: Theme.touch
            Accessible.name: qsTr("Change the goal %1").arg(root.summary)
            onClicked: root.edit()
        }
        Button {
            visible: root.status !== "achieved"
            text: qsTr("Achieved")
            flat: true
            height: Theme.touch
            Accessible.name: qsTr("Mark %1 achieved").arg(root.summary)
            onClicked: root.setStatus("achieved")
        }
        Button {
            text: root.status === "active" ? qsTr("Pause")
                : (root.status === "proposed" ? qsTr("Agree this goal") : qsTr("Make active"))
            flat: true
            height: Theme.touch
            Accessible.name: (root.status === "active" ? qsTr("Pause ") : qsTr("Make active ")) + root.summary
            onClicked: root.setStatus(root.status === "active" ? "paused" : "active")
        }
    }
}
