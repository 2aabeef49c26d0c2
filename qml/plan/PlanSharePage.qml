import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Documents
import Rtw.Plan

// Sharing an agreed version with a named employer contact, or printing the
// employer's copy — only while the client's consent to share with that
// person stands; otherwise the page says why and nothing is shared.
Page {
    id: root

    required property string caseId
    property alias controller: share

    function tourAction(name) {
        if (name === "shareWithoutConsent") {
            for (let i = 0; i < share.contacts.count; ++i)
                if (!share.contacts.get(i).mayShare)
                    contact.value = share.contacts.get(i).contactId
            share.share(version.value, contact.value, expiry.text)
        }
    }

    title: qsTr("Share the plan")

    PlanShareController {
        id: share
        store: DeviceStore
        caseId: root.caseId
        onSaved: message => Messages.success(message)
        onFailed: message => Messages.error(message)
        onChanged: if (expiry.text === "") expiry.text = defaultExpiry
    }
    SavePdfDialog {
        id: pdfDialog
        onChosen: url => share.writeEmployerPdf(url, version.value, contact.value)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            enabled: !share.busy
            Item { implicitHeight: Theme.smallGap }
            InfoCard {
                title: qsTr("Share a version")
                Label {
                    text: qsTr("The employer sees only the parts switched on for them, never the diagnosis or notes. The client's consent to share with this person is needed, and sharing stops as soon as it is withdrawn.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ListChoiceField {
                    id: version
                    objectName: "shareVersion"
                    label: qsTr("Version")
                    field: "versionId"
                    errors: share.fieldErrors
                    choices: share.versionChoices
                    none: share.versionChoices.length === 0 ? qsTr("No agreed version yet") : ""
                }
                ListChoiceField {
                    id: contact
                    objectName: "shareContact"
                    label: qsTr("Share with")
                    field: "contactId"
                    errors: share.fieldErrors
                    choices: share.contactChoices
                    none: qsTr("Choose the employer contact")
                    onValueChanged: share.clearErrors()
                }
                Label {
                    visible: contact.value !== ""
                    text: (share.contactChoices, share.mayShareWith(contact.value)) ? qsTr("The client agreed to share the plan with this person.")
                                                            : qsTr("No consent is recorded to share the plan with this person.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                DateField {
                    id: expiry
                    objectName: "shareExpiry"
                    label: qsTr("They may see it until")
                    field: "expiresOn"
                    errors: share.fieldErrors
                }
                Label {
                    objectName: "shareRefusal"
                    visible: share.refusal !== ""
                    text: share.refusal
                    color: Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Flow {
                    spacing: Theme.smallGap
                    Layout.fillWidth: true
                    Button {
                        objectName: "shareButton"
                        text: qsTr("Share")
                        highlighted: true
                        Material.accent: Theme.actionBlue
                        height: Theme.touch
                        Accessible.name: qsTr("Share the plan")
                        onClicked: share.share(version.value, contact.value, expiry.text)
                    }
                    Button {
                        objectName: "employerPdfButton"
                        text: qsTr("Employer's copy (PDF)")
                        height: Theme.touch
                        Accessible.name: qsTr("Save the employer's copy as a PDF")
                        onClicked: if (version.value !== "" && contact.value !== "" && share.mayShareWith(contact.value)) pdfDialog.openFor(qsTr("Return-to-work plan, employer's copy.pdf"))
                                   else share.writeEmployerPdf("", version.value, contact.value)
                    }
                }
            }
            InfoCard {
                title: qsTr("Shared so far")
                Label {
                    visible: share.shares.count === 0
                    text: qsTr("The plan has not been shared.")
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                Repeater {
                    model: share.shares
                    delegate: ColumnLayout {
                        id: shareRow
                        required property string shareId
                        required property string versionText
                        required property string contactName
                        required property string stateText
                        required property string tone
                        required property bool active
                        required property string answers
                        Layout.fillWidth: true
                        FactRow { label: contactName; value: versionText }
                        RowLayout {
                            Layout.fillWidth: true
                            StatusChip { text: stateText; tone: shareRow.tone; Layout.fillWidth: true; wrapMode: Text.Wrap }
                            Button {
                                visible: active
                                text: qsTr("Stop sharing")
                                flat: true
                                Layout.minimumHeight: Theme.touch
                                Accessible.name: qsTr("Stop sharing with %1").arg(contactName)
                                onClicked: share.stopSharing(shareId)
                            }
                        }
                        Label {
                            objectName: "employerAnswers"
                            visible: answers !== ""
                            text: answers
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.name: qsTr("What %1 said: %2").arg(contactName).arg(answers)
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
