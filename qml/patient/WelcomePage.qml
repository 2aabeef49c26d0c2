import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components

// Shown once, after enrolment: in plain English, that taking part is the
// patient's choice, what their adviser sees, and that their employer sees
// only what they agree to share. Reading it is remembered in the store.
Page {
    id: root

    /// The workspace's PatientContext (remembers that this was read).
    property QtObject context
    title: qsTr("Welcome")

    /// The page tour's states: "continue" as if the button were pressed.
    function tourAction(name) {
        if (name === "continue" && context)
            context.markWelcomed()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            Item { implicitHeight: Theme.smallGap }
            Label {
                text: DeviceStore.userName !== "" ? qsTr("Welcome, %1").arg(DeviceStore.userName) : qsTr("Welcome")
                font.pixelSize: Theme.fontSize * 1.4
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("This app helps you and your adviser keep track of how you are doing, on good days and bad days, as you work towards getting back to work.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            InfoCard {
                objectName: "voluntaryCard"
                title: qsTr("Taking part is your choice")
                Label {
                    text: qsTr("Using this app is voluntary. You can stop at any time, and it will not change the support you get. Fill in as much or as little as feels right.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            InfoCard {
                objectName: "adviserCard"
                title: qsTr("What your adviser sees")
                Label {
                    text: qsTr("Your daily check-ins, how you are getting on with your goals, any goals you suggest and the questionnaires you fill in. They use these to plan with you, not to judge you.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            InfoCard {
                objectName: "employerCard"
                title: qsTr("What your employer sees")
                Label {
                    text: qsTr("Only what you agree to share, such as the parts of your return-to-work plan you choose. Never your check-ins, your notes or your health details. You can stop sharing at any time under More, then My sharing.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            InfoCard {
                title: qsTr("Your information on this device")
                Label {
                    text: qsTr("It is kept encrypted and opened with your passcode. The app works without a connection and sends your check-ins to your adviser when it has one.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Button {
                objectName: "welcomeContinueButton"
                text: qsTr("I understand, continue")
                highlighted: true
                Material.accent: Theme.actionBlue
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                Accessible.name: text
                onClicked: if (root.context) root.context.markWelcomed()
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
