import QtQuick
import QtTest
import Rtw.Components
import Rtw.Discharge

// Discharge: required fields beside their fields, and the GP letter refused,
// with the reason, when the client has not agreed to it.
TestCase {
    id: tc
    name: "Discharge"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component { id: makerComponent; CaseMaker {} }
    Component { id: dischargePage; DischargePage { width: tc.width; height: tc.height } }
    SignalSpy { id: saved; signalName: "saved" }

    function newCase(name) {
        const maker = createTemporaryObject(makerComponent, tc)
        maker.make(name)
        tryVerify(() => maker.caseId !== "", 5000)
        return maker.caseId
    }

    function test_requiredFields() {
        const page = createTemporaryObject(dischargePage, tc, { caseId: newCase("Lleu") })
        tryVerify(() => page.controller.loaded)
        saved.target = page.controller
        saved.clear()
        findChild(page, "dischargedOn").text = ""
        findChild(page, "confidence").text = "12"
        findChild(page, "saveDischargeButton").clicked()
        compare(findChild(page, "dischargedOn").error, "Enter the date of discharge, as dd/mm/yyyy.")
        compare(findChild(page, "outcome").error, "Choose the outcome.")
        verify(findChild(page, "confidence").error.indexOf("0 to 10") >= 0)
        compare(saved.count, 0)
        verify(!page.controller.recorded)
    }

    function test_letterRefusedWithoutConsent() {
        const page = createTemporaryObject(dischargePage, tc, { caseId: newCase("Mali") })
        tryVerify(() => page.controller.loaded)
        verify(findChild(page, "letterRefusal").text.indexOf("Record the discharge first") === 0)
        saved.target = page.controller
        saved.clear()
        findChild(page, "outcome").value = "stayed_in_work"
        findChild(page, "saveDischargeButton").clicked()
        tryCompare(saved, "count", 1)
        tryVerify(() => page.controller.recorded)
        const refusal = findChild(page, "letterRefusal")
        verify(refusal.visible)
        verify(refusal.text.indexOf("has not agreed to a letter going to their GP") >= 0, refusal.text)
        findChild(page, "gpLetterButton").clicked()
        compare(Messages.last, refusal.text, "the refusal is said, and no file dialog opens")

        findChild(page, "gpConsent").checked = true
        findChild(page, "saveDischargeButton").clicked()
        tryVerify(() => page.controller.letterAllowed)
        verify(!findChild(page, "letterRefusal").visible)
    }
}
