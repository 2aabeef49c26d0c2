import QtQuick
import QtTest
import Rtw.Caseload
import Rtw.Components

// The caseload page: rows from the store, filters with counts, search as you type.
TestCase {
    id: tc
    name: "Caseload"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component {
        id: pageComponent
        CaseloadPage {
            width: tc.width
            height: tc.height
        }
    }

    function test_filtersAndSearch() {
        const page = createTemporaryObject(pageComponent, tc)
        const model = page.model
        tryVerify(() => !model.loading && model.count > 0)
        const all = model.count
        compare(model.allCount, all)
        findChild(page, "filter" + CaseloadModel.AwaitingFirstContact).clicked()
        tryVerify(() => !model.loading && model.count === model.awaitingCount)
        verify(model.count < all)
        findChild(page, "filter" + CaseloadModel.All).clicked()
        tryVerify(() => !model.loading && model.count === all)

        const search = findChild(page, "caseloadSearch")
        search.text = "zzqx"
        tryVerify(() => !model.loading && model.count === 0)
        compare(findChild(page, "resultCount").text, "0 cases")
        search.text = ""
        tryVerify(() => !model.loading && model.count === all)
    }
}
