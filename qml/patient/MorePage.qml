import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// "More" for the patient: the destinations beyond the main bar
// (Pages.patientMore: questionnaires, my plan, my sharing, sync, settings),
// each with a line saying what it is for.
Page {
    id: root

    /// The patient's case ("" until the first sync brings it).
    property string caseId: ""
    title: qsTr("More")

    ListView {
        id: list
        objectName: "moreList"
        anchors.fill: parent
        model: Pages.patientMore
        delegate: ItemDelegate {
            id: entry
            required property var modelData
            readonly property var page: Pages.pages[modelData.page] || ({ needs: [] })
            readonly property bool wantsCase: page.needs.indexOf("caseId") >= 0
            objectName: "more-" + modelData.page
            width: list.width
            Layout.minimumHeight: Theme.touch
            enabled: !wantsCase || root.caseId !== ""
            Accessible.name: modelData.label + ". " + modelData.explanation
            onClicked: {
                if (!Pages.ready(modelData.page))
                    Messages.info(qsTr("%1 is coming in an update.").arg(modelData.label))
                else
                    Navigation.push(modelData.page, wantsCase ? { caseId: root.caseId } : {})
            }
            contentItem: RowLayout {
                spacing: Theme.gap
                Image {
                    source: Icons.url(entry.modelData.icon)
                    sourceSize: Qt.size(24, 24)
                    opacity: 0.75
                    Accessible.ignored: true
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: entry.modelData.label
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: entry.modelData.explanation
                        opacity: 0.75
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
