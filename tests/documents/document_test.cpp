// The PDFs people are given: the RTW plan (the client's copy and the
// employer's) and the GP feedback letter, written through their
// controllers to a test folder and read back as text with pdftotext
// (poppler-utils). Checks what must be there (en-GB dates, the phases,
// adjustments, actions, the outcome) and what must not (hidden parts, the
// diagnosis, progress without consent), and that nothing is written when
// consent is missing.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include "case_section_support.h"
#include "qml/consent/consent_controller.h"
#include "qml/discharge/discharge_controller.h"
#include "qml/documents/pdf_document.h"
#include "qml/documents/pdf_saver.h"
#include "qml/plan/plan_controller.h"
#include "qml/plan/plan_form.h"
#include "qml/plan/plan_share_controller.h"

namespace rtw::app::testing {
namespace {

/// A folder of its own for each test, under the build tree (never /tmp).
struct OutputFolder {
    QDir dir;
    OutputFolder() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = QDir(QStringLiteral(RTW_TEST_OUTPUT_DIR) + QLatin1Char('/') + info->name());
        dir.removeRecursively();
        dir.mkpath(QStringLiteral("."));
    }
    ~OutputFolder() { dir.removeRecursively(); }
    QString url(const char* name) const {
        return QUrl::fromLocalFile(dir.filePath(name)).toString();
    }
    QString path(const char* name) const { return dir.filePath(name); }
};

QString pdfText(const QString& file) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed on " << file.toStdString()
                      << " (install poppler-utils: scripts/setup): "
                      << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool hasIsoDate(const QString& text) {
    return text.contains(QRegularExpression(QStringLiteral("\\b20\\d\\d-\\d\\d-\\d\\d\\b")));
}

QVariantMap planForm() {
    QVariantMap f = emptyPlanForm();
    f["targetDate"] = "05/01/2027";
    f["targetDateVisible"] = true;
    f["phases"] = QVariantList{
        QVariantMap{{"week", "1"},
                    {"days", "3"},
                    {"hoursPerDay", "4"},
                    {"notes", "Mornings only"},
                    {"employerVisible", true}},
        QVariantMap{
            {"week", "2"}, {"days", "4"}, {"hoursPerDay", "5"}, {"employerVisible", false}}};
    f["adjustments"] = QVariantList{QVariantMap{{"type", "amended_duties"},
                                                {"description", "No lifting over 10 kg"},
                                                {"employerVisible", true}},
                                    QVariantMap{{"type", "ergonomic_changes"},
                                                {"description", "Kneeling chair at home"},
                                                {"employerVisible", false}}};
    f["actions"] = QVariantList{QVariantMap{{"id", ""},
                                            {"description", "Arrange a workstation assessment"},
                                            {"owner", "employer"},
                                            {"dueDate", "01/12/2026"},
                                            {"status", "open"},
                                            {"employerVisible", true}}};
    f["reviewDates"] = QVariantList{"08/12/2026"};
    f["adviserName"] = "Test Adviser";
    return f;
}

struct AgreedPlan {
    OpenStore s;
    QString caseId = makeCase(s);
    PlanController plan;
    AgreedPlan() {
        open(plan, s, caseId);
        plan.agree(planForm(), "24/11/2026", {"patient", "adviser"});
        EXPECT_TRUE(waitFor([&] { return plan.latestVersion() == 1; }));
    }
};

TEST(Documents, TheClientsPlanHoldsEveryPartWithEnGbDates) {
    AgreedPlan p;
    OutputFolder out;
    const QString version = p.plan.versions()->get(0).value("versionId").toString();
    bool saved = false;
    QObject::connect(&p.plan, &CaseViewController::saved, [&] { saved = true; });
    p.plan.writeClientPdf(out.url("plan"), version);  // ".pdf" is added
    ASSERT_TRUE(waitFor([&] { return saved; }));
    const QString text = pdfText(out.path("plan.pdf"));
    for (const char* expected :
         {"Return-to-work plan", "Nia Roberts", "15/06/1985",
          "Version 1, agreed on 24/11/2026 by the client and the adviser", "05/01/2027", "Week 1",
          "Mornings only", "Week 2", "No lifting over 10 kg", "Kneeling chair at home",
          "Arrange a workstation assessment", "01/12/2026", "08/12/2026", "Page 1 of",
          "Work and health service"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected << "\n"
                                                                << text.toStdString();
    EXPECT_FALSE(hasIsoDate(text)) << "dates are dd/mm/yyyy";
    EXPECT_FALSE(text.contains("Lower back")) << "the plan never holds the diagnosis";
}

TEST(Documents, TheEmployersCopyHoldsOnlyWhatIsSharedAndNeedsConsent) {
    AgreedPlan p;
    OutputFolder out;
    ConsentController consent;
    open(consent, p.s, p.caseId);
    consent.record({{"action", "grant"},
                    {"scope", "contact_employer"},
                    {"recipientName", "Sam Whitaker"},
                    {"method", "verbal"},
                    {"date", "24/11/2026"},
                    {"time", "08:00"}});
    ASSERT_TRUE(waitFor([&] { return consent.contactChoices().size() == 1; }));
    const QString sam = consent.contactChoices()[0].toMap().value("value").toString();
    PlanShareController share;
    open(share, p.s, p.caseId);
    const QString version = share.versionChoices()[0].toMap().value("value").toString();

    share.writeEmployerPdf(out.url("employer.pdf"), version, sam);
    EXPECT_TRUE(share.refusal().contains("has not agreed")) << "no consent to share: refused";
    p.s.store->waitForIdle();
    EXPECT_FALSE(QFile::exists(out.path("employer.pdf"))) << "nothing written without consent";

    consent.record({{"action", "grant"},
                    {"scope", "share_plan_with_employer"},
                    {"recipientId", sam},
                    {"method", "written"},
                    {"date", "24/11/2026"},
                    {"time", "08:10"}});
    ASSERT_TRUE(waitFor([&] { return share.mayShareWith(sam); }));
    bool saved = false;
    QObject::connect(&share, &CaseViewController::saved, [&] { saved = true; });
    share.writeEmployerPdf(out.url("employer.pdf"), version, sam);
    ASSERT_TRUE(waitFor([&] { return saved; }));
    const QString text = pdfText(out.path("employer.pdf"));
    for (const char* expected :
         {"employer's copy", "Sam Whitaker", "05/01/2027", "Week 1", "3 days of 4 hours",
          "No lifting over 10 kg", "Arrange a workstation assessment"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected << "\n"
                                                                << text.toStdString();
    for (const char* hidden : {"Kneeling chair", "Week 2", "08/12/2026", "Shared with employer",
                               "Lower back", "lifting.", "musculoskeletal", "off work"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(hidden))) << "must not show: " << hidden;
    EXPECT_FALSE(hasIsoDate(text));
}

TEST(Documents, TheGpLetterHoldsTheOutcomeAndProgressOnlyWithConsent) {
    OpenStore s;
    const QString caseId = makeCase(s);
    OutputFolder out;
    DischargeController d;
    open(d, s, caseId);
    d.save({{"dischargedOn", "20/11/2026"},
            {"outcome", "returned_same_job_phased"},
            {"hasRtwPlan", false},
            {"confidence", "7"},
            {"gpFeedbackConsent", false},
            {"summary", "Back at work; managing well."}});
    ASSERT_TRUE(waitFor([&] { return d.recorded(); }));
    d.writeGpLetter(out.url("letter.pdf"));
    s.store->waitForIdle();
    EXPECT_FALSE(QFile::exists(out.path("letter.pdf")))
        << "no letter without the client's agreement";

    // Agreement to the letter, a PHQ-9 on file, but no consent to share progress.
    auto made = s.run<Result<std::string>>([&](store::Store& st) {
        nlohmann::json answers;
        for (int q = 1; q <= 9; ++q) answers["q" + std::to_string(q)] = q <= 4 ? 3 : 0;
        return st.records().create("questionnaire_response", caseId.toStdString(),
                                   {{"questionnaireId", "phq9"},
                                    {"questionnaireVersion", 1},
                                    {"answers", answers},
                                    {"completedAt", "2026-10-02T10:00:00Z"},
                                    {"administeredBy", "adviser"},
                                    {"timepoint", "baseline"}});
    });
    ASSERT_TRUE(made.isOk());
    d.save({{"dischargedOn", "20/11/2026"},
            {"outcome", "returned_same_job_phased"},
            {"hasRtwPlan", false},
            {"confidence", "7"},
            {"gpFeedbackConsent", true},
            {"summary", "Back at work; managing well."}});
    ASSERT_TRUE(waitFor([&] { return d.letterAllowed(); }));
    bool saved = false;
    QObject::connect(&d, &CaseViewController::saved,
                     [&](const QString& m) { saved = m.contains("GP letter"); });
    d.writeGpLetter(out.url("letter.pdf"));
    ASSERT_TRUE(waitFor([&] { return saved; }));
    QString text = pdfText(out.path("letter.pdf"));
    for (const char* expected :
         {"discharge summary", "24/11/2026", "Dr A Shah, Meanwood Health Centre", "Nia Roberts",
          "943 476 5919", "01/10/2026", "20/11/2026", "Returned to the same job, phased",
          "7 out of 10", "Back at work; managing well.", "No return-to-work plan was agreed",
          "Test Adviser"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected << "\n"
                                                                << text.toStdString();
    EXPECT_FALSE(text.contains("PHQ-9")) << "no progress without progress_to_gp consent";
    EXPECT_FALSE(hasIsoDate(text));

    ConsentController consent;
    open(consent, s, caseId);
    consent.record({{"action", "grant"},
                    {"scope", "progress_to_gp"},
                    {"method", "written"},
                    {"date", "24/11/2026"},
                    {"time", "08:00"}});
    ASSERT_TRUE(
        waitFor([&] { return d.letterContents().contains("goals and questionnaire scores"); }));
    saved = false;
    d.writeGpLetter(out.url("letter2.pdf"));
    ASSERT_TRUE(waitFor([&] { return saved; }));
    text = pdfText(out.path("letter2.pdf"));
    EXPECT_TRUE(text.contains("PHQ-9: 12 (range 0 to 27): Moderate on 02/10/2026"))
        << text.toStdString();
}

TEST(Documents, LongDocumentsBreakAcrossPagesWithNumbers) {
    OutputFolder out;
    PdfDocument doc(QStringLiteral("A long table"));
    QList<QStringList> rows;
    for (int i = 1; i <= 120; ++i)
        rows << QStringList{QStringLiteral("Row %1").arg(i), QStringLiteral("Some text")};
    doc.table({QStringLiteral("Name"), QStringLiteral("Value")}, rows);
    bool done = false;
    Status status;
    QObject context;
    savePdf(&context, doc, out.path("long.pdf"), [&](Status st) {
        status = st;
        done = true;
    });
    ASSERT_TRUE(waitFor([&] { return done; }));
    ASSERT_TRUE(status.isOk()) << status.message();
    const QString text = pdfText(out.path("long.pdf"));
    EXPECT_TRUE(text.contains("Row 120"));
    EXPECT_TRUE(text.contains("Page 1 of 3") || text.contains("Page 1 of 4")) << text.toStdString();
    EXPECT_GE(text.count("Name"), 2) << "the header row repeats on each page";
}

TEST(Documents, OnlyALocalFileTheUserChoseIsAccepted) {
    EXPECT_EQ(localPdfPath("file:///home/ann/plan"), "/home/ann/plan.pdf");
    EXPECT_EQ(localPdfPath("/home/ann/Plan.PDF"), "/home/ann/Plan.PDF");
    EXPECT_EQ(localPdfPath(""), "");
    EXPECT_EQ(localPdfPath("plan.pdf"), "") << "a relative path is not a choice";
    EXPECT_EQ(localPdfPath("https://example.org/plan.pdf"), "");
}

}  // namespace
}  // namespace rtw::app::testing
