#pragma once
// PlanController: the RTW plan section — the working plan as a form, saving
// it, agreeing a version (with who agreed and "what changed since the last
// version" from core's describeChanges), the versions list, and the client's
// copy as a PDF. Agreeing appends an rtw_plan_version (append-only) and
// updates the working plan in one transaction: nothing is agreed half-way.

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

#include "qml/components/case_view_controller.h"
#include "qml/components/draft_keeper.h"
#include "qml/components/row_list_model.h"
#include "qml/plan/plan_view.h"

namespace rtw::app {

class PlanController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// True once the case has a saved plan.
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY changed)
    /// "", "draft" or "agreed".
    Q_PROPERTY(QString status READ status NOTIFY changed)
    /// Where the plan stands, in words ("Version 2, agreed on ...").
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString statusTone READ statusTone NOTIFY changed)
    /// The number of the latest agreed version (0: none yet).
    Q_PROPERTY(int latestVersion READ latestVersion NOTIFY changed)
    /// The saved plan as the editor's form (see plan_form.h).
    Q_PROPERTY(QVariantMap form READ form NOTIFY changed)
    /// Saved changes not yet agreed, in plain English.
    Q_PROPERTY(QStringList pendingChanges READ pendingChanges NOTIFY changed)
    /// Agreed versions, newest first: versionId, version, title, agreedOnText, agreedByText,
    /// changes.
    Q_PROPERTY(rtw::app::RowListModel* versions READ versions CONSTANT)
    /// The client's (and adviser's) comments on the plan: whoText, whenText, versionText, text
    Q_PROPERTY(rtw::app::RowListModel* comments READ comments CONSTANT)
    /// True while a PDF is being made and written.
    Q_PROPERTY(bool pdfBusy READ pdfBusy NOTIFY pdfBusyChanged)
    /// "Draft saved at 14:03" / "Draft from 24/11/2026 09:41 restored"; "" without one.
    Q_PROPERTY(QString draftStatus READ draftStatus NOTIFY draftStatusChanged)

public:
    explicit PlanController(QObject* parent = nullptr);

    bool hasPlan() const { return view_.state.plan.has_value(); }
    QString status() const { return view_.status; }
    QString statusText() const { return view_.statusText; }
    QString statusTone() const { return view_.statusTone; }
    int latestVersion() const { return view_.state.latestNumber(); }
    QVariantMap form() const { return view_.form; }
    QStringList pendingChanges() const { return view_.pendingChanges; }
    RowListModel* versions() { return &versions_; }
    RowListModel* comments() { return &comments_; }
    bool pdfBusy() const { return pdfBusy_; }
    QString draftStatus() const { return draftStatus_; }
    const PlanView& view() const { return view_; }

    /// Looks for unsaved changes kept from before: draftLoaded(form) if any.
    Q_INVOKABLE void start();
    /// The form changed: keep it as an encrypted draft until it is saved.
    Q_INVOKABLE void edited(const QVariantMap& form);
    /// Throws the unsaved changes away.
    Q_INVOKABLE void discardDraft();
    /// Saves the form as the working plan (a draft unless it matches the
    /// last agreed version exactly).
    Q_INVOKABLE void save(const QVariantMap& form);
    /// What agreeing this form would record as changed since the last
    /// version (empty for a first version, or when nothing changed).
    Q_INVOKABLE QStringList changesToAgree(const QVariantMap& form) const;
    /// Saves the form and agrees it as the next version: `agreedOn` as typed
    /// (dd/mm/yyyy), `agreedBy` stored party names ("patient" must be one).
    Q_INVOKABLE void agree(const QVariantMap& form, const QString& agreedOn,
                           const QStringList& agreedBy);
    /// Today as dd/mm/yyyy, for the agree dialog.
    Q_INVOKABLE QString todayText() const;
    /// A file name to offer for the client's copy.
    Q_INVOKABLE QString pdfFileName(const QString& versionId) const;
    /// Writes the client's copy of `versionId` ("" = the saved working plan)
    /// to the file the user chose.
    Q_INVOKABLE void writeClientPdf(const QString& fileUrl, const QString& versionId);

signals:
    void changed();
    void pdfBusyChanged();
    void draftStatusChanged();
    void draftLoaded(const QVariantMap& form);
    /// A version was agreed (the dialog closes).
    void agreed(int version);

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    QVariantMap newPlanForm() const;
    void setPdfBusy(bool busy);
    void setDraftStatus(const QString& text);

    PlanView view_;
    RowListModel versions_{
        {"versionId", "version", "title", "agreedOnText", "agreedByText", "changes", "isLatest"}};
    RowListModel comments_{{"commentId", "whoText", "whenText", "versionText", "text", "mine"}};
    bool pdfBusy_ = false;
    QString draftStatus_;
    DraftKeeper draft_;
};

}  // namespace rtw::app
