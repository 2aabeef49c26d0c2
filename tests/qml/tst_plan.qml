import QtQuick
import QtTest
import Rtw.Components
import Rtw.Consent
import Rtw.Plan

// The RTW plan editor: messages beside fields, agreeing needs the client,
// versioning (agree v1, change, agree v2 shows what changed), the employer
// preview, and sharing refused without consent.
TestCase {
    id: tc
    name: "Plan"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component { id: makerComponent; CaseMaker {} }
    Component { id: planPage; PlanPage { width: tc.width; height: tc.height } }
    Component { id: sharePage; PlanSharePage { width: tc.width; height: tc.height } }
    Component { id: previewPage; EmployerPreviewPage { width: tc.width; height: tc.height } }
    Component { id: consentController; ConsentController { store: DeviceStore } }

    function newCase(name) {
        const maker = createTemporaryObject(makerComponent, tc)
        maker.make(name)
        tryVerify(() => maker.caseId !== "", 5000)
        return maker.caseId
    }
    function openPlan(caseId) {
        const page = createTemporaryObject(planPage, tc, { caseId: caseId })
        tryVerify(() => page.controller.loaded)
        return page
    }
    function agree(page, withClient) {
        findChild(page, "agreeButton").clicked()
        const dialog = findChild(page, "agreeDialog")
        tryVerify(() => dialog.opened)
        if (withClient)
            findChild(dialog.contentItem, "agreedByClient").checked = true
        findChild(dialog.contentItem, "confirmAgreeButton").clicked()
        return dialog
    }

    function test_messagesBesideFields() {
        const page = openPlan(newCase("Alys"))
        findChild(page, "addWeekButton").clicked()
        findChild(page, "phaseHours0").text = "four"
        findChild(page, "targetDate").text = "31/02/2027"
        findChild(page, "savePlanButton").clicked()
        verify(findChild(page, "phaseHours0").error.indexOf("number") >= 0)
        verify(findChild(page, "targetDate").error.indexOf("real date") >= 0)
        verify(!page.controller.hasPlan)
    }

    function test_versioning() {
        const page = openPlan(newCase("Bryn"))
        findChild(page, "targetDate").text = "05/01/2027"
        findChild(page, "addWeekButton").clicked()
        findChild(page, "savePlanButton").clicked()
        tryVerify(() => page.controller.hasPlan)

        let dialog = agree(page, false)
        verify(findChild(dialog.contentItem, "agreedBy").error.indexOf("client must agree") >= 0, "the client must agree")
        compare(page.controller.latestVersion, 0)
        findChild(dialog.contentItem, "agreedByClient").checked = true
        findChild(dialog.contentItem, "confirmAgreeButton").clicked()
        tryCompare(page.controller, "latestVersion", 1)
        tryVerify(() => !dialog.opened)
        compare(page.controller.status, "agreed")

        // Change week 1 and agree version 2: the dialog shows what changed.
        findChild(page, "phaseDays0").text = "5"
        findChild(page, "savePlanButton").clicked()
        tryCompare(page.controller, "status", "draft")
        compare(page.controller.pendingChanges, ["Week 1 changed from 3 days of 4 hours to 5 days of 4 hours."])
        dialog = agree(page, true)
        compare(dialog.changes, ["Week 1 changed from 3 days of 4 hours to 5 days of 4 hours."])
        tryCompare(page.controller, "latestVersion", 2)
        compare(page.controller.versions.count, 2)
        compare(page.controller.versions.get(0).changes, ["Week 1 changed from 3 days of 4 hours to 5 days of 4 hours."])
        verify(findChild(page, "planStatus").text.indexOf("Version 2, agreed") === 0)
    }

    function test_employerPreviewHidesWhatIsOff() {
        const page = openPlan(newCase("Carys"))
        findChild(page, "addAdjustmentButton").clicked()
        findChild(page, "adjustmentText0").text = "Kneeling chair at home"
        findChild(page, "adjustmentVisible0").checked = false
        findChild(page, "adjustmentVisible0").toggled()
        findChild(page, "savePlanButton").clicked()
        tryVerify(() => page.controller.hasPlan)
        const preview = createTemporaryObject(previewPage, tc, { caseId: page.caseId })
        tryVerify(() => preview.preview.adjustments !== undefined)
        compare(preview.preview.adjustments.length, 0)
        compare(findChild(preview, "hiddenText").text, "Not shown to the employer: 1 adjustment.")
    }

    function test_sharingRefusedWithoutConsent() {
        const caseId = newCase("Dafydd")
        const page = openPlan(caseId)
        findChild(page, "addWeekButton").clicked()
        agree(page, true)
        tryCompare(page.controller, "latestVersion", 1)
        const consent = createTemporaryObject(consentController, tc, { caseId: caseId })
        tryVerify(() => consent.loaded)
        consent.record({ action: "grant", scope: "contact_employer", recipientId: "", recipientName: "Tom Reilly",
                         method: "verbal", date: Format.ukDate(new Date().toISOString().slice(0, 10)), time: "00:01" })
        tryVerify(() => consent.contactChoices.length === 1)

        const share = createTemporaryObject(sharePage, tc, { caseId: caseId })
        tryVerify(() => share.controller.versionChoices.length === 1 && share.controller.contactChoices.length === 1)
        findChild(share, "shareContact").value = consent.contactChoices[0].value
        findChild(share, "shareButton").clicked()
        const refusal = findChild(share, "shareRefusal")
        verify(refusal.visible)
        verify(refusal.text.indexOf("has not agreed to share their plan with Tom Reilly") >= 0, refusal.text)
        compare(share.controller.shares.count, 0)
    }
}
