import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A small coloured label for a state ("Overdue", "Awaiting first contact").
// tone: "neutral", "good", "warning" or "bad".
Label {
    id: root

    property string tone: "neutral"
    readonly property bool dark: Material.theme === Material.Dark

    leftPadding: 8
    rightPadding: 8
    topPadding: 2
    bottomPadding: 2
    font.pixelSize: Theme.fontSize * 0.85
    color: dark ? "#ffffff" : "#1d1b20"
    background: Rectangle {
        radius: height / 2
        color: {
            switch (root.tone) {
            case "good": return root.dark ? "#1e5631" : "#c8e6c9"
            case "warning": return root.dark ? "#6d4c00" : "#ffe08a"
            case "bad": return root.dark ? "#8c1d18" : "#f9dedc"
            default: return root.dark ? "#49454f" : "#e7e0ec"
            }
        }
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
