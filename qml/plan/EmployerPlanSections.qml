import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The parts of a plan an employer sees, from employerPreview(): target date,
// phased return, adjustments, actions, reviews and who to contact. One
// layout for the adviser's "As the employer sees it" and the employer's own
// plan page in the app (the web page renders the same employerView()).
ColumnLayout {
    id: root

    /// employerPreview() of the version.
    property var preview: ({})

    spacing: Theme.gap
    InfoCard {
        objectName: "previewTarget"
        title: qsTr("Target date")
        visible: (root.preview.targetDate || "") !== ""
        FactRow { label: qsTr("Back at work as agreed by"); value: root.preview.targetDate || "" }
    }
    InfoCard {
        title: qsTr("Phased return, week by week")
        visible: (root.preview.phases || []).length > 0
        Repeater {
            model: root.preview.phases || []
            delegate: FactRow {
                required property var modelData
                label: qsTr("Week %1").arg(modelData.week)
                value: modelData.text + (modelData.notes ? " · " + modelData.notes : "")
            }
        }
    }
    InfoCard {
        objectName: "previewAdjustments"
        title: qsTr("Adjustments")
        visible: (root.preview.adjustments || []).length > 0
        Repeater {
            model: root.preview.adjustments || []
            delegate: FactRow {
                required property var modelData
                label: modelData.typeText
                value: modelData.description
            }
        }
    }
    InfoCard {
        title: qsTr("Actions")
        visible: (root.preview.actions || []).length > 0
        Repeater {
            model: root.preview.actions || []
            delegate: FactRow {
                required property var modelData
                label: modelData.ownerText + (modelData.dueText ? qsTr(", by %1").arg(modelData.dueText) : "")
                value: modelData.description + " (" + modelData.statusText + ")"
            }
        }
    }
    InfoCard {
        title: qsTr("Reviews")
        visible: (root.preview.reviewDates || []).length > 0
        FactRow { label: qsTr("Review dates"); value: (root.preview.reviewDates || []).join(", ") }
    }
    InfoCard {
        title: qsTr("Who to contact")
        visible: (root.preview.adviserContact || "") !== ""
        FactRow { label: qsTr("Adviser"); value: root.preview.adviserContact || "" }
    }}
