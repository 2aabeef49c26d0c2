import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Intake

// A new referral: the client, the referral, work, consent and eligibility;
// then accept it, keep it to decide later, or decline it with a reason.
Page {
    id: root

    readonly property var form: Object.assign({}, client.values, referral.values, work.values, eligibility.values)
    property alias controller: controller

    function fill(v) {
        client.fill(v)
        referral.fill(v)
        work.fill(v)
        eligibility.fill(v)
    }
    /// Steps for the screenshot and self-test tours.
    function tourAction(name) {
        if (name === "validate")
            controller.accept(form)
        if (name === "ineligible") {
            controller.clearErrors()
            fill({ givenName: "Chloe", familyName: "Jones", dateOfBirth: "02/05/1987", source: "gp",
                   referralDate: Format.ukDate(new Date().toISOString().slice(0, 10)),
                   reason: "Low mood and back pain; unemployed for over a year.",
                   conditionGroup: "mental_health", workStatus: "unemployed", unemployedSince: "01/09/2024",
                   fitNoteStatus: "none", consentToContact: false })
            flick.contentY = Math.max(0, flick.contentHeight - flick.height)
        }
    }

    title: qsTr("New referral")

    IntakeController {
        id: controller
        store: DeviceStore
        onSaved: (caseId, message) => {
            Messages.success(message)
            Navigation.openCase(caseId)
        }
        onFailed: message => Messages.error(message)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            enabled: !controller.busy

            Item { implicitHeight: Theme.smallGap }
            ClientCard { id: client; errors: controller.fieldErrors }
            ReferralCard { id: referral; errors: controller.fieldErrors }
            WorkCard { id: work; errors: controller.fieldErrors }
            EligibilityCard {
                id: eligibility
                errors: controller.fieldErrors
                check: controller.eligibility(root.form)
            }
            Label {
                objectName: "errorSummary"
                visible: Object.keys(controller.fieldErrors).length > 0
                text: qsTr("Some answers need attention: %1 marked above.").arg(Object.keys(controller.fieldErrors).length)
                color: Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e"
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Flow {
                spacing: Theme.smallGap
                Layout.fillWidth: true
                Button {
                    objectName: "acceptButton"
                    text: qsTr("Accept referral")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    height: Theme.touch
                    Accessible.name: text
                    onClicked: controller.accept(root.form)
                }
                Button {
                    objectName: "saveButton"
                    text: qsTr("Save to decide later")
                    height: Theme.touch
                    Accessible.name: text
                    onClicked: controller.saveForLater(root.form)
                }
                Button {
                    objectName: "declineButton"
                    text: qsTr("Decline…")
                    flat: true
                    height: Theme.touch
                    Accessible.name: qsTr("Decline the referral")
                    onClicked: declineDialog.openEmpty()
                }
            }
            Item { implicitHeight: Theme.gap * 2 }
        }
    }
    readonly property Flickable flick: scroll.contentItem

    ReasonDialog {
        id: declineDialog
        objectName: "declineDialog"
        title: qsTr("Decline the referral")
        explanation: qsTr("The reason is kept in the record and goes back to the referrer.")
        reasonLabel: qsTr("Why it is declined")
        confirmText: qsTr("Decline")
        onConfirmed: reason => controller.decline(Object.assign({ declineReason: reason }, root.form))
    }
}
