import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Consent

// Consent (a case-file section): where each kind stands now, recording and
// withdrawing it, the employer contact, and the whole log. A withdrawal
// takes effect at once, on every device once it syncs.
Page {
    id: root

    required property string caseId
    property alias controller: consent

    function tourAction(name) {
        if (name === "record")
            dialog.openWith({})
    }

    title: qsTr("Consent")

    ConsentController {
        id: consent
        store: DeviceStore
        caseId: root.caseId
        onSaved: message => Messages.success(message)
        onFailed: message => Messages.error(message)
    }
    RecordConsentDialog { id: dialog; controller: consent }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            Item { implicitHeight: Theme.smallGap }
            InfoCard {
                title: qsTr("Consent now")
                Repeater {
                    model: consent.standing
                    delegate: ColumnLayout {
                        id: standingRow
                        required property string scope
                        required property string scopeText
                        required property string recipientId
                        required property string recipientName
                        required property bool granted
                        required property string stateText
                        required property string tone
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            text: standingRow.scopeText + (standingRow.recipientName ? ": " + standingRow.recipientName : "")
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            StatusChip { text: standingRow.stateText; tone: standingRow.tone; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            Button {
                                objectName: "standing:" + standingRow.scope + ":" + standingRow.recipientName
                                text: standingRow.granted ? qsTr("Withdraw") : qsTr("Record")
                                flat: true
                                Layout.minimumHeight: Theme.touch
                                Accessible.name: (standingRow.granted ? qsTr("Withdraw consent: ") : qsTr("Record consent: "))
                                                 + standingRow.scopeText + " " + standingRow.recipientName
                                onClicked: dialog.openWith({ action: standingRow.granted ? "withdraw" : "grant",
                                                             scope: standingRow.scope, recipientId: standingRow.recipientId })
                            }
                        }
                    }
                }
                Button {
                    objectName: "recordConsentButton"
                    text: qsTr("Record or withdraw consent…")
                    icon.source: Icons.url("add")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: dialog.openWith({})
                }
            }
            LineManagerCard { controller: consent }
            InfoCard {
                title: qsTr("Consent log")
                Label {
                    visible: consent.history.count === 0
                    text: qsTr("Nothing recorded yet.")
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                Repeater {
                    model: consent.history
                    delegate: FactRow {
                        required property string whenText
                        required property string actionText
                        required property string scopeText
                        required property string recipientName
                        required property string methodText
                        required property string byText
                        label: whenText
                        value: actionText + ": " + scopeText.toLowerCase() + (recipientName ? " (" + recipientName + ")" : "")
                               + ", " + methodText + qsTr(", recorded by ") + byText
                    }
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
