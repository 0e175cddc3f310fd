import QtQuick
import QtTest
import Saskati

// Practice or assessment in a seminar room: with the console's box on, the revealed moves of a conversation
// show each one's question type on the projector; switched off (an assessment), the spread only, and the
// types wait for the debrief. Through the real console, by mouse.
TestCase {
    id: testCase
    name: "ConversationSeminar"
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        failOnWarning(/(Seminar\w*|AudienceView|PresenterConsole)\.qml.*(Polish|Binding) loop detected/);
    }

    // Every item under `item` named `name`.
    function allNamed(item: var, name: string): var {
        let found = item.objectName === name ? [item] : [];
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(allNamed(item.children[i], name));
        return found;
    }

    function entries(model: var): var {
        const list = [];
        for (let row = 0; row < model.count; ++row)
            list.push(model.get(row));
        return list;
    }

    function test_assessmentKeepsQuestionTypesForTheDebrief() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        tryVerify(() => AppContext.loaded, 5000, "scenarios and results were not loaded");
        AppContext.language = "en";
        const controller = findChild(window, "seminar");
        waitForRendering(window.contentItem);
        mouseClick(findChild(window.contentItem, "seminarButton"));
        tryVerify(() => findChild(window.contentItem, "seminarTitle") !== null, 3000, "no seminar setup");
        findChild(window.contentItem, "seminarTitle").text = "Assessment test";
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        mouseClick(findChild(window.contentItem, "createSeminar"));
        tryVerify(() => findChild(window.contentItem, "seminarScreen") !== null, 3000);
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000, "the stack is still moving");
        const screen = findChild(window.contentItem, "seminarScreen");
        screen.consoleShown = true;
        const consoleView = findChild(window.contentItem, "presenterConsole");
        tryVerify(() => consoleView.visible);
        compare(findChild(consoleView, "consoleScenario").currentValue, "conversation-test");
        mouseClick(findChild(consoleView, "consoleStart"));
        tryCompare(controller, "phase", "scene");
        // To the conversation's first revealed move, the room taking the best practice on the way.
        for (let guard = 0; guard < 20 && !(controller.sceneKind === "conversation" && controller.phase === "revealed"); ++guard) {
            if (controller.phase === "revealed") {
                const best = entries(controller.choices).find(c => c.best) ?? controller.choices.get(0);
                controller.setOverride(best.id);
            }
            mouseClick(findChild(consoleView, "consoleNext"));
        }
        compare(controller.sceneKind, "conversation");
        compare(controller.phase, "revealed");

        const audience = findChild(window.contentItem, "audienceView");
        const shownTypes = () => allNamed(audience, "audienceQuestionType").filter(label => label.visible);
        const box = findChild(consoleView, "consoleFeedback");
        verify(box.checked, "practice is the default");
        verify(shownTypes().length > 0, "no question types on the projector in practice");
        verify(shownTypes().some(label => label.text.indexOf(": a recommended question") >= 0));
        verify(shownTypes().some(label => label.text.indexOf(": not a recommended question") >= 0));
        mouseClick(box);
        verify(!controller.feedbackAfterEachMove, "the box did not switch to assessment");
        compare(shownTypes().length, 0);
        mouseClick(box);
        verify(controller.feedbackAfterEachMove);
        verify(shownTypes().length > 0);
        controller.leave();
    }
}
