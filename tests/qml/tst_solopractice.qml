import QtQuick
import QtTest
import Saskati

// A trainee practises a whole scenario through the real views: sign in, library, content warning, flags, choices,
// referral plan, assessment, debrief; then the results store must hold the attempt, completed, with its score.
TestCase {
    id: testCase
    name: "SoloPractice"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function clickOn(window, name) {
        // Lists rebuild after every action: let the old delegates go before looking for the new ones.
        wait(100);
        const item = findChild(window.contentItem, name) || findChild(window.overlay, name);
        verify(item, "no item named " + name);
        // Wait for page transitions: a click during one lands where the button was.
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        tryVerify(() => item.visible && item.enabled, 2000, name + " is not clickable");
        mouseClick(item);
        return item;
    }

    function test_wholeScenario() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000, "scenarios and results were not loaded");
        compare(AppContext.problem, "");

        clickOn(window, "practiseButton");
        tryVerify(() => findChild(window.contentItem, "nameField") !== null);
        const nameField = findChild(window.contentItem, "nameField");
        // The name field has the focus as the screen opens: typing goes there.
        tryVerify(() => nameField.activeFocus, 3000, "the name field does not have the focus");
        nameField.text = "Testa Dalībniece";
        // No role is assumed: Start waits until one is chosen ("I'd rather not say" counts).
        const createButton = findChild(window.contentItem, "createButton");
        verify(!createButton.enabled, "Start is enabled before a role is chosen");
        const roleBox = findChild(window.contentItem, "roleBox");
        compare(roleBox.currentIndex, -1);
        clickOn(window, "roleBox");
        tryVerify(() => roleBox.popup.opened);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !roleBox.popup.visible);
        compare(roleBox.currentIndex, 1);
        verify(roleBox.currentValue.length > 0);
        clickOn(window, "createButton");
        tryCompare(AppContext, "participantName", "Testa Dalībniece");
        compare(AppContext.problem, "");

        clickOn(window, "play_minimal");
        // The support lines come from the catalogue: this one has the adults' line but no children's line.
        tryVerify(() => findChild(window.contentItem, "supportLines") !== null, 3000);
        const supportLines = findChild(window.contentItem, "supportLines").text;
        verify(supportLines.includes("+371 28612120 (Mon–Fri 9–17)"), supportLines);
        verify(!supportLines.includes("116111"), supportLines);
        clickOn(window, "acceptWarning");
        tryVerify(() => findChild(window.contentItem, "segment_s-hours") !== null, 3000);

        // Flag a sentence through the flag menu, naming nothing: "something is wrong here".
        clickOn(window, "segment_s-hours");
        const menu = findChild(window.contentItem, "playScreen").flagMenu;
        verify(menu);
        tryVerify(() => menu.opened, 2000, "the flag menu did not open");
        const somethingWrong = findChild(menu.contentItem, "flagSomethingWrong");
        verify(somethingWrong);
        mouseClick(somethingWrong);
        tryVerify(() => !menu.visible);
        tryCompare(findChild(window.contentItem, "notebookButton"), "text", "Notebook (1)");

        clickOn(window, "choice_c-private");
        const composer = findChild(window.contentItem, "referralComposer");
        verify(composer);
        tryVerify(() => composer.visible, 3000, "the referral scene did not come");
        // Tick the State Police in the directory: it joins the plan, "same day" by default.
        clickOn(window, "institution_state-police");
        tryVerify(() => findChild(window.contentItem, "planStep_state-police") !== null, 2000, "not in the plan");
        clickOn(window, "submitReferral");
        tryVerify(() => findChild(window.contentItem, "playScreen").session.referralSubmitted, 2000, "the plan was not saved");
        clickOn(window, "choice_c-to-assessment");
        clickOn(window, "answer_q-judgement_labour-rights");
        clickOn(window, "choice_c-end-referred");

        tryVerify(() => findChild(window.contentItem, "debriefPercent") !== null, 3000);
        const percent = findChild(window.contentItem, "debriefPercent");
        // 3 (strong cue) + 3 (privacy first) + 3 + 1 (police, same day) + 3 (judgement) = 13 of 27 = 48 %.
        compare(percent.text, "48 %");

        const history = AppContext.history();
        compare(history.length, 1);
        compare(history[0].status, "completed");
        compare(history[0].percent, 48);
    }
}
