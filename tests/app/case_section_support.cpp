#include "case_section_support.h"

#include "qml/components/qt_convert.h"

namespace rtw::app::testing {

QString makeCase(OpenStore& s) {
    auto id = s.run<Result<std::string>>([](store::Store& st) -> Result<std::string> {
        auto& r = st.records();
        auto c = r.create("case", "",
                          {{"practiceId", "P81001"},
                           {"adviserId", kAdviserId},
                           {"status", "active"},
                           {"openedOn", "2026-10-01"}});
        if (!c) return c;
        if (auto x = r.create("client", *c,
                              {{"givenName", "Nia"},
                               {"familyName", "Roberts"},
                               {"dateOfBirth", "1985-06-15"},
                               {"nhsNumber", "9434765919"}});
            !x)
            return x.status();
        if (auto x = r.create(
                "referral", *c,
                {{"source", "gp"},
                 {"referrerName", "Dr A Shah"},
                 {"referrerPractice", "Meanwood Health Centre"},
                 {"referralDate", "2026-10-01"},
                 {"reason", "Lower back pain after a fall; off work and worried about lifting."},
                 {"conditionGroup", "musculoskeletal"},
                 {"painSites", {"lower_back"}},
                 {"workStatus", "employed_off_sick"},
                 {"offSickSince", "2026-09-01"},
                 {"fitNoteStatus", "not_fit"},
                 {"consentToContact", true},
                 {"eligibility", {{"decision", "eligible"}, {"overridden", false}}},
                 {"status", "accepted"}});
            !x)
            return x.status();
        return c;
    });
    EXPECT_TRUE(id.isOk()) << id.status().message();
    return id ? toQt(*id) : QString();
}

void open(CaseViewController& c, OpenStore& s, const QString& caseId) {
    c.setStore(s.store.get());
    c.setCaseId(caseId);
    EXPECT_TRUE(waitFor([&] { return c.loaded(); }));
}

Failures::Failures(CaseViewController& c) {
    QObject::connect(&c, &CaseViewController::failed, &context,
                     [this](const QString& message) { messages << message; });
}

bool waitIdle(CaseViewController& c) {
    // A write posts to the store thread; busy is set at once and cleared on the answer.
    return waitFor([&] { return !c.busy(); });
}

std::vector<store::Record> recordsOf(OpenStore& s, const QString& caseId, const char* type) {
    const std::string id = toStd(caseId);
    const std::string t = type;
    auto list = s.run<Result<std::vector<store::Record>>>(
        [id, t](store::Store& st) { return st.records().list(t, id); });
    EXPECT_TRUE(list.isOk()) << list.status().message();
    return list ? *list : std::vector<store::Record>{};
}

std::size_t countOf(OpenStore& s, const QString& caseId, const char* type) {
    return recordsOf(s, caseId, type).size();
}

}  // namespace rtw::app::testing
