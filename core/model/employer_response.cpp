#include "model/employer_response.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, EmployerResponse& x) {
    r.choice("kind", x.kind);
    r.text("shareGrantId", x.shareGrantId);
    r.text("planVersionId", x.planVersionId);
    r.text("employerContactId", x.employerContactId);
    r.text("comment", x.comment);
    r.timestamp("at", x.at);
}

void check(ErrorList& e, const EmployerResponse& x) {
    checkUuid(e, "shareGrantId", x.shareGrantId);
    checkUuid(e, "planVersionId", x.planVersionId);
    checkUuid(e, "employerContactId", x.employerContactId);
    if (x.kind == EmployerResponseKind::Comment && !x.comment)
        e.addCross("comment", "is required: write your comment", {"kind"});
    if (x.kind == EmployerResponseKind::Acknowledge && x.comment)
        e.addCross("comment", "must be left out of an acknowledgement", {"kind"});
    checkText(e, "comment", x.comment, kTextLength);
    checkTimestamp(e, "at", x.at);
}

}  // namespace

Result<EmployerResponse> EmployerResponse::fromJson(const nlohmann::json& fields) {
    return parseRecord<EmployerResponse>(fields, read, check);
}

nlohmann::json toJson(const EmployerResponse& x) {
    nlohmann::json j = {{"kind", enumJson(x.kind)},
                        {"shareGrantId", x.shareGrantId},
                        {"planVersionId", x.planVersionId},
                        {"employerContactId", x.employerContactId},
                        {"at", timestampJson(x.at)}};
    putOptional(j, "comment", x.comment);
    return j;
}

Status validate(const EmployerResponse& x) {
    return validateWith(x, check);
}

}  // namespace rtw::model
