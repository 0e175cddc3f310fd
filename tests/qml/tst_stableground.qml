import QtQuick
import QtTest
import Saskati

// Work without the ground moving: flagging a sentence keeps the dialogue where it was scrolled to (and the
// sentence is the same item, with the keyboard focus back on it), and ticking an answer keeps the options in place,
// so the next click lands where it is aimed. A small window with large text, so that the scene scrolls.
TestCase {
    id: testCase
    name: "StableGround"
    when: windowShown

    property var window: null

    Component {
        id: mainComponent
        Main {}
    }

    function find(name: string): var {
        return findChild(window.contentItem, name) || findChild(window.overlay, name);
    }
    function settle() {
        tryVerify(() => !find("stack").busy, 5000, "the page is still moving");
        wait(50);
    }
    // Click what is on screen: after the layouts above the item have placed it.
    function placed(item: var) {
        for (let p = item; p; p = p.parent)
            if (isPolishScheduled(p))
                waitForItemPolished(p, 3000);
    }
    function click(item: var) {
        placed(item);
        const view = find("sceneView");
        let inView = false;
        for (let p = item.parent; p && view; p = p.parent)
            inView = inView || p === view;
        if (inView)
            scrollTo(view, item);
        placed(item);
        mouseClick(item);
    }
    function clickNamed(name: string) {
        settle();
        tryVerify(() => find(name) !== null && find(name).visible, 5000, "no " + name);
        click(find(name));
    }
    function scrollTo(view: var, item: var) {
        for (let i = 0; i < 60; ++i) {
            const top = item.mapToItem(view, 0, 0).y;
            if (top >= 0 && top + item.height <= view.height)
                return;
            mouseWheel(view, view.width / 2, view.height / 2, 0, top < 0 ? 120 : -120);
            wait(60);
            tryVerify(() => !view.moving, 3000);
            placed(item);
        }
        fail("could not scroll to " + item.objectName);
    }
    function openMinimal() {
        window = createTemporaryObject(mainComponent, null, {
            "width": 760,
            "height": 480
        });
        verify(window);
        tryVerify(() => AppContext.loaded, 5000);
        AppContext.fontScale = 1.6;
        verify(AppContext.createParticipant("Stabila Zeme", ""));
        window.showScreen("library");
        clickNamed("play_minimal");
        clickNamed("acceptWarning");
        tryVerify(() => find("playScreen") !== null, 3000);
        settle();
    }

    function cleanup() {
        AppContext.fontScale = 1.0;
        AppContext.language = "en";
    }

    // Regression: every flag rebuilt the whole dialogue, and it jumped back to the top.
    function test_flaggingKeepsTheDialogueWhereItWas() {
        openMinimal();
        const view = find("sceneView");
        tryVerify(() => view.contentHeight > view.height + 40, 3000, "the scene does not scroll at this size");
        const segment = find("segment_s-tattoo");
        verify(segment);
        scrollTo(view, segment);
        wait(300);
        const scrolledTo = view.contentY;
        verify(scrolledTo > 0, "the dialogue did not scroll");

        placed(segment);
        mouseClick(segment);
        const menu = find("playScreen").flagMenu;
        tryVerify(() => menu.opened, 3000, "the flag menu did not open");
        click(findChild(menu.contentItem, "flagSomethingWrong"));
        tryVerify(() => !menu.visible, 3000);
        tryVerify(() => segment.flagged, 3000, "the sentence is not marked as flagged");
        wait(200);
        compare(view.contentY, scrolledTo, "the dialogue moved");
        verify(find("segment_s-tattoo") === segment, "the sentence was rebuilt");
        verify(segment.activeFocus, "the keyboard focus did not come back to the sentence");
    }

    // Regression: the first tick moved the list by about 60 px, and the next click hit another row.
    function test_tickingAnAnswerKeepsTheOptionsStill() {
        openMinimal();
        clickNamed("choice_c-private");
        tryVerify(() => find("referralComposer").visible, 3000);
        clickNamed("institution_state-police");
        clickNamed("submitReferral");
        tryVerify(() => find("playScreen").session.referralSubmitted, 3000);
        clickNamed("choice_c-to-assessment");
        tryVerify(() => find("answer_q-judgement_neither") !== null && find("answer_q-judgement_neither").visible, 3000);
        settle();
        const first = find("answer_q-judgement_trafficking");
        const other = find("answer_q-judgement_neither");
        const view = find("sceneView");
        scrollTo(view, other);
        scrollTo(view, first);
        wait(300);
        placed(first);
        const before = other.mapToItem(null, 0, 0).y;
        mouseClick(first);
        tryVerify(() => first.checked, 3000);
        wait(300);
        verify(find("answer_q-judgement_neither") === other, "the options were rebuilt");
        compare(other.mapToItem(null, 0, 0).y, before, "the options moved");
        placed(other);
        mouseClick(other);
        tryVerify(() => other.checked && !first.checked, 3000, "the second click did not land on its option");
    }

    // The flag menu opens with an empty search each time, finds indicators whatever the case and accents (as the
    // phones do), and says when nothing matches.
    function test_flagMenuSearch() {
        openMinimal();
        AppContext.language = "lv";
        const segment = find("segment_s-hours");
        click(segment);
        const menu = find("playScreen").flagMenu;
        tryVerify(() => menu.opened, 3000, "the flag menu did not open");
        const list = findChild(menu.contentItem, "indicatorList");
        const all = list.count;
        verify(all > 3);
        // Typed without the Latvian letters and in capitals: "Pārmērīgs darba laiks" is found.
        for (const c of "PARMERIGS")
            keyClick(c);
        tryCompare(list, "count", 1);
        verify(!findChild(menu.contentItem, "noIndicatorFound").visible);
        for (const c of "xyz")
            keyClick(c);
        tryCompare(list, "count", 0);
        verify(findChild(menu.contentItem, "noIndicatorFound").visible, "nothing says that nothing was found");
        keyClick(Qt.Key_Escape);
        tryVerify(() => !menu.visible, 3000);
        // Opened again: the search starts empty.
        click(find("segment_s-job"));
        tryVerify(() => menu.opened, 3000);
        compare(list.count, all);
        keyClick(Qt.Key_Escape);
    }
}
