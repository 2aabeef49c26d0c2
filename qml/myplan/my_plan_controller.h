#pragma once
// MyPlanController: the patient's "My plan" page — the latest agreed plan,
// read-only, and the comments on it, with adding a comment (a plan_comment
// in the patient's own name, checked by core before it is written; it
// reaches the adviser at the next sync).

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include "qml/components/case_view_controller.h"
#include "qml/components/row_list_model.h"

namespace rtw::app {

class MyPlanController : public CaseViewController {
    Q_OBJECT
    QML_ELEMENT
    /// False until a plan version has been agreed.
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY changed)
    Q_PROPERTY(QString heading READ heading NOTIFY changed)
    /// targetDate, reviewDates, reviewDatesShown, phases, adjustments, actions, adviserContact
    Q_PROPERTY(QVariantMap plan READ plan NOTIFY changed)
    /// whoText, whenText, versionText, text, mine (oldest first)
    Q_PROPERTY(rtw::app::RowListModel* comments READ comments CONSTANT)

public:
    explicit MyPlanController(QObject* parent = nullptr);
    bool hasPlan() const { return !versionId_.isEmpty(); }
    QString heading() const { return heading_; }
    QVariantMap plan() const { return plan_; }
    RowListModel* comments() { return &comments_; }

    /// Adds a comment on the version shown; emits commented() once it is saved.
    Q_INVOKABLE void addComment(const QString& text);

signals:
    void changed();
    void commented();

protected:
    Builder builder() const override;
    void apply(std::any view) override;

private:
    QString versionId_, heading_;
    QVariantMap plan_;
    RowListModel comments_{{"commentId", "whoText", "whenText", "versionText", "text", "mine"}};
};

}  // namespace rtw::app
