import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rtw.Components
import Rtw.Documents
import Rtw.Plan

// The RTW plan editor (a case-file section): target date, the phased
// return week by week, adjustments, actions and review dates, each with an
// employer-visible switch; saved as a draft, agreed as numbered versions.
Page {
    id: root

    required property string caseId
    property alias controller: plan
    /// The form as edited (see plan_form.h); filled from the saved plan.
    property var form: ({})
    property bool dirty: false
    property bool filling: false

    function fill(f) {
        filling = true
        form = f
        phases.rows = []
        phases.rows = f.phases || []
        adjustments.rows = []
        adjustments.rows = f.adjustments || []
        actions.rows = []
        actions.rows = f.actions || []
        reviews.dates = []
        reviews.dates = f.reviewDates || []
        targetDate.text = f.targetDate || ""
        targetVisible.checked = !!f.targetDateVisible
        reviewsVisible.checked = !!f.reviewDatesVisible
        adviserName.text = f.adviserName || ""
        adviserPhone.text = f.adviserPhone || ""
        adviserEmail.text = f.adviserEmail || ""
        filling = false
    }
    function current() {
        return {
            targetDate: targetDate.text, targetDateVisible: targetVisible.checked,
            phases: phases.rows, adjustments: adjustments.rows, actions: actions.rows,
            reviewDates: reviews.dates, reviewDatesVisible: reviewsVisible.checked,
            adviserName: adviserName.text, adviserPhone: adviserPhone.text, adviserEmail: adviserEmail.text
        }
    }
    function edited() {
        if (filling)
            return
        dirty = true
        plan.edited(current())
    }
    function save() { plan.save(current()) }
    function tourAction(name) {
        if (name === "invalid") {  // the messages beside the fields
            phases.rows = phases.rows.concat([{ week: "1", days: "0", hoursPerDay: "3", notes: "", employerVisible: true }])
            targetDate.text = "31/02/2027"
            save()
            scroll.contentItem.contentY = targetCard.y - Theme.gap
        }
    }

    title: qsTr("RTW plan")

    PlanController {
        id: plan
        store: DeviceStore
        caseId: root.caseId
        onChanged: if (!root.dirty) root.fill(form)
        onDraftLoaded: f => {
            root.fill(f)
            root.dirty = true
        }
        onSaved: message => {
            root.dirty = false
            Messages.success(message)
        }
        onFailed: message => Messages.error(message)
        onLoadedChanged: if (loaded) start()
    }

    AgreeVersionDialog {
        id: agreeDialog
        controller: plan
        form: root.form
        onAgreeRequested: (on, parties) => plan.agree(root.current(), on, parties)
    }
    SavePdfDialog {
        id: pdfDialog
        onChosen: url => plan.writeClientPdf(url, "")
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.gap, Theme.formWidth)
            x: Theme.gap
            spacing: Theme.gap
            enabled: !plan.busy
            Item { implicitHeight: Theme.smallGap }
            PlanStatusCard {
                controller: plan
                unsaved: root.dirty
                onAgreeClicked: {
                    root.form = root.current()
                    agreeDialog.openFresh()
                }
                onPdfClicked: pdfDialog.openFor(plan.pdfFileName(""))
            }
            InfoCard {
                objectName: "planComments"
                title: qsTr("Comments on the plan")
                visible: plan.comments.count > 0
                Repeater {
                    model: plan.comments
                    delegate: Label {
                        required property var model
                        text: model.whoText + " · " + model.whenText + (model.versionText ? " · " + model.versionText : "") + "\n" + model.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            InfoCard {
                id: targetCard
                title: qsTr("Target date")
                DateField {
                    id: targetDate
                    objectName: "targetDate"
                    label: qsTr("Back at work as agreed by")
                    optional: true
                    field: "targetDate"
                    errors: plan.fieldErrors
                    input.onTextChanged: root.edited()
                }
                EmployerSwitch { id: targetVisible; objectName: "targetVisible"; partName: qsTr("the target date"); onToggled: root.edited() }
            }
            InfoCard {
                title: qsTr("Phased return, week by week")
                PhasesEditor { id: phases; objectName: "phasesEditor"; errors: plan.fieldErrors; onEdited: root.edited() }
            }
            InfoCard {
                title: qsTr("Adjustments")
                AdjustmentsEditor { id: adjustments; objectName: "adjustmentsEditor"; errors: plan.fieldErrors; onEdited: root.edited() }
            }
            InfoCard {
                title: qsTr("Actions")
                PlanActionsEditor { id: actions; objectName: "actionsEditor"; errors: plan.fieldErrors; onEdited: root.edited() }
            }
            InfoCard {
                title: qsTr("Reviews")
                ReviewDatesEditor { id: reviews; objectName: "reviewsEditor"; errors: plan.fieldErrors; onEdited: root.edited() }
                EmployerSwitch { id: reviewsVisible; partName: qsTr("the review dates"); onToggled: root.edited() }
            }
            InfoCard {
                title: qsTr("Who the employer should contact")
                Label {
                    text: qsTr("Always shown to the employer when the plan is shared.")
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    Layout.fillWidth: true
                }
                TextInputField { id: adviserName; label: qsTr("Name"); optional: true; field: "adviserContact.name"; errors: plan.fieldErrors; input.onTextChanged: root.edited() }
                TextInputField { id: adviserPhone; label: qsTr("Phone"); optional: true; field: "adviserContact.phone"; errors: plan.fieldErrors; inputMethodHints: Qt.ImhDialableCharactersOnly; input.onTextChanged: root.edited() }
                TextInputField { id: adviserEmail; label: qsTr("Email"); optional: true; field: "adviserContact.email"; errors: plan.fieldErrors; inputMethodHints: Qt.ImhEmailCharactersOnly; input.onTextChanged: root.edited() }
            }
            Label {
                objectName: "draftStatus"
                visible: text !== ""
                text: plan.draftStatus
                opacity: 0.75
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.smallGap
                Button {
                    objectName: "savePlanButton"
                    text: qsTr("Save the plan")
                    highlighted: true
                    Material.accent: Theme.actionBlue
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: text
                    onClicked: root.save()
                }
                Button {
                    text: qsTr("Undo changes")
                    flat: true
                    enabled: root.dirty
                    Layout.minimumHeight: Theme.touch
                    Accessible.name: qsTr("Undo the changes not saved yet")
                    onClicked: {
                        plan.discardDraft()
                        plan.clearErrors()
                        root.dirty = false
                        root.fill(plan.form)
                    }
                }
            }
            Item { implicitHeight: Theme.gap }
        }
    }
}
