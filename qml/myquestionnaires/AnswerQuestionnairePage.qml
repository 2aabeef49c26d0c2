import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Questionnaires

// Answering a questionnaire on my own phone: one question per screen with
// large answers, then my result in plain words. If I answer the question
// about self-harm above "not at all", where to get urgent help shows at
// once, above everything, and stays.
Page {
    id: root

    required property string caseId
    required property string questionnaireId
    property alias controller: answering
    /// The question shown (0-based); items.length = the result screen.
    property int step: 0
    readonly property var items: answering.items
    readonly property bool onResult: step >= items.length && items.length > 0
    readonly property var current: onResult ? null : items[step]

    function tourAction(name) {
        if (name === "alert") {
            for (const item of answering.items)
                answering.setAnswer(item.id, item.id === "q9" ? 1 : 0)
            step = items.length
        }
    }

    title: answering.title

    AdministerController {
        id: answering
        store: DeviceStore
        caseId: root.caseId
        questionnaireId: root.questionnaireId
        selfAdministered: true
        onSaved: message => {
            Messages.success(message)
            Navigation.back()
        }
        onFailed: message => Messages.error(message)
    }

    header: UrgentSupportCard {
        objectName: "urgentSupport"
        visible: answering.alert
        heading: qsTr("Please get support now")
        lines: answering.urgentSupport
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            enabled: !answering.busy
            Item { implicitHeight: Theme.smallGap }
            Label {
                objectName: "progressText"
                text: root.onResult ? qsTr("All %1 questions answered").arg(root.items.length)
                                    : qsTr("Question %1 of %2").arg(root.step + 1).arg(root.items.length)
                opacity: 0.8
                Layout.fillWidth: true
            }
            ProgressBar {
                from: 0
                to: Math.max(1, root.items.length)
                value: answering.answeredCount
                Layout.fillWidth: true
                Accessible.name: qsTr("%1 of %2 answered").arg(answering.answeredCount).arg(root.items.length)
            }
            Label {
                visible: root.step === 0
                text: answering.instructions
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "questionText"
                visible: !root.onResult
                text: root.current ? root.current.text : ""
                font.pixelSize: Theme.fontSize * 1.25
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: root.current ? (root.current.scale ? [] : root.current.options) : []
                delegate: Button {
                    required property var modelData
                    readonly property string itemId: root.current ? root.current.id : ""
                    readonly property bool chosen: answering.answers[itemId] === modelData.value
                    objectName: "answer_" + itemId + "_" + modelData.value
                    text: modelData.label
                    checkable: true
                    checked: chosen
                    highlighted: chosen
                    Material.accent: Theme.actionBlue
                    font.pixelSize: Theme.fontSize * 1.1
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch * 1.25
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: modelData.label
                    Accessible.checked: chosen
                    onClicked: {
                        answering.setAnswer(itemId, modelData.value)
                        checked = Qt.binding(() => chosen)
                    }
                }
            }
            QuestionCard {
                objectName: "scaleQuestion"
                visible: !!(root.current && root.current.scale)
                item: root.current && root.current.scale ? root.current : ({ id: "", number: 0, text: "", options: [], scale: false })
                label: ""
                answer: root.current ? answering.answers[root.current.id] : undefined
                onAnswered: value => answering.setAnswer(root.current.id, value)
            }
            InfoCard {
                objectName: "resultCard"
                visible: root.onResult
                title: qsTr("Your result")
                Label {
                    objectName: "resultText"
                    text: answering.clientText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                Button {
                    objectName: "backButton"
                    text: qsTr("Back")
                    visible: root.step > 0
                    flat: true
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: qsTr("Back to the previous question")
                    onClicked: root.step -= 1
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "nextButton"
                    visible: !root.onResult
                    enabled: !!root.current && answering.answers[root.current.id] !== undefined
                    text: qsTr("Next")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: root.step += 1
                }
                Button {
                    objectName: "saveAnswersButton"
                    visible: root.onResult
                    text: qsTr("Save my answers")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: answering.save(answering.suggestedTimepoint)
                }
            }
            Label {
                text: answering.licence
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: Theme.fontSize * 0.85
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
