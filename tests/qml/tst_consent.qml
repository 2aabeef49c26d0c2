import QtQuick
import QtTest
import Rtw.Components
import Rtw.Consent

// Consent: an employer consent must name the person, the standing shows
// what was recorded, and the line manager's details are refused without
// consent to contact them, with the reason beside the button.
TestCase {
    id: tc
    name: "Consent"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component { id: makerComponent; CaseMaker {} }
    Component { id: consentPage; ConsentPage { width: tc.width; height: tc.height } }

    function newCase(name) {
        const maker = createTemporaryObject(makerComponent, tc)
        maker.make(name)
        tryVerify(() => maker.caseId !== "", 5000)
        return maker.caseId
    }
    function rowFor(page, scope, name) {
        const rows = page.controller.standing
        for (let i = 0; i < rows.count; ++i)
            if (rows.get(i).scope === scope && rows.get(i).recipientName === name)
                return rows.get(i)
        return null
    }

    function test_employerConsentNamesThePerson() {
        const page = createTemporaryObject(consentPage, tc, { caseId: newCase("Jac") })
        tryVerify(() => page.controller.loaded)
        findChild(page, "recordConsentButton").clicked()
        const dialog = findChild(page, "recordConsentDialog")
        tryVerify(() => dialog.opened)
        findChild(dialog.contentItem, "consentScope").value = "contact_employer"
        findChild(dialog.contentItem, "confirmConsentButton").clicked()
        verify(findChild(dialog.contentItem, "consentRecipientName").error.indexOf("Name the person") >= 0)
        verify(dialog.opened, "nothing recorded, the dialog stays")
        findChild(dialog.contentItem, "consentRecipientName").text = "Grace Lin"
        findChild(dialog.contentItem, "confirmConsentButton").clicked()
        tryVerify(() => !dialog.opened)
        tryVerify(() => rowFor(page, "contact_employer", "Grace Lin") !== null)
        verify(rowFor(page, "contact_employer", "Grace Lin").granted)
        verify(!rowFor(page, "share_plan_with_employer", "Grace Lin").granted, "sharing is a separate consent")
        compare(page.controller.history.count, 1)
    }

    function test_lineManagerRefusedWithoutConsent() {
        const page = createTemporaryObject(consentPage, tc, { caseId: newCase("Kit") })
        tryVerify(() => page.controller.loaded)
        const today = Format.ukDate(new Date().toISOString().slice(0, 10))
        page.controller.record({ action: "grant", scope: "share_plan_with_employer", recipientId: "",
                                 recipientName: "Owen Price", method: "verbal", date: today, time: "00:01" })
        tryVerify(() => page.controller.contactChoices.length === 1)
        findChild(page, "employerName").text = "Calder Valley Logistics"
        findChild(page, "lineManagerContact").value = page.controller.contactChoices[0].value
        findChild(page, "lineManagerPhone").text = "0113 496 0101"
        findChild(page, "saveLineManagerButton").clicked()
        const refusal = findChild(page, "lineManagerRefusal")
        verify(refusal.visible)
        verify(refusal.text.indexOf("has not agreed to you contacting their employer through Owen Price") >= 0, refusal.text)
        verify(!page.controller.employer.exists, "nothing saved")
    }

    // Each kind is recorded from the dialog and withdrawn from its own row;
    // the log keeps both, and the row then offers to record it again.
    function test_recordAndWithdrawEachKind() {
        const page = createTemporaryObject(consentPage, tc, { caseId: newCase("Lin") })
        tryVerify(() => page.controller.loaded)
        const dialog = findChild(page, "recordConsentDialog")
        const kinds = [["contact", ""], ["contact_employer", "Ana Silva"],
                       ["share_plan_with_employer", "Ana Silva"], ["progress_to_gp", ""]]
        for (let i = 0; i < kinds.length; ++i) {
            const scope = kinds[i][0], name = kinds[i][1]
            findChild(page, "recordConsentButton").clicked()
            tryVerify(() => dialog.opened)
            findChild(dialog.contentItem, "consentScope").value = scope
            if (name !== "") {
                const known = page.controller.contactChoices.filter(c => c.text.indexOf(name) >= 0)
                findChild(dialog.contentItem, "consentRecipient").value = known.length > 0 ? known[0].value : ""
                if (known.length === 0)
                    findChild(dialog.contentItem, "consentRecipientName").text = name
            }
            findChild(dialog.contentItem, "confirmConsentButton").clicked()
            tryVerify(() => !dialog.opened)
            tryVerify(() => rowFor(page, scope, name) !== null && rowFor(page, scope, name).granted, 5000, scope)
        }
        compare(page.controller.contactChoices.length, 1, "the same person, named once")
        for (let i = 0; i < kinds.length; ++i) {
            const scope = kinds[i][0], name = kinds[i][1]
            findChild(page, "standing:" + scope + ":" + name).clicked()
            tryVerify(() => dialog.opened)
            compare(findChild(dialog.contentItem, "consentAction").value, "withdraw")
            findChild(dialog.contentItem, "confirmConsentButton").clicked()
            tryVerify(() => !dialog.opened)
            tryVerify(() => !rowFor(page, scope, name).granted, 5000, scope)
            verify(rowFor(page, scope, name).stateText.indexOf("Withdrawn on") === 0, rowFor(page, scope, name).stateText)
            compare(findChild(page, "standing:" + scope + ":" + name).text, "Record")
        }
        compare(page.controller.history.count, 8)
    }
}
