#pragma once
// The merge rules: how one incoming change (an outbox operation) is folded
// into a record's replicated state. ONE implementation, used by the server
// when it accepts a push and by the device when it applies a pull, so every
// replica that has seen the same set of changes holds the same record, in
// whatever order the changes arrived.
//
// The model: every field is a last-writer-wins register stamped with an HLC.
// HLC text is fixed width, so comparing strings compares clocks, and the
// device id at the end breaks ties; two different writes never share an HLC.
//
// Rules (docs/data-model.md, "Merge rules", says the same in prose):
//
// * Field write (Update, or Create of an existing record). For each field,
//   with s = fieldHlc(current) and h = change.hlc:
//   - h == s: the same write replayed; nothing happens.
//   - h >  s: the incoming value wins. If the writer had not seen the stored
//     value (its base for the field is missing or differs from s) and the
//     values differ, the OLD value is reported as a Loss.
//   - h <  s: the incoming value loses; reported as a Loss if it differs from
//     the stored value.
//   A null value clears the field; a clear is a write like any other (its HLC
//   is kept in fieldHlcs) and a clear that loses is a Loss with a null
//   losingValue. Equal values never produce a Loss.
// * Create of a new record: its fields (nulls dropped), createdHlc =
//   updatedHlc = h, no fieldHlcs.
// * Create of an existing mutable record: the create writes the WHOLE record
//   at h with no base: every field, and a field it leaves out counts as
//   cleared. createdHlc becomes the greater of the two creates. (Two creates
//   of one UUID only happen by replay; this rule makes even the impossible
//   case converge.) A create whose h equals createdHlc is the same create
//   replayed: a no-op.
// * Append-only types never conflict: a Create of an existing one changes
//   nothing (idempotent; if its values differ, each is reported as a Loss),
//   Update and Delete are NotAllowed.
// * Delete: a sticky tombstone. Once a record is deleted it stays deleted,
//   whatever arrives, in any order. Fields keep merging underneath by the
//   same LWW rule, so tombstones converge too. Nothing typed vanishes without
//   a report:
//   - When a record is first deleted, each value written after creation
//     (an explicit fieldHlcs entry with a non-null value) that the deleter
//     did not confirm seeing (base missing or different) is reported as a
//     Loss with hiddenByDelete, winningValue null, winningHlc = the delete's.
//     Values from the create are taken as seen: one cannot delete a record
//     one does not have.
//   - A field write arriving for a deleted record is merged LWW as usual, and
//     each incoming value that differs from the stored one is reported once:
//     if it won, as hiddenByDelete (winningValue null, winningHlc empty:
//     the deletion's HLC is not kept); if it lost, as an ordinary Loss. The
//     old values it replaces are not reported again (they were hidden when
//     the record was deleted, and reported then if unseen).
//   A second Delete reports nothing.
// * updatedHlc = the greatest HLC of every change applied (losing ones
//   included, so it is the same in any order). fieldHlcs holds only fields
//   written after creation; an entry equal to createdHlc is never kept.
//
// Replays: applying a change again never changes the state (changed false).
// Values of it that lost are reported as Losses again (merge cannot tell a
// replay from a late arrival); the server applies each operation id once.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/record_types.h"
#include "store/record_store.h"
#include "util/status.h"

namespace rtw::merge {

/// A record's replicated state (what the server and each device store).
struct RecordState {
    nlohmann::json fields = nlohmann::json::object();
    /// Only fields written after creation: field -> HLC text.
    nlohmann::json fieldHlcs = nlohmann::json::object();
    std::string createdHlc;
    std::string updatedHlc;  ///< greatest HLC applied to the record
    bool deleted = false;

    bool operator==(const RecordState&) const = default;
};

/// One incoming change (an outbox operation).
struct Change {
    store::OpKind op = store::OpKind::Create;
    /// The changed fields; a null value = field cleared. For a Create: the whole record.
    nlohmann::json fields = nlohmann::json::object();
    std::string hlc;  ///< HLC text of the change
    /// field -> HLC of the value the writer saw when it edited the field (its "base").
    /// Lets merge tell a sequential overwrite (base == stored field HLC) from a
    /// concurrent one. A field missing here counts as concurrent. For a Delete:
    /// the fields the deleter saw (see the rules above).
    nlohmann::json baseHlcs = nlohmann::json::object();
};

/// A value that lost a last-writer-wins race, kept so nothing typed is silently dropped.
struct Loss {
    std::string field;
    nlohmann::json losingValue;  ///< null when the losing write cleared the field
    std::string losingHlc;
    nlohmann::json winningValue;
    std::string winningHlc;
    /// The value is kept in the record but the record is deleted: winningValue
    /// is null; winningHlc is the delete's HLC, or empty when the value
    /// arrived after the deletion.
    bool hiddenByDelete = false;
};

struct Outcome {
    RecordState state;
    bool changed = false;  ///< state differs from the input state
    std::vector<Loss> losses;
};

/// HLC of a field's current value: fieldHlcs[field], else createdHlc.
std::string fieldHlc(const RecordState& s, std::string_view field);

/// Applies one change. Errors: NotFound for update/delete of a record that does not exist;
/// NotAllowed for update/delete of an append-only type; InvalidArgument for an unparsable HLC
/// (change.hlc or a baseHlcs value; HLCs must be in the canonical text form) or fields /
/// baseHlcs that are not JSON objects.
Result<Outcome> apply(const std::optional<RecordState>& current, const Change& change,
                      model::Mutability mutability);

}  // namespace rtw::merge
