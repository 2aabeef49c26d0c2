import QtQuick
import QtTest
import Rtw.Components
import Rtw.Consent
import Rtw.MyPlan
import Rtw.MyQuestionnaires
import Rtw.MySharing
import Rtw.Questionnaires

// The patient's own pages: answering the PHQ-9 one question per screen
// with urgent support the moment question 9 is answered above 0 (and the
// adviser's view flagged once saved), questionnaires due by date, the plan
// page without a plan, and stopping sharing in one step.
TestCase {
    id: tc
    name: "PatientPages"
    width: 390
    height: 844
    visible: true
    when: windowShown

    Component { id: makerComponent; CaseMaker {} }
    Component { id: answerPage; AnswerQuestionnairePage { width: tc.width; height: tc.height } }
    Component { id: myQuestionnairesPage; MyQuestionnairesPage { width: tc.width; height: tc.height } }
    Component { id: myPlanPage; MyPlanPage { width: tc.width; height: tc.height } }
    Component { id: mySharingPage; MySharingPage { width: tc.width; height: tc.height } }
    Component { id: adviserQuestionnaires; QuestionnairesController { store: DeviceStore } }
    Component { id: consentController; ConsentController { store: DeviceStore } }
    SignalSpy { id: saved; signalName: "saved" }

    function newCase(name) {
        const maker = createTemporaryObject(makerComponent, tc)
        maker.make(name)
        tryVerify(() => maker.caseId !== "", 5000)
        return maker.caseId
    }
    function rowOf(model, key, value) {
        for (let i = 0; i < model.count; ++i)
            if (model.get(i)[key] === value)
                return model.get(i)
        return null
    }
    function answer(page, itemId, value) {
        const button = findChild(page, "answer_" + itemId + "_" + value)
        verify(button, "no answer " + value + " to " + itemId)
        button.clicked()
    }

    function test_phq9OneQuestionPerScreenAndTheSafetyPath() {
        const caseId = newCase("Owain")
        const page = createTemporaryObject(answerPage, tc, { caseId: caseId, questionnaireId: "phq9" })
        tryVerify(() => page.controller.loaded)
        const next = findChild(page, "nextButton")
        const urgent = findChild(page, "urgentSupport")
        compare(findChild(page, "progressText").text, "Question 1 of 9")
        verify(!next.enabled, "an answer first")
        for (let q = 1; q <= 8; ++q) {
            answer(page, "q" + q, 0)
            verify(next.enabled)
            next.clicked()
        }
        compare(findChild(page, "progressText").text, "Question 9 of 9")
        verify(!urgent.visible)
        answer(page, "q9", 1)
        verify(urgent.visible, "urgent support shows at once, before saving")
        const words = urgent.lines.join(" ")
        verify(words.indexOf("999") >= 0 && words.indexOf("NHS 111") >= 0 && words.indexOf("116 123") >= 0)
        compare(findChild(urgent, "urgentHeading").text, "Please get support now")
        next.clicked()
        verify(findChild(page, "resultCard").visible)
        verify(urgent.visible, "and stays on the result")
        saved.target = page.controller
        saved.clear()
        findChild(page, "saveAnswersButton").clicked()
        tryCompare(saved, "count", 1)
        const adviser = createTemporaryObject(adviserQuestionnaires, tc, { caseId: caseId })
        tryVerify(() => adviser.loaded && rowOf(adviser.instruments, "id", "phq9").count === 1)
        verify(rowOf(adviser.instruments, "id", "phq9").hasAlert, "the adviser sees it flagged")
    }

    function test_dueNowThenNextAfterAnswering() {
        const caseId = newCase("Nerys")
        const page = createTemporaryObject(myQuestionnairesPage, tc, { caseId: caseId })
        tryVerify(() => page.controller.loaded)
        compare(page.controller.dueCount, 4)
        const answering = createTemporaryObject(answerPage, tc, { caseId: caseId, questionnaireId: "gad7" })
        tryVerify(() => answering.controller.loaded)
        for (let q = 1; q <= 7; ++q)
            answering.controller.setAnswer("q" + q, 1)
        answering.controller.save(answering.controller.suggestedTimepoint)
        tryCompare(page.controller, "dueCount", 3)
        const gad7 = rowOf(page.controller.questionnaires, "id", "gad7")
        verify(!gad7.dueNow)
        verify(gad7.statusText.indexOf("Next one from") === 0, gad7.statusText)
        verify(gad7.resultText !== "", "the result in plain words")
    }

    function test_noPlanYet() {
        const page = createTemporaryObject(myPlanPage, tc, { caseId: newCase("Elin") })
        tryVerify(() => page.controller.loaded)
        verify(findChild(page, "noPlan").visible)
        verify(!findChild(page, "sendCommentButton").visible)
    }

    function test_withdrawingUpdatesThePageAtOnce() {
        const caseId = newCase("Iestyn")
        const consent = createTemporaryObject(consentController, tc, { caseId: caseId })
        tryVerify(() => consent.loaded)
        const form = consent.defaults()
        form.action = "grant"
        form.scope = "share_plan_with_employer"
        form.recipientId = ""
        form.recipientName = "Grace Lin"
        consent.record(form)
        const page = createTemporaryObject(mySharingPage, tc, { caseId: caseId })
        tryVerify(() => page.controller.people.count === 1, 5000)
        const person = findChild(page, "person_0")
        verify(person.granted)
        compare(person.name, "Grace Lin")
        const button = findChild(person, "withdrawButton")
        verify(button.visible)
        compare(button.Accessible.name, "Stop sharing with Grace Lin")
        button.clicked()
        // The rows are read again from the store: find the delegate anew.
        tryVerify(() => { const p = findChild(page, "person_0"); return p && !p.granted })
        const after = findChild(page, "person_0")
        verify(!findChild(after, "withdrawButton").visible)
        verify(findChild(after, "detail").text.indexOf("You stopped sharing on") === 0)
        compare(Messages.last.indexOf("Grace Lin can no longer see your plan"), 0)
    }
}
