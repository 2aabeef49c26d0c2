import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// A card listing a short model (barriers, fit notes, consent), saying so when empty.
InfoCard {
    id: root

    property alias model: repeater.model
    property alias delegate: repeater.delegate
    property string emptyText

    Repeater {
        id: repeater
    }
    Label {
        visible: repeater.count === 0
        text: root.emptyText
        font.italic: true
        opacity: 0.8
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
