#pragma once
// Helpers for the case-section tests (plan, goals, questionnaires, consent,
// discharge): a case with a client and a GP referral made directly in the
// store, waiting for a controller's first read, and counting records.

#include <QString>
#include <QStringList>

#include <string>

#include "app_test_support.h"
#include "qml/components/case_view_controller.h"

namespace rtw::app::testing {

inline constexpr const char* kAdviserId = "6f1c1f1e-8d1a-4c53-9a3e-3b0f8f0b7a11";

/// An active case for "Nia Roberts", referred by Dr A Shah for lower back pain.
QString makeCase(OpenStore& s);

/// Points `c` at the store and case and waits for its first read.
void open(CaseViewController& c, OpenStore& s, const QString& caseId);

/// Waits until `c` has answered a write (busy goes false again).
bool waitIdle(CaseViewController& c);

/// Collects the messages of a controller's failed() signal.
struct Failures {
    explicit Failures(CaseViewController& c);
    QStringList messages;
    QObject context;  ///< ends the connection with this object
    int count() const { return int(messages.size()); }
};

/// How many live records of `type` the case holds.
std::size_t countOf(OpenStore& s, const QString& caseId, const char* type);

/// The live records of `type` in the case, oldest first.
std::vector<store::Record> recordsOf(OpenStore& s, const QString& caseId, const char* type);

}  // namespace rtw::app::testing
