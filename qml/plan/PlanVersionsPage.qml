import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components
import Rtw.Documents
import Rtw.Plan

// The agreed versions of the plan, newest first, each with who agreed it,
// when, and what changed since the version before.
Page {
    id: root

    required property string caseId

    title: qsTr("Plan versions")

    PlanController {
        id: plan
        store: DeviceStore
        caseId: root.caseId
        onSaved: message => Messages.success(message)
        onFailed: message => Messages.error(message)
    }
    SavePdfDialog {
        id: pdfDialog
        property string versionId
        onChosen: url => plan.writeClientPdf(url, versionId)
    }

    ListView {
        id: list
        objectName: "versionsList"
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap
        model: plan.versions
        clip: true
        header: Label {
            width: list.width
            bottomPadding: Theme.gap
            text: plan.statusText
            wrapMode: Text.Wrap
        }
        delegate: InfoCard {
            id: card
            required property string versionId
            required property int version
            required property string agreedOnText
            required property string agreedByText
            required property var changes
            required property bool isLatest
            width: list.width
            title: qsTr("Version %1").arg(card.version) + (card.isLatest ? qsTr(" (latest)") : "")
            FactRow { label: qsTr("Agreed on"); value: card.agreedOnText }
            FactRow { label: qsTr("Agreed by"); value: card.agreedByText }
            Label {
                text: card.changes.length > 0 ? qsTr("What changed since the version before:")
                                              : qsTr("The first agreed version.")
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: card.changes
                delegate: Label {
                    required property string modelData
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Flow {
                spacing: Theme.smallGap
                Layout.fillWidth: true
                Button {
                    text: qsTr("As the employer sees it")
                    height: Theme.touch
                    Accessible.name: qsTr("Version %1 as the employer sees it").arg(card.version)
                    onClicked: Navigation.push("employerPreview", { caseId: root.caseId, versionId: card.versionId })
                }
                Button {
                    text: qsTr("PDF for the client")
                    enabled: !plan.pdfBusy
                    height: Theme.touch
                    Accessible.name: qsTr("Save version %1 as a PDF for the client").arg(card.version)
                    onClicked: {
                        pdfDialog.versionId = card.versionId
                        pdfDialog.openFor(plan.pdfFileName(card.versionId))
                    }
                }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: plan.loaded && list.count === 0
            title: qsTr("No agreed versions yet")
            explanation: qsTr("Agree the plan with the client to record its first version.")
        }
    }
}
