import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Consent to be contacted, the automatic eligibility check as it stands,
// and the adviser's override, which needs a recorded reason.
InfoCard {
    id: root

    property var errors: ({})
    /// {decision, decisionText, reasons[]} from the controller.
    property var check: ({ decision: "pending", decisionText: "", reasons: [] })
    readonly property var values: ({
        consentToContact: consent.checked, override: override.checked,
        overrideDecision: decision.value, overrideReason: overrideReason.text
    })

    function fill(v) {
        consent.checked = !!v.consentToContact
        override.checked = !!v.override
        decision.value = v.overrideDecision || ""
        overrideReason.text = v.overrideReason || ""
    }

    title: qsTr("Consent and eligibility")

    FormField {
        label: qsTr("Consent to be contacted")
        field: "referral.consentToContact"
        errors: root.errors
        Switch {
            id: consent
            objectName: "consentSwitch"
            text: checked ? qsTr("Yes, they agreed to be contacted") : qsTr("No, or not known")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: qsTr("Consent to be contacted")
        }
    }
    FormField {
        label: qsTr("Eligibility check")
        field: "referral.eligibility"
        errors: root.errors
        StatusChip {
            objectName: "eligibilityDecision"
            text: root.check.decisionText
            tone: root.check.decision === "eligible" ? "good" : root.check.decision === "ineligible" ? "bad" : "warning"
        }
        Repeater {
            model: root.check.reasons
            delegate: Label {
                required property string modelData
                text: "• " + modelData
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    Switch {
        id: override
        objectName: "overrideSwitch"
        text: qsTr("Override the check")
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
    }
    ChoiceField {
        id: decision
        objectName: "overrideDecision"
        visible: override.checked
        label: qsTr("Your decision")
        kind: "eligibility"
        exclude: ["pending"]
        none: qsTr("Choose…")
        field: "referral.eligibility.decision"
        errors: root.errors
    }
    TextAreaField {
        id: overrideReason
        objectName: "overrideReason"
        visible: override.checked
        label: qsTr("Why you are overriding the check")
        field: "referral.eligibility.overrideReason"
        errors: root.errors
        hint: qsTr("Kept in the case record.")
    }
}
