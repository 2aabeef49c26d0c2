#pragma once
// MessageBus (QML: Messages): the app's one channel for telling the user
// something that is not part of a form — "Note saved", "Could not save: ...".
// Controllers post here; the shell shows each message briefly in a bar at
// the bottom of the window, errors until dismissed. Nothing here is logged:
// messages may name a client.

#include <QObject>
#include <QQmlEngine>
#include <QString>

#include "qml/components/qml_singleton.h"

namespace rtw::app {

class MessageBus : public QObject, public QmlSingleton<MessageBus> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Messages)
    QML_SINGLETON
    /// The latest message posted (for tests and screen readers).
    Q_PROPERTY(QString last READ last NOTIFY posted)

public:
    enum Kind { Info, Success, Error };
    Q_ENUM(Kind)

    explicit MessageBus(QObject* parent = nullptr) : QObject(parent) {}

    QString last() const { return last_; }

    Q_INVOKABLE void info(const QString& text) { post(text, Info); }
    Q_INVOKABLE void success(const QString& text) { post(text, Success); }
    Q_INVOKABLE void error(const QString& text) { post(text, Error); }
    Q_INVOKABLE void post(const QString& text, rtw::app::MessageBus::Kind kind) {
        last_ = text;
        emit posted(text, kind);
    }

signals:
    void posted(const QString& text, rtw::app::MessageBus::Kind kind);

private:
    QString last_;
};

}  // namespace rtw::app
