import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Session
import Rtw.Sync

// The bar across the top of the workspace: back, the page's title, the
// always-visible sync status and the app menu.
ToolBar {
    id: root

    property string title
    property bool canGoBack: false
    /// A patient's or employer's bar: no caseload or referral in the menu.
    property bool patient: false
    signal backClicked()

    Material.foreground: "#ffffff"

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ToolButton {
            objectName: "backButton"
            visible: root.canGoBack
            icon.source: Icons.url("back")
            implicitWidth: Theme.touch
            implicitHeight: Theme.touch
            Accessible.name: qsTr("Back")
            onClicked: root.backClicked()
        }
        Label {
            text: root.title
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSize * 1.2
            font.weight: Font.DemiBold
            leftPadding: root.canGoBack ? 0 : Theme.gap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        SyncStatusButton {
            objectName: "syncStatus"
            Layout.maximumWidth: root.width * 0.45
        }
        ToolButton {
            objectName: "menuButton"
            icon.source: Icons.url("more")
            implicitWidth: Theme.touch
            implicitHeight: Theme.touch
            Accessible.name: qsTr("Menu")
            onClicked: menu.open()
            Menu {
                id: menu
                y: parent.height
                MenuItem {
                    visible: !root.patient
                    height: visible ? implicitHeight : 0
                    text: qsTr("New referral")
                    onTriggered: Navigation.openPage("intake")
                }
                MenuItem {
                    visible: !root.patient
                    height: visible ? implicitHeight : 0
                    text: qsTr("Caseload")
                    onTriggered: Navigation.home()
                }
                MenuItem {
                    text: qsTr("Sync")
                    onTriggered: Navigation.openPage("sync")
                }
                MenuItem {
                    text: qsTr("Settings")
                    onTriggered: Navigation.openPage("settings")
                }
                MenuItem {
                    text: qsTr("Lock now")
                    onTriggered: Session.lock()
                }
            }
        }
    }
}
