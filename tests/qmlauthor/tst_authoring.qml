import QtQuick
import QtQuick.Controls
import QtTest
import Saskati
import SaskatiTest

// An author builds scenarios from nothing in the Author area, with clicks and typing on the real views: a new
// scenario, a person, two lines (one part a sign, one a distractor), a picture with a region drawn on it (a
// sign), a second choice marked a critical error, a referral scene and the referral key; then every complaint
// of the validator fixed by clicking it (which puts the cursor in its field) and typing; a preview from the
// first scene that records nothing; saving; and the scenario played in solo mode from the library, marked as
// edited, with the score worked out by hand. A second builds a conversation with a variable, conditions and
// effects, and assessment questions, and plays it.
TestCase {
    id: testCase
    name: "Authoring"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    Component {
        id: frameCounter
        Connections {
            property int frames: 0
            function onFrameSwapped() {
                ++frames;
            }
        }
    }

    function find(window, name) {
        return findChild(window.contentItem, name) || findChild(window.overlay, name);
    }

    function clickOn(window, name) {
        wait(50);
        tryVerify(() => find(window, name) !== null, 3000, "no item named " + name);
        const item = find(window, name);
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        tryVerify(() => item.visible && item.enabled, 2000, name + " is not clickable");
        // As a person scrolls to what they want to press.
        for (let p = item.parent; p; p = p.parent)
            if (p.ensureVisible !== undefined) {
                p.ensureVisible(item);
                wait(30);
                break;
            }
        mouseClick(item);
        return item;
    }

    // The first visible item under `item` for which `test` holds, depth first.
    function findWhere(item, test) {
        if (!item)
            return null;
        if (item.visible && test(item))
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findWhere(item.children[i], test);
            if (found)
                return found;
        }
        if (item.contentItem && item.contentItem !== item)
            return findWhere(item.contentItem, test);
        return null;
    }

    function type(text) {
        for (const c of text)
            keyClick(c);
    }

    // Opens a drop-down list by clicking it and picks the entry `steps` below the first with the keyboard.
    function pick(window, name, steps) {
        const box = clickOn(window, name);
        tryVerify(() => box.popup.opened, 2000, name + " did not open");
        keyClick(Qt.Key_Home);
        for (let i = 0; i < steps; ++i)
            keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !box.popup.visible);
        return box;
    }

    // Every complaint, fixed where clicking it leads: the cursor lands in its field, the author types.
    function fixEveryFinding(window, editor) {
        for (let round = 0; round < 120; ++round) {
            editor.validateNow();
            if (editor.errorCount === 0)
                break;
            const first = editor.findings[0];
            clickOn(window, "finding_0");
            tryVerify(() => window.activeFocusItem && String(window.activeFocusItem.objectName).startsWith("field_"), 2000, "clicking '" + first.message + "' (" + first.path + ") did not lead to a field");
            type("Words");
            window.activeFocusItem.focus = false;
        }
        compare(editor.errorCount, 0, "errors left: " + JSON.stringify(editor.findings));
        tryVerify(() => find(window, "authorStatus").text === "Ready to play");
    }

    // Signs in as a new participant for solo practice and opens the library.
    function signIn(window, name) {
        window.showStart();
        clickOn(window, "practiseButton");
        tryVerify(() => find(window, "nameField") !== null);
        find(window, "nameField").text = name;
        const roleBox = find(window, "roleBox");
        clickOn(window, "roleBox");
        tryVerify(() => roleBox.popup.opened);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !roleBox.popup.visible);
        clickOn(window, "createButton");
    }

    function flag(window, name) {
        clickOn(window, name);
        const menu = find(window, "playScreen").flagMenu;
        tryVerify(() => menu.opened, 2000);
        mouseClick(findChild(menu.contentItem, "flagSomethingWrong"));
        tryVerify(() => !menu.visible);
    }

    function test_buildPreviewSaveAndPlay() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000, "scenarios and results were not loaded");
        AppContext.language = "en";

        // A new scenario: a draft until its texts are written.
        clickOn(window, "authorButton");
        clickOn(window, "newScenarioTitle");
        type("Night shift");
        clickOn(window, "createScenarioButton");
        const author = find(window, "authorScreen");
        const editor = author.editor;
        tryVerify(() => editor.isOpen, 2000, "the new scenario did not open");
        compare(String(editor.value("id")), "night-shift");
        compare(String(editor.value("title.lv")), "Night shift");
        tryVerify(() => !editor.validationPending && editor.draft, 3000);
        verify(find(window, "authorStatus").text.startsWith("Draft"));

        // A person to speak, then two lines in the first scene.
        clickOn(window, "showKeyButton");
        clickOn(window, "addPersonButton");
        compare(editor.castIds.length, 1);
        clickOn(window, "showSceneButton");
        clickOn(window, "addLineButton");
        clickOn(window, "addLineButton");
        tryCompare(editor, "castIds", ["person"]);
        compare(editor.count("scenes[0].lines"), 2);
        compare(String(editor.value("scenes[0].lines[1].speaker")), "person");

        // The first line's part is a sign of excessive hours (the catalogue's indicators by name: plain,
        // distractor, then Confiscated documents, Deceived about the job, Deceived about wages, Excessive...).
        pick(window, "mark_scenes[0].lines[0].segments[0]", 5);
        tryCompare(editor, "revision", editor.revision); // settle
        compare(String(editor.value("scenes[0].lines[0].segments[0].cue.indicator")), "excessive-hours");
        // The second line's part is a distractor.
        pick(window, "mark_scenes[0].lines[1].segments[0]", 1);
        verify(editor.has("scenes[0].lines[1].segments[0].distractor"));
        // Undo and redo the distractor with the buttons.
        clickOn(window, "undoButton");
        verify(!editor.has("scenes[0].lines[1].segments[0].distractor"));
        clickOn(window, "redoButton");
        verify(editor.has("scenes[0].lines[1].segments[0].distractor"));
        // Nothing left to redo: the button is disabled and the keyboard moved on to Undo, not to the page.
        verify(!find(window, "redoButton").enabled);
        compare(window.activeFocusItem, find(window, "undoButton"));

        // A picture from disk, and a region drawn on it by dragging: a sign of confiscated documents (the
        // catalogue's first indicator by name).
        const pictures = find(window, "sceneEditor").pictureEditor;
        clickOn(window, "choosePictureButton");
        tryVerify(() => pictures.fileDialog.visible, 3000, "the file dialog did not open");
        // The dialog is the platform's (Qt's own, offscreen): the file is chosen in it, and it says accepted.
        pictures.fileDialog.selectedFile = Qt.resolvedUrl("../data/valid/media/office.svg");
        pictures.fileDialog.accepted();
        pictures.fileDialog.close();
        tryVerify(() => String(editor.value("scenes[0].media[0].file")) === "../media/night-shift/office.svg", 3000, String(editor.value("scenes[0].media[0].file")));
        const area = pictures.drawingArea;
        tryVerify(() => area.width > 100 && area.height > 100, 3000, "the picture is not shown");
        find(window, "sceneEditor").ensureVisible(area);
        wait(50);
        mousePress(area, area.width * 0.1, area.height * 0.2);
        mouseMove(area, area.width * 0.3, area.height * 0.4);
        mouseMove(area, area.width * 0.4, area.height * 0.6);
        mouseRelease(area, area.width * 0.4, area.height * 0.6);
        compare(editor.count("scenes[0].media[0].hotspots"), 1, "no region drawn");
        const rect = [0, 1, 2, 3].map(i => Number(editor.value("scenes[0].media[0].hotspots[0].rect[" + i + "]")));
        verify(Math.abs(rect[0] - 0.1) < 0.01 && Math.abs(rect[2] - 0.3) < 0.01 && Math.abs(rect[3] - 0.4) < 0.01, JSON.stringify(rect));
        // Moved by dragging it (a tenth of the picture to the right), resized by its corner, nudged with the
        // arrows: each one undo step.
        const rectOf = () => [0, 1, 2, 3].map(i => Number(editor.value("scenes[0].media[0].hotspots[0].rect[" + i + "]")));
        const region = findChild(area.parent, "region_0");
        verify(region !== null, "the region is not shown on the picture");
        // The pointer's way is given on the picture, which stays put (the region moves under the pointer).
        const mover = findChild(region, "regionMove_0");
        const grip = area.mapFromItem(mover, mover.width / 3, mover.height / 3);
        mousePress(area, grip.x, grip.y);
        mouseMove(area, grip.x + area.width * 0.05, grip.y);
        mouseMove(area, grip.x + area.width * 0.1, grip.y);
        mouseRelease(area, grip.x + area.width * 0.1, grip.y);
        let moved = rectOf();
        verify(Math.abs(moved[0] - 0.2) < 0.01 && Math.abs(moved[1] - 0.2) < 0.01 && Math.abs(moved[2] - 0.3) < 0.01, JSON.stringify(moved));
        const corner = findChild(region, "regionResize_0");
        const handle = area.mapFromItem(corner, corner.width / 2, corner.height / 2);
        mousePress(area, handle.x, handle.y);
        mouseMove(area, handle.x + area.width * 0.05, handle.y + area.height * 0.05);
        mouseMove(area, handle.x + area.width * 0.1, handle.y + area.height * 0.1);
        mouseRelease(area, handle.x + area.width * 0.1, handle.y + area.height * 0.1);
        moved = rectOf();
        verify(Math.abs(moved[0] - 0.2) < 0.01 && Math.abs(moved[2] - 0.4) < 0.01 && Math.abs(moved[3] - 0.5) < 0.01, JSON.stringify(moved));
        compare(window.activeFocusItem, region);
        keyClick(Qt.Key_Left);
        keyClick(Qt.Key_Down, Qt.ShiftModifier);
        moved = rectOf();
        verify(Math.abs(moved[0] - 0.19) < 0.001 && Math.abs(moved[3] - 0.51) < 0.001, JSON.stringify(moved));
        clickOn(window, "undoButton");
        clickOn(window, "undoButton");
        moved = rectOf();
        verify(Math.abs(moved[0] - 0.2) < 0.001 && Math.abs(moved[3] - 0.5) < 0.01, "undo: " + JSON.stringify(moved));
        pick(window, "mark_scenes[0].media[0].hotspots[0]", 2);
        compare(String(editor.value("scenes[0].media[0].hotspots[0].cue.indicator")), "confiscated-documents");

        // The first choice is worth 3; a second choice is a critical error (its principle picked) worth -2.
        clickOn(window, "points_scenes[0].choices[0]");
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        compare(Number(editor.value("scenes[0].choices[0].points")), 3);
        clickOn(window, "addChoiceButton");
        compare(editor.count("scenes[0].choices"), 2);
        clickOn(window, "critical_scenes[0].choices[1]");
        verify(editor.has("scenes[0].choices[1].criticalError"));
        pick(window, "principle_scenes[0].choices[1]", 1);
        verify(String(editor.value("scenes[0].choices[1].criticalError.principle")).length > 0);
        clickOn(window, "points_scenes[0].choices[1]");
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        compare(Number(editor.value("scenes[0].choices[1].points")), -2);

        // A referral scene, and the first choice leads to it (the targets: scene-1, scene, ending).
        clickOn(window, "addSceneButton");
        // The menu's third entry (interview, conversation, referral, assessment), chosen with the keyboard.
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryCompare(author, "sceneIndex", 1);
        compare(String(editor.value("scenes[1].kind")), "referral");
        clickOn(window, "graphNode_scene-1");
        tryCompare(author, "sceneIndex", 0);
        pick(window, "target_scenes[0].choices[0]", 1);
        compare(String(editor.value("scenes[0].choices[0].next")), "scene");
        verify(!editor.has("scenes[0].choices[0].ending"));

        // The referral key: one institution the plan must have.
        clickOn(window, "showKeyButton");
        clickOn(window, "addReferral_required");
        compare(editor.count("referral.required"), 1);
        const institution = String(editor.value("referral.required[0].institution"));
        verify(institution.length > 0);

        fixEveryFinding(window, editor);

        // A preview from the first scene: played, recorded nowhere, back in the editor.
        clickOn(window, "showSceneButton");
        clickOn(window, "graphNode_scene-1");
        tryCompare(author, "sceneIndex", 0);
        clickOn(window, "previewSceneButton");
        const dialog = author.previewDialog;
        tryVerify(() => dialog.opened);
        mouseClick(dialog.standardButton(Dialog.Ok));
        tryVerify(() => !dialog.visible);
        compare(editor.lastError, "");
        tryVerify(() => find(window, "playScreen") !== null, 3000, "the preview did not start");
        compare(String(editor.value("scenes[0].lines[0].segments[0].id")), "line-part");
        const strip = find(window, "previewStrip");
        verify(strip.visible);
        verify(strip.text.includes("total 0"), strip.text);
        flag(window, "segment_line-part");
        tryVerify(() => find(window, "previewStrip").text.includes("signs 3"), 2000, find(window, "previewStrip").text);
        clickOn(window, "stepOutButton");
        const stepOut = find(window, "playScreen").stepOutDialog;
        tryVerify(() => stepOut.opened);
        mouseClick(stepOut.standardButton(Dialog.Yes));
        tryVerify(() => find(window, "authorScreen") !== null && find(window, "playScreen") === null, 3000);

        // Saved: in the library, marked as edited, and played with the expected score.
        clickOn(window, "saveButton");
        tryVerify(() => !editor.modified);
        // Saving refreshes the library; the keyboard stays in the editor (the hidden start screen once took it).
        wait(100);
        let focusInEditor = false;
        for (let p = window.activeFocusItem; p; p = p.parent)
            focusInEditor = focusInEditor || p === author;
        verify(focusInEditor, "the keyboard focus left the editor on saving: " + window.activeFocusItem);
        clickOn(window, "closeEditorButton");
        tryVerify(() => !editor.isOpen);
        verify(find(window, "open_night-shift"));

        // Exported as one ZIP, deleted, and imported again as another laptop would (the dialogs are Qt's own:
        // the file is chosen in them and they say accepted).
        const zip = "file://" + editor.folderPath + "/../night-shift-export.zip"; // the run's temporary folder
        clickOn(window, "export_night-shift");
        tryVerify(() => author.exportDialog.visible);
        author.exportDialog.selectedFile = zip;
        author.exportDialog.accepted();
        author.exportDialog.close();
        compare(editor.lastError, "");
        verify(find(window, "authorMessage").text.startsWith("Exported to"), find(window, "authorMessage").text);
        clickOn(window, "delete_night-shift");
        tryVerify(() => author.deleteDialog.opened);
        mouseClick(author.deleteDialog.standardButton(Dialog.Ok));
        tryVerify(() => find(window, "open_night-shift") === null, 3000, "the scenario was not deleted");
        clickOn(window, "importButton");
        tryVerify(() => author.importDialog.visible);
        author.importDialog.selectedFile = zip;
        author.importDialog.accepted();
        author.importDialog.close();
        compare(editor.lastError, "");
        tryVerify(() => find(window, "open_night-shift") !== null, 3000, "the scenario did not come back");
        // (The test runs without the .qm files: the source text, numerus unresolved.)
        verify(find(window, "authorMessage").text.startsWith("1 scenario"), find(window, "authorMessage").text);
        signIn(window, "Autora Pārbaude");
        tryVerify(() => find(window, "edited_night-shift") !== null && find(window, "edited_night-shift").visible, 3000, "the scenario is not in the library as edited");
        clickOn(window, "play_night-shift");
        clickOn(window, "acceptWarning");
        flag(window, "segment_line-part");
        flag(window, "hotspot_hotspot");
        clickOn(window, "choice_choice");
        clickOn(window, "institution_" + institution);
        clickOn(window, "submitReferral");
        clickOn(window, "choice_choice-3");
        // By hand: the signs of excessive hours and confiscated documents (strong: 3 each) + the first choice (3)
        // + the required institution (3, and 1 for its urgency: the plan's same day is sooner than within
        // days) = 13 of 13.
        tryVerify(() => find(window, "debriefPercent") !== null, 3000, "no debrief");
        compare(find(window, "debriefPercent").text, "100 %");
    }

    // A conversation built in the editor: a variable (trust), a conversation scene whose first move raises
    // trust, a second move offered only then whose answer carries a sign, the limit leading to an assessment
    // scene, and two questions (one right answer; a judgement keyed by hand instead of the ILO/EC rule). Every
    // complaint fixed, saved, and played in solo mode with the score worked out by hand.
    function test_conversationAndQuestions() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        AppContext.language = "en";
        clickOn(window, "authorButton");
        clickOn(window, "newScenarioTitle");
        type("Kitchen talk");
        clickOn(window, "createScenarioButton");
        const author = find(window, "authorScreen");
        const editor = author.editor;
        tryVerify(() => editor.isOpen, 2000, "the new scenario did not open");

        // A person, and a variable renamed "trust" (0..10, from 0).
        clickOn(window, "showKeyButton");
        clickOn(window, "addPersonButton");
        clickOn(window, "addVariableButton");
        tryCompare(editor, "variableIds", ["variable"]);
        clickOn(window, "variableId_0");
        keyClick(Qt.Key_A, Qt.ControlModifier);
        type("trust");
        keyClick(Qt.Key_Tab);
        tryCompare(editor, "variableIds", ["trust"]);

        // A conversation scene (the menu's second entry) with the person, a first move and a limit.
        clickOn(window, "showSceneButton");
        clickOn(window, "addSceneButton");
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryCompare(author, "sceneIndex", 1);
        compare(String(editor.value("scenes[1].kind")), "conversation");
        compare(String(editor.value("scenes[1].person")), "person");
        verify(find(window, "conversationLimit").checked, "a new conversation has no limit");
        compare(String(editor.value("scenes[1].moves[0].reply[0].speaker")), "person");

        // The first move: 2 points, and trust goes up by 1.
        clickOn(window, "points_scenes[1].moves[0]");
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        compare(Number(editor.value("scenes[1].moves[0].points")), 2);
        clickOn(window, "addEffect_scenes[1].moves[0].effects");
        compare(String(editor.value("scenes[1].moves[0].effects[0].var")), "trust");
        compare(Number(editor.value("scenes[1].moves[0].effects[0].add")), 1);
        // "goes up by" and "becomes" change the effect's kind; back again.
        pick(window, "effectMode_scenes[1].moves[0].effects[0]", 1);
        compare(Number(editor.value("scenes[1].moves[0].effects[0].set")), 1);
        pick(window, "effectMode_scenes[1].moves[0].effects[0]", 0);
        compare(Number(editor.value("scenes[1].moves[0].effects[0].add")), 1);

        // A second move, offered only when trust >= 1, worth 2; its answer is a sign of excessive hours.
        clickOn(window, "addChoiceButton");
        compare(editor.count("scenes[1].moves"), 2);
        clickOn(window, "addCondition_scenes[1].moves[1].conditions");
        compare(String(editor.value("scenes[1].moves[1].conditions[0].var")), "trust");
        compare(String(editor.value("scenes[1].moves[1].conditions[0].op")), ">=");
        compare(Number(editor.value("scenes[1].moves[1].conditions[0].value")), 1);
        clickOn(window, "points_scenes[1].moves[1]");
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        pick(window, "mark_scenes[1].moves[1].reply[0].segments[0]", 5);
        compare(String(editor.value("scenes[1].moves[1].reply[0].segments[0].cue.indicator")), "excessive-hours");

        // An assessment scene; the conversation's limit leads to it (targets: scene-1, scene, scene-2, ending).
        clickOn(window, "addSceneButton");
        for (let i = 0; i < 4; ++i)
            keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryCompare(author, "sceneIndex", 2);
        compare(String(editor.value("scenes[2].kind")), "assessment");
        clickOn(window, "graphNode_scene");
        tryCompare(author, "sceneIndex", 1);
        pick(window, "limitTarget", 2);
        compare(String(editor.value("scenes[1].limit.next")), "scene-2");
        // The first scene leads into the conversation.
        clickOn(window, "graphNode_scene-1");
        tryCompare(author, "sceneIndex", 0);
        pick(window, "target_scenes[0].choices[0]", 1);
        compare(String(editor.value("scenes[0].choices[0].next")), "scene");

        // Two questions: one right answer (b), and a judgement keyed by hand as labour rights.
        clickOn(window, "showKeyButton");
        clickOn(window, "addQuestionButton");
        clickOn(window, "correct_questions[0].options[1]");
        compare(editor.texts("questions[0].correct"), ["b"]);
        clickOn(window, "addQuestionButton");
        pick(window, "questionKind_questions[1]", 0);
        compare(String(editor.value("questions[1].kind")), "judgement");
        compare(String(editor.value("questions[1].correct")), "derive-ilo");
        compare(String(editor.value("questions[1].options[1].id")), "labour-rights");
        clickOn(window, "deriveIlo_questions[1]");
        clickOn(window, "correct_questions[1].options[1]");
        compare(editor.texts("questions[1].correct"), ["labour-rights"]);

        fixEveryFinding(window, editor);
        clickOn(window, "saveButton");
        tryVerify(() => !editor.modified);
        clickOn(window, "closeEditorButton");
        tryVerify(() => !editor.isOpen);

        // Played: the second move comes only after the first has raised trust.
        signIn(window, "Sarunas Pārbaude");
        clickOn(window, "play_kitchen-talk");
        clickOn(window, "acceptWarning");
        clickOn(window, "choice_choice");
        tryVerify(() => find(window, "choice_move") !== null, 3000, "the conversation's first move is not offered");
        verify(find(window, "choice_move-2") === null, "the second move is offered before trust rose");
        clickOn(window, "choice_move");
        tryVerify(() => find(window, "choice_move-2") !== null, 3000, "the second move did not come with trust");
        clickOn(window, "choice_move-2");
        tryVerify(() => find(window, "segment_move-2-reply-part") !== null, 3000, "no answer to the second move");
        flag(window, "segment_move-2-reply-part");
        clickOn(window, "choice_limit");
        clickOn(window, "answer_question_b");
        clickOn(window, "answer_question-2_neither");
        clickOn(window, "choice_choice-2");
        // By hand: moves 2 + 2 (each the best offered then), the sign of excessive hours (strong: 3), question 1
        // (2) and the judgement answered wrongly (0 of 2) = 9 of 11.
        tryVerify(() => find(window, "debriefPercent") !== null, 3000, "no debrief");
        const total = findWhere(find(window, "debriefScreen"), item => String(item.text ?? "").includes("points on the path you took"));
        verify(total !== null);
        verify(total.text.startsWith("9 of 11 points"), total.text);
    }

    // A scenario of over 1 MB opens on the thread pool: clicked open, the window keeps drawing (its busy
    // indicator turns) and says it is opening; the scenario is in the editor once read, all of it.
    function test_largeScenarioOpensInTheBackground() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        AppContext.language = "en";
        clickOn(window, "authorButton");
        clickOn(window, "newScenarioTitle");
        type("Long story");
        clickOn(window, "createScenarioButton");
        const editor = find(window, "authorScreen").editor;
        tryVerify(() => editor.isOpen, 2000, "the new scenario did not open");
        const summary = "Words. ".repeat(160000); // 1.1 MB
        verify(editor.setValue("summary.en", summary));
        editor.endTyping();
        clickOn(window, "saveButton");
        tryVerify(() => !editor.modified);
        clickOn(window, "closeEditorButton");
        tryVerify(() => !editor.isOpen);

        const counter = createTemporaryObject(frameCounter, testCase, {
            "target": window
        });
        TestSupport.holdBackgroundWork(1500); // as reading a 20 MB scenario takes
        clickOn(window, "open_long-story");
        verify(editor.opening, "a large scenario did not open on the thread pool");
        verify(!editor.isOpen);
        tryVerify(() => find(window, "openingNotice").visible);
        tryVerify(() => counter.frames >= 10, 5000, "no frames were drawn while the scenario was read");
        verify(!editor.isOpen);
        TestSupport.holdBackgroundWork(0);
        tryVerify(() => editor.isOpen, 5000, editor.lastError);
        verify(!editor.opening);
        verify(!find(window, "openingNotice").visible);
        compare(String(editor.value("summary.en")).length, summary.length);
        verify(String(editor.value("summary.en")) === summary, "the summary was not read whole");
        compare(String(editor.value("title.lv")), "Long story");

        // Deleted while it is still being opened: the opening stops, and the file does not come back.
        clickOn(window, "closeEditorButton");
        tryVerify(() => !editor.isOpen);
        TestSupport.holdBackgroundWork(1500);
        clickOn(window, "open_long-story");
        verify(editor.opening);
        const author = find(window, "authorScreen");
        clickOn(window, "delete_long-story");
        tryVerify(() => author.deleteDialog.opened);
        mouseClick(author.deleteDialog.standardButton(Dialog.Ok));
        tryVerify(() => !editor.opening, 2000, "the opening went on after the file was deleted");
        TestSupport.holdBackgroundWork(0);
        wait(2000); // the held job finishes: its result must be dropped
        verify(!editor.isOpen, "a deleted scenario was opened");
        verify(!Array.from(editor.authored).some(s => s.id === "long-story"), "the deleted scenario is still listed");
    }

    // Opens the drop-down list `name` and picks the entry whose id (or text) is `id`, with the keyboard.
    function pickId(window, name, id) {
        const box = find(window, name);
        verify(box !== null, "no list named " + name);
        const steps = box.valueRole.length > 0 ? box.indexOfValue(id) : box.find(id, Qt.MatchExactly);
        verify(steps >= 0, name + " does not offer " + id);
        return pick(window, name, steps);
    }

    function retype(window, name, text) {
        clickOn(window, name);
        keyClick(Qt.Key_A, Qt.ControlModifier);
        type(text);
        keyClick(Qt.Key_Return);
    }

    // A conversation with a planted detail (an unreliable answer plants it, a later move acts on it), a state
    // with its own portrait, a variable and the detail renamed where they are used (undone and redone), a name
    // already taken refused, and Russian added to every text (undone, redone and written); then saved, played,
    // and the debrief traces the planted detail back to the question.
    function test_plantedDetailsLanguagesAndRenames() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        AppContext.language = "en";
        clickOn(window, "authorButton");
        clickOn(window, "newScenarioTitle");
        type("Bakery talk");
        clickOn(window, "createScenarioButton");
        const author = find(window, "authorScreen");
        const editor = author.editor;
        tryVerify(() => editor.isOpen, 2000, "the new scenario did not open");

        // A person, a variable "trust", a planted detail "cannot-leave" with its words.
        clickOn(window, "showKeyButton");
        clickOn(window, "addPersonButton");
        clickOn(window, "addVariableButton");
        retype(window, "variableId_0", "trust");
        tryCompare(editor, "variableIds", ["trust"]);
        clickOn(window, "addPlantedDetailButton");
        tryCompare(editor, "plantedDetailIds", ["detail"]);
        retype(window, "plantedDetailId_0", "cannot-leave");
        tryCompare(editor, "plantedDetailIds", ["cannot-leave"]);
        clickOn(window, "field_plantedDetails[0].truth.en");
        type("She stays for the pay she is owed");
        window.activeFocusItem.focus = false;

        // A conversation after the first scene.
        clickOn(window, "showSceneButton");
        clickOn(window, "addSceneButton");
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryCompare(author, "sceneIndex", 1);
        const sceneId = String(editor.value("scenes[1].id"));
        // Its first move raises trust; its answer is unreliable and plants the detail.
        clickOn(window, "addEffect_scenes[1].moves[0].effects");
        compare(String(editor.value("scenes[1].moves[0].effects[0].var")), "trust");
        clickOn(window, "unreliable_scenes[1].moves[0].reply[0]");
        compare(editor.value("scenes[1].moves[0].reply[0].unreliable"), true);
        pickId(window, "plants_scenes[1].moves[0].reply[0]", "cannot-leave");
        compare(String(editor.value("scenes[1].moves[0].reply[0].plants")), "cannot-leave");
        // A second move acts on it and ends the conversation.
        clickOn(window, "addChoiceButton");
        compare(editor.count("scenes[1].moves"), 2);
        pickId(window, "add_scenes[1].moves[1].restsOn", "cannot-leave");
        compare(editor.texts("scenes[1].moves[1].restsOn"), ["cannot-leave"]);
        pickId(window, "target_scenes[1].moves[1]", String(editor.value("endings[0].id")));
        verify(editor.has("scenes[1].moves[1].ending"));
        // A state shown while trust is high, with a portrait of its own.
        clickOn(window, "addStateButton");
        compare(String(editor.value("scenes[1].states[0].when[0].var")), "trust");
        const state = find(window, "stateEditor_0");
        clickOn(window, "choosePortrait_scenes[1].states[0]");
        tryVerify(() => state.portraitDialog.visible, 3000, "the file dialog did not open");
        state.portraitDialog.selectedFile = Qt.resolvedUrl("../data/valid/media/office.svg");
        state.portraitDialog.accepted();
        state.portraitDialog.close();
        tryVerify(() => String(editor.value("scenes[1].states[0].portrait") ?? "").endsWith("office.svg"));
        verify(editor.has("scenes[1].states[0].portraitAlt.en"));
        tryVerify(() => find(window, "statePortrait_scenes[1].states[0]").status === Image.Ready, 3000, "the portrait is not shown");
        // The first scene leads into the conversation.
        clickOn(window, "graphNode_scene-1");
        tryCompare(author, "sceneIndex", 0);
        pickId(window, "target_scenes[0].choices[0]", sceneId);

        // "trust" renamed "rapport": the effect and the state's condition follow; one undo puts all back.
        clickOn(window, "showKeyButton");
        retype(window, "variableId_0", "rapport");
        tryCompare(editor, "variableIds", ["rapport"]);
        compare(String(editor.value("scenes[1].moves[0].effects[0].var")), "rapport");
        compare(String(editor.value("scenes[1].states[0].when[0].var")), "rapport");
        clickOn(window, "undoButton");
        tryCompare(editor, "variableIds", ["trust"]);
        compare(String(editor.value("scenes[1].moves[0].effects[0].var")), "trust");
        compare(String(editor.value("scenes[1].states[0].when[0].var")), "trust");
        clickOn(window, "redoButton");
        tryCompare(editor, "variableIds", ["rapport"]);
        compare(String(editor.value("scenes[1].states[0].when[0].var")), "rapport");
        // A second variable cannot take a name already used: refused, and its field shows its own again.
        clickOn(window, "addVariableButton");
        tryCompare(editor, "variableIds", ["rapport", "variable"]);
        retype(window, "variableId_1", "rapport");
        tryVerify(() => editor.lastError.indexOf("rapport") >= 0, 2000, "no word on the taken name");
        compare(editor.variableIds, ["rapport", "variable"]);
        tryCompare(find(window, "variableId_1"), "text", "variable");
        // The planted detail renamed: what plants it and what acts on it follow.
        retype(window, "plantedDetailId_0", "held-there");
        tryCompare(editor, "plantedDetailIds", ["held-there"]);
        compare(String(editor.value("scenes[1].moves[0].reply[0].plants")), "held-there");
        compare(editor.texts("scenes[1].moves[1].restsOn"), ["held-there"]);

        // A Russian title written before Russian is declared (a translator's file may bring one): adding the
        // language keeps it, removing the language takes it.
        verify(editor.setValue("title.ru", "Пекарня"));
        // Russian added: every text gets a field to write in, and the validator lists each until written.
        retype(window, "newLanguageField", "ru");
        tryCompare(editor, "languages", ["lv", "en", "ru"]);
        compare(String(editor.value("title.ru")), "Пекарня");
        compare(find(window, "scenarioLanguages").text, "Languages: lv, en, ru");
        verify(find(window, "field_title.ru") !== null, "the title has no Russian field");
        verify(find(window, "field_plantedDetails[0].truth.ru") !== null, "the detail's truth has no Russian field");
        editor.validateNow();
        verify(Array.from(editor.findings).some(f => f.message.indexOf("'ru'") >= 0), JSON.stringify(editor.findings));
        clickOn(window, "undoButton");
        tryCompare(editor, "languages", ["lv", "en"]);
        verify(!editor.has("scenes[1].moves[0].text.ru"), "undo left Russian texts");
        compare(String(editor.value("title.ru")), "Пекарня", "undo took the title's own translation");
        clickOn(window, "redoButton");
        tryCompare(editor, "languages", ["lv", "en", "ru"]);
        verify(editor.has("scenes[1].moves[0].reply[0].segments[0].text.ru"));
        // Russian removed again, after a question: gone from the list and every text, the title's too, though it
        // also has a German translation nobody declared; one undo brings it back.
        verify(editor.setValue("title.de", "Bäckerei"));
        clickOn(window, "removeLanguage_ru");
        const removeDialog = find(window, "authorScreen").removeLanguageDialog;
        tryVerify(() => removeDialog.opened, 2000, "removing a language asks nothing");
        mouseClick(removeDialog.standardButton(Dialog.Ok));
        tryCompare(editor, "languages", ["lv", "en"]);
        compare(find(window, "scenarioLanguages").text, "Languages: lv, en");
        verify(!editor.has("title.ru") && !editor.has("scenes[1].moves[0].reply[0].segments[0].text.ru"),
               "Russian texts left after removing the language");
        verify(editor.has("title.lv") && editor.has("title.en") && editor.has("title.de"));
        verify(find(window, "field_title.ru") === null, "the title still has a Russian field");
        clickOn(window, "undoButton");
        tryCompare(editor, "languages", ["lv", "en", "ru"]);
        verify(editor.has("title.ru") && editor.has("scenes[1].moves[0].reply[0].segments[0].text.ru"));
        compare(String(editor.value("title.ru")), "Пекарня");
        verify(editor.removeAt("title.de"));

        fixEveryFinding(window, editor);
        clickOn(window, "saveButton");
        tryVerify(() => !editor.modified);
        clickOn(window, "closeEditorButton");
        tryVerify(() => !editor.isOpen);

        // Played: the leading question plants the detail, the second move acts on it; the debrief says so.
        signIn(window, "Iestadita Detala");
        clickOn(window, "play_bakery-talk");
        clickOn(window, "acceptWarning");
        clickOn(window, "choice_choice");
        clickOn(window, "choice_move");
        clickOn(window, "choice_move-2");
        tryVerify(() => find(window, "debriefPercent") !== null, 3000, "no debrief");
        const traced = findWhere(find(window, "debriefScreen"), item => String(item.text ?? "").startsWith("In fact: She stays for the pay she is owed"));
        verify(traced !== null, "the debrief does not trace the planted detail");
        verify(traced.text.indexOf("you chose") >= 0, traced.text);
    }

    // Editing on the map: a node's menu (right click) adds a scene after it with the choice leading there (one
    // undo step), leads a new choice from it to the node clicked next, and removes it; the Menu key opens the
    // same menu from the keyboard.
    // Clicks the item `name` of the map's scene menu.
    function pickFromSceneMenu(graph, name) {
        tryVerify(() => graph.sceneMenu.opened, 2000, "no menu on the scene");
        const item = findChild(graph.sceneMenu.contentItem, name);
        verify(item !== null, "no menu item " + name);
        mouseClick(item);
        tryVerify(() => !graph.sceneMenu.visible);
    }

    function test_graphEditing() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        AppContext.language = "en";
        clickOn(window, "authorButton");
        clickOn(window, "newScenarioTitle");
        type("Map test");
        clickOn(window, "createScenarioButton");
        const author = find(window, "authorScreen");
        const editor = author.editor;
        tryVerify(() => editor.isOpen && find(window, "graphNode_scene-1") !== null, 3000);
        const graph = find(window, "sceneGraph");

        // Add a scene after the first: the new scene, and a second choice of the first leading to it.
        const first = find(window, "graphNode_scene-1");
        mouseClick(first, first.width / 2, first.height / 2, Qt.RightButton);
        tryVerify(() => graph.sceneMenu.opened, 2000, "no menu on the scene");
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryCompare(editor, "revision", editor.revision);
        compare(editor.count("scenes"), 2);
        compare(String(editor.value("scenes[1].id")), "scene");
        compare(editor.count("scenes[0].choices"), 2);
        compare(String(editor.value("scenes[0].choices[1].next")), "scene");
        tryCompare(author, "sceneIndex", 1);
        // One undo step takes both away, one redo brings both back.
        clickOn(window, "undoButton");
        compare(editor.count("scenes"), 1);
        compare(editor.count("scenes[0].choices"), 1);
        clickOn(window, "redoButton");
        compare(editor.count("scenes"), 2);
        compare(String(editor.value("scenes[0].choices[1].next")), "scene");

        // From the keyboard: the new scene's node, its menu by the Menu key, "Lead a new choice from here to…",
        // then a click on the ending.
        tryVerify(() => find(window, "graphNode_scene") !== null, 3000);
        const second = find(window, "graphNode_scene");
        second.forceActiveFocus();
        keyClick(Qt.Key_Menu);
        tryVerify(() => graph.sceneMenu.opened, 2000, "the Menu key opened no menu");
        pickFromSceneMenu(graph, "menuConnect");
        tryVerify(() => find(window, "connectHint").visible, 2000, "not waiting for the target");
        tryVerify(() => find(window, "graphNode_ending") !== null);
        clickOn(window, "graphNode_ending");
        tryVerify(() => !find(window, "connectHint").visible);
        compare(editor.count("scenes[1].choices"), 2);
        compare(String(editor.value("scenes[1].choices[1].ending")), "ending");
        compare(graph.connectingFrom, -1);

        // Esc leaves the waiting without a change.
        mouseClick(second, second.width / 2, second.height / 2, Qt.RightButton);
        pickFromSceneMenu(graph, "menuConnect");
        tryVerify(() => find(window, "connectHint").visible);
        keyClick(Qt.Key_Escape);
        tryVerify(() => !find(window, "connectHint").visible);
        compare(editor.count("scenes[1].choices"), 2);

        // Removed from the map.
        mouseClick(second, second.width / 2, second.height / 2, Qt.RightButton);
        pickFromSceneMenu(graph, "menuRemoveScene");
        tryVerify(() => editor.count("scenes") === 1, 2000, "the scene was not removed");
    }

    // A story sketched in Twine, brought in from its published HTML: a new scenario in the editor, what could
    // not be brought in said at the HTML file's lines, and its map drawn. Then renamed from the list, and a
    // folder of scenarios imported at once.
    function test_twineStory() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        AppContext.language = "en";
        clickOn(window, "authorButton");
        const author = find(window, "authorScreen");
        clickOn(window, "importButton");
        tryVerify(() => author.importDialog.visible);
        author.importDialog.selectedFile = Qt.resolvedUrl("../data/twine/job-offer.html");
        author.importDialog.accepted();
        author.importDialog.close();
        const editor = author.editor;
        tryVerify(() => editor.isOpen, 3000, editor.lastError);
        compare(String(editor.value("id")), "a-job-offer");
        compare(String(editor.value("title.en")), "A job offer");
        const message = find(window, "editorMessage").text;
        verify(message.includes("7 passages, 8 links"), message);
        verify(message.includes("15:1"), message); // the (set: macro, at the HTML file's line
        tryVerify(() => find(window, "graphNode_at-the-desk") !== null, 3000, "the map has no start scene");
        verify(find(window, "graphNode_lost") !== null, "the map has no ending 'lost'");
        // A draft: the skeleton's TODOs and missing keys are for the author.
        editor.validateNow();
        verify(editor.draft);
        clickOn(window, "closeEditorButton");
        tryVerify(() => !editor.isOpen);
        verify(find(window, "open_a-job-offer") !== null);

        // Renamed from the list: a new title, and the id and file made from it.
        clickOn(window, "rename_a-job-offer");
        tryVerify(() => author.renameDialog.opened);
        tryVerify(() => window.activeFocusItem && window.activeFocusItem.objectName === "renameField", 2000, "the title field has no keyboard focus");
        keyClick(Qt.Key_A, Qt.ControlModifier);
        type("Job offer abroad");
        keyClick(Qt.Key_Return);
        tryVerify(() => !author.renameDialog.visible);
        compare(editor.lastError, "");
        tryVerify(() => find(window, "open_job-offer-abroad") !== null, 3000, "not renamed: " + editor.lastMessage);
        verify(find(window, "open_a-job-offer") === null);
        clickOn(window, "open_job-offer-abroad");
        tryVerify(() => editor.isOpen);
        compare(String(editor.value("id")), "job-offer-abroad");
        compare(String(editor.value("title.en")), "Job offer abroad");
        clickOn(window, "closeEditorButton");
        tryVerify(() => !editor.isOpen);

        // A folder of scenario files brought in at once, with their media (the dialog is Qt's own).
        clickOn(window, "importFolderButton");
        tryVerify(() => author.importFolderDialog.visible);
        author.importFolderDialog.selectedFolder = Qt.resolvedUrl("../data/importfolder");
        author.importFolderDialog.accepted();
        author.importFolderDialog.close();
        compare(editor.lastError, "");
        tryVerify(() => find(window, "open_folder-one") !== null && find(window, "open_folder-two") !== null, 3000, "the folder's scenarios are not listed");
        verify(find(window, "authorMessage").text.startsWith("2 scenario"), find(window, "authorMessage").text);

        // A copy of a shipped scenario plays at once: in the library before anything is saved.
        const shipped = editor.shipped[0];
        clickOn(window, "copy_" + shipped.id);
        tryVerify(() => editor.isOpen);
        clickOn(window, "closeEditorButton");
        tryVerify(() => !editor.isOpen);
        const copyId = String(shipped.file).split("/").pop().replace(/\.json$/, "") + "-edited";
        const copy = Array.from(editor.authored).find(e => e.id === copyId);
        verify(copy !== undefined, JSON.stringify(editor.authored));
        verify(copy.playable, "a fresh copy of a shipped scenario is listed as a draft");

        // Opened again from the list (the map was hidden meanwhile): its arrows are drawn, at the boxes' zoom,
        // and follow Fit.
        clickOn(window, "open_" + copyId);
        tryVerify(() => editor.isOpen);
        const graph = find(window, "sceneGraph");
        const edges = findChild(graph, "graphEdges");
        tryVerify(() => edges.arrowsDrawn > 0, 3000, "the map shows no arrows");
        tryCompare(edges, "paintedZoom", graph.zoom);
        clickOn(window, "graphFit");
        tryCompare(edges, "paintedZoom", graph.zoom);
        verify(edges.arrowsDrawn > 0);

        // Which arrows the map draws, in a 400×300 view at zoom 1: a loop's swing reaches 60 below its start.
        const arrows = [
            // [x1, y1, x2, y2, drawn, what]
            [100, -50, 100, -200, true, "a loop whose ends are above the view but whose swing comes in"],
            [100, -90, 100, -200, false, "a loop entirely above the view"],
            [100, -200, 100, -50, false, "an arrow down, entirely above the view"],
            [100, 350, 100, 300, true, "a loop whose ends are below the view but whose swing comes in"],
            [100, 100, 100, 200, true, "an arrow inside the view"],
            [-150, 100, -150, 50, false, "a loop left of the view"]
        ];
        for (const [x1, y1, x2, y2, drawn, what] of arrows)
            compare(graph.arrowInView(x1, y1, x2, y2, 1, 400, 300), drawn, what);
    }

    // Languages removed from a voiced scenario (a shipped one, imported; English, then Russian): their texts and
    // their lines' recordings go, Latvian's stay, the validator finds nothing new and nothing about either; each
    // undo brings one language's recordings back; the only language left has no button to remove it.
    function test_removingALanguageTakesItsRecordings() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        AppContext.language = "en";
        clickOn(window, "authorButton");
        const author = find(window, "authorScreen");
        const editor = author.editor;
        clickOn(window, "importButton");
        tryVerify(() => author.importDialog.visible);
        author.importDialog.selectedFile = Qt.resolvedUrl("../../scenarios/bakery-overtime.json");
        author.importDialog.accepted();
        author.importDialog.close();
        compare(editor.lastError, "");
        clickOn(window, "open_bakery-overtime");
        tryVerify(() => editor.isOpen, 3000, editor.lastError);

        // The recordings of the scenes' lines and of the conversations' replies.
        const recordings = language => {
            let n = 0;
            const count = line => n += editor.has(line + ".voice." + language) ? 1 : 0;
            for (let i = 0; i < editor.count("scenes"); ++i) {
                const scene = "scenes[" + i + "]";
                for (let j = 0; j < editor.count(scene + ".lines"); ++j)
                    count(scene + ".lines[" + j + "]");
                for (let m = 0; m < editor.count(scene + ".moves"); ++m)
                    for (let r = 0; r < editor.count(scene + ".moves[" + m + "].reply"); ++r)
                        count(scene + ".moves[" + m + "].reply[" + r + "]");
            }
            return n;
        };
        compare(Array.from(editor.languages), ["lv", "en", "ru"]);
        const english = recordings("en"), latvian = recordings("lv"), russian = recordings("ru");
        verify(english > 20 && latvian > 20 && russian > 20, "the shipped scenario's lines and replies are not voiced: " + english + ", " + russian);
        editor.validateNow();
        const errorsBefore = editor.errorCount;
        clickOn(window, "showKeyButton");
        // English removed, then Russian: Latvian is left, the only language, which cannot be removed.
        const removeDialog = find(window, "authorScreen").removeLanguageDialog;
        for (const [language, left] of [["en", ["lv", "ru"]], ["ru", ["lv"]]]) {
            clickOn(window, "removeLanguage_" + language);
            tryVerify(() => removeDialog.opened, 2000, "removing a language asks nothing");
            mouseClick(removeDialog.standardButton(Dialog.Ok));
            tryCompare(editor, "languages", left);
            tryVerify(() => !removeDialog.visible);
        }
        verify(find(window, "removeLanguage_lv") === null, "the only language can be removed");
        editor.validateNow();
        compare(editor.errorCount, errorsBefore, JSON.stringify(editor.findings));
        verify(!Array.from(editor.findings).some(f => f.message.indexOf("'en'") >= 0 || f.message.indexOf("'ru'") >= 0), JSON.stringify(editor.findings));
        verify(!editor.has("title.en") && !editor.has("title.ru") && editor.has("title.lv"));
        compare(recordings("en"), 0);
        compare(recordings("ru"), 0);
        compare(recordings("lv"), latvian);
        clickOn(window, "undoButton");
        tryCompare(editor, "languages", ["lv", "ru"]);
        compare(recordings("ru"), russian, "undo did not bring the Russian recordings back");
        clickOn(window, "undoButton");
        tryCompare(editor, "languages", ["lv", "en", "ru"]);
        compare(recordings("en"), english, "undo did not bring the English recordings back");
        verify(editor.has("title.en"));
    }
}
