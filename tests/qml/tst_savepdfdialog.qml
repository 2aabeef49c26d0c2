import QtQuick
import QtTest
import Rtw.Documents

// The Save dialog opens wherever the app runs. With no native dialog (Linux
// without a desktop theme) Qt uses its own, which needs the
// Qt.labs.folderlistmodel module; without it open() showed nothing at all,
// so a PDF could not be saved (found walking through the app by hand).
TestCase {
    id: tc
    name: "SavePdfDialog"
    width: 420
    height: 900
    visible: true
    when: windowShown

    Component { id: dialogComponent; SavePdfDialog {} }

    function test_opensOfferingTheNameInTheDocumentsFolder() {
        const dialog = createTemporaryObject(dialogComponent, tc)
        dialog.openFor("GP feedback letter.pdf")
        tryVerify(() => dialog.visible, 3000, "the dialog shows")
        const offered = dialog.selectedFile.toString()
        verify(offered.endsWith("/GP feedback letter.pdf"), offered)
        compare(offered.substring(0, offered.lastIndexOf("/")), dialog.currentFolder.toString(),
                "offered in the folder the dialog shows")
        dialog.reject()
        tryVerify(() => !dialog.visible)
    }
}
