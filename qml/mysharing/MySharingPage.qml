import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.MySharing

// My sharing (the patient): who can see my plan, stopping that in one step
// (it takes effect on this phone at once and on the server when it next
// connects), and when my employer looked at my plan.
Page {
    id: root

    required property string caseId
    property alias controller: sharing

    title: qsTr("My sharing")

    SharingController {
        id: sharing
        store: DeviceStore
        caseId: root.caseId
        onSaved: message => Messages.success(message)
        onFailed: message => Messages.error(message)
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
                text: qsTr("Sharing is your choice. You can stop it at any time, and it will not affect the support you get.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            InfoCard {
                objectName: "whoCanSee"
                title: qsTr("Who can see my plan")
                Layout.fillWidth: true
                Label {
                    visible: sharing.loaded && sharing.people.count === 0
                    text: qsTr("Nobody outside the service. Your adviser will ask you before sharing anything.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: sharing.people
                    delegate: SharingPersonDelegate {
                        busy: sharing.busy
                        Layout.fillWidth: true
                        onWithdrawRequested: sharing.withdraw(index)
                    }
                }
            }
            InfoCard {
                objectName: "viewedBy"
                title: qsTr("When my employer looked at my plan")
                Layout.fillWidth: true
                Label {
                    visible: sharing.views.count === 0
                    text: qsTr("Nobody has looked at your plan through a shared link yet.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: sharing.views
                    delegate: Label {
                        required property string whenText
                        required property string whoText
                        objectName: "view_" + index
                        required property int index
                        text: qsTr("%1 on %2").arg(whoText).arg(whenText)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
