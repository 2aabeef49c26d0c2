import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The plan's actions: what, who (client, adviser, employer, GP), by when,
// where it stands, and whether the employer sees it.
Item {
    id: root

    /// [{id, description, owner, dueDate, status, employerVisible}]
    property var rows: []
    property var errors: ({})
    signal edited()

    function setAt(i, key, value) {
        const copy = rows.slice()
        copy[i] = Object.assign({}, copy[i])
        copy[i][key] = value
        rows = copy
        edited()
    }
    /// Removing a row rebuilds the rows, so no field keeps a removed row's value.
    function removeAt(i) {
        const kept = rows.filter((r, k) => k !== i)
        rows = []
        rows = kept
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
            visible: root.rows.length === 0
            text: qsTr("No actions yet.")
            opacity: 0.8
            Layout.fillWidth: true
        }
        Repeater {
            model: root.rows.length
            delegate: Frame {
                required property int index
                readonly property var row: root.rows[index] || ({})
                Layout.fillWidth: true
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Action %1").arg(index + 1)
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.smallGap
                    TextInputField {
                        objectName: "actionText" + index
                        label: qsTr("What will be done")
                        field: "actions[" + index + "].description"
                        errors: root.errors
                        text: row.description || ""
                        input.onTextChanged: if (input.text !== (row.description || "")) root.setAt(index, "description", input.text)
                    }
                    GridLayout {
                        columns: width > 520 ? 3 : 1
                        columnSpacing: Theme.smallGap
                        Layout.fillWidth: true
                        ChoiceField {
                            label: qsTr("Who")
                            kind: "actionOwner"
                            value: row.owner || "adviser"
                            onValueChanged: if (value !== (row.owner || "adviser")) root.setAt(index, "owner", value)
                        }
                        DateField {
                            label: qsTr("By")
                            optional: true
                            field: "actions[" + index + "].dueDate"
                            errors: root.errors
                            text: row.dueDate || ""
                            input.onTextChanged: if (input.text !== (row.dueDate || "")) root.setAt(index, "dueDate", input.text)
                        }
                        ChoiceField {
                            label: qsTr("Status")
                            kind: "actionStatus"
                            value: row.status || "open"
                            onValueChanged: if (value !== (row.status || "open")) root.setAt(index, "status", value)
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        EmployerSwitch {
                            partName: qsTr("action %1").arg(index + 1)
                            checked: !!row.employerVisible
                            onToggled: root.setAt(index, "employerVisible", checked)
                        }
                        Button {
                            text: qsTr("Remove")
                            flat: true
                            Layout.minimumHeight: Theme.touch
                            Accessible.name: qsTr("Remove action %1").arg(index + 1)
                            onClicked: root.removeAt(index)
                        }
                    }
                }
            }
        }
        Button {
            objectName: "addPlanActionButton"
            text: qsTr("Add an action")
            icon.source: Icons.url("add")
            flat: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: text
            onClicked: {
                root.rows = root.rows.concat([{ id: "", description: "", owner: "employer", dueDate: "",
                                                 status: "open", employerVisible: true }])
                root.edited()
            }
        }
    }
}
