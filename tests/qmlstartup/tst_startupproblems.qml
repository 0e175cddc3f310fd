import QtQuick
import QtTest
import Saskati
import SaskatiTest

// The start screen on bad input, with real clicks and keys: a results file another Saskati holds, one a newer
// Saskati wrote, a read-only one; practising without saving (said on every screen), then another file; scenario
// files with errors summarised in one line, their problems listed on demand. The runner (tst_startupui.cpp) makes
// the fixtures and holds one database from a second process.
TestCase {
    id: testCase
    name: "StartupProblems"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function openWindow(database: string): var {
        tryVerify(() => AppContext.loaded, 10000, "scenarios and results were not loaded");
        AppContext.openDatabase(database);
        tryVerify(() => !AppContext.opening, 10000, "the results file was not opened");
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        return window;
    }
    // Counts the frames a window draws: the GUI thread is free to draw them (the software renderer draws there).
    Component {
        id: frameCounter
        Connections {
            property int frames: 0
            function onFrameSwapped() {
                ++frames;
            }
        }
    }

    function item(window: var, name: string): var {
        const found = findChild(window.contentItem, name) || findChild(window.overlay, name);
        verify(found, "no item named " + name);
        return found;
    }
    // Inside the window, not pushed off it.
    function onScreen(window: var, target: var): bool {
        const p = target.mapToItem(window.contentItem, 0, 0);
        return target.visible && p.y >= 0 && p.y + target.height <= window.contentItem.height;
    }

    // The platform appends the display name unless the title ends with it ("Saskati — … — Saskati" before).
    function test_titleNamesTheAppOnce() {
        const window = openWindow(TestSupport.fixture("goodDatabase"));
        compare(window.title.split("Saskati").length - 1, 1, window.title);
        verify(window.title.endsWith("Saskati"), window.title);
    }

    // Opening a results file runs off the GUI thread. While another program still reads the file (the switch to
    // WAL waits for it: up to 10 s) and while the day's backup is made (held here for 1.5 s, as a ten-year file's
    // takes), the window keeps drawing and says why nothing can be started yet.
    function test_framesWhileTheResultsFileOpens() {
        const window = openWindow(TestSupport.fixture("goodDatabase"));
        const counter = createTemporaryObject(frameCounter, testCase, {
            "target": window
        });
        const held = TestSupport.temporaryPath("held-for-reading.sqlite");
        verify(TestSupport.holdDatabaseForReading(held));
        verify(AppContext.openDatabase(held));
        tryVerify(() => counter.frames >= 10, 5000, "no frames were drawn while the file was held");
        verify(AppContext.opening, "opened although another program still held the file");
        verify(item(window, "openingProgress").visible);
        verify(!item(window, "practiseButton").enabled);
        TestSupport.releaseDatabase();
        tryVerify(() => !AppContext.opening, 10000, "the file was not opened once let go");
        compare(AppContext.storeStatus, "");
        compare(AppContext.databasePath, held);
        verify(!item(window, "openingProgress").visible);
        tryVerify(() => item(window, "practiseButton").activeFocus, 3000, "Practise did not get the focus back");

        const due = TestSupport.temporaryPath("due-for-backup.sqlite");
        verify(TestSupport.makeDatabaseDueForBackup(due));
        compare(TestSupport.backups(due).length, 0);
        TestSupport.holdBackgroundWork(1500);
        counter.frames = 0;
        verify(AppContext.openDatabase(due));
        tryVerify(() => counter.frames >= 10, 5000, "no frames were drawn while the file was backed up");
        verify(AppContext.opening);
        verify(item(window, "openingProgress").visible);
        tryVerify(() => !AppContext.opening, 10000);
        TestSupport.holdBackgroundWork(0);
        compare(AppContext.storeStatus, "");
        const backups = TestSupport.backups(due);
        compare(backups.length, 1);
        verify(backups[0].endsWith("-daily.sqlite"), backups[0]);
    }

    // A second Saskati on one database says so; nothing can be started there, nor practised without saving.
    function test_secondAppOnTheSameDatabase() {
        const window = openWindow(TestSupport.fixture("heldDatabase"));
        compare(AppContext.storeStatus, "in-use");
        verify(item(window, "storeProblem").visible);
        compare(item(window, "storeProblemTitle").text, "This results file is already open");
        const text = item(window, "storeProblemText").text;
        verify(text.indexOf("held.sqlite") >= 0, text);
        verify(text.indexOf(String(TestSupport.fixture("holderPid"))) >= 0, text);
        verify(!item(window, "practiseWithoutSaving").visible);
        verify(!item(window, "practiseButton").enabled);
        verify(!item(window, "seminarButton").enabled);
        verify(!item(window, "passwordOffer").visible);
        compare(AppContext.participants.length, 0);

        // Keyboard first: the way out has the focus; → reaches Quit.
        const openOther = item(window, "openOtherDatabase");
        tryVerify(() => openOther.activeFocus, 3000, "Open another results file does not have the focus");
        keyClick(Qt.Key_Right);
        verify(item(window, "quitButton").activeFocus);
        keyClick(Qt.Key_Left);
        verify(openOther.activeFocus);
        keyClick(Qt.Key_Return);
        const dialog = findChild(item(window, "stack").currentItem, "databaseDialogLoader").item;
        verify(dialog, "no file dialog");
        tryVerify(() => dialog.visible, 3000, "the file dialog did not open");
        dialog.close();
        tryVerify(() => !dialog.visible);
    }

    function test_readOnlyDatabase() {
        if (TestSupport.fixture("readOnlyDatabase").length === 0)
            skip("running as root, who writes any file whatever its mode (tst_startup checks a read-only mount)");
        const window = openWindow(TestSupport.fixture("readOnlyDatabase"));
        compare(AppContext.storeStatus, "read-only-file");
        compare(item(window, "storeProblemTitle").text, "Results cannot be saved here");
        const text = item(window, "storeProblemText").text;
        verify(text.indexOf("read-only.sqlite") >= 0 && text.indexOf("read-only") >= 0, text);
        verify(item(window, "practiseWithoutSaving").visible);
        verify(!item(window, "practiseButton").enabled);
    }

    // Going on without saving is a choice the person makes, and the header says it on every screen; another file
    // brings saving back.
    function test_newerDatabaseThenWithoutSavingThenAnotherFile() {
        const window = openWindow(TestSupport.fixture("newerDatabase"));
        compare(AppContext.storeStatus, "newer");
        verify(item(window, "storeProblemText").text.indexOf("newer.sqlite") >= 0);
        verify(!item(window, "practiceOnlyNotice").visible);
        verify(!item(window, "practiseButton").enabled);

        mouseClick(item(window, "practiseWithoutSaving"));
        tryVerify(() => AppContext.practiceOnly && !AppContext.opening);
        compare(AppContext.storeStatus, "");
        verify(item(window, "practiceOnlyNotice").visible);
        compare(item(window, "storeProblemTitle").text, "Practising without saving");
        const practise = item(window, "practiseButton");
        verify(practise.enabled);
        tryVerify(() => practise.activeFocus, 3000, "Practise does not have the focus");
        verify(!item(window, "reviewButton").enabled, "nothing to review in a file thrown away at exit");

        // The notice stays on the next screen.
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "nameField") !== null, 3000, "sign-in did not open");
        verify(item(window, "practiceOnlyNotice").visible);
        const stack = item(window, "stack");
        stack.pop(null);
        tryVerify(() => !stack.busy);

        // The file dialog's answer: another file (new), and saving again.
        // The file dialog loads when first opened.
        const loader = findChild(stack.currentItem, "databaseDialogLoader");
        verify(loader);
        loader.open();
        const dialog = loader.item;
        verify(dialog);
        dialog.selectedFile = "file://" + TestSupport.fixture("goodDatabase");
        dialog.accepted();
        tryVerify(() => !AppContext.practiceOnly && !AppContext.opening);
        compare(AppContext.storeStatus, "");
        verify(AppContext.ready);
        verify(!item(window, "storeProblem").visible);
        verify(!item(window, "practiceOnlyNotice").visible);
        verify(item(window, "reviewButton").enabled);
    }

    // A folder with broken files: one line with the counts, the buttons where they were, the validator's lines in
    // a list on demand, walked with the keys.
    function test_scenarioProblemsSummarised() {
        const window = openWindow(TestSupport.fixture("goodDatabase"));
        compare(AppContext.scenarioProblemCount, 3);
        verify(AppContext.scenarioCount >= 1);
        const summary = item(window, "scenarioSummaryText");
        verify(summary.visible);
        verify(summary.text.indexOf(String(AppContext.scenarioCount)) >= 0, summary.text);
        verify(summary.text.indexOf("3") >= 0, summary.text);
        compare(AppContext.problem, "");
        verify(onScreen(window, item(window, "practiseButton")), "the buttons are pushed off the screen");

        mouseClick(item(window, "scenarioProblemsButton"));
        // The dialog is made when first opened.
        const dialog = findChild(item(window, "stack").currentItem, "scenarioProblemsDialogLoader").item;
        verify(dialog, "no problems dialog");
        tryVerify(() => dialog.opened);
        const list = findChild(dialog.contentItem, "scenarioProblemList");
        verify(list, "no list of problems");
        compare(list.count, AppContext.scenarioProblems.length);
        verify(list.count >= 3);
        for (const line of AppContext.scenarioProblems)
            verify(/\.json:\d+:\d+: error: /.test(line), line);
        tryVerify(() => list.activeFocus);
        const first = list.currentIndex;
        keyClick(Qt.Key_Down);
        compare(list.currentIndex, first + 1);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !dialog.visible);
    }
}
