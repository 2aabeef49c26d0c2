import QtQuick
import QtTest
import Rtw.Components
import Rtw.Goals
import Rtw.Patient

// The patient's pages: the check-in's messages and saving it with the big
// buttons, logging goal progress and one step back, suggesting a goal.
TestCase {
    id: tc
    name: "Patient"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component { id: makerComponent; CaseMaker {} }
    Component { id: todayPage; TodayPage { width: tc.width; height: tc.height } }
    Component { id: goalsPage; MyGoalsPage { width: tc.width; height: tc.height } }
    Component { id: suggestPage; ProposeGoalPage { width: tc.width; height: tc.height } }
    Component { id: adviserGoals; GoalsController { store: DeviceStore } }
    SignalSpy { id: saved; signalName: "saved" }
    SignalSpy { id: failed; signalName: "failed" }

    function newCase(name) {
        const maker = createTemporaryObject(makerComponent, tc)
        maker.make(name)
        tryVerify(() => maker.caseId !== "", 5000)
        return maker.caseId
    }
    function choose(page, field, value) {
        const button = findChild(findChild(page, field), "choice-" + value)
        verify(button, field + " has a button for " + value)
        verify(button.height >= 48 && button.width >= 48, "a large touch target")
        mouseClick(button)
    }
    function errorOf(page, field) {
        return findChild(page, field).error
    }

    function test_checkInNeedsEveryAnswerAndSavesWithTheButtons() {
        const caseId = newCase("Gwen")
        const page = createTemporaryObject(todayPage, tc, { caseId: caseId })
        tryVerify(() => page.controller.loaded)
        saved.target = page.controller
        saved.clear()
        failed.target = page.controller
        failed.clear()
        verify(findChild(page, "checkInCard").visible, "no check-in yet: the form shows")
        mouseClick(findChild(page, "saveCheckInButton"))
        compare(failed.count, 1)
        compare(saved.count, 0)
        verify(errorOf(page, "checkInPain").indexOf("pain") > 0)
        verify(errorOf(page, "checkInInterference") !== "")
        verify(errorOf(page, "checkInMood") !== "")
        verify(errorOf(page, "checkInSleep") !== "")
        verify(errorOf(page, "checkInPacing") !== "")

        choose(page, "checkInPain", 6)
        choose(page, "checkInInterference", 4)
        choose(page, "checkInMood", 3)
        choose(page, "checkInSleep", 5)
        choose(page, "checkInPacing", "some")
        findChild(page, "checkInHours").text = "7.3"
        mouseClick(findChild(page, "saveCheckInButton"))
        verify(errorOf(page, "checkInHours").indexOf("quarter hours") >= 0, "core's rule on hours")
        compare(errorOf(page, "checkInPain"), "", "answered questions lose their messages")
        compare(saved.count, 0)

        findChild(page, "checkInHours").text = "7.5"
        mouseClick(findChild(page, "saveCheckInButton"))
        tryCompare(saved, "count", 1)
        tryVerify(() => page.controller.checkedIn)
        verify(findChild(page, "checkedInCard").visible)
        compare(findChild(page, "checkInSummary").text,
                "Pain 6, got in the way 4, mood 3 of 5, sleep 5, some of your pacing, 7.5 hours worked.")
        verify(!findChild(page, "checkInCard").visible, "done for today: the form steps aside")

        // A fresh page (as after a restart) knows today is done.
        const again = createTemporaryObject(todayPage, tc, { caseId: caseId })
        tryVerify(() => again.controller.checkedIn)
        mouseClick(findChild(again, "checkInAgainButton"))
        verify(findChild(again, "checkInCard").visible, "check in again when things change")
        compare(findChild(findChild(again, "checkInPain"), "choice-6").chosen, true, "starts from today's answers")
    }

    function makeGoal(caseId) {
        const adviser = createTemporaryObject(adviserGoals, tc, { caseId: caseId })
        tryVerify(() => adviser.loaded)
        const form = adviser.formFor("")
        form.what = "Walk"
        form.amount = "30"
        form.pacing = true
        form.baseline = "10"
        form.increment = "2"
        form.incrementEveryDays = "7"
        const start = new Date()
        start.setDate(start.getDate() - 7)
        form.startOn = Format.ukDate(Qt.formatDate(start, "yyyy-MM-dd"))
        adviser.save("", form)
        tryCompare(adviser.goals, "count", 1)
        return adviser.goals.get(0).goalId
    }

    function test_logProgressAndOneStepBack() {
        const caseId = newCase("Huw")
        const goalId = makeGoal(caseId)
        const page = createTemporaryObject(goalsPage, tc, { caseId: caseId })
        tryCompare(page.controller.goals, "count", 1)
        saved.target = page.controller
        saved.clear()
        const card = findChild(page, "goal-" + goalId)
        verify(card)
        compare(page.controller.goals.get(0).plannedToday, "Planned today: 12 minutes")
        compare(findChild(card, "logAmount").text, "12", "today's plan is offered")

        findChild(card, "logAmount").text = "many"
        mouseClick(findChild(card, "logButton"))
        verify(findChild(card, "logAmount").error !== "")
        compare(saved.count, 0)

        findChild(card, "logAmount").text = "12"
        mouseClick(findChild(card, "logButton"))
        tryCompare(saved, "count", 1)
        tryVerify(() => page.controller.goals.get(0).loggedToday)
        compare(page.controller.goals.get(0).doneToday, 12)

        const card2 = findChild(page, "goal-" + goalId)
        mouseClick(findChild(card2, "stepBackButton"))
        verify(findChild(card2, "stepBackExplanation").visible, "a supportive word, not a warning")
        compare(findChild(card2, "logAmount").text, "")
        findChild(card2, "logAmount").text = "4"
        findChild(card2, "logButton").clicked()  // below the fold of the test window
        tryCompare(saved, "count", 2)
        tryVerify(() => page.controller.progress.summary.indexOf("1 step back") > 0)
        compare(page.controller.progress.series.stepBack.length, 1)
    }

    function test_suggestAGoal() {
        const caseId = newCase("Iolo")
        const page = createTemporaryObject(suggestPage, tc, { caseId: caseId })
        saved.target = page.controller
        saved.clear()
        mouseClick(findChild(page, "sendSuggestionButton"))
        verify(findChild(page, "suggestWhat").error !== "")
        verify(findChild(page, "suggestAmount").error !== "")
        compare(saved.count, 0)
        findChild(page, "suggestWhat").text = "Answer emails"
        findChild(page, "suggestAmount").text = "20"
        mouseClick(findChild(page, "sendSuggestionButton"))
        tryCompare(saved, "count", 1)
        const goals = createTemporaryObject(goalsPage, tc, { caseId: caseId })
        tryCompare(goals.controller.goals, "count", 1)
        compare(goals.controller.goals.get(0).status, "proposed")
    }
}
