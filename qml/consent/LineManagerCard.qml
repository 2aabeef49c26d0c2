import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// The employer and its line manager. The line manager's details are saved
// only while the client's consent to contact the employer through them
// stands; otherwise the card says why and nothing is saved.
InfoCard {
    id: root

    required property var controller
    readonly property var employer: controller.employer
    readonly property bool exists: !!employer.exists

    function reset() {
        employerName.text = employer.name || ""
        contact.value = employer.lineManagerId || ""
        phone.text = employer.phone || ""
        email.text = employer.email || ""
    }

    title: qsTr("Employer contact")
    Connections {
        target: root.controller
        function onChanged() { root.reset() }
    }

    FactRow { visible: root.exists; label: qsTr("Employer"); value: root.employer.name || "" }
    TextInputField {
        id: employerName
        objectName: "employerName"
        visible: !root.exists
        label: qsTr("Employer")
        field: "employer.name"
        errors: root.controller.fieldErrors
    }
    ChoiceField {
        id: sizeChoice
        visible: !root.exists
        label: qsTr("Size")
        kind: "employerSize"
        field: "employer.size"
        errors: root.controller.fieldErrors
    }
    CheckBox {
        id: occupationalHealth
        visible: !root.exists
        text: qsTr("Has occupational health")
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
    }
    ListChoiceField {
        id: contact
        objectName: "lineManagerContact"
        label: qsTr("Line manager")
        hint: qsTr("Someone not listed: record the client's consent to contact them first, naming them.")
        choices: root.controller.contactChoices
        none: qsTr("Choose the person")
        field: "contactId"
        errors: root.controller.fieldErrors
    }
    TextInputField { id: phone; objectName: "lineManagerPhone"; label: qsTr("Phone"); optional: true; field: "employer.lineManager.phone"; errors: root.controller.fieldErrors; inputMethodHints: Qt.ImhDialableCharactersOnly }
    TextInputField { id: email; objectName: "lineManagerEmail"; label: qsTr("Email"); optional: true; field: "employer.lineManager.email"; errors: root.controller.fieldErrors; inputMethodHints: Qt.ImhEmailCharactersOnly }
    Label {
        objectName: "lineManagerRefusal"
        visible: root.controller.refusal !== ""
        text: root.controller.refusal
        color: Material.theme === Material.Dark ? "#ffb4ab" : "#b3261e"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Button {
        objectName: "saveLineManagerButton"
        text: qsTr("Save the line manager's details")
        enabled: !root.controller.busy
        Layout.minimumHeight: Theme.touch
        Accessible.name: text
        onClicked: root.controller.saveLineManager({
            employerName: employerName.text, size: sizeChoice.value, hasOccupationalHealth: occupationalHealth.checked,
            contactId: contact.value, phone: phone.text, email: email.text })
    }
}
