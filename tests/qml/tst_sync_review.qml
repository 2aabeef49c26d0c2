import QtQuick
import QtTest
import Rtw.Components
import Rtw.Sync

// The sync review pages over the test store's seeded conflict and refused
// change: choosing the value that lost resolves the conflict (it leaves the
// list and the record holds that value); dismissing a refused change takes
// it off the list. The sync page counts both and opens the pages.
TestCase {
    id: tc
    name: "SyncReview"
    width: 390
    height: 844
    visible: true
    when: windowShown

    Component {
        id: conflictsPage
        ConflictsPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: rejectedPage
        RejectedChangesPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: syncPage
        SyncPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: conflictsModel
        ConflictsModel {
            store: DeviceStore
        }
    }
    Component {
        id: rejectedModel
        RejectedChangesModel {
            store: DeviceStore
        }
    }

    function test_a_syncPageCountsWhatThereIsToLookAt() {
        const page = createTemporaryObject(syncPage, tc)
        verify(findChild(page, "reviewConflictsButton"))
        verify(findChild(page, "rejectedChangesButton"))
    }

    function test_b_choosingTheOtherValueResolvesTheConflict() {
        const page = createTemporaryObject(conflictsPage, tc)
        const list = findChild(page, "conflictList")
        tryCompare(list, "count", 1, 5000)
        const check = createTemporaryObject(conflictsModel, tc)
        tryCompare(check, "count", 1, 5000)
        compare(check.get(0).losingText, "07700 900461")
        let button = null
        tryVerify(() => (button = findChild(list, "keepLosingButton")) !== null && button.visible, 5000)
        verify(button.text.indexOf("07700 900461") >= 0)
        mouseClick(button)
        tryCompare(list, "count", 0, 5000)
        tryCompare(check, "count", 0, 5000)
        tryVerify(() => findChild(page, "noConflicts").visible, 5000)
    }

    function test_c_dismissingARefusedChange() {
        const page = createTemporaryObject(rejectedPage, tc)
        const list = findChild(page, "rejectedList")
        tryCompare(list, "count", 1, 5000)
        let why = null
        tryVerify(() => (why = findChild(list, "whyText")) !== null, 5000)
        compare(why.text, "The change could not be saved.")
        mouseClick(findChild(list, "dismissButton"))
        tryCompare(list, "count", 0, 5000)
        const check = createTemporaryObject(rejectedModel, tc)
        tryVerify(() => check.loaded, 5000)
        compare(check.count, 0)
        tryVerify(() => findChild(page, "noRejected").visible, 5000)
    }
}
