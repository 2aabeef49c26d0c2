import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// A labelled row of large buttons, one per choice (0 to 10, moods, none /
// some / all): one tap answers, the chosen one is filled. Each button is at
// least 48 px and named for screen readers ("Pain: 6"). `value` is the
// chosen choice's value, or `unset` while nothing is chosen.
FormField {
    id: root

    /// [{value, text}] in order.
    property var choices: []
    property var value: unset
    property var unset: -1
    /// Words under the row for the two ends ("0 no pain", "10 worst").
    property string lowText
    property string highText
    /// Minimum button width: 48 px for numbers, wider for words.
    property int buttonWidth: Theme.touch

    Flow {
        id: flow
        objectName: "choices"
        spacing: 4
        Layout.fillWidth: true
        Accessible.role: Accessible.Grouping
        Accessible.name: root.accessibleName
        Repeater {
            model: root.choices
            delegate: Button {
                id: choice
                required property var modelData
                readonly property bool chosen: root.value === modelData.value
                objectName: "choice-" + modelData.value
                text: modelData.text
                highlighted: chosen
                Material.accent: Theme.actionBlue
                flat: !chosen
                width: Math.max(root.buttonWidth, implicitWidth)
                height: Math.max(Theme.touch, implicitHeight)
                topInset: 0
                bottomInset: 0
                Accessible.name: root.label + ": " + modelData.text
                Accessible.checkable: true
                Accessible.checked: chosen
                onClicked: root.value = modelData.value
                background: Rectangle {
                    radius: 6
                    color: choice.chosen ? Theme.actionBlue : "transparent"
                    border.width: 1
                    border.color: choice.chosen ? Theme.actionBlue : Qt.rgba(0.5, 0.5, 0.5, 0.6)
                }
                contentItem: Label {
                    text: choice.text
                    color: choice.chosen ? "#ffffff" : choice.Material.foreground
                    font.weight: choice.chosen ? Font.DemiBold : Font.Normal
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
    RowLayout {
        visible: root.lowText !== "" || root.highText !== ""
        Layout.fillWidth: true
        Label {
            text: root.lowText
            opacity: 0.75
            font.pixelSize: Math.round(Theme.fontSize * 0.85)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: root.highText
            opacity: 0.75
            font.pixelSize: Math.round(Theme.fontSize * 0.85)
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
