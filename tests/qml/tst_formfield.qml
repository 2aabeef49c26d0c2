import QtQuick
import QtTest
import Rtw.Components

// The shared form field shows the message for its own field path, beside it.
TestCase {
    id: tc
    name: "FormField"
    width: 400
    height: 400
    visible: true
    when: windowShown

    Component {
        id: field
        TextInputField {
            width: 300
            label: "First name"
            field: "client.givenName"
        }
    }

    function test_showsTheMessageForItsFieldOnly() {
        const f = createTemporaryObject(field, tc)
        const message = findChild(f, "fieldError")
        verify(!message.visible)
        f.errors = { "client.familyName": "Enter the client's last name." }
        verify(!message.visible, "another field's message is not shown here")
        f.errors = { "client.givenName": "Enter the client's first name." }
        verify(message.visible)
        compare(message.text, "Enter the client's first name.")
        verify(f.accessibleName.indexOf("error") >= 0, "screen readers hear the error")
        f.localError = "Typed wrongly"
        compare(message.text, "Typed wrongly", "a check made as you type comes first")
    }

    Component {
        id: dateField
        DateField {
            width: 300
            label: "Date of birth"
        }
    }

    function test_dateFieldChecksWhatIsTyped() {
        const f = createTemporaryObject(dateField, tc)
        f.text = "31/02/2026"
        f.input.editingFinished()
        verify(f.error.indexOf("real date") >= 0, f.error)
        f.text = "28/02/2026"
        compare(f.error, "")
        compare(f.isoValue, "2026-02-28")
    }
}
