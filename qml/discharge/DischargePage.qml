import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Documents
import Rtw.Discharge

// Discharge (a case-file section): the outcome, interim outcomes, the
// client's consent to feedback going to the GP and a summary; then the GP
// feedback letter, generated from the record, when consent allows it.
Page {
    id: root

    required property string caseId
    property alias controller: discharge
    readonly property var current: ({
        dischargedOn: dischargedOn.text, outcome: outcome.value, hasRtwPlan: hasPlan.checked,
        confidence: confidence.text, gpFeedbackConsent: gpConsent.checked, summary: summary.text
    })

    function fill(f) {
        dischargedOn.text = f.dischargedOn || ""
        outcome.value = f.outcome || ""
        hasPlan.checked = !!f.hasRtwPlan
        confidence.text = f.confidence || ""
        gpConsent.checked = !!f.gpFeedbackConsent
        summary.text = f.summary || ""
    }
    function tourAction(name) {
        if (name === "validate") {
            outcome.value = ""
            dischargedOn.text = ""
            discharge.save(current)
        }
    }

    title: qsTr("Discharge")

    DischargeController {
        id: discharge
        store: DeviceStore
        caseId: root.caseId
        onChanged: root.fill(form)
        onSaved: message => Messages.success(message)
        onFailed: message => Messages.error(message)
    }
    SavePdfDialog {
        id: pdfDialog
        onChosen: url => discharge.writeGpLetter(url)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            enabled: !discharge.busy
            Item { implicitHeight: Theme.smallGap }
            InfoCard {
                title: discharge.recorded ? qsTr("Discharge (recorded)") : qsTr("Discharge")
                DateField { id: dischargedOn; objectName: "dischargedOn"; label: qsTr("Discharged on"); field: "dischargedOn"; errors: discharge.fieldErrors }
                ChoiceField { id: outcome; objectName: "outcome"; label: qsTr("Outcome"); kind: "dischargeOutcome"; none: qsTr("Choose the outcome"); field: "outcome"; errors: discharge.fieldErrors }
                Label { text: qsTr("Interim outcomes"); font.weight: Font.DemiBold; Layout.fillWidth: true }
                SwitchField {
                    id: hasPlan
                    text: qsTr("The client has a return-to-work plan")
                }
                TextInputField {
                    id: confidence
                    objectName: "confidence"
                    label: qsTr("Confidence about returning to work, 0 to 10")
                    optional: true
                    hint: qsTr("As the client rates it; leave blank if not asked.")
                    field: "interimOutcomes.confidenceReturning"
                    errors: discharge.fieldErrors
                    inputMethodHints: Qt.ImhDigitsOnly
                }
                SwitchField {
                    id: gpConsent
                    objectName: "gpConsent"
                    text: qsTr("The client agrees to a feedback letter to their GP")
                }
                TextAreaField { id: summary; label: qsTr("Summary for the GP"); optional: true; field: "summary"; errors: discharge.fieldErrors; minimumLines: 5 }
                Button {
                    objectName: "saveDischargeButton"
                    text: discharge.recorded ? qsTr("Save changes") : qsTr("Discharge the client")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: discharge.save(root.current)
                }
            }
            InfoCard {
                title: qsTr("Feedback letter to the GP")
                FactRow { label: qsTr("To"); value: discharge.recipient; emptyText: qsTr("The client's GP") }
                Label { text: discharge.letterContents; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Label {
                    objectName: "letterRefusal"
                    visible: !discharge.letterAllowed
                    text: discharge.letterRefusal
                    color: Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    objectName: "gpLetterButton"
                    text: qsTr("GP letter (PDF)")
                    enabled: !discharge.pdfBusy
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: qsTr("Save the GP feedback letter as a PDF")
                    onClicked: if (discharge.letterAllowed) pdfDialog.openFor(qsTr("GP feedback letter.pdf"))
                               else discharge.writeGpLetter("")
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
