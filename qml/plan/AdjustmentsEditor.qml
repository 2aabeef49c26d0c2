import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// Adjustments by type (phased return, altered hours, amended duties, ...),
// each described in a sentence, each shown to the employer or not.
Item {
    id: root

    /// [{type, description, employerVisible}]
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
            text: qsTr("No adjustments yet.")
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
                Accessible.name: qsTr("Adjustment %1").arg(index + 1)
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.smallGap
                    ChoiceField {
                        label: qsTr("Kind of adjustment")
                        kind: "adjustmentType"
                        field: "adjustments[" + index + "].type"
                        errors: root.errors
                        value: row.type || "phased_return"
                        onValueChanged: if (value !== row.type) root.setAt(index, "type", value)
                    }
                    TextAreaField {
                        objectName: "adjustmentText" + index
                        label: qsTr("What it means in practice")
                        field: "adjustments[" + index + "].description"
                        errors: root.errors
                        minimumLines: 2
                        text: row.description || ""
                        area.onTextChanged: if (area.text !== (row.description || "")) root.setAt(index, "description", area.text)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        EmployerSwitch {
                            objectName: "adjustmentVisible" + index
                            partName: qsTr("adjustment %1").arg(index + 1)
                            checked: !!row.employerVisible
                            onToggled: root.setAt(index, "employerVisible", checked)
                        }
                        Button {
                            text: qsTr("Remove")
                            flat: true
                            Layout.minimumHeight: Theme.touch
                            Accessible.name: qsTr("Remove adjustment %1").arg(index + 1)
                            onClicked: root.removeAt(index)
                        }
                    }
                }
            }
        }
        Button {
            objectName: "addAdjustmentButton"
            text: qsTr("Add an adjustment")
            icon.source: Icons.url("add")
            flat: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: text
            onClicked: {
                root.rows = root.rows.concat([{ type: "phased_return", description: "", employerVisible: true }])
                root.edited()
            }
        }
    }
}
