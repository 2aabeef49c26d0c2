#pragma once
// Comments on the agreed plan (plan_comment records) as display rows, for
// the patient's "My plan" page and the adviser's plan section: oldest
// first, each with who wrote it in the reader's words ("You", "Your
// adviser" / "The client"), when, and which version it was about.

#include <QList>
#include <QVariantMap>

#include <map>
#include <string>

#include "qml/components/case_records.h"

namespace rtw::app {

enum class CommentReader { Patient, Adviser };

/// commentId, whoText, whenText, versionText ("" for `currentVersionId`), text, mine
QList<QVariantMap> planCommentRows(const CaseRecords& records, const std::string& readerId,
                                   CommentReader reader, const std::string& currentVersionId);

}  // namespace rtw::app
