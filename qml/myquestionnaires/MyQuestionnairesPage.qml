import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.MyQuestionnaires

// My questionnaires (the patient): the ones ready to do now first, when
// the next ones come, my latest result in plain words, and my history.
Page {
    id: root

    required property string caseId
    property alias controller: mine

    title: qsTr("Questionnaires")

    MyQuestionnairesController {
        id: mine
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
                objectName: "dueSummary"
                visible: mine.loaded
                text: mine.dueCount === 0 ? qsTr("Nothing to do now. We will show you here when the next one is ready.")
                      : mine.dueCount === 1 ? qsTr("1 questionnaire is ready for you. It takes a few minutes.")
                      : qsTr("%1 questionnaires are ready for you. Each takes a few minutes.").arg(mine.dueCount)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: mine.questionnaires
                delegate: InfoCard {
                    id: card
                    required property var model
                    required property bool dueNow
                    required property string statusText
                    required property string tone
                    required property string resultText
                    required property var history
                    required property int count
                    objectName: "questionnaire_" + card.model.id
                    title: card.model.title
                    Layout.fillWidth: true
                    StatusChip { objectName: "status"; text: card.statusText; tone: card.tone; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Button {
                        objectName: "startButton"
                        visible: card.dueNow
                        text: qsTr("Start")
                        highlighted: true
                        Material.accent: Theme.actionBlue
                        Layout.minimumHeight: Theme.touch
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Start the %1").arg(card.model.title)
                        onClicked: Navigation.push("answerQuestionnaire", { caseId: root.caseId, questionnaireId: card.model.id })
                    }
                    Label {
                        visible: card.resultText !== ""
                        text: qsTr("Your last result")
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "resultText"
                        visible: card.resultText !== ""
                        text: card.resultText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: card.count > 1
                        text: qsTr("Before:")
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: card.count > 1 ? card.history.slice(1) : []
                        delegate: Label {
                            required property string modelData
                            text: "• " + modelData
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
