import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Rtw.Components
import Rtw.Session
import Rtw.Settings

// The app window: Material light/dark, and what the session allows — sign
// in, create a passcode, unlock, or the workspace (the adviser's, the
// patient's for role "patient", the employer's for "employer_contact").
// Locking unloads the workspace, so no page or list keeps client data in
// memory while locked.
ApplicationWindow {
    id: window

    /// For the self-test and screenshot tours (C++): how they move around.
    readonly property QtObject navigation: Navigation
    /// The page in front (for the self-test and screenshot tours).
    readonly property Item currentPage: content.item ? (content.item.currentPage || content.item) : null
    /// Set by main: text size multiplier, and a theme for this run only.
    property real fontScale: 1.0
    property string themeOverride: ""
    /// First run: the patient's "join with an invite code" form instead of sign-in.
    property bool enrolling: false
    /// Tablet in landscape: list and detail side by side.
    readonly property bool wide: width >= Theme.tabletWidth && width > height

    width: 390
    height: 844
    visible: true
    title: qsTr("Return to work")
    readonly property string themeName: themeOverride !== "" ? themeOverride : AppSettings.theme
    Material.theme: themeName === "dark" ? Material.Dark
        : themeName === "light" ? Material.Light : Material.System
    font.pixelSize: Theme.fontSize

    Binding {
        target: Theme
        property: "fontScale"
        value: window.fontScale
    }
    Material.primary: "#005eb8"
    Material.accent: Material.theme === Material.Dark ? "#7ab8ff" : "#005eb8"

    Loader {
        id: content
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (Session.state) {
            case Session.Unlocked:
                if (DeviceStore.userRole === "patient")
                    return window.wide ? widePatient : phonePatient
                if (DeviceStore.userRole === "employer_contact")
                    return employer
                return window.wide ? wideWorkspace : phoneWorkspace
            case Session.Locked: return unlock
            case Session.CreatePasscode: return createPasscode
            default: return window.enrolling ? enrol : signIn
            }
        }
    }

    Component {
        id: phoneWorkspace
        Workspace {
            wide: false
        }
    }
    Component {
        id: wideWorkspace
        Workspace {
            wide: true
        }
    }
    Component {
        id: phonePatient
        PatientWorkspace {
            wide: false
        }
    }
    Component {
        id: widePatient
        PatientWorkspace {
            wide: true
        }
    }
    Component {
        id: employer
        EmployerWorkspace {}
    }
    Component {
        id: unlock
        UnlockPage {}
    }
    Component {
        id: createPasscode
        CreatePasscodePage {}
    }
    Component {
        id: signIn
        SignInPage {
            serverUrl: AppSettings.serverUrl
            onServerChosen: url => AppSettings.serverUrl = url
            onEnrolChosen: window.enrolling = true
        }
    }
    Component {
        id: enrol
        EnrolPage {
            serverUrl: AppSettings.serverUrl
            onServerChosen: url => AppSettings.serverUrl = url
            onSignInChosen: window.enrolling = false
        }
    }

    MessageBar {
        page: window.currentPage
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.smallGap
        z: 100
    }
}
