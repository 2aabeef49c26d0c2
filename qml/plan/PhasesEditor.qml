import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The phased return, one row per week: working days, hours a day, notes,
// and whether the employer sees that week.
Item {
    id: root

    /// [{week, days, hoursPerDay, notes, employerVisible}] as typed.
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
    function addWeek() {
        const last = rows.length > 0 ? rows[rows.length - 1] : null
        const week = last ? String((parseInt(last.week) || rows.length) + 1) : "1"
        rows = rows.concat([{ week: week, days: last ? last.days : "3", hoursPerDay: last ? last.hoursPerDay : "4",
                              notes: "", employerVisible: last ? last.employerVisible : true }])
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
            text: qsTr("No phased return yet. Add the first week.")
            wrapMode: Text.Wrap
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
                Accessible.name: qsTr("Week %1").arg(row.week)
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.smallGap
                    GridLayout {
                        columns: 3
                        columnSpacing: Theme.smallGap
                        Layout.fillWidth: true
                        TextInputField {
                            objectName: "phaseWeek" + index
                            label: qsTr("Week")
                            field: "phases[" + index + "].week"
                            errors: root.errors
                            text: row.week || ""
                            inputMethodHints: Qt.ImhDigitsOnly
                            input.onTextChanged: if (input.text !== (row.week || "")) root.setAt(index, "week", input.text)
                        }
                        TextInputField {
                            objectName: "phaseDays" + index
                            label: qsTr("Days")
                            field: "phases[" + index + "].days"
                            errors: root.errors
                            text: row.days || ""
                            inputMethodHints: Qt.ImhDigitsOnly
                            input.onTextChanged: if (input.text !== (row.days || "")) root.setAt(index, "days", input.text)
                        }
                        TextInputField {
                            objectName: "phaseHours" + index
                            label: qsTr("Hours a day")
                            field: "phases[" + index + "].hoursPerDay"
                            errors: root.errors
                            text: row.hoursPerDay || ""
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            input.onTextChanged: if (input.text !== (row.hoursPerDay || "")) root.setAt(index, "hoursPerDay", input.text)
                        }
                    }
                    TextInputField {
                        label: qsTr("Notes")
                        optional: true
                        field: "phases[" + index + "].notes"
                        errors: root.errors
                        text: row.notes || ""
                        placeholderText: qsTr("e.g. mornings only, no lifting")
                        input.onTextChanged: if (input.text !== (row.notes || "")) root.setAt(index, "notes", input.text)
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        EmployerSwitch {
                            partName: qsTr("week %1").arg(row.week)
                            checked: !!row.employerVisible
                            onToggled: root.setAt(index, "employerVisible", checked)
                        }
                        Button {
                            text: qsTr("Remove")
                            flat: true
                            Layout.minimumHeight: Theme.touch
                            Accessible.name: qsTr("Remove week %1").arg(row.week)
                            onClicked: root.removeAt(index)
                        }
                    }
                }
            }
        }
        Button {
            objectName: "addWeekButton"
            text: qsTr("Add a week")
            icon.source: Icons.url("add")
            flat: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: text
            onClicked: root.addWeek()
        }
    }
}
