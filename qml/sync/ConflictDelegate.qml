import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// One open conflict: whose case and which field, the value the record keeps
// and the value that lost (each with the device and time of its write), and
// the two choices. A choice is written at once (it can be changed again
// like any edit: the record keeps the chosen value as an ordinary change).
Pane {
    id: root

    required property string conflictId
    required property string clientName
    required property string recordText
    required property string fieldText
    required property string keptText
    required property string losingText
    required property string keptWhen
    required property string keptWhere
    required property string losingWhen
    required property string losingWhere
    required property bool canKeepLosing
    property bool busy: false

    signal chosen(string conflictId, bool keepLosing)

    Material.elevation: 1
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1, %2: %3. Kept: %4. Not kept: %5")
        .arg(clientName).arg(recordText).arg(fieldText).arg(keptText).arg(losingText)

    ColumnLayout {
        width: parent.width
        spacing: Theme.smallGap

        Label {
            text: qsTr("%1 – %2").arg(root.recordText).arg(root.fieldText)
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Case of %1").arg(root.clientName)
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        FactRow {
            objectName: "keptValue"
            label: qsTr("Kept now")
            value: root.keptText
        }
        Label {
            visible: root.keptWhen !== ""
            text: qsTr("Saved %1, %2").arg(root.keptWhen).arg(root.keptWhere)
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        FactRow {
            objectName: "losingValue"
            label: qsTr("Not kept")
            value: root.losingText
        }
        Label {
            text: qsTr("Typed %1, %2").arg(root.losingWhen).arg(root.losingWhere)
            opacity: 0.75
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Button {
                objectName: "keepCurrentButton"
                text: qsTr("Keep “%1”").arg(root.keptText)
                enabled: !root.busy
                height: Theme.touch
                width: Math.min(implicitWidth, root.availableWidth)
                Accessible.name: qsTr("Keep the current value, %1").arg(root.keptText)
                onClicked: root.chosen(root.conflictId, false)
            }
            Button {
                objectName: "keepLosingButton"
                visible: root.canKeepLosing
                text: qsTr("Use “%1”").arg(root.losingText)
                enabled: !root.busy
                height: Theme.touch
                width: Math.min(implicitWidth, root.availableWidth)
                Accessible.name: qsTr("Use the value that was not kept, %1").arg(root.losingText)
                onClicked: root.chosen(root.conflictId, true)
            }
        }
    }
}
