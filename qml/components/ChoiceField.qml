import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// A choice from one of the Labels lists (work status, contact mode, ...).
// `value` is the stored value ("" until something is chosen when `none` is set).
FormField {
    id: root

    property string kind
    /// Text for "nothing chosen yet"; empty means the first choice is the default.
    property string none
    property string value: ""
    /// Stored values not to offer here.
    property var exclude: []
    readonly property var choices: (none !== "" ? [{ value: "", text: none }] : [])
        .concat(Labels.choices(kind).filter(c => exclude.indexOf(c.value) < 0))

    function indexOfValue(v) {
        for (let i = 0; i < choices.length; ++i)
            if (choices[i].value === v)
                return i
        return 0
    }

    Component.onCompleted: if (value === "" && none === "" && choices.length > 0) value = choices[0].value

    ComboBox {
        id: box
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        model: root.choices
        textRole: "text"
        valueRole: "value"
        currentIndex: root.indexOfValue(root.value)
        onActivated: root.value = currentValue
        Accessible.name: root.accessibleName
        Accessible.description: currentText
    }
}
