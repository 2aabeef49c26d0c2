#pragma once
// CaseRecords: every live record of one case, by type, read in one go on
// the store thread — what a case screen (overview, timeline, notes) builds
// its view from. A case holds tens to hundreds of records, so reading all
// of them is a few indexed queries (records_case_type) and well under a
// frame even with 100,000 notes in the file.

#include <map>
#include <string>
#include <vector>

#include "store/store.h"

namespace rtw::app {

struct CaseRecords {
    std::string caseId;
    std::map<std::string, std::vector<store::Record>> byType;  ///< type -> records, oldest first

    const std::vector<store::Record>& of(const std::string& type) const;
    /// The latest record of a type (e.g. the case's client), or nullptr.
    const store::Record* latest(const std::string& type) const;
};

/// Reads every registered type of record in `caseId`. NotFound when there
/// is no such case on this device. With `partial`, the case record is not
/// required (an employer contact's device never holds it, only some records
/// of the case), and a case with no records here reads as empty.
Result<CaseRecords> loadCaseRecords(store::Store& s, const std::string& caseId,
                                    bool partial = false);

}  // namespace rtw::app
