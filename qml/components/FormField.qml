import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A labelled form field: the label above, the control (the content), then a
// hint or the validation message for this field. `errors` is a controller's
// fieldErrors map (field path -> message, from core's FieldErrors), `field`
// this field's path in it; `localError` is for checks made as you type.
// (The root is a plain Item around the layout: Qt 6.4 can crash destroying
// a layout that is the root of an object destroyed on its own.)
Item {
    id: root

    property string label
    property string field
    property var errors: ({})
    property bool optional: false
    property string hint
    property string localError
    readonly property string error: localError !== "" ? localError
        : (errors && field !== "" && errors[field] !== undefined ? errors[field] : "")
    /// For the control inside: its accessible name.
    readonly property string accessibleName: label + (optional ? qsTr(", optional") : "")
        + (error !== "" ? qsTr(", error: ") + error : "")
    default property alias content: slot.data

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        width: root.width
        spacing: 2

        Label {
            text: root.label + (root.optional ? qsTr(" (optional)") : "")
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.ignored: true
        }
        ColumnLayout {
            id: slot
            spacing: 0
            Layout.fillWidth: true
        }
        Label {
            visible: root.hint !== "" && root.error === ""
            text: root.hint
            opacity: 0.75
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSize * 0.9
            Layout.fillWidth: true
        }
        Label {
            objectName: "fieldError"
            visible: root.error !== ""
            text: root.error
            color: Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: root.label + ": " + text
        }
    }
}
