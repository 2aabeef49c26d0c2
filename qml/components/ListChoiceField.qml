import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// A choice from a list a controller provides ([{value, text}]), e.g. an
// agreed plan version or a named employer contact. `value` is "" until
// something is chosen when `none` is set.
FormField {
    id: root

    property var choices: []
    /// Text for "nothing chosen yet"; empty means the first choice is the default.
    property string none
    property string value: ""
    readonly property var shown: (none !== "" ? [{ value: "", text: none }] : []).concat(choices)

    function indexOfValue(v) {
        for (let i = 0; i < shown.length; ++i)
            if (shown[i].value === v)
                return i
        return 0
    }

    onShownChanged: if (none === "" && shown.length > 0 && indexOfValue(value) === 0 && shown[0].value !== value) value = shown[0].value
    Component.onCompleted: if (value === "" && none === "" && shown.length > 0) value = shown[0].value

    ComboBox {
        id: box
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        model: root.shown
        textRole: "text"
        valueRole: "value"
        currentIndex: root.indexOfValue(root.value)
        onActivated: root.value = currentValue
        Accessible.name: root.accessibleName
        Accessible.description: currentText
    }
}
