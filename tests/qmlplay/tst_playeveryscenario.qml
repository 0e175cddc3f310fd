import QtQuick
import QtTest
import Saskati
import SaskatiTest

// Every shipped scenario played to an ending through the real app, the way a trainee does it: mouse clicks and
// key presses delivered to the buttons on screen (scrolling with the wheel to reach them), never a C++ call.
// Each scenario is played twice, from two choices of its first decision; which, and the later decisions, the
// flags, the referral plan and the answers follow a seed (TestSupport.seed, printed; SASKATI_TEST_SEED replays it), so every run takes other
// paths. Runs offscreen and on X11 (xcb under Xvfb with a window manager): the crash this guards against
// happened only on a real display. The runner fails on any polish or binding loop warning.
TestCase {
    id: testCase
    name: "PlayEveryScenario"
    when: windowShown

    property var window: null
    property int rng: 1
    property int playthroughs: 0
    property bool verbose: false

    Component {
        id: mainComponent
        Main {}
    }
    Instantiator {
        id: library
        model: AppContext.scenarios
        delegate: QtObject {
            required property string scenarioId
        }
    }

    function random(n: int): int {
        rng = (Math.imul(rng, 1103515245) + 12345) & 0x7fffffff;
        return (rng >> 8) % n;
    }
    function find(name: string): var {
        return findChild(window.contentItem, name) || findChild(window.overlay, name);
    }
    function childrenNamed(parentItem: var, prefix: string): var {
        const found = [];
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.objectName.startsWith(prefix) && child.visible)
                    found.push(child);
                walk(child);
            }
        };
        if (parentItem)
            walk(parentItem);
        return found;
    }
    function enclosingFlickable(item: var): var {
        for (let p = item.parent; p; p = p.parent)
            if (p.contentY !== undefined && p.flicking !== undefined)
                return p;
        return null;
    }
    function settle() {
        tryVerify(() => !find("stack").busy, 5000, "the page is still moving");
        wait(30);
    }
    // Scrolls with the mouse wheel, as a person does: turns it while the item is out of sight (without waiting for
    // each turn's glide to end, which took 0.4 s a turn and most of this test's time), and once it is in sight
    // waits until the view has come to rest, then looks again. Once it has gone past the item, a turn at a time.
    // roomBelow: the part of the view under the item that must be free (a drop-down list opens there).
    function bringIntoView(item: var, roomBelow: real) {
        const flick = enclosingFlickable(item);
        if (!flick)
            return;
        const limit = flick.height * (1 - (roomBelow || 0));
        const inSight = () => {
            const top = item.mapToItem(flick, 0, 0).y;
            const bottom = top + Math.min(item.height, flick.height);
            return (top >= 0 && bottom <= limit) || (top >= 0 && flick.atYEnd); // or as far as it goes
        };
        let lastDirection = 0;
        let overshot = false;
        for (let i = 0; i < 400; ++i) {
            if (inSight()) {
                waitStill(flick);
                placed(item);
                if (inSight())
                    return;
                continue;
            }
            const direction = item.mapToItem(flick, 0, 0).y < 0 ? 1 : -1;
            overshot = overshot || (lastDirection !== 0 && direction !== lastDirection);
            lastDirection = direction;
            mouseWheel(flick, flick.width / 2, flick.height / 2, 0, 120 * direction);
            if (overshot)
                waitStill(flick);
            else
                wait(20);
        }
        fail("could not scroll " + item.objectName + " into view");
    }
    // A wheel turn scrolls on over a few frames: wait until the view has come to rest (a click while it still
    // moves lands on whatever has slid under the pointer).
    function waitStill(flick: var) {
        let last = NaN;
        tryVerify(() => {
            const still = flick.contentY === last && !flick.moving;
            last = flick.contentY;
            return still;
        }, 3000, "the view does not come to rest");
    }
    // A person clicks what they see: wait until the layouts and positioners above the item have placed it (a
    // row just added is drawn where it belongs only after their next polish).
    function placed(item: var) {
        for (let p = item; p; p = p.parent)
            if (isPolishScheduled(p))
                waitForItemPolished(p, 3000);
    }
    function click(item: var, roomBelow: real) {
        verify(item, "nothing to click");
        placed(item);
        bringIntoView(item, roomBelow || 0);
        placed(item);
        tryVerify(() => item.visible && item.enabled, 3000, item.objectName + " is not clickable");
        mouseClick(item);
    }
    function clickNamed(name: string) {
        settle();
        tryVerify(() => find(name) !== null, 5000, "no item named " + name);
        click(find(name));
    }
    function type(text: string) {
        for (const c of text)
            keyClick(c);
    }
    // A ComboBox as a person uses it: open it with a click, move with the arrow keys, confirm with Enter.
    function pickInComboBox(box: var, steps: int) {
        const flick = enclosingFlickable(box);
        const before = JSON.stringify(box.mapToItem(null, 0, 0)) + (flick ? " view at " + flick.contentY : "");
        click(box, 0.4);
        tryVerify(() => box.popup.opened, 3000, "the list did not open (" + box.objectName + " at " + before + ", then at " + JSON.stringify(box.mapToItem(null, 0, 0)) + (flick ? " view at " + flick.contentY : "") + ", popup visible " + box.popup.visible + ")");
        for (let i = 0; i < steps; ++i)
            keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !box.popup.visible, 3000, "the list did not close");
    }
    function noError() {
        const error = find("sessionError");
        verify(!error || !error.visible, error ? "the app says: " + error.text : "");
    }

    function signIn() {
        settle();
        const skip = find("offerSkip");
        if (skip && skip.visible)
            click(skip);
        clickNamed("practiseButton");
        settle();
        click(find("nameField"));
        type("Tester");
        const role = find("roleBox");
        pickInComboBox(role, 1 + random(3));
        clickNamed("createButton");
        tryCompare(AppContext, "participantName", "Tester");
    }

    function flagSome() {
        const segments = childrenNamed(find("dialogue"), "segment_");
        const hotspots = childrenNamed(find("picturePanel"), "hotspot_");
        const candidates = segments.concat(hotspots);
        const menu = find("playScreen").flagMenu;
        for (let n = 0; n < 2 && candidates.length > 0; ++n) {
            if (random(3) === 0)
                continue;
            const target = candidates.splice(random(candidates.length), 1)[0];
            const before = find("notebookButton").text;
            const wasFlagged = target.flagged === true || (target.entry !== undefined && target.entry.flagged);
            click(target);
            tryVerify(() => menu.opened, 3000, "the flag menu did not open for " + target.objectName + " at " + JSON.stringify(target.mapToItem(null, 0, 0)) + " size " + target.width + "x" + target.height);
            if (random(2) === 0) {
                click(findChild(menu.contentItem, "flagSomethingWrong"));
            } else {
                const list = findChild(menu.contentItem, "indicatorList");
                tryVerify(() => list.count > 0, 3000, "no indicators in the flag menu");
                const index = random(Math.min(4, list.count));
                tryVerify(() => list.itemAtIndex(index) !== null, 3000, "no indicator on screen");
                const item = list.itemAtIndex(index);
                mouseClick(item);
            }
            tryVerify(() => !menu.visible, 3000, "the flag menu did not close");
            // A flag on something flagged before changes its indicator; a new one adds to the notebook.
            if (!wasFlagged)
                tryVerify(() => find("notebookButton").text !== before, 3000, "the flag is not in the notebook");
            noError();
        }
    }
    function composePlan() {
        const institutions = childrenNamed(find("institutionDirectory"), "institution_");
        verify(institutions.length > 0, "the directory is empty");
        const wanted = 1 + random(3);
        for (let n = 0; n < wanted; ++n)
            click(institutions[random(institutions.length)]);
        const steps = childrenNamed(find("referralPlan"), "urgency_");
        if (steps.length > 0)
            pickInComboBox(steps[random(steps.length)], random(3));
        const up = childrenNamed(find("referralPlan"), "moveUp_").filter(b => b.enabled);
        if (up.length > 0 && random(2) === 0)
            click(up[random(up.length)]);
        if (childrenNamed(find("referralPlan"), "planStep_").length === 0)
            click(institutions[0]);
        const session = find("playScreen").session;
        clickNamed("submitReferral");
        tryVerify(() => session.referralSubmitted, 3000, "the plan was not saved");
        noError();
    }
    function answerAll() {
        const session = find("playScreen").session;
        for (const question of Array.from(session.questions)) {
            const options = childrenNamed(find("playScreen"), "answer_" + question.id + "_");
            verify(options.length > 0, "no options for " + question.id);
            const times = question.single ? 1 : 1 + random(2);
            // Distinct options: a second click on the same one takes the answer back.
            const first = random(options.length);
            for (let n = 0; n < Math.min(times, options.length); ++n)
                click(options[(first + n) % options.length]);
            tryVerify(() => Array.from(session.questions).find(q => q.id === question.id).selected.length > 0, 3000, "the answer was not recorded");
        }
        noError();
    }
    function choose(button: var) {
        if (random(3) === 0) {
            // By keyboard: Tab to the button, then Enter.
            bringIntoView(button);
            for (let i = 0; i < 120 && !button.activeFocus; ++i)
                keyClick(Qt.Key_Tab);
            verify(button.activeFocus, "Tab never reached " + button.objectName);
            keyClick(Qt.Key_Return);
        } else {
            click(button);
        }
    }

    // One playthrough from the library to the debrief and back; returns how many choices the first decision had.
    function playOnce(scenarioId: string, firstBranch: int): int {
        settle();
        const cards = find("scenarioCards");
        for (let i = 0; i < 50 && !find("play_" + scenarioId); ++i) {
            mouseWheel(cards, cards.width / 2, cards.height / 2, 0, -120);
            waitStill(cards);
        }
        clickNamed("play_" + scenarioId);
        clickNamed("acceptWarning");
        tryVerify(() => find("playScreen") !== null, 5000, "the scenario did not open");
        let firstChoices = 0;
        for (let decision = 0; decision < 80; ++decision) {
            settle();
            const screen = find("playScreen");
            if (!screen)
                break;
            const session = screen.session;
            if (session.finished)
                break; // an ending: the debrief is on its way
            const step = session.step;
            if (verbose)
                console.log(scenarioId + " step " + step + " scene " + session.sceneId + " (" + session.sceneKind + ") active " + session.active + " error " + session.lastError);
            // A chat arrives a message at a time: read on to the last one, as a person clicks through, or (three
            // times in four, to keep the run short) show them all at once. tst_chatpacing checks the pacing.
            const next = find("nextMessageButton");
            if (next && next.visible && random(4) === 0)
                for (let shown = 0; find("nextMessageButton").visible && shown < 100; ++shown)
                    clickNamed("nextMessageButton");
            else if (next && next.visible)
                clickNamed("allMessagesButton");
            if (session.sceneKind === "interview")
                flagSome();
            else if (session.sceneKind === "referral")
                composePlan();
            else if (session.sceneKind === "assessment")
                answerAll();
            // By id, not by place: the screen shows each attempt's own order, and a seed must replay a run.
            const buttons = childrenNamed(find("choices"), "choice_").sort((a, b) => a.objectName.localeCompare(b.objectName));
            verify(buttons.length > 0, scenarioId + ": scene " + session.sceneId + " offers no choice");
            const pick = decision === 0 ? firstBranch % buttons.length : random(buttons.length);
            if (decision === 0)
                firstChoices = buttons.length;
            choose(buttons[pick]);
            tryVerify(() => find("debriefPercent") !== null || (find("playScreen") && find("playScreen").session.step !== step), 5000, scenarioId + ": the choice did not move the scenario on");
            if (find("playScreen"))
                noError();
        }
        tryVerify(() => find("debriefPercent") !== null, 5000, scenarioId + ": no debrief after 80 decisions");
        verify(find("debriefPercent").text.length > 0);
        ++playthroughs;
        clickNamed("debriefDone");
        tryVerify(() => find("scenarioCards") !== null, 5000, "not back in the library");
        return firstChoices;
    }

    function test_everyScenarioThroughTheRealUi() {
        rng = TestSupport.seed;
        console.log("seed " + TestSupport.seed + " (SASKATI_TEST_SEED=" + TestSupport.seed + " replays this run)");
        window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 10000, "scenarios and results were not loaded");
        compare(AppContext.problem, "");
        verify(library.count > 0, "no scenarios");
        signIn();
        // Offscreen: two first-level branches of each scenario, from a place the seed picks, so that runs with
        // other seeds reach the others. On X11 (slower): one. Every branch in every run took 450 s once the six
        // prevention scenarios came, too long for the sanitizer stage (two branches: 130 s on the 2-core machine).
        const branchesPerScenario = Qt.platform.pluginName !== "offscreen" ? 1 : 2;
        for (let s = 0; s < library.count; ++s) {
            const id = library.objectAt(s).scenarioId;
            const first = random(8);
            const branches = playOnce(id, first);
            verify(branches > 0);
            for (let b = 1; b < Math.min(branches, branchesPerScenario); ++b)
                playOnce(id, first + b);
        }
        const history = AppContext.history();
        compare(history.length, playthroughs);
        for (const attempt of history)
            compare(attempt.status, "completed");
        console.log(playthroughs + " playthroughs, every one completed and stored");
    }
}
