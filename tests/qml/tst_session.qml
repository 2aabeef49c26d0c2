import QtQuick
import QtTest
import Rtw.Components
import Rtw.Session

// Lock and unlock: a wrong passcode says so plainly; the right one opens.
// Runs last (files run in name order) and leaves the store unlocked.
TestCase {
    id: tc
    name: "Session"
    width: 420
    height: 800
    visible: true
    when: windowShown

    Component {
        id: unlockPage
        UnlockPage {
            width: tc.width
            height: tc.height
        }
    }

    function test_wrongThenRightPasscode() {
        Session.lock()
        compare(Session.state, Session.Locked)
        const page = createTemporaryObject(unlockPage, tc)
        findChild(page, "passcodeField").text = "not the passcode"
        findChild(page, "unlockButton").clicked()
        tryVerify(() => !Session.busy)
        verify(findChild(page, "unlockError").text.indexOf("Wrong passcode") === 0)
        compare(Session.state, Session.Locked)
        findChild(page, "passcodeField").text = "qml test passcode"
        findChild(page, "unlockButton").clicked()
        tryCompare(Session, "state", Session.Unlocked)
    }
}
