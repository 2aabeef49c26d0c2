import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// Actions agreed at the contact: what, who, by when.
Item {
    id: root

    /// [{description, owner, dueDate}]
    property var actions: []
    property var errors: ({})
    signal edited()

    function setAt(i, key, value) {
        const copy = actions.slice()
        copy[i] = Object.assign({}, copy[i])
        copy[i][key] = value
        actions = copy
        edited()
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        width: root.width
        spacing: Theme.smallGap

        Label {
            text: qsTr("Actions agreed (optional)")
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        Repeater {
            model: root.actions.length
            delegate: InfoCard {
                required property int index
                title: qsTr("Action %1").arg(index + 1)
                TextInputField {
                    label: qsTr("What will be done")
                    field: "actions[" + index + "].description"
                    errors: root.errors
                    text: root.actions[index].description || ""
                    input.onTextEdited: root.setAt(index, "description", text)
                }
                ChoiceField {
                    label: qsTr("Who will do it")
                    kind: "actionOwner"
                    value: root.actions[index].owner || "adviser"
                    onValueChanged: if (value !== (root.actions[index].owner || "adviser")) root.setAt(index, "owner", value)
                }
                DateField {
                    label: qsTr("Due by")
                    optional: true
                    field: "actions[" + index + "].dueDate"
                    errors: root.errors
                    text: root.actions[index].dueDate || ""
                    input.onTextEdited: root.setAt(index, "dueDate", text)
                }
                Button {
                    text: qsTr("Remove this action")
                    flat: true
                    Layout.minimumHeight: Theme.touch
                    onClicked: {
                        root.actions = root.actions.filter((a, i) => i !== index)
                        root.edited()
                    }
                }
            }
        }
        Button {
            text: qsTr("Add an action")
            icon.source: Icons.url("add")
            flat: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: text
            onClicked: {
                root.actions = root.actions.concat([{ description: "", owner: "adviser", dueDate: "" }])
                root.edited()
            }
        }
    }
}
