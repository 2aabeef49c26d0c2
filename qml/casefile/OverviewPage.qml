import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components
import Rtw.CaseFile

// The case at a glance: next actions first, then the client, referral and
// eligibility, work and employer, barriers, fit notes and consent.
Page {
    id: root

    required property string caseId

    CaseFileController {
        id: file
        store: DeviceStore
        caseId: root.caseId
        onFailed: message => Messages.error(message)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap

            Item { implicitHeight: Theme.smallGap }
            ActionsCard { controller: file }
            InfoCard {
                title: qsTr("Client")
                FactRow { label: qsTr("Date of birth"); value: file.client.dateOfBirth ? qsTr("%1 (age %2)").arg(file.client.dateOfBirth).arg(file.client.age) : "" }
                FactRow { label: qsTr("NHS number"); value: file.client.nhsNumber || "" }
                FactRow { label: qsTr("Phone"); value: file.client.phone || "" }
                FactRow { label: qsTr("Email"); value: file.client.email || "" }
                FactRow { label: qsTr("Postcode"); value: file.client.postcode || "" }
                FactRow { label: qsTr("Prefers"); value: file.client.preferredContact || ""; emptyText: qsTr("No preference") }
            }
            InfoCard {
                title: qsTr("Referral")
                FactRow { label: qsTr("Referred by"); value: [file.referral.sourceText, file.referral.referrer].filter(s => s).join(": ") }
                FactRow { label: qsTr("Date"); value: file.referral.referralDate || "" }
                FactRow { label: qsTr("Reason"); value: file.referral.reason || "" }
                FactRow { label: qsTr("Condition"); value: [file.referral.conditionText, file.referral.painSitesText].filter(s => s).join(": ") }
                FactRow { label: qsTr("Fit note"); value: file.referral.fitNoteStatusText || "" }
                FactRow { label: qsTr("Agreed to be contacted"); value: file.referral.consentToContact || "" }
                FactRow { objectName: "eligibilityFact"; label: qsTr("Eligibility"); value: file.referral.eligibilityText || "" }
                FactRow { visible: !!file.referral.overrideReason; label: qsTr("Why overridden"); value: file.referral.overrideReason || "" }
                FactRow { label: qsTr("Referral status"); value: file.referral.statusText || "" }
                FactRow { visible: !!file.referral.declineReason; label: qsTr("Why declined"); value: file.referral.declineReason || "" }
            }
            InfoCard {
                title: qsTr("Work")
                FactRow { label: qsTr("Work status"); value: file.referral.workStatusText || "" }
                FactRow { visible: !!file.referral.offSickSince; label: qsTr("Off sick since"); value: file.referral.offSickSince || "" }
                FactRow { visible: !!file.referral.unemployedSince; label: qsTr("Unemployed since"); value: file.referral.unemployedSince || "" }
                FactRow { label: qsTr("Job"); value: file.employment.jobTitle ? file.employment.jobTitle + ", " + file.employment.hours : "" }
                FactRow { visible: !!file.employment.workHistory; label: qsTr("Work history"); value: file.employment.workHistory || "" }
                FactRow { label: qsTr("Employer"); value: file.employer.name ? file.employer.name + " · " + file.employer.sizeText : "" }
                FactRow { visible: !!file.employer.name; label: qsTr("Occupational health"); value: file.employer.occupationalHealth || "" }
                FactRow { visible: !!file.employer.name; label: qsTr("Line manager"); value: file.employer.lineManager || "" }
            }
            ListCard {
                title: qsTr("Barriers")
                model: file.barriers
                emptyText: qsTr("No barriers recorded.")
                delegate: FactRow {
                    required property string categoryText
                    required property string description
                    required property bool resolved
                    label: categoryText
                    value: description + (resolved ? qsTr(" (resolved)") : "")
                }
            }
            ListCard {
                title: qsTr("Fit notes")
                model: file.fitNotes
                emptyText: qsTr("No fit notes recorded.")
                delegate: FactRow {
                    required property string statusText
                    required property string period
                    required property string adjustments
                    label: period
                    value: statusText + (adjustments ? ": " + adjustments : "")
                }
            }
            ListCard {
                title: qsTr("Consent")
                model: file.consents
                emptyText: qsTr("No consent recorded in the consent log yet.")
                delegate: FactRow {
                    required property string scopeText
                    required property string stateText
                    required property string detail
                    label: scopeText
                    value: stateText + " · " + detail
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
