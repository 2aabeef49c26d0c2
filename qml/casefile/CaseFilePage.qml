import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.CaseFile

// A case file: who, where the case stands, and its sections as tabs
// (Pages.caseSections: overview, timeline, contacts and notes; phase 2
// adds plan, goals, questionnaires, consent, discharge).
Page {
    id: root

    required property string caseId
    property alias controller: file

    function showSection(key) {
        for (let i = 0; i < Pages.caseSections.length; ++i)
            if (Pages.caseSections[i].key === key)
                tabs.currentIndex = i
    }
    function tourAction(name) {
        if (name.startsWith("section:"))
            showSection(name.slice(8))
        else if (section.item && section.item.tourAction)  // a state inside the section
            section.item.tourAction(name)
    }

    title: file.clientName !== "" ? file.clientName : qsTr("Case file")

    CaseFileController {
        id: file
        store: DeviceStore
        caseId: root.caseId
        onFailed: message => Messages.error(message)
    }

    header: Pane {
        padding: Theme.gap
        bottomPadding: 0
        Material.elevation: 1
        ColumnLayout {
            width: parent.width
            spacing: Theme.smallGap
            Flow {
                spacing: Theme.smallGap
                Layout.fillWidth: true
                StatusChip {
                    objectName: "caseStatus"
                    text: file.statusText
                    tone: file.status === "awaiting_first_contact" ? "warning" : "neutral"
                }
                StatusChip {
                    visible: file.workStatusText !== ""
                    text: file.workStatusText
                }
            }
            Label {
                objectName: "firstContact"
                visible: text !== ""
                text: file.firstContactText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            StatusChip {
                objectName: "safetyAlert"
                visible: file.safetyAlert !== ""
                text: file.safetyAlert
                tone: "bad"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Flow {
                spacing: Theme.smallGap
                Layout.fillWidth: true
                Button {
                    objectName: "logContactButton"
                    text: qsTr("Log a contact")
                    icon.source: Icons.url("event")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    height: Theme.touch
                    Accessible.name: text
                    onClicked: Navigation.push("logContact", { caseId: root.caseId })
                }
                Button {
                    objectName: "addNoteButton"
                    text: qsTr("Add a note")
                    icon.source: Icons.url("note-add")
                    height: Theme.touch
                    Accessible.name: text
                    onClicked: Navigation.push("addNote", { caseId: root.caseId })
                }
            }
            TabBar {
                id: tabs
                objectName: "caseSections"
                Layout.fillWidth: true
                // Eight sections are wider than a phone or the tablet's detail
                // pane: the bar scrolls, and must not draw over the caseload.
                clip: true
                Repeater {
                    model: Pages.caseSections
                    delegate: TabButton {
                        required property var modelData
                        text: modelData.title
                        width: implicitWidth
                        height: Theme.touch
                        Accessible.name: modelData.title
                    }
                }
            }
        }
    }

    Loader {
        id: section
        anchors.fill: parent
        Component.onCompleted: load()
        function load() {
            setSource(Pages.caseSections[tabs.currentIndex].url, { caseId: root.caseId })
        }
        Connections {
            target: tabs
            function onCurrentIndexChanged() { section.load() }
        }
    }

    Label {
        visible: file.error !== ""
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        text: file.error
        wrapMode: Text.Wrap
    }
}
