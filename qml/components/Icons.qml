pragma Singleton
import QtQuick

// The app's icons (one colour SVGs that controls tint to the theme).
QtObject {
    function url(name) {
        return "qrc:/qt/qml/Rtw/Components/icons/" + name + ".svg"
    }
}
