import QtQuick
import QtTest
import Saskati

// A trainee holds a conversation (scenario format 2) through the real views: each question pressed shows what
// was asked and what the person answered, a sign can be flagged once it is said, the person's state follows
// the trust the questions built, a question is asked once, the limit's way on comes when the turns are used up,
// and the debrief says what the person would have told and after which question.
TestCase {
    id: testCase
    name: "ConversationPlay"
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
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        tryVerify(() => item.visible && item.enabled, 2000, name + " is not clickable");
        // As a person scrolls down to what they want to press.
        const view = findChild(window.contentItem, "sceneView");
        let inView = false;
        for (let p = item.parent; p && view; p = p.parent)
            inView = inView || p === view;
        if (inView) {
            view.ensureVisible(item);
            wait(50);
        }
        mouseClick(item);
        return item;
    }

    // Every text shown under `item`, depth first.
    function texts(item) {
        let found = [];
        if (item.text !== undefined && typeof item.text === "string" && item.visible)
            found.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(texts(item.children[i]));
        return found;
    }

    function flag(window, target) {
        clickOn(window, "segment_" + target);
        const menu = findChild(window.contentItem, "playScreen").flagMenu;
        tryVerify(() => menu.opened, 2000, "the flag menu did not open");
        mouseClick(findChild(menu.contentItem, "flagSomethingWrong"));
        tryVerify(() => !menu.visible);
    }

    function test_aConversation() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000, "scenarios and results were not loaded");
        AppContext.language = "en";
        clickOn(window, "practiseButton");
        tryVerify(() => findChild(window.contentItem, "nameField") !== null);
        findChild(window.contentItem, "nameField").text = "Sarunas Dalībnieks";
        const roleBox = findChild(window.contentItem, "roleBox");
        clickOn(window, "roleBox");
        tryVerify(() => roleBox.popup.opened);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !roleBox.popup.visible);
        clickOn(window, "createButton");
        clickOn(window, "play_conversation-test");
        clickOn(window, "acceptWarning");
        clickOn(window, "choice_c-private");

        // Alone with Anna: guarded, no turn taken; the answers are not there before the questions.
        const direction = findChild(window.contentItem, "personDirection");
        tryCompare(direction, "text", "Anna keeps glancing at the door.");
        compare(findChild(window.contentItem, "turnText").text, "Turns taken: 0 of 4");
        verify(findChild(window.contentItem, "segment_s-open-passport") === null);

        clickOn(window, "choice_m-water");
        tryVerify(() => findChild(window.contentItem, "segment_s-water") !== null, 3000, "no answer to the water");
        verify(texts(window.contentItem).includes("Would you like some water?"), "what was asked is not shown");
        verify(findChild(window.contentItem, "choice_m-water") === null, "the water is offered twice");
        // Practice (feedback after each question, on by default): the kind of question, recommended.
        const feedback = findChild(window.contentItem, "moveFeedback");
        verify(feedback.visible, "no feedback after the question");
        verify(findChild(window.contentItem, "moveFeedbackType").text.endsWith(", a recommended kind."));
        compare(findChild(window.contentItem, "moveFeedbackSwitch").text, "Feedback: after each question");
        verify(!findChild(window.contentItem, "moveFeedbackText").visible, "a best move needs no why");

        // Trust 3 after the open invitation: the full account, and she looks it.
        clickOn(window, "choice_m-open");
        tryVerify(() => findChild(window.contentItem, "segment_s-open-passport") !== null, 3000, "no full account");
        tryCompare(direction, "text", "Anna leans back and speaks more freely.");
        flag(window, "s-open-passport");
        tryCompare(findChild(window.contentItem, "notebookButton"), "text", "Notebook (1)");

        // A leading question, then the closing: the threat is never heard.
        clickOn(window, "choice_m-leading");
        tryVerify(() => findChild(window.contentItem, "segment_s-leading") !== null, 3000);
        compare(findChild(window.contentItem, "turnText").text, "Turns taken: 3 of 4");
        verify(findChild(window.contentItem, "moveFeedbackType").text.endsWith(", not a recommended kind."));
        verify(findChild(window.contentItem, "moveFeedbackText").text.length > 0, "no why after a leading question");
        // Assessment from here: the switch hides the feedback until the debrief (and the attempt records it).
        clickOn(window, "moveFeedbackSwitch");
        verify(!AppContext.feedbackAfterEachMove);
        compare(findChild(window.contentItem, "moveFeedbackSwitch").text, "Feedback: at the end");
        verify(!findChild(window.contentItem, "moveFeedback").visible, "feedback shown in an assessment");
        clickOn(window, "choice_m-close");

        const composer = findChild(window.contentItem, "referralComposer");
        tryVerify(() => composer.visible, 3000, "the referral scene did not come");
        clickOn(window, "institution_state-police");
        clickOn(window, "submitReferral");
        tryVerify(() => findChild(window.contentItem, "playScreen").session.referralSubmitted, 2000);
        clickOn(window, "choice_c-to-assessment");
        clickOn(window, "answer_q-judgement_labour-rights");
        clickOn(window, "choice_c-end-referred");

        tryVerify(() => findChild(window.contentItem, "debriefPercent") !== null, 3000);
        const shown = texts(window.contentItem);
        verify(shown.includes("What the person would have told you"), "no undisclosed item in the debrief");
        verify(shown.includes("It would have come after: “What do you mean by that?”"), "the opening question is not named");
        verify(shown.some(t => t.indexOf("unreliable") >= 0), "the unreliable answer is not marked in the transcript");
        // The leading question planted a wrong detail: traced to the question, with the truth; not acted on here.
        verify(shown.includes("A wrong detail your question planted"), "the planted detail is not in the debrief");
        verify(shown.includes("Your question produced it: “So it's really just about the unpaid wages, isn't it?”"), "the planting question is not named");
        verify(shown.some(t => t.startsWith("In fact: The boss keeps her passport") && t.endsWith("You did not act on it.")), "the truth is not told");
        // Every question with its kind at the end, and how they were asked: switched before the closing.
        verify(shown.includes("Your questions: 3 of 4 of a recommended kind"), "no question types in the debrief");
        verify(shown.some(t => t.startsWith("✗ ") && t.indexOf("Leading") >= 0), "the leading question is not named");
        compare(findChild(window.contentItem, "debriefQuestionsSetting").text, "Feedback after each question was switched during this attempt.");
        AppContext.feedbackAfterEachMove = true; // the default, for the next test
    }

    // When the turns are used up, the limit's way on is the one thing offered.
    function test_theLimitIsTheWayOn() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        AppContext.language = "en";
        clickOn(window, "practiseButton");
        tryVerify(() => findChild(window.contentItem, "nameField") !== null);
        findChild(window.contentItem, "nameField").text = "Limits Dalībnieks";
        const roleBox = findChild(window.contentItem, "roleBox");
        clickOn(window, "roleBox");
        tryVerify(() => roleBox.popup.opened);
        keyClick(Qt.Key_Down);
        keyClick(Qt.Key_Return);
        tryVerify(() => !roleBox.popup.visible);
        clickOn(window, "createButton");
        clickOn(window, "play_conversation-test");
        clickOn(window, "acceptWarning");
        clickOn(window, "choice_c-private");
        for (const move of ["m-open", "m-leading", "m-follow", "m-water"])
            clickOn(window, "choice_" + move);
        tryVerify(() => findChild(window.contentItem, "choice_talk-ends") !== null, 3000, "no way on");
        verify(findChild(window.contentItem, "choice_m-close") === null, "a move is offered after the last turn");
        compare(findChild(window.contentItem, "choices").children.length - 1, 1); // the button and the Repeater
        clickOn(window, "choice_talk-ends");
        tryVerify(() => findChild(window.contentItem, "referralComposer").visible, 3000);
        findChild(window.contentItem, "playScreen").session.abandon();
    }
}
