#pragma once
// EmployerPlanController: one plan shared with the employer contact — the
// plan as the employer sees it (the same employerPreview() as the adviser's
// "As the employer sees it" and the employer's web page), and their answers:
// acknowledging that they have read it, and comments. An answer is an
// employer_response record written on this device, so it works offline and
// reaches the adviser and the patient after the next sync; the server's
// access policy checks it again (their own name, a grant that still stands).

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include "qml/components/case_view_controller.h"

namespace rtw::app {

class EmployerPlanController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// The share grant the page is for.
    Q_PROPERTY(QString grantId READ grantId WRITE setGrantId NOTIFY grantIdChanged)
    /// False when the grant is not (or no longer) shared with this contact.
    Q_PROPERTY(bool found READ found NOTIFY changed)
    /// employerPreview() of the version; empty when not found.
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY changed)
    /// "Version 2 of the plan, shared with you until 31/12/2026"
    Q_PROPERTY(QString heading READ heading NOTIFY changed)
    /// "You acknowledged this plan on 25/11/2026 at 10:40", or "".
    Q_PROPERTY(QString acknowledgedText READ acknowledgedText NOTIFY changed)
    /// Their comments, oldest first: whenText, text.
    Q_PROPERTY(QVariantList comments READ comments NOTIFY changed)

public:
    explicit EmployerPlanController(QObject* parent = nullptr);

    QString grantId() const { return grantId_; }
    void setGrantId(const QString& id);
    bool found() const { return found_; }
    QVariantMap preview() const { return preview_; }
    QString heading() const { return heading_; }
    QString acknowledgedText() const { return acknowledgedText_; }
    QVariantList comments() const { return comments_; }

    /// Records that they have read the plan (once; a second is not written).
    Q_INVOKABLE void acknowledge();
    /// Sends a comment on the plan; field `comment` says what is wrong.
    Q_INVOKABLE void comment(const QString& text);

signals:
    void grantIdChanged();
    void changed();
    /// A comment was saved (the page clears its field).
    void commented();

protected:
    Builder builder() const override;
    void apply(std::any view) override;
    bool partialCase() const override { return true; }

private:
    void answer(const std::optional<std::string>& comment);

    QString grantId_;
    bool found_ = false;
    QVariantMap preview_;
    QString heading_;
    QString acknowledgedText_;
    QVariantList comments_;
};

}  // namespace rtw::app
