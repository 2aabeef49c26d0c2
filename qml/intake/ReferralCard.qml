import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// Where the referral came from, when, why, and the condition.
InfoCard {
    id: root

    property var errors: ({})
    property var painSites: []
    readonly property var values: ({
        source: source.value, referrerName: referrer.text, referrerPractice: practice.text,
        referralDate: date.text, reason: reason.text, conditionGroup: condition.value,
        painSites: painSites
    })

    function fill(v) {
        source.value = v.source || ""
        referrer.text = v.referrerName || ""
        practice.text = v.referrerPractice || ""
        date.text = v.referralDate || ""
        reason.text = v.reason || ""
        condition.value = v.conditionGroup || ""
        painSites = v.painSites || []
    }
    function toggleSite(site, on) {
        const rest = painSites.filter(s => s !== site)
        painSites = on ? rest.concat([site]) : rest
    }

    title: qsTr("The referral")

    ChoiceField { id: source; objectName: "source"; label: qsTr("Referred by"); kind: "referralSource"; none: qsTr("Choose…"); field: "referral.source"; errors: root.errors }
    TextInputField { id: referrer; label: qsTr("Referrer's name"); optional: true; field: "referral.referrerName"; errors: root.errors }
    TextInputField { id: practice; label: qsTr("Practice or organisation"); optional: true; field: "referral.referrerPractice"; errors: root.errors }
    DateField { id: date; objectName: "referralDate"; label: qsTr("Date of referral"); field: "referral.referralDate"; errors: root.errors }
    TextAreaField { id: reason; objectName: "reason"; label: qsTr("Reason for referral"); field: "referral.reason"; errors: root.errors }
    ChoiceField { id: condition; objectName: "conditionGroup"; label: qsTr("Condition"); kind: "conditionGroup"; none: qsTr("Choose…"); field: "referral.conditionGroup"; errors: root.errors }
    FormField {
        label: qsTr("Where the pain is")
        optional: condition.value !== "musculoskeletal"
        field: "referral.painSites"
        errors: root.errors
        hint: qsTr("Choose every place that applies.")
        Flow {
            spacing: Theme.smallGap
            Layout.fillWidth: true
            Repeater {
                model: Labels.choices("painSite")
                delegate: ChipButton {
                    required property var modelData
                    objectName: "painSite_" + modelData.value
                    text: modelData.text
                    checked: root.painSites.indexOf(modelData.value) >= 0
                    Accessible.name: qsTr("Pain site: %1").arg(modelData.text)
                    onClicked: root.toggleSite(modelData.value, checked)
                }
            }
        }
    }
}
