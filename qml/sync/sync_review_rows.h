#pragma once
// The rows of the sync review screens, built from the store's records on the
// store thread (pure functions, tested without an event loop): the open
// conflicts (what, the value kept, the value that lost, from which device
// and when) and the changes the server refused (what, why in its words).

#include <QList>
#include <QString>
#include <QVariantMap>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/conflict_review.h"
#include "store/sync_store.h"

namespace rtw::app {

/// Case id -> the client's name, for saying whose case a row is about.
using CaseNames = std::map<std::string, QString>;

/// A stored value as a person reads it: en-GB dates, Yes/No, plain words
/// for stored choices of `field`; "(empty)" for a cleared value.
QString valueText(const std::string& field, const nlohmann::json* value);
/// "rtw_plan" -> "RTW plan", "case_note" -> "Case note".
QString recordTypeText(const std::string& type);
/// "hoursPerDay" -> "Hours per day".
QString fieldText(const std::string& field);
/// "on this device" / "on another device (1a2b3c4d)", "24/11/2026 09:41".
QString hlcWhere(const std::string& hlc, const std::string& ownDevice);
QString hlcWhen(const std::string& hlc);

QList<QVariantMap> buildConflictRows(const std::vector<store::OpenConflict>& conflicts,
                                     const CaseNames& names, const std::string& ownDevice);
QList<QVariantMap> buildRejectedRows(const std::vector<store::RejectedChange>& changes,
                                     const CaseNames& names);

}  // namespace rtw::app
