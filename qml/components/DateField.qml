import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// A date typed as dd/mm/yyyy (en-GB), checked with core's date rules when
// the field is left. `isoValue` is the date as stored ("" when not valid).
FormField {
    id: root

    property alias text: input.text
    readonly property string isoValue: Format.isoDate(input.text)
    property alias input: input

    function setIso(iso) {
        input.text = Format.ukDate(iso)
    }

    hint: qsTr("For example 14/03/2026")

    TextField {
        id: input
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        placeholderText: qsTr("dd/mm/yyyy")
        inputMethodHints: Qt.ImhPreferNumbers
        maximumLength: 10
        selectByMouse: true
        Accessible.name: root.accessibleName + qsTr(", day month year")
        onEditingFinished: root.localError = Format.dateProblem(text)
        onTextChanged: if (root.localError !== "") root.localError = Format.dateProblem(text)
    }
}
