// The controllers that write: a referral taken on, a contact logged with
// its note and actions (and its draft surviving a restart), a note amended
// and one marked entered in error, with the history to show for it.
#include <gtest/gtest.h>

#include "app_test_support.h"
#include "qml/casefile/case_file_controller.h"
#include "qml/caseload/caseload_model.h"
#include "qml/intake/intake_controller.h"
#include "qml/notes/contact_editor_controller.h"
#include "qml/notes/note_editor_controller.h"
#include "qml/notes/notes_models.h"
#include "store/draft_store.h"

namespace rtw::app::testing {
namespace {

QVariantMap referralForm() {
    return {{"givenName", "Tomasz"},
            {"familyName", "Zielinski"},
            {"dateOfBirth", "02/02/1979"},
            {"source", "self"},
            {"referralDate", "23/11/2026"},
            {"reason", "Shoulder pain, struggling at work"},
            {"conditionGroup", "musculoskeletal"},
            {"painSites", QStringList{"shoulder"}},
            {"workStatus", "employed_struggling"},
            {"fitNoteStatus", "none"},
            {"consentToContact", true}};
}

/// Takes a referral on and returns the new case's id.
QString acceptReferral(OpenStore& s) {
    IntakeController intake;
    intake.setStore(s.store.get());
    QString caseId;
    QObject::connect(&intake, &IntakeController::saved,
                     [&](const QString& id, const QString&) { caseId = id; });
    intake.accept(referralForm());
    EXPECT_TRUE(waitFor([&] { return !caseId.isEmpty(); }));
    return caseId;
}

TEST(Editors, AnAcceptedReferralOpensACaseAwaitingFirstContact) {
    OpenStore s;
    IntakeController intake;
    intake.setStore(s.store.get());
    intake.accept({});  // nothing filled in: messages, nothing written
    EXPECT_TRUE(intake.fieldErrors().contains("client.givenName"));
    EXPECT_EQ(s.run<Result<std::int64_t>>([](store::Store& st) {
                   return st.records().pendingCount();
               }).value(),
              0);
    const QString caseId = acceptReferral(s);
    CaseFileController file;
    file.setStore(s.store.get());
    file.setCaseId(caseId);
    ASSERT_TRUE(waitFor([&] { return file.loaded(); }));
    EXPECT_EQ(file.clientName(), "Tomasz Zielinski");
    EXPECT_EQ(file.status(), "awaiting_first_contact");
    EXPECT_EQ(file.firstContactText(), "Waiting 1 day for first contact");
    EXPECT_EQ(file.referral().value("eligibilityText"), "Eligible");
}

TEST(Editors, LoggingAHeldContactSavesNoteAndActionsAndStartsTheCase) {
    OpenStore s;
    const QString caseId = acceptReferral(s);
    ContactEditorController editor;
    editor.setStore(s.store.get());
    editor.setCaseId(caseId);
    QVariantMap form = editor.defaults();
    form["noteText"] = "First meeting. Agreed to try a phased return.";
    form["actions"] = QVariantList{QVariantMap{
        {"description", "Send leaflet"}, {"owner", "adviser"}, {"dueDate", "26/11/2026"}}};
    bool saved = false;
    QObject::connect(&editor, &ContactEditorController::saved, [&] { saved = true; });
    editor.save(form);
    ASSERT_TRUE(waitFor([&] { return saved; }));

    CaseFileController file;
    file.setStore(s.store.get());
    file.setCaseId(caseId);
    ASSERT_TRUE(waitFor([&] { return file.loaded(); }));
    EXPECT_EQ(file.status(), "active") << "the first held contact starts the case";
    EXPECT_EQ(file.firstContactText(), "First contact 1 day after referral (24/11/2026)");
    ASSERT_EQ(file.actions()->count(), 1);
    EXPECT_EQ(file.actions()->get(0).value("dueText"), "Due 26/11/2026");

    NotesModel notes;
    notes.setStore(s.store.get());
    notes.setCaseId(caseId);
    ASSERT_TRUE(waitFor([&] { return notes.count() == 1; }));
    EXPECT_EQ(notes.get(0).value("rowKind"), "contact");
    EXPECT_EQ(notes.get(0).value("text"), "First meeting. Agreed to try a phased return.");
}

TEST(Editors, AHalfWrittenContactSurvivesARestartEncrypted) {
    OpenStore s;
    const QString caseId = acceptReferral(s);
    {
        ContactEditorController editor;
        editor.setStore(s.store.get());
        editor.setCaseId(caseId);
        QVariantMap form = editor.defaults();
        form["noteText"] = "Client said the new chair helps; half-way through wri";
        editor.edited(form);
        ASSERT_TRUE(waitFor([&] { return editor.draftStatus().startsWith("Draft saved"); }));
    }
    s.reopen();  // as after the app was killed and unlocked again
    ContactEditorController editor;
    editor.setStore(s.store.get());
    editor.setCaseId(caseId);
    QVariantMap restored;
    QObject::connect(&editor, &ContactEditorController::draftLoaded,
                     [&](const QVariantMap& form, const QString&) { restored = form; });
    editor.start();
    ASSERT_TRUE(waitFor([&] { return !restored.isEmpty(); }));
    EXPECT_EQ(restored.value("noteText"), "Client said the new chair helps; half-way through wri");
    EXPECT_TRUE(editor.draftStatus().startsWith("Draft from 24/11/2026"));
    // Saving for real removes the draft.
    restored["noteText"] = "Client said the new chair helps.";
    bool saved = false;
    QObject::connect(&editor, &ContactEditorController::saved, [&] { saved = true; });
    editor.save(restored);
    ASSERT_TRUE(waitFor([&] { return saved; }));
    s.store->waitForIdle();
    auto keys = s.run<Result<std::vector<std::string>>>(
        [&](store::Store& st) { return store::DraftStore(st.database(), s.clock).keys(""); });
    EXPECT_TRUE(keys->empty());
}

TEST(Editors, AmendmentAndEnteredInErrorKeepTheHistory) {
    OpenStore s;
    const QString caseId = acceptReferral(s);
    NoteEditorController writer;
    writer.setStore(s.store.get());
    writer.setCaseId(caseId);
    int saves = 0;
    QObject::connect(&writer, &NoteEditorController::saved, [&] { ++saves; });
    writer.save({{"text", "Phoned client: pain 7/10."}});
    ASSERT_TRUE(waitFor([&] { return saves == 1; }));

    NotesModel notes;
    notes.setStore(s.store.get());
    notes.setCaseId(caseId);
    ASSERT_TRUE(waitFor([&] { return notes.count() == 1; }));
    const QString noteId = notes.get(0).value("noteId").toString();

    NoteEditorController amender;
    amender.setStore(s.store.get());
    amender.setCaseId(caseId);
    amender.setRefersTo(noteId);
    amender.save({{"text", "Phoned client: pain 4/10."}});
    EXPECT_TRUE(amender.fieldErrors().value("reason").toString().contains("Say why"))
        << "an amendment needs its reason";
    QObject::connect(&amender, &NoteEditorController::saved, [&] { ++saves; });
    amender.save({{"text", "Phoned client: pain 4/10."}, {"reason", "Misheard the score"}});
    ASSERT_TRUE(waitFor([&] { return saves == 2; }));
    ASSERT_TRUE(waitFor([&] { return notes.get(0).value("amended").toBool(); }));
    EXPECT_EQ(notes.get(0).value("text"), "Phoned client: pain 4/10.");

    NoteHistoryModel history;
    history.setStore(s.store.get());
    history.setCaseId(caseId);
    history.setNoteId(noteId);
    ASSERT_TRUE(waitFor([&] { return history.count() == 2; }));
    EXPECT_EQ(history.get(0).value("text"), "Phoned client: pain 7/10.");
    EXPECT_EQ(history.get(1).value("reason"), "Misheard the score");
    EXPECT_EQ(history.currentText(), "Phoned client: pain 4/10.");

    writer.markEnteredInError(noteId, "  ");
    EXPECT_TRUE(writer.fieldErrors().contains("reason"));
    writer.markEnteredInError(noteId, "Wrong client's record");
    ASSERT_TRUE(waitFor([&] { return history.enteredInError(); }));
    EXPECT_TRUE(history.get(0).value("errorText").toString().contains("Wrong client's record"));
    EXPECT_EQ(history.count(), 2) << "nothing is deleted";
    // Append-only: the store refuses to change the note itself.
    auto refused = s.run<Status>([&](store::Store& st) {
        return st.records().update(noteId.toStdString(), {{"text", "rewritten"}});
    });
    EXPECT_EQ(refused.code(), ErrorCode::NotAllowed);
}

}  // namespace
}  // namespace rtw::app::testing
