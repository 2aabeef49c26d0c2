import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// Work status (and since when) and the fit note.
InfoCard {
    id: root

    property var errors: ({})
    readonly property var values: ({
        workStatus: work.value, offSickSince: offSick.text, unemployedSince: unemployed.text,
        fitNoteStatus: fitNote.value
    })

    function fill(v) {
        work.value = v.workStatus || ""
        offSick.text = v.offSickSince || ""
        unemployed.text = v.unemployedSince || ""
        fitNote.value = v.fitNoteStatus || ""
    }

    title: qsTr("Work")

    ChoiceField { id: work; objectName: "workStatus"; label: qsTr("Work status"); kind: "workStatus"; none: qsTr("Choose…"); field: "referral.workStatus"; errors: root.errors }
    DateField {
        id: offSick
        objectName: "offSickSince"
        visible: work.value === "employed_off_sick"
        label: qsTr("Off sick since")
        field: "referral.offSickSince"
        errors: root.errors
    }
    DateField {
        id: unemployed
        objectName: "unemployedSince"
        visible: work.value === "unemployed"
        label: qsTr("Unemployed since")
        field: "referral.unemployedSince"
        errors: root.errors
    }
    ChoiceField { id: fitNote; objectName: "fitNoteStatus"; label: qsTr("Fit note"); kind: "fitNoteStatus"; none: qsTr("Choose…"); field: "referral.fitNoteStatus"; errors: root.errors }
}
