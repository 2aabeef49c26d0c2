import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Recording a grant or withdrawal of consent: what for (and for which
// employer contact), how the client said so, and when.
Dialog {
    id: root

    required property var controller
    readonly property bool needsRecipient: scope.value === "contact_employer" || scope.value === "share_plan_with_employer"

    /// Opens with `preset` ({action, scope, recipientId}) over the defaults.
    function openWith(preset) {
        const f = Object.assign(controller.defaults(), preset || {})
        actionChoice.value = f.action
        scope.value = f.scope
        recipient.value = f.recipientId
        recipientName.text = ""
        method.value = f.method
        date.text = f.date
        time.text = f.time
        controller.clearErrors()
        open()
    }
    function form() {
        return { action: actionChoice.value, scope: scope.value, recipientId: needsRecipient ? recipient.value : "",
                 recipientName: recipientName.text, method: method.value, date: date.text, time: time.text }
    }

    objectName: "recordConsentDialog"
    title: actionChoice.value === "withdraw" ? qsTr("Record a withdrawal") : qsTr("Record consent")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, (parent ? parent.width : 600) - 2 * Theme.gap)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - 2 * Theme.gap)
    padding: Theme.gap

    Connections {
        target: root.controller
        function onRecorded() { root.close() }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: Theme.smallGap
            ChoiceField { id: actionChoice; objectName: "consentAction"; label: qsTr("Consent is"); kind: "consentAction"; field: "action"; errors: root.controller.fieldErrors }
            ChoiceField { id: scope; objectName: "consentScope"; label: qsTr("For"); kind: "consentScope"; field: "scope"; errors: root.controller.fieldErrors }
            ListChoiceField {
                id: recipient
                objectName: "consentRecipient"
                visible: root.needsRecipient
                label: qsTr("Employer contact")
                choices: root.controller.contactChoices
                none: qsTr("Someone new")
                field: "recipientId"
                errors: root.controller.fieldErrors
            }
            TextInputField {
                id: recipientName
                objectName: "consentRecipientName"
                visible: root.needsRecipient && recipient.value === ""
                label: qsTr("Their name")
                hint: qsTr("The person at the employer, e.g. the line manager.")
                field: "recipientName"
                errors: root.controller.fieldErrors
            }
            ChoiceField { id: method; objectName: "consentMethod"; label: qsTr("How the client said so"); kind: "consentMethod"; field: "method"; errors: root.controller.fieldErrors }
            GridLayout {
                columns: width > 420 ? 2 : 1
                columnSpacing: Theme.gap
                Layout.fillWidth: true
                DateField { id: date; objectName: "consentDate"; label: qsTr("Date"); field: "date"; errors: root.controller.fieldErrors }
                TextInputField { id: time; label: qsTr("Time"); field: "time"; errors: root.controller.fieldErrors; placeholderText: qsTr("hh:mm"); inputMethodHints: Qt.ImhPreferNumbers }
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Theme.smallGap
                Button {
                    text: qsTr("Cancel")
                    flat: true
                    Layout.minimumHeight: Theme.touch
                    onClicked: root.reject()
                }
                Button {
                    objectName: "confirmConsentButton"
                    text: actionChoice.value === "withdraw" ? qsTr("Record the withdrawal") : qsTr("Record consent")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    enabled: !root.controller.busy
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: root.controller.record(root.form())
                }
            }
        }
    }
}
