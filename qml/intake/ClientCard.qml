import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components

// Who was referred: name, date of birth, NHS number and how to reach them.
InfoCard {
    id: root

    property var errors: ({})
    readonly property var values: ({
        givenName: given.text, familyName: family.text, dateOfBirth: born.text,
        nhsNumber: nhs.text, phone: phone.text, email: email.text, postcode: postcode.text,
        preferredContact: preferred.value
    })

    function fill(v) {
        given.text = v.givenName || ""
        family.text = v.familyName || ""
        born.text = v.dateOfBirth || ""
        nhs.text = v.nhsNumber || ""
        phone.text = v.phone || ""
        email.text = v.email || ""
        postcode.text = v.postcode || ""
        preferred.value = v.preferredContact || ""
    }

    title: qsTr("The client")

    TextInputField { id: given; objectName: "givenName"; label: qsTr("First name"); field: "client.givenName"; errors: root.errors }
    TextInputField { id: family; objectName: "familyName"; label: qsTr("Last name"); field: "client.familyName"; errors: root.errors }
    DateField { id: born; objectName: "dateOfBirth"; label: qsTr("Date of birth"); field: "client.dateOfBirth"; errors: root.errors }
    TextInputField {
        id: nhs
        objectName: "nhsNumber"
        label: qsTr("NHS number")
        optional: true
        field: "client.nhsNumber"
        errors: root.errors
        hint: qsTr("10 digits, for example 943 476 5919")
        inputMethodHints: Qt.ImhDigitsOnly
    }
    TextInputField { id: phone; label: qsTr("Phone"); optional: true; field: "client.phone"; errors: root.errors; inputMethodHints: Qt.ImhDialableCharactersOnly }
    TextInputField { id: email; label: qsTr("Email"); optional: true; field: "client.email"; errors: root.errors; inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase }
    TextInputField { id: postcode; label: qsTr("Postcode"); optional: true; field: "client.postcode"; errors: root.errors; inputMethodHints: Qt.ImhPreferUppercase }
    ChoiceField {
        id: preferred
        label: qsTr("How they prefer to be contacted")
        optional: true
        kind: "preferredContact"
        none: qsTr("No preference")
        field: "client.preferredContact"
        errors: root.errors
    }
}
