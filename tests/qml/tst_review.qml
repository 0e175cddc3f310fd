import QtQuick
import QtQuick.Controls
import QtTest
import Saskati
import SaskatiTest

// The coordinator's review: nobody becomes its owner by opening it first (the start screen offers the
// coordinator to set the password, the gate says who must); a wrong password keeps it locked, and the unlocked
// review shows its tabs; a bundle from another laptop is imported and counted, a person's history shown (and a
// debrief reopened), exported as xAPI, pseudonymised and erased; anyone can be found and erased. Test functions run
// in alphabetical order: the test_a* ones need a database with no password yet.
TestCase {
    name: "Review"
    when: windowShown

    readonly property string password: "coordinator-1"

    // A screen in the test's window (shown, at the laptop size): keys go to that window, clicks land, and
    // visibility means it.
    // A controller's list model's entries as an array.
    function entries(model) {
        const list = [];
        for (let row = 0; row < model.count; ++row)
            list.push(model.get(row));
        return list;
    }

    function show(component) {
        const window = testCase.Window.window;
        window.width = 1366;
        window.height = 700;
        const screen = createTemporaryObject(component, window.contentItem, {
            "width": 1366,
            "height": 700
        });
        verify(screen);
        waitForRendering(screen);
        return screen;
    }
    Component {
        id: startComponent
        StartScreen {}
    }
    Component {
        id: historyComponent
        HistoryScreen {}
    }

    function clickOn(parentItem, name) {
        const item = findChild(parentItem, name);
        verify(item, "no " + name);
        tryVerify(() => item.visible && item.enabled, 3000, name + " is not shown");
        // Where the layouts put it now, not where it was before something above appeared.
        if (item.parent)
            waitForItemPolished(item.parent);
        wait(20);
        mouseClick(item);
        return item;
    }
    function typeInto(parentItem, name, text) {
        const field = clickOn(parentItem, name);
        field.selectAll();
        keyClick(Qt.Key_Delete);
        for (const c of text)
            keyClick(c);
        compare(field.text, text);
        return field;
    }
    // The review behind its gate, opened by typing the password and pressing Enter.
    function openReview() {
        tryVerify(() => AppContext.loaded, 5000);
        const screen = show(reviewComponent);
        const controller = findChild(screen, "review");
        verify(controller.passwordSet);
        typeInto(screen, "reviewPassword", testCase.password);
        keyClick(Qt.Key_Return);
        tryVerify(() => controller.unlocked, 5000);
        settle(controller);
        return screen;
    }
    // The review reads the results off the GUI thread after every change to them: the figures follow.
    function settle(controller) {
        tryVerify(() => !controller.loading, 10000, "the review did not finish reading the results");
    }
    // Counts the frames the test's window draws: the GUI thread is free to draw them (the software renderer draws
    // there).
    Component {
        id: frameCounter
        Connections {
            property int frames: 0
            function onFrameSwapped() {
                ++frames;
            }
        }
    }
    function importOtherLaptop(controller) {
        const report = controller.importBundle(Qt.resolvedUrl("../data/bundles/another-laptop.json"));
        verify(report.ok, report.error);
        settle(controller);
    }

    // Regression: the first person to open the review became its owner by typing any password twice.
    function test_a1_reviewWithoutPasswordAsksForTheCoordinator() {
        tryVerify(() => AppContext.loaded, 5000);
        const screen = show(reviewComponent);
        const controller = findChild(screen, "review");
        verify(!controller.passwordSet);
        verify(findChild(screen, "reviewGateText").text.indexOf("coordinator") >= 0);
        verify(!findChild(screen, "reviewPassword").visible); // nothing to type until someone says who they are
        verify(!controller.unlock("anything-at-all"));
        verify(controller.error.indexOf("coordinator") >= 0);
        clickOn(screen, "reviewStartSetup");
        verify(findChild(screen, "reviewPasswordRepeat").visible);
        typeInto(screen, "reviewPassword", "coordinator-x");
        typeInto(screen, "reviewPasswordRepeat", "coordinator-y");
        clickOn(screen, "reviewUnlock");
        verify(findChild(screen, "reviewGateError").text.indexOf("differ") >= 0);
        verify(!controller.passwordSet);
        verify(!controller.unlocked);
    }

    // First run: the start screen offers the coordinator to set the password, once.
    function test_a2_startScreenOffersToSetThePassword() {
        tryVerify(() => AppContext.loaded, 5000);
        const start = show(startComponent);
        const offer = findChild(start, "passwordOffer");
        tryVerify(() => offer.visible, 3000);
        clickOn(start, "offerSetPassword");
        // The dialog is made when first opened.
        const dialog = findChild(start, "passwordDialogLoader").item;
        tryVerify(() => dialog.opened, 3000);
        typeInto(dialog.contentItem, "offerPassword", "short");
        typeInto(dialog.contentItem, "offerPasswordRepeat", "short");
        clickOn(dialog.contentItem, "offerSave");
        verify(findChild(dialog.contentItem, "offerError").text.indexOf("8") >= 0);
        verify(dialog.visible);
        typeInto(dialog.contentItem, "offerPassword", testCase.password);
        typeInto(dialog.contentItem, "offerPasswordRepeat", testCase.password);
        keyClick(Qt.Key_Return);
        tryVerify(() => !dialog.visible, 3000);
        verify(findChild(start, "passwordSetLabel").visible);
        verify(!offer.visible);
        // Asked once: a new start screen does not offer it again, and the review asks for the password.
        const again = show(startComponent);
        verify(!findChild(again, "passwordOffer").visible);
        const screen = openReview();
        verify(findChild(screen, "review").unlocked);
    }

    Component {
        id: reviewComponent
        ReviewScreen {
            width: 1366
            height: 700
        }
    }

    function test_passwordGate() {
        tryVerify(() => AppContext.loaded, 5000);
        const screen = show(reviewComponent);
        verify(screen);
        const controller = findChild(screen, "review");
        verify(!controller.unlocked);
        verify(controller.passwordSet); // set by the coordinator in test_a2
        verify(!controller.setPassword("another-one", "another-one")); // not replaced without the current one
        verify(!controller.unlock("coordinator-2"));
        verify(controller.unlock("coordinator-1"));
        settle(controller);
        verify(controller.unlocked);
        compare(findChild(screen, "reviewTabs").count, 7); // Overview ... Directory, Server
        controller.lock();
        verify(!controller.unlocked);
        verify(!controller.unlock("coordinator-2"));
        verify(controller.unlock("coordinator-1"));
        settle(controller);
        verify(controller.overview.attempts !== undefined);
        // Every table as CSV, and the report as PDF (the controller checks the files were written).
        const folder = "/tmp/saskati-review-test-" + Date.now();
        compare(controller.saveCsv(folder), folder);
        compare(controller.savePdf(folder + "/report.pdf"), folder + "/report.pdf");
        controller.lock();
        compare(controller.saveCsv(folder), "");
    }

    // The coordinator corrects a contact and marks it verified: the directory (and so every debrief) shows it.
    function test_reviewCorrectsTheDirectory() {
        tryVerify(() => AppContext.loaded, 5000);
        const screen = show(reviewComponent);
        const controller = findChild(screen, "review");
        verify(controller.unlock("coordinator-1"));
        settle(controller);
        const police = () => AppContext.institutions.find(i => i.id === "state-police");
        verify(police());
        verify(controller.saveContact("state-police", {
            phone: " +371 67075212 ",
            email: "kanceleja@vp.gov.lv"
        }, true));
        compare(police().phone, "+371 67075212");
        compare(police().verifiedOn, Qt.formatDate(new Date(), "yyyy-MM-dd"));
        // Saved again unchanged and unticked: still verified. Changed and unticked: no longer.
        verify(controller.saveContact("state-police", police(), false));
        compare(police().verifiedOn.length, 10);
        verify(controller.saveContact("state-police", {
            phone: "+371 11111111"
        }, false));
        compare(police().verifiedOn, "");
        verify(!controller.saveContact("no-such-institution", {}, true));
        controller.lock();
        verify(!controller.saveContact("state-police", {}, true)); // locked: nothing changes
    }

    // Another laptop's bundle (tests/data/bundles/another-laptop.json: "Mārīte Importa", two attempts of the
    // minimal scenario in the seminar "Ventspils, 2026", made with saskati-cli play and results export).
    function test_reviewOfAnImportedSeminar() {
        tryVerify(() => AppContext.loaded, 5000);
        const screen = show(reviewComponent);
        const controller = findChild(screen, "review");
        verify(controller.unlock("coordinator-1"));
        settle(controller);
        const before = controller.overview.attempts;
        const bundle = Qt.resolvedUrl("../data/bundles/another-laptop.json");
        let report = controller.importBundle(bundle);
        settle(controller);
        verify(report.ok, report.error);
        settle(controller);
        // Participant, seminar, scenario snapshot, two attempts (the test_b… ones imported it already).
        compare(report.added + report.unchanged, 5);
        const fresh = report.added === 5;
        compare(report.conflicts.length, 0);
        compare(controller.overview.attempts, before + (report.added === 5 ? 2 : 0)); // indexed and counted at once
        report = controller.importBundle(bundle);
        settle(controller);
        compare(report.added, 0);
        compare(report.unchanged, 5);
        // The seminar's report lists the person; their history has both attempts.
        const seminar = controller.seminars.find(s => s.title.indexOf("Ventspils, 2026") >= 0);
        verify(seminar);
        controller.seminar = seminar.id;
        controller.refresh();
        settle(controller);
        compare(controller.people.count, 1);
        compare(controller.people.get(0).name, "Mārīte Importa");
        // The seminar's decisions: the companion interpreting is a critical error, chosen once.
        controller.scenario = "minimal";
        controller.refresh();
        settle(controller);
        const office = entries(controller.items).find(i => i.item === "choice:office");
        verify(office);
        compare(office.critical, 1);
        verify(office.answers.indexOf("⚠") > 0);
        controller.scenario = "";
        controller.participant = controller.people.get(0).uuid;
        controller.refresh();
        settle(controller);
        compare(controller.history.count, 2);
        compare(controller.overview.attempts, 2);
        verify(controller.indicators.count > 0); // what they found and missed
        // xAPI of that person: a completed statement per attempt, no name.
        const file = "/tmp/saskati-xapi-test-" + Date.now() + ".json";
        compare(controller.saveXapi(file), file);
        // Names to codes, then erasure.
        controller.participant = "";
        compare(controller.pseudonymiseSeminar(), 1);
        settle(controller);
        compare(controller.people.get(0).name, controller.people.get(0).code);
        verify(controller.eraseParticipant(controller.people.get(0).uuid));
        settle(controller);
        compare(controller.people.count, 0);
        controller.seminar = "";
        controller.refresh();
        settle(controller);
        compare(controller.overview.attempts, before - (fresh ? 0 : 2));
        controller.lock();
    }

    // Regression: the seminar box showed a seminar while the figures covered everything; in English the role
    // box showed "Border guard" instead of "All roles", and statuses stayed Latvian.
    function test_b_filtersShowWhatTheFiguresFollow() {
        const screen = openReview();
        const controller = findChild(screen, "review");
        importOtherLaptop(controller);
        const seminarBox = findChild(screen, "reviewSeminar");
        const roleBox = findChild(screen, "reviewRole");
        compare(seminarBox.currentIndex, 0);
        compare(seminarBox.displayText, "All seminars");
        compare(controller.seminar, "");
        const all = controller.overview.attempts;
        // The keyboard picks the newest seminar: the figures follow it.
        mouseClick(seminarBox);
        keyClick(Qt.Key_Escape);
        keyClick(Qt.Key_Down);
        verify(controller.seminar.length > 0);
        compare(seminarBox.displayText, controller.seminars[0].title);
        compare(controller.overview.seminars, 1);
        verify(controller.overview.attempts <= all);
        // Back to all of them by the first entry.
        keyClick(Qt.Key_Up);
        compare(controller.seminar, "");
        compare(seminarBox.displayText, "All seminars");
        compare(controller.overview.attempts, all);
        // The language changes under the boxes: each still shows what the figures follow, in that language.
        const language = AppContext.language;
        AppContext.language = "en";
        compare(roleBox.displayText, "All roles");
        compare(controller.role, "");
        compare(seminarBox.displayText, "All seminars");
        const person = controller.findParticipants("Importa")[0];
        clickOn(screen, "reviewPeopleTab");
        typeInto(screen, "reviewSearch", "importa");
        tryVerify(() => findChild(screen, "reviewFound-0") !== null, 3000);
        clickOn(findChild(screen, "reviewFound-0"), "reviewFoundHistory");
        compare(controller.participant, person.uuid);
        verify(entries(controller.history).every(a => ["completed", "abandoned", "not finished"].indexOf(a.status) >= 0));
        const counts = findChild(screen, "reviewCounts").text;
        verify(counts.indexOf("1 participant") >= 0, counts);
        verify(counts.indexOf("1 participants") < 0, counts);
        // What the controller says (names, statuses, titles) is read again in the new language at once (the
        // test runner has no .qm files: scenario titles, which are data, show it).
        const englishTitles = JSON.stringify(controller.scenarios.map(c => c.title));
        AppContext.language = "lv";
        verify(JSON.stringify(controller.scenarios.map(c => c.title)) !== englishTitles, englishTitles);
        AppContext.language = language;
    }

    // The review reads the results off the GUI thread (seconds on a ten-year database: held here for 1.5 s). After
    // another program's change, the figures shown stay, the window keeps drawing and says it is reading; what it
    // read is then current: the next refresh reads nothing.
    function test_f_framesWhileTheReviewReads() {
        const screen = openReview();
        const controller = findChild(screen, "review");
        clickOn(screen, "reviewClearFilters");
        settle(controller);
        const before = controller.overview.participants;
        const counter = createTemporaryObject(frameCounter, testCase, {
            "target": testCase.Window.window
        });
        verify(TestSupport.addParticipant(AppContext.databasePath, "Frame Counter"));
        TestSupport.holdBackgroundWork(1500);
        controller.refresh();
        verify(controller.loading, "the change was not read again");
        compare(controller.overview.participants, before);
        tryVerify(() => counter.frames >= 10, 5000, "no frames were drawn while the review read the results");
        verify(controller.loading);
        verify(findChild(screen, "reviewLoading").visible);
        settle(controller);
        TestSupport.holdBackgroundWork(0);
        verify(!findChild(screen, "reviewLoading").visible);
        compare(controller.error, "");
        controller.refresh();
        verify(!controller.loading, "read again although nothing changed");
    }

    // Names are shown as typed: a participant called "<b>Māris</b> <img src=x>" appears, markup and all, as plain
    // text in the People tab's search results and in the history's heading (issue #15).
    function textsShowing(item, needle, found) {
        if (item.text !== undefined && String(item.text).indexOf(needle) >= 0)
            found.push(item);
        for (let i = 0; i < item.children.length; ++i)
            textsShowing(item.children[i], needle, found);
        return found;
    }
    function test_g_markupNamesAreText() {
        const name = "<b>Māris</b> <img src=x>";
        tryVerify(() => AppContext.loaded, 5000);
        verify(AppContext.createParticipant(name, ""));
        AppContext.signOut();
        const screen = openReview();
        const controller = findChild(screen, "review");
        clickOn(screen, "reviewPeopleTab");
        typeInto(screen, "reviewSearch", "maris");
        tryVerify(() => findChild(screen, "reviewFound-0") !== null, 3000);
        let texts = textsShowing(findChild(screen, "reviewFound-0"), name, []);
        verify(texts.length > 0, "the search result does not show the name as typed");
        for (const t of texts)
            compare(t.textFormat, Text.PlainText, t.text);
        clickOn(findChild(screen, "reviewFound-0"), "reviewFoundHistory");
        settle(controller);
        tryVerify(() => textsShowing(screen, "History of " + name, []).length > 0, 3000, "the history heading does not show the name as typed");
        for (const t of textsShowing(screen, name, []))
            compare(t.textFormat, Text.PlainText, t.text);
    }

    // Regression: participants.csv had only its header while the overview counted a participant.
    function test_c_participantsCsvListsWhoTheOverviewCounts() {
        const screen = openReview();
        const controller = findChild(screen, "review");
        importOtherLaptop(controller);
        clickOn(screen, "reviewClearFilters");
        verify(controller.overview.participants >= 1);
        const folder = "/tmp/saskati-review-csv-" + Date.now();
        compare(controller.saveCsv(folder), folder);
        const lines = TestSupport.readText(folder + "/participants.csv").split("\r\n").filter(l => l.length > 0);
        compare(lines.length, 1 + controller.overview.participants);
        verify(lines.some(l => l.indexOf("Mārīte Importa") >= 0));
        const questions = TestSupport.readText(folder + "/questions.csv").split("\r\n");
        compare(questions[0], "attempt,attempts,questions,recommended,recommended_percent");
    }

    // Regression: "Class gain — ()": without repeaters the tab says why there is nothing, with them no "()".
    function test_d_improvementSaysSomethingWithoutData() {
        const screen = openReview();
        const controller = findChild(screen, "review");
        importOtherLaptop(controller);
        clickOn(screen, "reviewImprovementTab");
        controller.scenario = "no-such-scenario";
        controller.refresh();
        settle(controller);
        verify(findChild(screen, "reviewGainEmpty").visible);
        verify(!findChild(screen, "reviewGain").visible);
        verify(findChild(screen, "reviewQuestionsEmpty").visible); // no conversation held: said, not "0 %"
        verify(!findChild(screen, "reviewQuestionsShare").visible);
        controller.scenario = "";
        controller.refresh();
        settle(controller);
        verify(controller.gain.pairs >= 1);
        verify(!findChild(screen, "reviewGainEmpty").visible);
        verify(findChild(screen, "reviewGain").text.indexOf("()") < 0);
    }

    // Regression: a history row could not reopen its debrief. It opens read-only (no "Play again").
    function test_e_historyRowOpensTheDebrief() {
        const screen = openReview();
        const controller = findChild(screen, "review");
        importOtherLaptop(controller);
        const seminarBox = findChild(screen, "reviewSeminar");
        const index = seminarBox.model.findIndex(s => s.title.indexOf("Ventspils, 2026") >= 0);
        verify(index > 0);
        mouseClick(seminarBox);
        keyClick(Qt.Key_Escape);
        compare(seminarBox.currentIndex, 0);
        for (let i = 0; i < index; ++i)
            keyClick(Qt.Key_Down);
        verify(controller.people.count === 1);
        controller.participant = controller.people.get(0).uuid;
        controller.refresh();
        settle(controller);
        const row = findChild(screen, "reviewAttempt-0");
        verify(row);
        clickOn(row, "reviewOpenDebrief");
        const debrief = findChild(screen, "debriefScreen");
        verify(debrief);
        tryVerify(() => debrief.visible, 3000);
        verify(findChild(debrief, "debriefPercent").text.indexOf("%") > 0);
        verify(!findChild(debrief, "playAgain").visible);
        clickOn(debrief, "debriefDone");
        tryVerify(() => findChild(screen, "debriefScreen") === null, 3000);
        // The trainee's own history: dates in the interface language, and a finished attempt opens its debrief.
        AppContext.language = "lv";
        verify(AppContext.signIn(controller.participant));
        const history = show(historyComponent);
        const date = findChild(history, "historyDate");
        tryVerify(() => date !== null && date.text.length > 0, 3000);
        verify(!/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/.test(date.text), date.text);
        clickOn(findChild(history, "historyRow-0"), "historyDebrief");
        tryVerify(() => findChild(history, "debriefScreen") !== null, 3000);
        verify(!findChild(history, "playAgain").visible);
        clickOn(history, "debriefDone");
        AppContext.signOut();
    }

    // Regression: only people with a completed seminar attempt could be erased; a solo trainee could not.
    function test_f_anyoneCanBeFoundAndErased() {
        tryVerify(() => AppContext.loaded, 5000);
        verify(AppContext.createParticipant("Solo Ēriks Tests", ""));
        AppContext.signOut();
        const screen = openReview();
        const controller = findChild(screen, "review");
        clickOn(screen, "reviewPeopleTab");
        typeInto(screen, "reviewSearch", "eriks tests"); // no accents typed
        tryVerify(() => findChild(screen, "reviewFound-0") !== null, 3000);
        compare(findChild(screen, "reviewSearchResults").count, 1);
        clickOn(findChild(screen, "reviewFound-0"), "reviewFoundErase");
        const dialog = findChild(screen, "reviewEraseDialog");
        tryVerify(() => dialog.opened, 3000);
        mouseClick(dialog.standardButton(Dialog.Yes));
        tryVerify(() => !dialog.visible, 3000);
        const notice = findChild(screen, "reviewNotice");
        verify(notice.visible);
        verify(notice.text.indexOf("Solo Ēriks Tests") >= 0, notice.text);
        compare(findChild(screen, "reviewSearchResults").count, 0);
        verify(findChild(screen, "reviewSearchNone").visible);
        compare(controller.findParticipants("Ēriks Tests").length, 0);
    }

    // Regression: the PDF report's page 2 held one stray line: a section that fits on a page is not split.
    function test_g_pdfKeepsSectionsTogether() {
        const screen = openReview();
        const controller = findChild(screen, "review");
        importOtherLaptop(controller);
        const file = "/tmp/saskati-review-report-" + Date.now() + ".pdf";
        compare(controller.savePdf(file), file);
        const layout = controller.reportLayout();
        verify(layout.length >= 3);
        for (const section of layout)
            if (section.fitsOnAPage)
                compare(section.lastPage, section.firstPage, section.title);
    }

    id: testCase
}
