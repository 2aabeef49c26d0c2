import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// One change the server refused: what it was, what was typed, and why (in
// the server's words), with a way to dismiss it once read.
Pane {
    id: root

    required property string opId
    required property string clientName
    required property string whatText
    required property string typedText
    required property string why
    required property string problems
    required property string when
    property bool busy: false

    signal dismissed(string opId)

    Material.elevation: 1
    Accessible.role: Accessible.Grouping
    Accessible.name: [whatText, clientName, why, problems].filter(s => s).join(". ")

    ColumnLayout {
        width: parent.width
        spacing: Theme.smallGap

        Label {
            text: root.whatText
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Case of %1, refused %2").arg(root.clientName).arg(root.when)
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "whyText"
            text: root.why
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.problems !== ""
            text: root.problems
            color: Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.typedText !== ""
            text: qsTr("What was typed:\n%1").arg(root.typedText)
            opacity: 0.75
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "dismissButton"
            text: qsTr("Dismiss")
            enabled: !root.busy
            Layout.minimumHeight: Theme.touch
            Accessible.name: qsTr("Dismiss: %1").arg(root.whatText)
            onClicked: root.dismissed(root.opId)
        }
    }
}
