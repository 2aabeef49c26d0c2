#include "model/share_grant.h"

#include "model/json_fields.h"
#include "model/rules.h"

namespace rtw::model {
namespace {

void read(FieldReader& r, ShareGrant& x) {
    r.text("planVersionId", x.planVersionId);
    r.text("employerContactId", x.employerContactId);
    r.timestamp("expiresAt", x.expiresAt);
    r.flag("revoked", x.revoked);
    r.text("createdBy", x.createdBy);
}

void check(ErrorList& e, const ShareGrant& x) {
    checkUuid(e, "planVersionId", x.planVersionId);
    checkUuid(e, "employerContactId", x.employerContactId);
    checkTimestamp(e, "expiresAt", x.expiresAt);
    checkUuid(e, "createdBy", x.createdBy);
}

}  // namespace

Result<ShareGrant> ShareGrant::fromJson(const nlohmann::json& fields) {
    return parseRecord<ShareGrant>(fields, read, check);
}

nlohmann::json toJson(const ShareGrant& x) {
    return {{"planVersionId", x.planVersionId},
            {"employerContactId", x.employerContactId},
            {"expiresAt", timestampJson(x.expiresAt)},
            {"revoked", x.revoked},
            {"createdBy", x.createdBy}};
}

Status validate(const ShareGrant& x) {
    return validateWith(x, check);
}

bool isShareActive(const ShareGrant& s, Timestamp now) {
    return !s.revoked && now < s.expiresAt;
}

}  // namespace rtw::model
