#pragma once
// What the contacts-and-notes list and a note's history show, built from a
// case's records as display rows (en-GB dates, plain words). Pure.

#include <QList>
#include <QString>
#include <QVariantMap>

#include <string>

#include "qml/components/case_records.h"

namespace rtw::app {

/// Contacts (with the note written about each) and notes on their own,
/// newest first. Keys: rowKind ("contact"/"note"), noteId, contactTitle,
/// contactDetail, attendanceTone, when, text, amended, amendedText,
/// enteredInError, errorText, author, versions, shared.
QList<QVariantMap> buildNoteRows(const CaseRecords& records, const std::string& myUserId);

/// One note's versions, oldest first. Keys: versionId, kindText, text,
/// reason, when, author, inError, errorText, isCurrent. Also fills
/// `currentText` and whether the note as a whole is in error.
QList<QVariantMap> buildHistoryRows(const CaseRecords& records, const std::string& noteId,
                                    const std::string& myUserId, QString* currentText,
                                    bool* enteredInError);

/// "you" or "another adviser": notes show who wrote them without looking
/// up accounts (user records are not kept on the device).
QString authorName(const std::string& authorId, const std::string& myUserId);

}  // namespace rtw::app
