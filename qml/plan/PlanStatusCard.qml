import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Where the plan stands, what is not agreed yet, and what can be done with
// it: agree a version, see it as the employer will, versions, share, PDF.
InfoCard {
    id: root

    required property var controller
    property bool unsaved: false
    signal agreeClicked()
    signal pdfClicked()

    title: qsTr("Return-to-work plan")

    StatusChip {
        objectName: "planStatus"
        text: root.controller.statusText
        tone: root.controller.statusTone
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: root.unsaved
        text: qsTr("You have changes that are not saved yet.")
        font.italic: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: root.controller.pendingChanges.length > 0
        text: qsTr("Not agreed yet:")
        font.weight: Font.DemiBold
        Layout.fillWidth: true
    }
    Repeater {
        model: root.controller.pendingChanges
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
            objectName: "agreeButton"
            text: qsTr("Agree a version…")
            highlighted: true
            Material.accent: Theme.actionBlue
            height: Theme.touch
            Accessible.name: qsTr("Agree a version of the plan with the client")
            onClicked: root.agreeClicked()
        }
        Button {
            objectName: "previewButton"
            text: qsTr("As the employer sees it")
            enabled: root.controller.hasPlan
            height: Theme.touch
            Accessible.name: text
            onClicked: Navigation.push("employerPreview", { caseId: root.controller.caseId })
        }
        Button {
            objectName: "versionsButton"
            text: qsTr("Versions (%1)").arg(root.controller.latestVersion)
            enabled: root.controller.latestVersion > 0
            height: Theme.touch
            Accessible.name: qsTr("Agreed versions and what changed")
            onClicked: Navigation.push("planVersions", { caseId: root.controller.caseId })
        }
        Button {
            objectName: "shareButton"
            text: qsTr("Share with the employer…")
            enabled: root.controller.latestVersion > 0
            height: Theme.touch
            Accessible.name: text
            onClicked: Navigation.push("planShare", { caseId: root.controller.caseId })
        }
        Button {
            objectName: "pdfButton"
            text: qsTr("PDF for the client")
            enabled: root.controller.hasPlan && !root.controller.pdfBusy
            height: Theme.touch
            Accessible.name: qsTr("Save the plan as a PDF for the client")
            onClicked: root.pdfClicked()
        }
    }
}
