import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The employer-visible switch on each part of a plan. Off by default: a
// part is shared with the employer only when the client agrees to it.
SwitchField {
    id: root

    /// What this part is, for screen readers ("week 2", "the target date").
    property string partName

    text: checked ? qsTr("Shown to the employer") : qsTr("Not shown to the employer")
    Accessible.name: qsTr("Show %1 to the employer").arg(partName)
}
