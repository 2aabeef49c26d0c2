#include "app/page_tour.h"

#include <QDir>
#include <QImage>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <mutex>

#include "app/tour_seed.h"
#include "qml/components/qt_convert.h"

namespace rtw::app {
namespace {

// QML problems seen since watchMessages(), from any thread.
std::atomic<int> g_problems{0};
QtMessageHandler g_previous = nullptr;

bool isQmlProblem(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
    (void)context;
    if (type == QtDebugMsg || type == QtInfoMsg) return false;
    // The environment's own noise (headless CI), not the app's.
    return !msg.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"));
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& msg) {
    if (isQmlProblem(type, context, msg)) ++g_problems;
    if (g_previous) g_previous(type, context, msg);
}

}  // namespace

PageTour::PageTour(QQmlApplicationEngine& engine, AppWiring& wiring, QString shotDir,
                   QString suffix, QObject* parent)
    : QObject(parent),
      engine_(engine),
      wiring_(wiring),
      shotDir_(std::move(shotDir)),
      suffix_(std::move(suffix)) {}

int PageTour::problems() const {
    return problems_ + g_problems.load();
}

void PageTour::watchMessages() {
    g_previous = qInstallMessageHandler(handler);
}

QObject* PageTour::navigation() {
    auto* window = engine_.rootObjects().isEmpty() ? nullptr : engine_.rootObjects().first();
    return window ? window->property("navigation").value<QObject*>() : nullptr;
}

QQuickItem* PageTour::currentPage() {
    auto* window = engine_.rootObjects().isEmpty() ? nullptr : engine_.rootObjects().first();
    return window ? window->property("currentPage").value<QQuickItem*>() : nullptr;
}

void PageTour::tourAction(QObject* page, const QString& action) {
    if (!page ||
        !QMetaObject::invokeMethod(page, "tourAction", Q_ARG(QVariant, QVariant(action)))) {
        std::fprintf(stderr, "tour: the page cannot do '%s'\n", qPrintable(action));
        ++problems_;
    }
}

void PageTour::setWindowProperty(const char* name, const QVariant& value) {
    auto* window = engine_.rootObjects().isEmpty() ? nullptr : engine_.rootObjects().first();
    if (!window || !window->setProperty(name, value)) {
        std::fprintf(stderr, "tour: the window has no property %s\n", name);
        ++problems_;
    }
}

void PageTour::findSampleCase() {
    // A case with an amended note shows the most on every section.
    wiring_.store().run<Result<std::pair<std::string, std::string>>>(
        this,
        [](store::Store& s) -> Result<std::pair<std::string, std::string>> {
            std::lock_guard lock(s.database().mutex());
            auto st = s.database().prepare(
                "SELECT case_id, json_extract(fields, '$.refersTo') FROM records "
                "WHERE type = 'case_note' AND json_extract(fields, '$.kind') = 'amendment' "
                "AND deleted = 0 ORDER BY rid LIMIT 1");
            if (!st) return st.status();
            auto row = st->step();
            if (!row) return row.status();
            if (!*row) return Status::error(ErrorCode::NotFound, "no amended note in the demo");
            return std::make_pair(st->text(0), st->text(1));
        },
        [this](Result<std::pair<std::string, std::string>> r) {
            if (r) {
                caseId_ = toQt(r->first);
                noteId_ = toQt(r->second);
            }
        });
}

void PageTour::findDischargedCase() {
    // A discharged case with GP consent shows the letter ready to write.
    wiring_.store().run<Result<std::string>>(
        this,
        [](store::Store& s) -> Result<std::string> {
            auto st = s.database().prepare(
                "SELECT case_id FROM records WHERE type = 'discharge' AND deleted = 0 "
                "AND json_extract(fields, '$.gpFeedbackConsent') = 1 ORDER BY rid LIMIT 1");
            if (!st) return st.status();
            auto row = st->step();
            if (!row) return row.status();
            if (!*row) return Status::error(ErrorCode::NotFound, "no discharged case in the demo");
            return st->text(0);
        },
        [this](Result<std::string> r) {
            if (r) dischargedCaseId_ = toQt(*r);
        });
}

void PageTour::buildStops() {
    auto nav = [this](const char* method, QVariantList args) {
        QObject* n = navigation();
        bool ok = false;
        if (n && args.isEmpty())
            ok = QMetaObject::invokeMethod(n, method);
        else if (n && args.size() == 1)
            ok = QMetaObject::invokeMethod(n, method, Q_ARG(QVariant, args[0]));
        else if (n && args.size() == 2)
            ok = QMetaObject::invokeMethod(n, method, Q_ARG(QVariant, args[0]),
                                           Q_ARG(QVariant, args[1]));
        if (!ok) {
            std::fprintf(stderr, "tour: Navigation.%s failed\n", method);
            ++problems_;
        }
    };
    auto& session = wiring_.session();
    stops_ = {
        {"sign-in", [] {}},
        {"sign-in-error",
         [this] {
             // A form with mistakes: each message beside its field.
             wiring_.session().signIn(QStringLiteral("rtw.example.nhs.uk"),
                                      QStringLiteral("ann.adviser@example"), QString(),
                                      QStringLiteral("1234"), QStringLiteral("1234"));
         }},
        {"enrol", [this] { setWindowProperty("enrolling", true); }},
        {"enrol-error",
         [this] {
             // A patient's form with mistakes: each message beside its field.
             wiring_.session().enrol(QStringLiteral("rtw.example.nhs.uk"), QString(),
                                     QStringLiteral("pat@example"), QString(), QString(),
                                     QStringLiteral("1234"), QStringLiteral("1234"));
         }},
        {"create-passcode",
         [this, &session] {
             setWindowProperty("enrolling", false);
             DeviceStore* st = &wiring_.store();
             session.setDemoSeed([st](store::Store& s) { return seedDemoStore(s, st->today()); });
         }},
        {"create-passcode-error", [&session] { session.createPasscode("abc", "abd"); }},
        {"creating",
         [&session] {
             session.createPasscode(QStringLiteral("tour passcode 2026"),
                                    QStringLiteral("tour passcode 2026"));
         },
         false},
        {"caseload", [this] { findSampleCase(); }},
        {"caseload-search",
         [this] {
             auto* w = engine_.rootObjects().first();
             tourAction(w->findChild<QObject*>(QStringLiteral("caseloadPage")),
                        QStringLiteral("search:pacing"));
         }},
        {"intake",
         [this, nav] {
             auto* w = engine_.rootObjects().first();
             tourAction(w->findChild<QObject*>(QStringLiteral("caseloadPage")),
                        QStringLiteral("search:"));
             nav("openPage", {QStringLiteral("intake"), QVariantMap{}});
         }},
        {"intake-errors", [this] { tourAction(currentPage(), QStringLiteral("validate")); }},
        {"intake-ineligible", [this] { tourAction(currentPage(), QStringLiteral("ineligible")); }},
        {"case-overview", [this, nav] { nav("openCase", {caseId_}); }},
        {"case-timeline",
         [this] { tourAction(currentPage(), QStringLiteral("section:timeline")); }},
        {"case-notes", [this] { tourAction(currentPage(), QStringLiteral("section:notes")); }},
        {"note-history",
         [this, nav] {
             nav("push", {QStringLiteral("noteHistory"),
                          QVariantMap{{"caseId", caseId_}, {"noteId", noteId_}}});
         }},
        {"log-contact",
         [this, nav] {
             nav("back", {});
             nav("push", {QStringLiteral("logContact"), QVariantMap{{"caseId", caseId_}}});
         }},
        {"add-note",
         [this, nav] {
             nav("back", {});
             nav("push", {QStringLiteral("addNote"), QVariantMap{{"caseId", caseId_}}});
         }},
        {"case-plan",
         [this, nav] {
             nav("back", {});
             tourAction(currentPage(), QStringLiteral("section:plan"));
         }},
        {"plan-errors", [this] { tourAction(currentPage(), QStringLiteral("invalid")); }},
        {"plan-preview",
         [this, nav] {
             nav("push", {QStringLiteral("employerPreview"), QVariantMap{{"caseId", caseId_}}});
         }},
        {"plan-versions",
         [this, nav] {
             nav("back", {});
             nav("push", {QStringLiteral("planVersions"), QVariantMap{{"caseId", caseId_}}});
         }},
        {"plan-share",
         [this, nav] {
             nav("back", {});
             nav("push", {QStringLiteral("planShare"), QVariantMap{{"caseId", caseId_}}});
         }},
        {"plan-share-refused",
         [this] { tourAction(currentPage(), QStringLiteral("shareWithoutConsent")); }},
        {"case-goals",
         [this, nav] {
             nav("back", {});
             tourAction(currentPage(), QStringLiteral("section:goals"));
         }},
        {"goals-progress", [this] { tourAction(currentPage(), QStringLiteral("progress")); }},
        {"goal-editor",
         [this, nav] {
             nav("push", {QStringLiteral("goalEditor"),
                          QVariantMap{{"caseId", caseId_}, {"goalId", QString()}}});
         }},
        {"goal-editor-pacing", [this] { tourAction(currentPage(), QStringLiteral("example")); }},
        {"case-questionnaires",
         [this, nav] {
             nav("back", {});
             tourAction(currentPage(), QStringLiteral("section:questionnaires"));
         }},
        {"questionnaire-phq9",
         [this, nav] {
             nav("push", {QStringLiteral("administer"),
                          QVariantMap{{"caseId", caseId_}, {"questionnaireId", "phq9"}}});
         }},
        {"questionnaire-alert", [this] { tourAction(currentPage(), QStringLiteral("alert")); }},
        {"case-consent",
         [this, nav] {
             nav("back", {});
             tourAction(currentPage(), QStringLiteral("section:consent"));
         }},
        {"consent-record", [this] { tourAction(currentPage(), QStringLiteral("record")); }},
        {"case-discharge",
         [this] { tourAction(currentPage(), QStringLiteral("section:discharge")); }},
        {"discharge-errors", [this] { tourAction(currentPage(), QStringLiteral("validate")); }},
        {"find-discharged", [this] { findDischargedCase(); }, false},
        {"discharged-case",
         [this, nav] {
             nav("openCase", {dischargedCaseId_});
             tourAction(currentPage(), QStringLiteral("section:discharge"));
         }},
        // The patient's own pages, over the sample case (the patient shell
        // lists them as tabs; here they are pushed like any page).
        {"patient-questionnaires",
         [this, nav] {
             nav("openPage",
                 {QStringLiteral("patientQuestionnaires"), QVariantMap{{"caseId", caseId_}}});
         }},
        {"patient-answer",
         [this, nav] {
             nav("push", {QStringLiteral("answerQuestionnaire"),
                          QVariantMap{{"caseId", caseId_}, {"questionnaireId", "phq9"}}});
         }},
        {"patient-answer-alert", [this] { tourAction(currentPage(), QStringLiteral("alert")); }},
        {"seed-patient-pages",
         [this] {
             const std::string caseId = toStd(caseId_);
             wiring_.store().write<Status>(
                 this, QString(), [caseId](store::Store& s) { return seedPatientPages(s, caseId); },
                 [this](Status s) {
                     if (!s) {
                         std::fprintf(stderr, "tour: seeding the patient pages failed\n");
                         ++problems_;
                     }
                 });
         },
         false},
        {"patient-plan",
         [this, nav] {
             nav("openPage", {QStringLiteral("myPlan"), QVariantMap{{"caseId", caseId_}}});
         }},
        {"patient-sharing",
         [this, nav] {
             nav("openPage", {QStringLiteral("mySharing"), QVariantMap{{"caseId", caseId_}}});
         }},
        {"seed-sync-review",
         [this] {
             wiring_.store().write<Status>(
                 this, QString(), [](store::Store& s) { return seedSyncReview(s); },
                 [this](Status s) {
                     if (!s) {
                         std::fprintf(stderr, "tour: seeding the sync review failed\n");
                         ++problems_;
                     }
                 });
         },
         false},
        {"sync",
         [nav] {
             nav("openPage", {QStringLiteral("sync"), QVariantMap{}});
         }},
        {"conflicts",
         [nav] {
             nav("push", {QStringLiteral("conflicts"), QVariantMap{}});
         }},
        {"rejected-changes",
         [nav] {
             nav("openPage", {QStringLiteral("rejectedChanges"), QVariantMap{}});
         }},
        {"settings",
         [nav] {
             nav("openPage", {QStringLiteral("settings"), QVariantMap{}});
         }},
        {"seed-patient",
         [this] {
             // From here the device is a patient's: the shell shows their workspace.
             wiring_.store().write<Result<std::string>>(
                 this, QString(), [](store::Store& s) { return seedPatientProfile(s); },
                 [this](Result<std::string> r) {
                     if (!r) {
                         std::fprintf(stderr, "tour: seeding the patient failed: %s\n",
                                      r.status().message().c_str());
                         ++problems_;
                         return;
                     }
                     patientCaseId_ = toQt(*r);
                     wiring_.store().reloadProfile();
                 });
         },
         false},
        {"patient-welcome", [] {}},
        {"patient-today", [this] { tourAction(currentPage(), QStringLiteral("continue")); }},
        {"patient-today-errors", [this] { tourAction(currentPage(), QStringLiteral("errors")); }},
        {"patient-today-done", [this] { tourAction(currentPage(), QStringLiteral("checkIn")); }},
        {"patient-goals", [nav] { nav("openTab", {1}); }},
        {"patient-goals-step-back",
         [this] { tourAction(currentPage(), QStringLiteral("stepBack")); }},
        {"patient-suggest-goal",
         [this, nav] {
             nav("push", {QStringLiteral("proposeGoal"), QVariantMap{{"caseId", patientCaseId_}}});
         }},
        {"patient-suggest-goal-errors",
         [this] { tourAction(currentPage(), QStringLiteral("errors")); }},
        {"patient-progress", [nav] { nav("openTab", {2}); }},
        {"patient-progress-goal", [this] { tourAction(currentPage(), QStringLiteral("goal")); }},
        {"patient-more", [nav] { nav("openTab", {3}); }},
        {"seed-employer",
         [this] {
             // From here the device is an employer contact's (their workspace).
             const std::int64_t now = wiring_.store().clock().nowMs();
             wiring_.store().write<Result<TourSharedPlan>>(
                 this, QString(), [now](store::Store& s) { return seedEmployerProfile(s, now); },
                 [this](Result<TourSharedPlan> r) {
                     if (!r) {
                         std::fprintf(stderr, "tour: seeding the employer failed: %s\n",
                                      r.status().message().c_str());
                         ++problems_;
                         return;
                     }
                     employerPlan_ = *r;
                     wiring_.store().reloadProfile();
                 });
         },
         false},
        {"employer-plans", [] {}},
        {"employer-plan",
         [this, nav] {
             nav("push", {QStringLiteral("employerPlan"),
                          QVariantMap{{"caseId", toQt(employerPlan_.caseId)},
                                      {"grantId", toQt(employerPlan_.grantId)}}});
         }},
        {"employer-plan-errors", [this] { tourAction(currentPage(), QStringLiteral("errors")); }},
        {"employer-plan-acknowledged",
         [this] { tourAction(currentPage(), QStringLiteral("acknowledge")); }},
        {"employer-plan-commented",
         [this] { tourAction(currentPage(), QStringLiteral("comment")); }},
        {"unlock", [&session] { session.lock(); }},
        {"unlock-error", [&session] { session.unlock(QStringLiteral("not my passcode")); }},
    };
}

void PageTour::start() {
    buildStops();
    QDir().mkpath(shotDir_.isEmpty() ? QStringLiteral(".") : shotDir_);
    settleThen([this] { next(); }, 500);
}

void PageTour::settleThen(std::function<void()> then, int ms) {
    // Wait for the store thread and the page's transitions; unlocking and
    // seeding the demo store take longer.
    QTimer::singleShot(ms, this, [this, then] {
        if (wiring_.session().busy()) {
            settleThen(then, 200);
            return;
        }
        then();
    });
}

void PageTour::next() {
    if (at_ > 0 && stops_[at_ - 1].photograph && !shotDir_.isEmpty()) {
        auto* window = qobject_cast<QQuickWindow*>(engine_.rootObjects().first());
        const QString file = shotDir_ + QLatin1Char('/') + stops_[at_ - 1].name + QLatin1Char('-') +
                             suffix_ + QStringLiteral(".png");
        if (window && window->grabWindow().save(file)) {
            ++shots_;
        } else {
            std::fprintf(stderr, "tour: could not write %s\n", qPrintable(file));
            ++problems_;
        }
    }
    if (at_ >= stops_.size()) {
        std::fprintf(stderr, "tour: %zu stops, %d screenshots, %d problems\n", stops_.size(),
                     shots_, problems());
        emit finished(problems() == 0 ? 0 : 1);
        return;
    }
    std::fprintf(stderr, "tour: %s\n", qPrintable(stops_[at_].name));
    stops_[at_].action();
    ++at_;
    settleThen([this] { next(); });
}

}  // namespace rtw::app
