import QtQuick
import QtTest
import Rtw.Components

// The message bar: an error stays until dismissed, but only while the page
// it is about is in front.
TestCase {
    id: tc
    name: "MessageBar"
    width: 400
    height: 400
    visible: true
    when: windowShown

    Component {
        id: bar
        MessageBar {
            width: 380
        }
    }
    Component {
        id: page
        Item {}
    }

    function test_anErrorStaysOnItsPageAndGoesWhenThePageChanges() {
        const first = createTemporaryObject(page, tc)
        const second = createTemporaryObject(page, tc)
        const b = createTemporaryObject(bar, tc, { page: first })
        Messages.error("The plan was not saved: see the messages beside the fields.")
        tryCompare(b, "visible", true)
        compare(b.text, "The plan was not saved: see the messages beside the fields.")
        wait(50)
        verify(b.visible, "an error is not hidden by a timer")
        b.page = second
        verify(!b.visible, "leaving the page drops its error")
    }

    function test_aConfirmationSurvivesThePageChange() {
        const first = createTemporaryObject(page, tc)
        const second = createTemporaryObject(page, tc)
        const b = createTemporaryObject(bar, tc, { page: first })
        Messages.success("Note saved.")
        tryCompare(b, "visible", true)
        b.page = second
        verify(b.visible, "a confirmation is about what was just done, wherever you are")
        compare(b.text, "Note saved.")
    }

    function test_aConfirmationReplacesTheErrorItPutsRight() {
        const first = createTemporaryObject(page, tc)
        const b = createTemporaryObject(bar, tc, { page: first })
        Messages.error("Your check-in was not saved yet: see the messages beside the answers.")
        tryCompare(b, "visible", true)
        Messages.info("It is 18:00: time for today's check-in.")
        compare(b.kind, Messages.Error, "an error is not pushed aside by news")
        Messages.success("Check-in saved. Thank you.")
        compare(b.text, "Check-in saved. Thank you.", "the error that no longer holds is gone")
        compare(b.kind, Messages.Success)
    }
}
