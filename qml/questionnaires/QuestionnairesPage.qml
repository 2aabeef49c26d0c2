import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Questionnaires

// Questionnaires (a case-file section): for each one, the score history
// with bands, whether a follow-up is due, and giving it now in person.
Page {
    id: root

    required property string caseId

    title: qsTr("Questionnaires")

    QuestionnairesController {
        id: questionnaires
        store: DeviceStore
        caseId: root.caseId
        onFailed: message => Messages.error(message)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            Item { implicitHeight: Theme.smallGap }
            Label {
                visible: questionnaires.catalogError !== ""
                text: questionnaires.catalogError
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: questionnaires.instruments
                delegate: InfoCard {
                    id: card
                    required property var model
                    required property string latestText
                    required property string dueText
                    required property string dueTone
                    required property var history
                    required property bool hasAlert
                    required property int count
                    objectName: "instrument_" + card.model.id
                    title: card.model.title
                    StatusChip { visible: card.dueText !== ""; text: card.dueText; tone: card.dueTone; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    StatusChip { visible: card.hasAlert; text: qsTr("Self-harm question answered last time: follow up"); tone: "bad"; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label {
                        text: card.count === 0 ? qsTr("Not done yet.") : qsTr("Score history (newest first):")
                        font.weight: card.count === 0 ? Font.Normal : Font.DemiBold
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: card.history
                        delegate: Label {
                            required property string modelData
                            text: "• " + modelData
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        text: qsTr("Give it now")
                        highlighted: true
                        Material.accent: Theme.actionBlue
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: qsTr("Give the %1 now").arg(card.title)
                        onClicked: Navigation.push("administer", { caseId: root.caseId, questionnaireId: card.model.id })
                    }
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
