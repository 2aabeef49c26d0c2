import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rtw.Components
import Rtw.Session
import Rtw.Settings
import Rtw.Sync

// Settings: passcode, auto-lock, server, appearance, and versions.
Page {
    id: root

    title: qsTr("Settings")

    AboutController {
        id: about
        store: DeviceStore
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap

            Item { implicitHeight: Theme.smallGap }

            InfoCard {
                title: qsTr("Security")
                Label {
                    text: qsTr("Signed in as %1").arg(DeviceStore.userName !== "" ? DeviceStore.userName : qsTr("a demo adviser"))
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "changePasscodeButton"
                    text: qsTr("Change passcode")
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: changePasscode.start()
                }
                FormField {
                    label: qsTr("Lock the app after")
                    hint: qsTr("The app also locks at once when you leave it.")
                    ComboBox {
                        objectName: "autoLockBox"
                        model: AppSettings.autoLockChoices()
                        displayText: qsTr("%1 without use").arg(Format.plural(AppSettings.autoLockMinutes, qsTr("minute"), qsTr("minutes")))
                        currentIndex: model.indexOf(AppSettings.autoLockMinutes)
                        delegate: ItemDelegate {
                            required property int modelData
                            width: ListView.view ? ListView.view.width : implicitWidth
                            text: Format.plural(modelData, qsTr("minute"), qsTr("minutes"))
                        }
                        onActivated: index => AppSettings.autoLockMinutes = model[index]
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touch
                        Accessible.name: qsTr("Lock the app after, %1").arg(displayText)
                    }
                }
                Button {
                    text: qsTr("Lock now")
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: Session.lock()
                }
            }

            InfoCard {
                title: qsTr("Server")
                TextInputField {
                    id: server
                    objectName: "serverUrlField"
                    label: qsTr("Server address")
                    text: AppSettings.serverUrl
                    placeholderText: "https://"
                    hint: qsTr("Used the next time you sign in.")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    input.onEditingFinished: AppSettings.serverUrl = text.trim()
                }
                Button {
                    text: qsTr("Sign out and erase this device")
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: erase.open()
                }
            }

            InfoCard {
                title: qsTr("Appearance")
                ChoiceFieldRow {
                    Layout.fillWidth: true
                }
            }

            InfoCard {
                title: qsTr("About")
                FactRow { label: qsTr("App version"); value: about.appVersion }
                FactRow { label: qsTr("Qt"); value: about.qtVersion }
                FactRow { objectName: "sqlcipherFact"; label: qsTr("SQLCipher"); value: about.sqlcipherVersion }
                FactRow { label: qsTr("SQLite"); value: about.sqliteVersion }
                FactRow { label: qsTr("Data version"); value: about.schemaVersion > 0 ? String(about.schemaVersion) : "" }
            }
            Item { implicitHeight: Theme.gap }
        }
    }

    component ChoiceFieldRow: FormField {
        label: qsTr("Theme")
        ComboBox {
            objectName: "themeBox"
            readonly property var values: ["system", "light", "dark"]
            model: [qsTr("Same as the device"), qsTr("Light"), qsTr("Dark")]
            currentIndex: values.indexOf(AppSettings.theme)
            onActivated: index => AppSettings.theme = values[index]
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            Accessible.name: qsTr("Theme, %1").arg(currentText)
        }
    }

    ChangePasscodeDialog {
        id: changePasscode
    }
    ConfirmDialog {
        id: erase
        title: qsTr("Sign out and erase?")
        message: qsTr("This removes every record from this device. Changes not yet on the server (%1 waiting) will be lost.").arg(Sync.pendingChanges)
        confirmText: qsTr("Erase and sign out")
        onConfirmed: Session.signOutAndErase()
    }
}
