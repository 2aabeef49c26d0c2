import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// Who else was at the contact: a name and a role per person. (Plain Item
// roots around the layouts: Qt 6.4 can crash destroying a layout that is a
// delegate's root, e.g. when a row is removed.)
Item {
    id: root

    /// [{name, role}]
    property var people: []
    property var errors: ({})
    signal edited()

    function setAt(i, key, value) {
        const copy = people.slice()
        copy[i] = Object.assign({}, copy[i])
        copy[i][key] = value
        people = copy
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
            text: qsTr("Others present (optional)")
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        Repeater {
            model: root.people.length
            delegate: Item {
                id: person
                required property int index
                implicitHeight: personRow.implicitHeight
                Layout.fillWidth: true
                RowLayout {
                    id: personRow
                    width: parent.width
                    spacing: Theme.smallGap
                    TextInputField {
                        label: qsTr("Name")
                        field: "contact.participants[" + person.index + "].name"
                        errors: root.errors
                        text: root.people[person.index].name || ""
                        input.onTextEdited: root.setAt(person.index, "name", text)
                    }
                    TextInputField {
                        label: qsTr("Role")
                        field: "contact.participants[" + person.index + "].role"
                        errors: root.errors
                        text: root.people[person.index].role || ""
                        placeholderText: qsTr("e.g. pain OT")
                        input.onTextEdited: root.setAt(person.index, "role", text)
                    }
                    ToolButton {
                        icon.source: Icons.url("close")
                        Layout.alignment: Qt.AlignBottom
                        implicitWidth: Theme.touch
                        implicitHeight: Theme.touch
                        Accessible.name: qsTr("Remove this person")
                        onClicked: {
                            root.people = root.people.filter((p, i) => i !== person.index)
                            root.edited()
                        }
                    }
                }
            }
        }
        Button {
            text: qsTr("Add someone")
            icon.source: Icons.url("add")
            flat: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: qsTr("Add someone else who was present")
            onClicked: {
                root.people = root.people.concat([{ name: "", role: "" }])
                root.edited()
            }
        }
    }
}
