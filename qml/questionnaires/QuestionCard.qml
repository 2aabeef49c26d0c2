import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// One question: its choices as radio buttons, or a 0-10 style scale as a
// row of numbered buttons with words at each end. Shows "Choose an answer"
// beside it when it was left out.
FormField {
    id: root

    /// {id, number, text, options, scale, min, max, minLabel, maxLabel}
    required property var item
    /// The chosen value, or undefined.
    property var answer
    signal answered(int value)

    label: qsTr("%1. %2").arg(item.number).arg(item.text)
    field: item.id

    ButtonGroup { id: group }
    Repeater {
        model: root.item.scale ? [] : root.item.options
        delegate: RadioButton {
            required property var modelData
            objectName: "answer_" + root.item.id + "_" + modelData.value
            text: modelData.label
            checked: root.answer === modelData.value
            ButtonGroup.group: group
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: qsTr("Question %1: %2").arg(root.item.number).arg(modelData.label)
            onToggled: if (checked) root.answered(modelData.value)
        }
    }
    Flow {
        visible: !!root.item.scale
        spacing: 4
        Layout.fillWidth: true
        Repeater {
            model: root.item.scale ? root.item.max - root.item.min + 1 : 0
            delegate: Button {
                required property int index
                readonly property int value: root.item.min + index
                objectName: "answer_" + root.item.id + "_" + value
                text: value
                width: Theme.touch
                height: Theme.touch
                checkable: true
                checked: root.answer === value
                highlighted: checked
                Accessible.role: Accessible.RadioButton
                Accessible.name: qsTr("Question %1: %2").arg(root.item.number).arg(value)
                Accessible.checked: checked
                onClicked: root.answered(value)
            }
        }
    }
    Label {
        visible: !!root.item.scale
        text: qsTr("%1 = %2; %3 = %4").arg(root.item.min).arg(root.item.minLabel).arg(root.item.max).arg(root.item.maxLabel)
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
    }
}
