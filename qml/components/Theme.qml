pragma Singleton
import QtQuick

// Sizes shared by every screen, so touch targets and spacing agree.
QtObject {
    /// Text size multiplier (a larger font for people who need it; the
    /// shell sets it from the system or the command line).
    property real fontScale: 1.0
    /// Body text size in pixels; headings are multiples of it.
    readonly property int fontSize: Math.round(15 * fontScale)
    /// Smallest touch target (Material and NHS guidance): 48 px.
    readonly property int touch: 48
    readonly property int gap: 16
    readonly property int smallGap: 8
    /// Forms stop growing at this width on a tablet, so lines stay readable.
    readonly property int formWidth: 760
    /// At or above this window width the shell shows list and detail side by side.
    readonly property int tabletWidth: 900
    /// Background of main action buttons in both themes: NHS blue, white
    /// text at 6.7:1 contrast (the light accent of the dark theme is for
    /// text and tabs, and would fail under white text).
    readonly property color actionBlue: "#005eb8"
    /// Width of the caseload list beside the detail on a tablet.
    readonly property int masterWidth: 400
}
