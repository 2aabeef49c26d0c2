import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Agreeing a version of the plan: when, who agreed (the client must), and
// what changed since the last version, shown before anything is recorded.
Dialog {
    id: root

    required property var controller
    /// The form as it stands on the page.
    property var form: ({})
    readonly property var changes: opened ? controller.changesToAgree(form) : []
    signal agreeRequested(string agreedOn, var agreedBy)

    function openFresh() {
        agreedOn.text = controller.todayText()
        client.checked = false
        adviser.checked = true
        employer.checked = false
        gp.checked = false
        controller.clearErrors()
        open()
    }
    function parties() {
        const out = []
        if (client.checked) out.push("patient")
        if (adviser.checked) out.push("adviser")
        if (employer.checked) out.push("employer")
        if (gp.checked) out.push("gp")
        return out
    }

    objectName: "agreeDialog"
    title: root.controller.latestVersion > 0 ? qsTr("Agree version %1").arg(root.controller.latestVersion + 1)
                                             : qsTr("Agree the first version")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(600, (parent ? parent.width : 600) - 2 * Theme.gap)
    height: Math.min(implicitHeight, (parent ? parent.height : 800) - 2 * Theme.gap)
    padding: Theme.gap

    Connections {
        target: root.controller
        function onAgreed() { root.close() }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: Theme.smallGap
            Label {
                text: root.controller.latestVersion === 0
                      ? qsTr("This will be the first agreed version of the plan.")
                      : (root.changes.length > 0 ? qsTr("What changed since version %1:").arg(root.controller.latestVersion)
                                                 : qsTr("Nothing has changed since version %1.").arg(root.controller.latestVersion))
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                Layout.fillWidth: true
            }
            Repeater {
                model: root.changes
                delegate: Label {
                    required property string modelData
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Label {
                objectName: "planProblems"
                visible: Object.keys(root.controller.fieldErrors).some(k => k !== "agreedOn" && k !== "agreedBy")
                text: qsTr("Some parts of the plan need correcting first: cancel, and see the messages beside them.")
                color: Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            DateField {
                id: agreedOn
                objectName: "agreedOn"
                label: qsTr("Agreed on")
                field: "agreedOn"
                errors: root.controller.fieldErrors
            }
            FormField {
                id: agreedBy
                objectName: "agreedBy"
                label: qsTr("Agreed by")
                field: "agreedBy"
                errors: root.controller.fieldErrors
                hint: qsTr("The client must agree: taking part is voluntary.")
                CheckBox { id: client; objectName: "agreedByClient"; text: qsTr("The client"); Layout.minimumHeight: Theme.touch; Accessible.name: qsTr("Agreed by the client") }
                CheckBox { id: adviser; text: qsTr("The adviser"); Layout.minimumHeight: Theme.touch; Accessible.name: qsTr("Agreed by the adviser") }
                CheckBox { id: employer; text: qsTr("The employer"); Layout.minimumHeight: Theme.touch; Accessible.name: qsTr("Agreed by the employer") }
                CheckBox { id: gp; text: qsTr("The GP"); Layout.minimumHeight: Theme.touch; Accessible.name: qsTr("Agreed by the GP") }
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
                    objectName: "confirmAgreeButton"
                    text: qsTr("Agree this version")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    enabled: !root.controller.busy
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: root.agreeRequested(agreedOn.text, root.parties())
                }
            }
        }
    }
}
