import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// The plan's review dates (put in order when the plan is saved).
Item {
    id: root

    /// ["dd/mm/yyyy", ...] as typed.
    property var dates: []
    property var errors: ({})
    signal edited()

    function setAt(i, value) {
        const copy = dates.slice()
        copy[i] = value
        dates = copy
        edited()
    }
    function removeAt(i) {
        const kept = dates.filter((d, k) => k !== i)
        dates = []
        dates = kept
        edited()
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        width: root.width
        spacing: Theme.smallGap

        Label {
            visible: root.dates.length === 0
            text: qsTr("No review dates yet.")
            opacity: 0.8
            Layout.fillWidth: true
        }
        Repeater {
            model: root.dates.length
            delegate: RowLayout {
                required property int index
                Layout.fillWidth: true
                DateField {
                    objectName: "reviewDate" + index
                    label: qsTr("Review %1").arg(index + 1)
                    field: "reviewDates[" + index + "]"
                    errors: root.errors
                    text: root.dates[index] || ""
                    input.onTextChanged: if (input.text !== (root.dates[index] || "")) root.setAt(index, input.text)
                }
                Button {
                    text: qsTr("Remove")
                    flat: true
                    Layout.minimumHeight: Theme.touch
                    Layout.alignment: Qt.AlignVCenter
                    Accessible.name: qsTr("Remove review %1").arg(index + 1)
                    onClicked: root.removeAt(index)
                }
            }
        }
        Button {
            objectName: "addReviewButton"
            text: qsTr("Add a review date")
            icon.source: Icons.url("add")
            flat: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: text
            onClicked: {
                root.dates = root.dates.concat([""])
                root.edited()
            }
        }
    }
}
