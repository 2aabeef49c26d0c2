import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components
import Rtw.Caseload

// The caseload's filters as a row of toggles with counts; scrolls sideways
// when the screen is narrow or the text large.
Flickable {
    id: root

    required property CaseloadModel model
    readonly property var filters: [
        { filter: CaseloadModel.All, text: qsTr("All"), count: model.allCount },
        { filter: CaseloadModel.AwaitingFirstContact, text: qsTr("Awaiting first contact"), count: model.awaitingCount },
        { filter: CaseloadModel.Active, text: qsTr("Active"), count: model.activeCount },
        { filter: CaseloadModel.ReviewDue, text: qsTr("Review due"), count: model.reviewDueCount },
        { filter: CaseloadModel.Discharged, text: qsTr("Discharged"), count: model.dischargedCount }
    ]

    implicitHeight: row.implicitHeight
    contentWidth: row.implicitWidth
    flickableDirection: Flickable.HorizontalFlick
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Filters")

    Row {
        id: row
        spacing: Theme.smallGap
        Repeater {
            model: root.filters
            delegate: ChipButton {
                required property var modelData
                objectName: "filter" + modelData.filter
                text: modelData.text + "  " + modelData.count
                checked: root.model.filter === modelData.filter
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.text + ", " + Format.plural(modelData.count, qsTr("case"), qsTr("cases"))
                onClicked: {
                    root.model.filter = modelData.filter
                    checked = Qt.binding(() => root.model.filter === modelData.filter)
                }
            }
        }
    }
}
