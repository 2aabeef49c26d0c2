#pragma once
// QmlSingleton<T>: how an object made in main() becomes a QML singleton
// with declarative registration (QML_SINGLETON) and no context properties.
// main() makes the object, wires it with explicit setters and provides it;
// the QML engine's create() then hands out that same instance, owned by C++.
//
//   class Messages : public QObject, public QmlSingleton<Messages> {
//       Q_OBJECT QML_ELEMENT QML_SINGLETON ...
//   };
//   Messages messages;  Messages::provide(&messages);   // in main, before loading QML

#include <QJSEngine>
#include <QQmlEngine>

namespace rtw::app {

template <typename T>
class QmlSingleton {
public:
    /// Makes `instance` the one QML sees; pass nullptr to withdraw it (tests).
    static void provide(T* instance) { instance_ = instance; }
    /// Called by the QML engine the first time a document uses the singleton.
    static T* create(QQmlEngine*, QJSEngine*) {
        Q_ASSERT_X(instance_ != nullptr, "QmlSingleton::create",
                   "main() must provide the instance before QML uses it");
        QJSEngine::setObjectOwnership(instance_, QJSEngine::CppOwnership);
        return instance_;
    }

private:
    static inline T* instance_ = nullptr;
};

}  // namespace rtw::app
