#pragma once
// A contact between adviser and client (workflow 3). The case note written
// about it is a separate, append-only case_note whose contactId points here.
//
// Duration is time actually spent with the client, so a contact that did not
// happen (cancelled or did not attend) must record 0 minutes; that keeps
// "contact time" service metrics honest.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/dates.h"
#include "model/enums.h"
#include "util/status.h"

namespace rtw::model {

enum class ContactMode { FaceToFace, Phone, Video, Email, Text };
enum class Attendance { Attended, CancelledByClient, CancelledByAdviser, DidNotAttend };

template <>
struct EnumNames<ContactMode> {
    static constexpr std::string_view values[] = {"face_to_face", "phone", "video", "email",
                                                  "text"};
};
template <>
struct EnumNames<Attendance> {
    static constexpr std::string_view values[] = {"attended", "cancelled_by_client",
                                                  "cancelled_by_adviser", "did_not_attend"};
};

/// Someone else present, e.g. {"Sam Patel", "pain occupational therapist"}.
struct Participant {
    std::string name;
    std::string role;
    bool operator==(const Participant&) const = default;
};

/// One planned or held contact.
struct Contact {
    static constexpr std::string_view kType = "contact";

    Timestamp at = 0;
    ContactMode mode{};
    std::optional<std::string> venue;
    int durationMinutes = 0;  ///< 0..480; 0 unless attended
    Attendance attendance{};
    std::vector<Participant> participants;

    static Result<Contact> fromJson(const nlohmann::json& fields);
    bool operator==(const Contact&) const = default;
};

nlohmann::json toJson(const Contact& c);
Status validate(const Contact& c);

}  // namespace rtw::model
