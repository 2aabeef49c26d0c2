import QtQuick
import QtTest
import Rtw.CaseFile
import Rtw.Components
import Rtw.Questionnaires

// Questionnaires given in person: every question required, scoring with a
// band, and the PHQ-9 safety path — urgent support at once, and a
// follow-up action on the case once saved.
TestCase {
    id: tc
    name: "Questionnaires"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component { id: makerComponent; CaseMaker {} }
    Component { id: administerPage; AdministerPage { width: tc.width; height: tc.height } }
    Component { id: caseFile; CaseFileController { store: DeviceStore } }
    SignalSpy { id: saved; signalName: "saved" }

    function newCase(name) {
        const maker = createTemporaryObject(makerComponent, tc)
        maker.make(name)
        tryVerify(() => maker.caseId !== "", 5000)
        return maker.caseId
    }
    function choose(page, itemId, value) {
        const button = findChild(page, "answer_" + itemId + "_" + value)
        verify(button, "no answer " + value + " to " + itemId)
        button.checked = true
        button.toggled()
    }

    function test_everyQuestionIsRequired() {
        const page = createTemporaryObject(administerPage, tc, { caseId: newCase("Gwen"), questionnaireId: "gad7" })
        tryVerify(() => page.controller.loaded)
        saved.target = page.controller
        saved.clear()
        choose(page, "q1", 1)
        findChild(page, "saveAnswersButton").clicked()
        compare(findChild(page, "question_q2").error, "Choose an answer.")
        compare(findChild(page, "question_q1").error, "")
        compare(Messages.last, "6 questions are not answered yet.")
        compare(saved.count, 0)
    }

    function test_scoreAndBand() {
        const page = createTemporaryObject(administerPage, tc, { caseId: newCase("Huw"), questionnaireId: "gad7" })
        tryVerify(() => page.controller.loaded)
        for (let q = 1; q <= 7; ++q)
            choose(page, "q" + q, 1)
        compare(findChild(page, "scoreText").text, "7 (range 0 to 21): Mild")
        compare(findChild(page, "timepoint").value, "baseline")
    }

    function test_phq9SafetyPath() {
        const caseId = newCase("Iolo")
        const page = createTemporaryObject(administerPage, tc, { caseId: caseId, questionnaireId: "phq9" })
        tryVerify(() => page.controller.loaded)
        const urgent = findChild(page, "urgentSupport")
        verify(!urgent.visible)
        choose(page, "q9", 1)
        verify(urgent.visible, "urgent support shows at once, before the other answers")
        const words = urgent.lines.join(" ")
        verify(words.indexOf("999") >= 0 && words.indexOf("NHS 111") >= 0 && words.indexOf("116 123") >= 0)
        for (let q = 1; q <= 8; ++q)
            choose(page, "q" + q, 0)
        saved.target = page.controller
        saved.clear()
        findChild(page, "saveAnswersButton").clicked()
        tryCompare(saved, "count", 1)
        const file = createTemporaryObject(caseFile, tc, { caseId: caseId })
        tryVerify(() => file.loaded && file.actions.count === 1)
        verify(file.actions.get(0).description.indexOf("Safety follow-up: PHQ-9") === 0)
        compare(file.actions.get(0).ownerText, "Adviser")
    }
}
