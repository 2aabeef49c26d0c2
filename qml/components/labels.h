#pragma once
// Labels: the plain-English words for every stored choice (work status,
// contact mode, attendance, ...), in the order forms offer them. Built from
// core's enum tables, so a value the model accepts always has a label
// (a static_assert keeps the two lists the same length).

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QVariantList>

namespace rtw::app {

class Labels : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Labels(QObject* parent = nullptr) : QObject(parent) {}

    /// The label of a stored value, e.g. text("workStatus", "employed_off_sick")
    /// == "Off sick from work"; the value itself when unknown.
    Q_INVOKABLE static QString text(const QString& kind, const QString& value);
    /// [{value, text}] for a ComboBox or a list of chips; empty for an unknown kind.
    Q_INVOKABLE static QVariantList choices(const QString& kind);
    /// Every kind known (for tests).
    static QStringList kinds();
};

}  // namespace rtw::app
