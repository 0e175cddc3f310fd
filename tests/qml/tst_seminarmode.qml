import QtQuick
import QtTest
import Saskati

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

    function test_clickerRunsARoom() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        tryVerify(() => AppContext.loaded, 5000, "scenarios and results were not loaded");
        const controller = findChild(window, "seminar");
        verify(controller);

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
        // Nobody answered: going on needs a show of hands (or the lecturer's choice).
        keyClick(Qt.Key_PageDown);
        compare(controller.phase, "revealed");
        verify(controller.error.length > 0);
        const firstScene = controller.sceneTitle;
        const options = controller.choices;
        verify(options.length >= 2);
        verify(controller.setHands(options[0].id, 3));
        verify(controller.setHands(options[1].id, 5));
        compare(controller.roomChoice, options[1].id);
        compare(controller.choices[1].percent, 63);

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
                controller.setOverride(controller.choices[0].id);
            mouseClick(findChild(consoleView, "consoleNext"));
        }
        compare(controller.phase, "ended");
        verify(controller.endingTitle.length > 0);
        compare(findChild(consoleView, "consolePhase").text.length > 0, true);
        controller.leave();
    }
}
