import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// One person who can (or could) see the plan: who they are, what they can
// see now, and a button to stop it.
ColumnLayout {
    id: root

    required property int index
    required property string name
    required property string roleText
    required property string detail
    required property bool granted
    required property string tone
    property bool busy: false
    signal withdrawRequested()

    objectName: "person_" + index
    spacing: Theme.smallGap

    Label {
        text: root.name + " · " + root.roleText
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    StatusChip {
        objectName: "state"
        text: root.granted ? qsTr("Can see it") : qsTr("Stopped")
        tone: root.tone
    }
    Label {
        objectName: "detail"
        text: root.detail
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "withdrawButton"
        visible: root.granted
        enabled: !root.busy
        text: qsTr("Stop sharing with %1").arg(root.name)
        Layout.minimumHeight: Theme.touch
        Layout.fillWidth: true
        Accessible.name: text
        onClicked: root.withdrawRequested()
    }
}
