import QtQuick
import QtQuick.Dialogs
import Rtw.Documents

// Asks where to save a PDF. A PDF holds health data, so it is written only
// where the user chooses here (the controller never picks a place itself).
FileDialog {
    id: root

    /// The user chose `fileUrl`.
    signal chosen(string fileUrl)

    /// Opens the dialog offering `name` (e.g. "Return-to-work plan v2.pdf").
    function openFor(name) {
        selectedFile = PdfFiles.suggestedFile(name)
        open()
    }

    title: qsTr("Save the PDF")
    fileMode: FileDialog.SaveFile
    nameFilters: [qsTr("PDF documents (*.pdf)")]
    defaultSuffix: "pdf"
    currentFolder: PdfFiles.documentsFolder()
    onAccepted: chosen(selectedFile.toString())
}
