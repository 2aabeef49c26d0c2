import QtQuick
import QtTest
import Rtw.Components
import Rtw.Intake

// The new-referral page: required fields, validation beside each field, the
// live eligibility check, no acceptance without consent, an override needs a
// reason, declining needs a reason.
TestCase {
    id: tc
    name: "Intake"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        IntakePage {
            width: tc.width
            height: tc.height
        }
    }
    SignalSpy {
        id: savedSpy
        signalName: "saved"
    }

    function complete() {
        return { givenName: "Ffion", familyName: "Rees", dateOfBirth: "12/08/1990", source: "gp",
                 referralDate: Format.ukDate(new Date().toISOString().slice(0, 10)),
                 reason: "Neck pain, struggling with desk work", conditionGroup: "musculoskeletal",
                 painSites: ["neck"], workStatus: "employed_struggling", fitNoteStatus: "none",
                 consentToContact: true }
    }

    function test_requiredFields() {
        const page = createTemporaryObject(pageComponent, tc)
        findChild(page, "acceptButton").clicked()
        const given = findChild(page, "givenName")
        compare(given.error, "Enter the client's first name.")
        verify(findChild(given, "fieldError").visible)
        compare(findChild(page, "workStatus").error, "Choose the person's work status.")
        verify(findChild(page, "errorSummary").visible)
    }

    function test_validationMessagesBesideFields() {
        const page = createTemporaryObject(pageComponent, tc)
        const form = complete()
        form.dateOfBirth = "01/01/2016"
        form.nhsNumber = "943 476 5918"
        page.fill(form)
        page.controller.accept(page.form)
        verify(findChild(page, "dateOfBirth").error.indexOf("16 to 100") >= 0)
        verify(findChild(page, "nhsNumber").error !== "")
        compare(findChild(page, "givenName").error, "")
    }

    function test_eligibilityChecksAsYouType() {
        const page = createTemporaryObject(pageComponent, tc)
        page.fill(complete())
        compare(findChild(page, "eligibilityDecision").text, "Eligible")
        findChild(page, "consentSwitch").toggle()
        compare(findChild(page, "eligibilityDecision").text, "Not eligible")
    }

    function test_refusalWithoutConsent() {
        const page = createTemporaryObject(pageComponent, tc)
        const form = complete()
        form.consentToContact = false
        form.override = true
        form.overrideDecision = "eligible"
        form.overrideReason = "GP asked us to"
        page.fill(form)
        savedSpy.target = page.controller
        savedSpy.clear()
        page.controller.accept(page.form)
        verify(page.controller.fieldErrors["referral.consentToContact"].indexOf("not agreed") >= 0)
        wait(50)
        compare(savedSpy.count, 0)
    }

    function test_overrideNeedsAReason() {
        const page = createTemporaryObject(pageComponent, tc)
        const form = complete()
        form.workStatus = "unemployed"
        form.unemployedSince = "01/01/2020"
        form.override = true
        form.overrideDecision = "eligible"
        page.fill(form)
        compare(findChild(page, "eligibilityDecision").text, "Not eligible")
        page.controller.accept(page.form)
        verify(findChild(page, "overrideReason").error.indexOf("Say why") >= 0)
    }

    function test_declineWithoutReasonIsRefused() {
        const page = createTemporaryObject(pageComponent, tc)
        page.fill(complete())
        findChild(page, "declineButton").clicked()
        const dialog = findChild(page, "declineDialog")
        tryVerify(() => dialog.opened)
        savedSpy.target = page.controller
        savedSpy.clear()
        findChild(dialog.contentItem, "confirmButton").clicked()
        verify(dialog.opened, "the dialog stays open without a reason")
        verify(findChild(dialog.contentItem, "reasonField").error.indexOf("Give a reason") >= 0)
        // And the controller refuses a decline without a reason too.
        page.controller.decline(page.form)
        verify(page.controller.fieldErrors["referral.declineReason"] !== undefined)
        compare(savedSpy.count, 0)
        dialog.close()
    }

    function test_acceptedReferralIsSaved() {
        const page = createTemporaryObject(pageComponent, tc)
        page.fill(complete())
        savedSpy.target = page.controller
        savedSpy.clear()
        findChild(page, "acceptButton").clicked()
        tryCompare(savedSpy, "count", 1)
        verify(savedSpy.signalArguments[0][1].indexOf("Ffion Rees") >= 0)
        compare(Object.keys(page.controller.fieldErrors).length, 0)
    }
}
