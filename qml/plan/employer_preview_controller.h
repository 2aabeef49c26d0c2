#pragma once
// EmployerPreviewController: a plan "as the employer will see it" — an
// agreed version, or the saved working copy — built from core's
// employerView(), the JSON the employer's page serves, so the adviser and
// the client see exactly what an employer would, and what stays hidden.

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include "model/rtw_plan.h"
#include "qml/components/case_view_controller.h"

namespace rtw::app {

class EmployerPreviewController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// The agreed version to show; "" for the saved working copy.
    Q_PROPERTY(QString versionId READ versionId WRITE setVersionId NOTIFY versionIdChanged)
    /// What the employer sees (see employerPreview() in plan_view.h); empty without a plan.
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY changed)
    /// "Version 2 (agreed 12/11/2026)" or "The saved plan (not agreed yet)".
    Q_PROPERTY(QString heading READ heading NOTIFY changed)
    /// What the employer does not see, in words ("" when everything is shared).
    Q_PROPERTY(QString hiddenText READ hiddenText NOTIFY changed)

public:
    explicit EmployerPreviewController(QObject* parent = nullptr);

    QString versionId() const { return versionId_; }
    void setVersionId(const QString& id);
    QVariantMap preview() const { return preview_; }
    QString heading() const { return heading_; }
    QString hiddenText() const { return hiddenText_; }

signals:
    void versionIdChanged();
    void changed();

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    QString versionId_;
    QVariantMap preview_;
    QString heading_;
    QString hiddenText_;
};

/// What employerVisiblePart() leaves out of `plan`, in words: "2 weeks of the
/// phased return, 1 adjustment, the review dates". Empty when nothing is hidden.
QString hiddenFromEmployer(const model::RtwPlan& plan);

}  // namespace rtw::app
