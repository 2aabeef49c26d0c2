import QtQuick
import QtTest
import Rtw.Components
import Rtw.Session
import Rtw.Settings

// Settings: versions shown, auto-lock choice kept, passcode change checks.
TestCase {
    id: tc
    name: "Settings"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        SettingsPage {
            width: tc.width
            height: tc.height
        }
    }

    function test_aboutShowsTheVersions() {
        const page = createTemporaryObject(pageComponent, tc)
        tryVerify(() => findChild(page, "sqlcipherFact").value.indexOf("4.") === 0)
    }

    function test_autoLockTimeIsKept() {
        const before = AppSettings.autoLockMinutes
        AppSettings.autoLockMinutes = 10
        compare(Session.autoLockMinutes, 10, "the session follows the setting")
        AppSettings.autoLockMinutes = before
    }

    function test_passcodeChangeChecksTheForm() {
        Session.changePasscode("", "short", "short")
        verify(Session.fieldErrors["oldPasscode"] !== undefined)
        verify(Session.fieldErrors["passcode"].indexOf("at least 6") >= 0)
        Session.changePasscode("qml test passcode", "another passcode", "another passcodf")
        compare(Session.fieldErrors["confirm"], "The two passcodes are different.")
        Session.clearError()
    }
}
