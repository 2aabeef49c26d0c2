import QtQuick
import Rtw.Components
import Rtw.Intake

// Makes a fresh case for a test (a referral taken on through the intake
// controller), so the case-section tests do not depend on the demo data.
// make(givenName); then wait for caseId.
QtObject {
    id: root

    property string caseId: ""

    function make(givenName) {
        caseId = ""
        intake.accept({ givenName: givenName, familyName: "Testcase", dateOfBirth: "12/08/1990", source: "gp",
                        referralDate: Format.ukDate(new Date().toISOString().slice(0, 10)),
                        reason: "Neck pain, struggling with desk work", conditionGroup: "musculoskeletal",
                        painSites: ["neck"], workStatus: "employed_struggling", fitNoteStatus: "none",
                        consentToContact: true })
    }

    property IntakeController intake: IntakeController {
        store: DeviceStore
        onSaved: (id, message) => root.caseId = id
    }
}
