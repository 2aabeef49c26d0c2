import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Questionnaires

// Giving a questionnaire in person: its instructions, each question, the
// score as soon as all are answered, and — at once, above everything — the
// urgent-support information if the self-harm question is answered.
Page {
    id: root

    required property string caseId
    required property string questionnaireId
    property alias controller: administer

    function tourAction(name) {
        if (name === "alert") {
            for (const item of administer.items)
                administer.setAnswer(item.id, item.id === "q9" ? 1 : 0)
        }
    }

    title: administer.title

    AdministerController {
        id: administer
        store: DeviceStore
        caseId: root.caseId
        questionnaireId: root.questionnaireId
        onChanged: timepoint.value = suggestedTimepoint
        onSaved: message => {
            Messages.success(message)
            Navigation.back()
        }
        onFailed: message => Messages.error(message)
    }

    header: UrgentSupportCard {
        objectName: "urgentSupport"
        visible: administer.alert
        lines: administer.urgentSupport
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            enabled: !administer.busy
            Item { implicitHeight: Theme.smallGap }
            Label {
                text: administer.instructions
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ChoiceField { id: timepoint; objectName: "timepoint"; label: qsTr("When in the programme"); kind: "timepoint"; field: "timepoint"; errors: administer.fieldErrors }
            Repeater {
                model: administer.items
                delegate: QuestionCard {
                    required property var modelData
                    objectName: "question_" + modelData.id
                    item: modelData
                    answer: administer.answers[modelData.id]
                    errors: administer.fieldErrors
                    onAnswered: value => administer.setAnswer(modelData.id, value)
                }
            }
            InfoCard {
                objectName: "scoreCard"
                title: qsTr("Score")
                Label {
                    objectName: "scoreText"
                    text: administer.scoreText !== "" ? administer.scoreText
                          : qsTr("%1 of %2 questions answered.").arg(administer.answeredCount).arg(administer.items.length)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: administer.clientText !== ""
                    text: qsTr("What to tell the client:")
                    font.weight: Font.DemiBold
                    Layout.fillWidth: true
                }
                Label {
                    visible: administer.clientText !== ""
                    text: administer.clientText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Button {
                objectName: "saveAnswersButton"
                text: qsTr("Save the answers")
                highlighted: true
                Material.accent: Theme.actionBlue
                Layout.minimumHeight: Theme.touch
                Accessible.name: text
                onClicked: administer.save(timepoint.value)
            }
            Label {
                text: administer.licence
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: Theme.fontSize * 0.85
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
