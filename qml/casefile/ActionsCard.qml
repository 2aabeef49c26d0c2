import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.CaseFile

// Next actions: tick off, cancel, or add one with an owner and a due date.
InfoCard {
    id: root

    required property CaseFileController controller

    title: qsTr("Next actions")

    Repeater {
        model: root.controller.actions
        delegate: Item {
            required property string actionId
            required property string description
            required property string ownerText
            required property string status
            required property string dueText
            required property string dueTone
            implicitHeight: actionRow.implicitHeight
            Layout.fillWidth: true
            RowLayout {
                id: actionRow
                width: parent.width
                spacing: Theme.smallGap
                CheckBox {
                    checked: status === "done"
                    enabled: status !== "cancelled"
                    Layout.minimumWidth: Theme.touch
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: (checked ? qsTr("Done: ") : qsTr("Mark done: ")) + description
                    onClicked: root.controller.setActionStatus(actionId, checked ? "done" : "open")
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: description
                        font.strikeout: status !== "open"
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Flow {
                        spacing: Theme.smallGap
                        Layout.fillWidth: true
                        StatusChip { text: dueText; tone: dueTone }
                        Label { text: qsTr("Owner: %1").arg(ownerText); opacity: 0.8 }
                    }
                }
            }
        }
    }
    Label {
        visible: root.controller.actions.count === 0
        text: qsTr("No actions agreed yet.")
        font.italic: true
        opacity: 0.8
        Layout.fillWidth: true
    }
    Button {
        visible: !form.visible
        text: qsTr("Add an action")
        icon.source: Icons.url("add")
        flat: true
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: form.visible = true
    }
    ColumnLayout {
        id: form
        visible: false
        spacing: Theme.smallGap
        Layout.fillWidth: true
        TextInputField { id: what; objectName: "actionDescription"; label: qsTr("What will be done"); field: "description"; errors: root.controller.actionErrors }
        ChoiceField { id: owner; label: qsTr("Who will do it"); kind: "actionOwner"; value: "adviser" }
        DateField { id: due; label: qsTr("Due by"); optional: true; field: "dueDate"; errors: root.controller.actionErrors }
        RowLayout {
            Button {
                text: qsTr("Cancel")
                flat: true
                Layout.minimumHeight: Theme.touch
                onClicked: form.visible = false
            }
            Button {
                objectName: "saveActionButton"
                text: qsTr("Add action")
                highlighted: true
                Material.accent: Theme.actionBlue
                Layout.minimumHeight: Theme.touch
                onClicked: root.controller.addAction(what.text, owner.value, due.text)
            }
        }
        Connections {
            target: root.controller
            function onActionAdded() {
                what.text = ""
                due.text = ""
                form.visible = false
            }
        }
    }
}
