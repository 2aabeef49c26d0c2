import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Caseload

// The caseload: search as you type, filters with counts, most urgent first.
Page {
    id: root

    property alias model: caseload

    /// Steps for the screenshot and self-test tours: "search:<text>".
    function tourAction(name) {
        if (name.startsWith("search:"))
            search.text = name.slice(7)
    }

    objectName: "caseloadPage"
    title: qsTr("Caseload")

    CaseloadModel {
        id: caseload
        store: DeviceStore
    }

    header: Pane {
        padding: Theme.smallGap
        Material.elevation: 1
        ColumnLayout {
            width: parent.width
            spacing: Theme.smallGap
            TextField {
                id: search
                objectName: "caseloadSearch"
                placeholderText: qsTr("Search names, NHS numbers and notes")
                inputMethodHints: Qt.ImhNoPredictiveText
                leftPadding: 40
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                Accessible.name: qsTr("Search the caseload")
                onTextChanged: caseload.searchText = text
                Image {
                    source: Icons.url("search")
                    sourceSize: Qt.size(24, 24)
                    opacity: 0.6
                    anchors.left: parent.left
                    anchors.leftMargin: 8
                    anchors.verticalCenter: parent.verticalCenter
                    Accessible.ignored: true
                }
            }
            FilterBar {
                model: caseload
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "resultCount"
                    text: caseload.loading && caseload.count === 0 ? qsTr("Loading…")
                        : Format.plural(caseload.count, qsTr("case"), qsTr("cases"))
                    opacity: 0.8
                    Layout.fillWidth: true
                    Accessible.name: text
                }
                Button {
                    objectName: "sortButton"
                    flat: true
                    text: caseload.sort === CaseloadModel.NextAction ? qsTr("Sorted by next action") : qsTr("Sorted by name")
                    font.capitalization: Font.MixedCase
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text + qsTr(". Change sort order")
                    onClicked: caseload.sort = caseload.sort === CaseloadModel.NextAction ? CaseloadModel.Name : CaseloadModel.NextAction
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "caseloadList"
        anchors.fill: parent
        clip: true
        model: caseload
        reuseItems: true
        cacheBuffer: 800
        bottomMargin: 88
        delegate: CaseloadDelegate {
            width: list.width
            selected: caseId === Navigation.currentCaseId
            onClicked: Navigation.openCase(caseId)
        }
        ScrollBar.vertical: ScrollBar {}
        Accessible.name: qsTr("Cases")
    }

    EmptyState {
        visible: !caseload.loading && caseload.count === 0
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        icon: caseload.searchText !== "" ? "search" : "person"
        title: caseload.searchText !== "" ? qsTr("No case matches “%1”").arg(caseload.searchText)
            : caseload.allCount === 0 ? qsTr("No cases yet") : qsTr("No cases in this list")
        explanation: caseload.searchText !== "" ? qsTr("Check the spelling, or search by NHS number or a word from a note.")
            : caseload.allCount === 0 ? qsTr("New referrals you take appear here. Tap “New referral” to add one.")
            : qsTr("Choose another filter to see the rest of your caseload.")
    }

    RoundButton {
        objectName: "newReferralButton"
        text: qsTr("New referral")
        icon.source: Icons.url("add")
        highlighted: true
        Material.accent: Theme.actionBlue
        padding: Theme.gap
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        implicitHeight: 56
        radius: 16
        Accessible.name: text
        onClicked: Navigation.openPage("intake")
    }
}
