import QtQuick
import QtTest
import Rtw.Components
import Rtw.Goals

// Goals: required fields, the pacing numbers as you type, and a saved goal
// listed with today's plan and its progress chart's text alternative.
TestCase {
    id: tc
    name: "Goals"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component { id: makerComponent; CaseMaker {} }
    Component { id: editorPage; GoalEditor { width: tc.width; height: tc.height } }
    Component { id: goalsPage; GoalsPage { width: tc.width; height: tc.height } }
    SignalSpy { id: saved; signalName: "saved" }

    function newCase(name) {
        const maker = createTemporaryObject(makerComponent, tc)
        maker.make(name)
        tryVerify(() => maker.caseId !== "", 5000)
        return maker.caseId
    }
    function ukDaysFromToday(days) {
        const d = new Date()
        d.setDate(d.getDate() + days)
        return Format.ukDate(Qt.formatDate(d, "yyyy-MM-dd"))
    }

    function test_requiredFieldsAndPacingNumbers() {
        const caseId = newCase("Eira")
        const editor = createTemporaryObject(editorPage, tc, { caseId: caseId, goalId: "" })
        tryVerify(() => editor.filled)
        saved.target = editor.controller
        saved.clear()
        findChild(editor, "saveGoalButton").clicked()
        verify(findChild(editor, "goalWhat").error !== "", "what is required")
        verify(findChild(editor, "goalAmount").error.indexOf("how much") >= 0 || findChild(editor, "goalAmount").error !== "")
        compare(saved.count, 0)

        findChild(editor, "goalWhat").text = "Walk"
        findChild(editor, "goalAmount").text = "30"
        findChild(editor, "goalPacing").checked = true
        findChild(editor, "goalBaseline").text = "10"
        findChild(editor, "goalIncrement").text = "5"
        findChild(editor, "goalEvery").text = "7"
        findChild(editor, "goalTarget").text = "20"
        findChild(editor, "goalStartOn").text = "02/03/2026"
        const schedule = findChild(editor, "goalSchedule")
        tryCompare(schedule, "count", 3)
        compare(schedule.model, ["From 02/03/2026: 10 minutes", "From 09/03/2026: 15 minutes",
                                 "From 16/03/2026: 20 minutes (the most, from then on)"])
        findChild(editor, "goalIncrement").text = "0"
        tryCompare(schedule, "count", 0)
        findChild(editor, "saveGoalButton").clicked()
        verify(findChild(editor, "goalIncrement").error !== "", "pacing needs an increase above 0")
        compare(saved.count, 0)
    }

    function test_savedGoalShowsTodaysPlan() {
        const caseId = newCase("Ffion")
        const editor = createTemporaryObject(editorPage, tc, { caseId: caseId, goalId: "" })
        tryVerify(() => editor.filled)
        saved.target = editor.controller
        saved.clear()
        findChild(editor, "goalWhat").text = "Walk"
        findChild(editor, "goalAmount").text = "30"
        findChild(editor, "goalPacing").checked = true
        findChild(editor, "goalBaseline").text = "10"
        findChild(editor, "goalIncrement").text = "2"
        findChild(editor, "goalEvery").text = "7"
        findChild(editor, "goalStartOn").text = ukDaysFromToday(-7)
        findChild(editor, "saveGoalButton").clicked()
        tryCompare(saved, "count", 1)

        const page = createTemporaryObject(goalsPage, tc, { caseId: caseId })
        tryCompare(page.controller.goals, "count", 1)
        compare(page.controller.goals.get(0).plannedToday, "Planned today: 12 minutes")
        compare(page.controller.goals.get(0).summary, "Walk 30 minutes every day")
        verify(findChild(page, "progressChart").chartData.summary.indexOf("No progress recorded yet") === 0)
        verify(findChild(page, "chartSummary").text !== "", "the chart has a text alternative")
    }
}
