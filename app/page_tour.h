#pragma once
// PageTour: walks the app through every page and state once — sign-in,
// create passcode, unlock (and its errors), caseload, intake (and its
// validation messages), the case file's sections, notes and their history,
// the editors, sync and settings; then, with the store turned into a
// patient's (tour_seed), every page of the patient's workspace. `--self-test` uses it to prove
// every page loads without a QML warning; `--screenshots` to photograph each stop.

#include <QObject>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QString>

#include <functional>
#include <vector>

#include "app/app_wiring.h"
#include "app/tour_seed.h"

namespace rtw::app {

class PageTour : public QObject {
    Q_OBJECT

public:
    /// `shotDir` empty: no screenshots. `suffix` names the variant ("phone-light").
    PageTour(QQmlApplicationEngine& engine, AppWiring& wiring, QString shotDir, QString suffix,
             QObject* parent = nullptr);

    void start();
    /// QML warnings and errors seen so far (the self-test fails on any).
    int problems() const;
    /// Installs a message handler that counts QML warnings into the current tour.
    static void watchMessages();

signals:
    void finished(int exitCode);

private:
    struct Stop {
        QString name;
        std::function<void()> action;
        bool photograph = true;
    };
    void buildStops();
    void next();
    void settleThen(std::function<void()> then, int ms = 700);
    QObject* navigation();
    QQuickItem* currentPage();
    void tourAction(QObject* page, const QString& action);
    void findSampleCase();
    void setWindowProperty(const char* name, const QVariant& value);
    void findDischargedCase();

    QQmlApplicationEngine& engine_;
    AppWiring& wiring_;
    QString shotDir_;
    QString suffix_;
    std::vector<Stop> stops_;
    std::size_t at_ = 0;
    int problems_ = 0;
    int shots_ = 0;
    QString caseId_;
    QString noteId_;
    QString dischargedCaseId_;
    QString patientCaseId_;
    TourSharedPlan employerPlan_;
};

}  // namespace rtw::app
