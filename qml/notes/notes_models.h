#pragma once
// The notes list models: NotesModel (contacts and notes of a case, newest
// first) and NoteHistoryModel (one note's original, amendments and what was
// withdrawn, oldest first). See notes_view.h for the rows.

#include "qml/components/case_rows_model.h"

namespace rtw::app {

class NotesModel : public CaseRowsModel {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit NotesModel(QObject* parent = nullptr);

protected:
    Builder builder() const override;
};

class NoteHistoryModel : public CaseRowsModel {
    Q_OBJECT
    QML_ELEMENT
    /// The original note whose history is shown.
    Q_PROPERTY(QString noteId READ noteId WRITE setNoteId NOTIFY noteIdChanged)
    /// The text to read now (the latest amendment not withdrawn).
    Q_PROPERTY(QString currentText READ currentText NOTIFY rowsReplaced)
    /// The whole note was marked entered in error.
    Q_PROPERTY(bool enteredInError READ enteredInError NOTIFY rowsReplaced)

public:
    explicit NoteHistoryModel(QObject* parent = nullptr);

    QString noteId() const { return noteId_; }
    void setNoteId(const QString& id);
    QString currentText() const;
    bool enteredInError() const;

signals:
    void noteIdChanged();

protected:
    Builder builder() const override;
    bool ready() const override { return !noteId_.isEmpty(); }

private:
    QString noteId_;
};

}  // namespace rtw::app
