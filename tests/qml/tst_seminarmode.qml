import QtQuick
import QtTest
import Saskati
import SaskatiTest

// A lecturer runs a seminar through the real views with the keyboard only, as a clicker would: create the
// seminar, start a scenario without phones, open, close and reveal the answers with PageDown, count hands, blank
// the screen with B, go back with PageUp, and play the room to its ending; the database holds the room's run.
TestCase {
    id: testCase
    name: "SeminarMode"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    // Qt 6.4 crashes or misdraws after these: any of them in a seminar screen fails the test that caused it.
    // A controller's list model's entries as an array.
    function entries(model: var): var {
        const list = [];
        for (let row = 0; row < model.count; ++row)
            list.push(model.get(row));
        return list;
    }

    function init() {
        failOnWarning(/(Seminar\w*|AudienceView|PresenterConsole)\.qml.*(Polish|Binding) loop detected/);
    }

    // The start screen -> a new seminar with the first scenario planned, by keyboard; returns the seminar screen.
    function openSeminar(window: var, title: string): var {
        tryVerify(() => AppContext.loaded, 5000, "scenarios and results were not loaded");
        window.requestActivate();
        tryVerify(() => window.active, 3000, "the window should be active for the keys");
        waitForRendering(window.contentItem);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "seminarTitle") !== null, 3000, "Right, Return should open the seminar setup");
        const titleField = findChild(window.contentItem, "seminarTitle");
        tryVerify(() => titleField.activeFocus, 2000, "the title field should take the focus");
        for (const ch of title)
            keyClick(ch);
        const scenarios = findChild(window.contentItem, "seminarScenarios");
        scenarios.forceActiveFocus();
        keyClick(Qt.Key_Space);
        const create = findChild(window.contentItem, "createSeminar");
        create.forceActiveFocus();
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "seminarScreen") !== null, 3000);
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        const screen = findChild(window.contentItem, "seminarScreen");
        tryVerify(() => screen.activeFocus, 2000, "the seminar screen should have the keys");
        return screen;
    }

    // Every visible text of `item` whole (not elided), inside `item` (vertically too unless it scrolls), and no
    // two visible children of a layout or positioner on top of each other. Returns the problems found.
    function layoutProblems(item: Item): list<string> {
        const problems = [];
        const bounds = item.mapToItem(null, 0, 0, item.width, item.height);
        const describe = i => (i.objectName || "") + " “" + String(i.text ?? "").slice(0, 40) + "”";
        function walk(node, scrolls) {
            if (!node.visible || node.opacity === 0 || node.width <= 0 || node.height <= 0)
                return;
            const r = node.mapToItem(null, 0, 0, node.width, node.height);
            if (node.truncated === true)
                problems.push("elided: " + describe(node));
            // A line wider than its box runs under its neighbours or is cut by its parent.
            if (node.truncated !== undefined && node.wrapMode === Text.NoWrap && node.elide === Text.ElideNone && node.fontSizeMode === Text.FixedSize && node.contentWidth > node.width + 1)
                problems.push("wider than its box: " + describe(node));
            if (r.x < bounds.x - 1 || r.x + r.width > bounds.x + bounds.width + 1)
                problems.push("cut at the side: " + describe(node));
            if (!scrolls && (r.y < bounds.y - 1 || r.y + r.height > bounds.y + bounds.height + 1))
                problems.push("cut at the bottom: " + describe(node));
            const layout = node.spacing !== undefined && node.background === undefined && node.contentItem === undefined;
            const children = [];
            for (let i = 0; i < node.children.length; ++i)
                children.push(node.children[i]);
            const kids = children.filter(k => k.visible && k.width > 0 && k.height > 0 && k.opacity > 0);
            if (layout)
                for (let a = 0; a < kids.length; ++a)
                    for (let b = a + 1; b < kids.length; ++b) {
                        const ra = kids[a].mapToItem(null, 0, 0, kids[a].width, kids[a].height);
                        const rb = kids[b].mapToItem(null, 0, 0, kids[b].width, kids[b].height);
                        if (ra.x + ra.width > rb.x + 1 && rb.x + rb.width > ra.x + 1 && ra.y + ra.height > rb.y + 1 && rb.y + rb.height > ra.y + 1)
                            problems.push("overlap: " + describe(kids[a]) + " / " + describe(kids[b]));
                    }
            const flickable = node.contentY !== undefined && node.flicking !== undefined;
            for (const k of children)
                walk(k, scrolls || flickable);
        }
        walk(item, false);
        return problems;
    }

    function test_clickerRunsARoom() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        tryVerify(() => AppContext.loaded, 5000, "scenarios and results were not loaded");
        const controller = findChild(window, "seminar");
        verify(controller);
        window.requestActivate(); // the keys go to this window, also after another test's windows
        tryVerify(() => window.active, 3000);

        // Start screen -> seminar setup, by keyboard: Right moves from Practise to Run a seminar.
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "seminarTitle") !== null, 3000);
        const titleField = findChild(window.contentItem, "seminarTitle");
        tryVerify(() => titleField.activeFocus, 2000, "the title field should take the focus");
        for (const ch of "Liepaja test") // QTest types ASCII keys only
            keyClick(ch);
        const scenarios = findChild(window.contentItem, "seminarScenarios");
        scenarios.forceActiveFocus();
        keyClick(Qt.Key_Space); // choose the first scenario of the list
        const create = findChild(window.contentItem, "createSeminar");
        create.forceActiveFocus();
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "seminarScreen") !== null, 3000);
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        compare(controller.title, "Liepaja test");
        compare(controller.plannedScenarios.length, 1);

        // F5 starts the first planned scenario (phones on, nobody joined), full screen.
        const screen = findChild(window.contentItem, "seminarScreen");
        tryVerify(() => screen.activeFocus, 2000, "the seminar screen should have the keys");
        keyClick(Qt.Key_F5);
        tryCompare(controller, "phase", "scene");
        keyClick(Qt.Key_Escape);
        const audience = findChild(window.contentItem, "audienceView");
        verify(audience.visible);

        // The clicker: answers open, close, reveal; back and forth.
        keyClick(Qt.Key_PageDown);
        tryCompare(controller, "phase", "open");
        keyClick(Qt.Key_PageDown);
        tryCompare(controller, "phase", "closed");
        keyClick(Qt.Key_PageUp);
        tryCompare(controller, "phase", "open");
        keyClick(Qt.Key_Right);
        tryCompare(controller, "phase", "closed");
        keyClick(Qt.Key_Space);
        tryCompare(controller, "phase", "revealed");
        // Nobody answered: PageDown says so on the projector first (regression: it did nothing, silently).
        const notice = findChild(audience, "audienceNotice");
        verify(!notice.visible);
        keyClick(Qt.Key_PageDown);
        compare(controller.phase, "revealed");
        tryVerify(() => notice.visible, 2000, "the projector should say why the room does not go on");
        verify(controller.notice.indexOf("PageDown") >= 0);
        const firstScene = controller.sceneTitle;
        const options = entries(controller.choices);
        verify(options.length >= 2);
        verify(controller.setHands(options[0].id, 3));
        // The console's row of the first option (its show-of-hands field) stays the same item while the
        // counts change: the list is updated row by row, not rebuilt.
        const firstRow = findChild(window.contentItem, "choiceRow-" + options[0].id);
        verify(firstRow !== null);
        verify(controller.setHands(options[1].id, 5));
        compare(findChild(window.contentItem, "choiceRow-" + options[0].id), firstRow);
        compare(firstRow.entry.hands, 3);
        compare(controller.roomChoice, options[1].id);
        // 3 and 5 hands: 37.5 % and 62.5 %, shown as 38 and 62 (they add up to 100; rounded alone, 38 + 63).
        compare(controller.choices.get(0).percent, 38);
        compare(controller.choices.get(1).percent, 62);
        tryVerify(() => !notice.visible, 2000, "with hands counted the notice has nothing to say");

        // B blanks the projector and brings it back.
        keyClick(Qt.Key_B);
        verify(audience.blanked);
        keyClick(Qt.Key_Period);
        verify(!audience.blanked);

        keyClick(Qt.Key_PageDown);
        tryCompare(controller, "phase", "scene");
        verify(controller.sceneTitle !== firstScene);
        // Back from a new scene: the room returns to the last decision, revealed again.
        keyClick(Qt.Key_PageUp);
        tryCompare(controller, "phase", "revealed");
        compare(controller.sceneTitle, firstScene);

        // C shows the console on a single screen; play to the ending with the console's buttons.
        keyClick(Qt.Key_C);
        const consoleView = findChild(window.contentItem, "presenterConsole");
        tryVerify(() => consoleView.visible);
        for (let guard = 0; guard < 40 && controller.phase !== "ended"; ++guard) {
            if (controller.phase === "revealed")
                controller.setOverride(controller.choices.get(0).id);
            mouseClick(findChild(consoleView, "consoleNext"));
        }
        compare(controller.phase, "ended");
        verify(controller.endingTitle.length > 0);
        compare(findChild(consoleView, "consolePhase").text.length > 0, true);
        controller.leave();
    }

    // Nobody answered a revealed decision: the first PageDown explains on the projector and the console, the
    // second goes on with the best practice as the lecturer's choice.
    function test_nobodyAnsweredGoesOnWithTheBestPractice() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        const controller = findChild(window, "seminar");
        const screen = openSeminar(window, "Nobody answers");
        keyClick(Qt.Key_F5);
        tryCompare(controller, "phase", "scene");
        keyClick(Qt.Key_Escape);
        for (const phase of ["open", "closed", "revealed"]) {
            keyClick(Qt.Key_PageDown);
            tryCompare(controller, "phase", phase);
        }
        const best = entries(controller.choices).filter(c => c.best)[0];
        verify(best);
        const firstScene = controller.sceneTitle;
        keyClick(Qt.Key_PageDown);
        compare(controller.phase, "revealed");
        const notice = findChild(screen, "audienceNotice");
        tryVerify(() => notice.visible);
        keyClick(Qt.Key_C);
        const consoleNotice = findChild(findChild(screen, "presenterConsole"), "consoleNotice");
        tryVerify(() => consoleNotice.visible && consoleNotice.text === controller.notice);
        keyClick(Qt.Key_C);
        keyClick(Qt.Key_PageDown);
        tryVerify(() => controller.phase === "scene" || controller.phase === "ended", 2000, "the second PageDown should go on");
        verify(!notice.visible);
        // Back to that decision: the room's choice was the best practice, marked as the lecturer's.
        keyClick(Qt.Key_PageUp);
        tryCompare(controller, "phase", "revealed");
        compare(controller.sceneTitle, firstScene);
        compare(controller.overrideChoice, best.id);
        controller.leave();
    }

    // Leave during a seminar asks first (regression: one click ended it and the phones retried for ever); Esc
    // keeps the seminar and its keys; Tab and Return end it.
    function test_leaveAsksFirst() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        const controller = findChild(window, "seminar");
        const screen = openSeminar(window, "Leaving");
        keyClick(Qt.Key_F5);
        tryCompare(controller, "phase", "scene");
        keyClick(Qt.Key_Escape);
        const dialog = findChild(screen, "leaveDialog");
        verify(dialog);

        mouseClick(findChild(screen, "seminarLeave"));
        tryVerify(() => dialog.opened, 2000, "Leave should ask first");
        tryVerify(() => findChild(dialog.contentItem, "leaveCancel")?.activeFocus === true, 2000, "the safe answer should have the focus");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !dialog.visible);
        verify(controller.active);
        compare(controller.phase, "scene");
        tryVerify(() => screen.activeFocus, 2000, "the keys should come back to the seminar");
        keyClick(Qt.Key_PageDown);
        tryCompare(controller, "phase", "open");

        // "Continue the seminar" by mouse keeps it too.
        mouseClick(findChild(screen, "seminarLeave"));
        tryVerify(() => dialog.opened);
        mouseClick(findChild(dialog.contentItem, "leaveCancel"));
        tryVerify(() => !dialog.visible);
        verify(controller.active);

        // The console's own Leave (two screens have no strip), then the keyboard: Tab to "End the seminar".
        keyClick(Qt.Key_C);
        mouseClick(findChild(screen, "consoleLeave"));
        tryVerify(() => dialog.opened);
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Return);
        tryVerify(() => !controller.active, 2000, "End the seminar should leave it");
        tryVerify(() => findChild(window.contentItem, "seminarScreen") === null, 3000);
    }

    // The projector says how to open joining, and J opens it.
    function test_joiningHintAndKey() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        const controller = findChild(window, "seminar");
        const screen = openSeminar(window, "Joining");
        verify(!controller.joiningOpen);
        const hint = findChild(findChild(screen, "audienceView"), "joinHint");
        verify(hint.visible);
        verify(hint.text.indexOf("J") >= 0);
        compare(hint.truncated, false);
        verify(controller.interfaces.length > 0);
        keyClick(Qt.Key_J);
        tryVerify(() => controller.joiningOpen, 3000, "J should open joining");
        verify(!hint.visible);
        verify(findChild(findChild(screen, "audienceView"), "joinQr").visible);
        controller.leave();
    }

    // The presenter console holds at a laptop's and a projector's size, in both languages, small and large type:
    // nothing elided, nothing cut at its edges, nothing on top of anything else.
    function test_consoleHolds_data() {
        const rows = [];
        for (const size of [[1366, 768], [1920, 1080]])
            for (const language of ["lv", "en"])
                for (const scale of [0.9, 1.3])
                    rows.push({
                        "tag": size[0] + "x" + size[1] + " " + language + " " + scale,
                        "width": size[0],
                        "height": size[1],
                        "language": language,
                        "scale": scale
                    });
        return rows;
    }
    function test_consoleHolds(data) {
        const language = AppContext.language;
        const scale = AppContext.fontScale;
        AppContext.language = data.language;
        AppContext.fontScale = data.scale;
        const window = createTemporaryObject(mainComponent, null, {
            "width": data.width,
            "height": data.height
        });
        verify(window);
        const controller = findChild(window, "seminar");
        const screen = openSeminar(window, "Layout");
        keyClick(Qt.Key_J);
        tryVerify(() => controller.joiningOpen, 3000);
        keyClick(Qt.Key_F5);
        tryCompare(controller, "phase", "scene");
        keyClick(Qt.Key_Escape);
        keyClick(Qt.Key_C);
        const consoleView = findChild(screen, "presenterConsole");
        tryVerify(() => consoleView.visible);
        for (const phase of ["open", "closed", "revealed"]) {
            keyClick(Qt.Key_PageDown);
            tryCompare(controller, "phase", phase);
        }
        keyClick(Qt.Key_PageDown); // nobody answered: the notice is up too
        tryVerify(() => controller.notice.length > 0);
        waitForRendering(consoleView);
        const problems = layoutProblems(consoleView);
        AppContext.language = language;
        AppContext.fontScale = scale;
        controller.leave();
        compare(problems, [], problems.join("\n"));
    }
    // Names are typed on phones: what a person typed is shown as typed wherever people are listed (the
    // console's roster, the summary at the ending), never as markup (an <img> would load, an <a> would link).
    // The phones join over the real network, as the phone page does.
    function shownAsTyped(item: Item, names: list<string>, where: string) {
        const found = {};
        function walk(node) {
            if (!node.visible)
                return;
            if (typeof node.text === "string" && node.textFormat !== undefined && node.text.length > 0) {
                for (const name of names)
                    if (node.text.indexOf(name) >= 0) {
                        compare(node.textFormat, Text.PlainText, where + ": “" + node.text + "” is not plain text");
                        found[name] = true;
                    }
            }
            for (let i = 0; i < node.children.length; ++i)
                walk(node.children[i]);
            if (node.contentItem && node.contentItem !== node && node.contentItem.children)
                for (let i = 0; i < node.contentItem.children.length; ++i)
                    walk(node.contentItem.children[i]);
        }
        walk(item);
        for (const name of names)
            verify(found[name], where + ": “" + name + "” is not shown as typed");
    }

    function test_namesTypedOnPhonesAreText() {
        failOnWarning(/Error decoding|Cannot open|QML Image/);
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1920,
            "height": 1080
        });
        verify(window);
        const controller = findChild(window, "seminar");
        const screen = openSeminar(window, "Markup names");
        keyClick(Qt.Key_J);
        tryVerify(() => controller.joiningOpen, 3000);
        const names = ["<b>Bold</b>", "<a href=\"https://example.com\">Link</a>", "<img src=x> Img", "&lt;Esc&gt; <i>x"];
        for (const name of names)
            verify(TestSupport.joinPhone(controller.joinUrl, name), "a phone could not join as " + name);
        tryCompare(controller, "joined", names.length);
        keyClick(Qt.Key_F5);
        tryCompare(controller, "phase", "scene");
        keyClick(Qt.Key_Escape);
        keyClick(Qt.Key_C);
        const consoleView = findChild(screen, "presenterConsole");
        tryVerify(() => consoleView.visible);
        waitForRendering(consoleView);
        shownAsTyped(findChild(consoleView, "roster"), names, "console roster");
        for (let guard = 0; guard < 40 && controller.phase !== "ended"; ++guard) {
            if (controller.phase === "revealed")
                controller.setOverride(controller.choices.get(0).id);
            mouseClick(findChild(consoleView, "consoleNext"));
        }
        compare(controller.phase, "ended");
        waitForRendering(consoleView);
        shownAsTyped(consoleView, names, "console at the ending (summary)");
        controller.leave();
        TestSupport.dropPhones();
    }
    // A seminar stopped in the middle of a scenario (the app crashed, or it was left) is offered first on the
    // seminar screen; reopening it takes the room up at the decision where it stopped, with the same people.
    // "Do not resume" closes it as interrupted instead.
    function test_anInterruptedSeminarIsOfferedAndResumes() {
        let window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        let controller = findChild(window, "seminar");
        openSeminar(window, "Resume me");
        keyClick(Qt.Key_J);
        tryVerify(() => controller.joiningOpen, 3000);
        verify(TestSupport.joinPhone(controller.joinUrl, "Anna"));
        tryCompare(controller, "joined", 1);
        keyClick(Qt.Key_F5);
        tryCompare(controller, "phase", "scene");
        keyClick(Qt.Key_Escape);
        for (const phase of ["open", "closed", "revealed"]) {
            keyClick(Qt.Key_PageDown);
            tryCompare(controller, "phase", phase);
        }
        verify(controller.setOverride(controller.choices.get(0).id));
        keyClick(Qt.Key_PageDown);
        tryCompare(controller, "phase", "scene");
        const stoppedAt = controller.sceneTitle;
        controller.leave(); // as a crash would leave it: the scenario is still in progress
        TestSupport.dropPhones();
        window.destroy();

        // The app again: Run a seminar lists it first, and Return on it resumes.
        window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        controller = findChild(window, "seminar");
        tryVerify(() => AppContext.loaded, 5000);
        window.requestActivate();
        tryVerify(() => window.active, 3000);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "resumeSeminar") !== null, 3000, "the interrupted seminar should be offered");
        const resume = findChild(window.contentItem, "resumeSeminar");
        verify(resume.text.indexOf("Resume me") >= 0);
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        waitForRendering(window.contentItem);
        mouseClick(resume);
        tryVerify(() => findChild(window.contentItem, "seminarScreen") !== null, 3000);
        tryCompare(controller, "phase", "scene");
        compare(controller.sceneTitle, stoppedAt);
        compare(controller.joined, 1);
        compare(controller.roster.get(0).name, "Anna");
        controller.leave();
        window.destroy();

        // Not resumed: closed as interrupted, and no longer offered.
        window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        tryVerify(() => AppContext.loaded, 5000);
        window.requestActivate();
        tryVerify(() => window.active, 3000);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "closeInterrupted") !== null, 3000);
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        waitForRendering(window.contentItem);
        mouseClick(findChild(window.contentItem, "closeInterrupted"));
        tryVerify(() => findChild(window.contentItem, "resumeSeminar") === null, 3000, "a closed seminar is not offered again");
    }
}
