import QtQuick
import QtTest
import Saskati
import SaskatiTest

// A lecturer runs a whole prevention seminar (issue #20) for a school class of 25, through the real views: the
// seminar for pupils is made with the keyboard, 25 phones join over real WebSockets (as the phone page does),
// the knowledge check before is opened from the console and answered on the phones, a prevention scenario is
// voted on the phones to its ending, the same check after, the class's change on the projector, and the
// take-away on the projector and on every phone. The expected figures are computed here from the shipped
// catalogue's key (knowledgechecks.json), not asked of the app.
TestCase {
    id: testCase
    name: "PreventionSeminar"
    when: windowShown

    readonly property int phones: 25
    readonly property string scenarioId: "online-friend-abroad"

    Component {
        id: mainComponent
        Main {}
    }

    function init() {
        failOnWarning(/(Seminar\w*|AudienceView|AudienceCheckView|PresenterConsole)\.qml.*(Polish|Binding) loop detected/);
    }

    // What a phone was last sent, as its page holds it (a JSON object).
    function phoneMessage(phone: int, type: string): var {
        return TestSupport.phoneLast(phone, type);
    }
    function phoneState(phone: int): var {
        return phoneMessage(phone, "state");
    }
    function catalogFile(name: string): var {
        return JSON.parse(TestSupport.readText(TestSupport.fixture("scenarios") + "/catalog/" + name));
    }
    // How many questions phone `i` answers right in each round: a spread over the class, better after.
    function rightBefore(i: int): int {
        return i % 4;
    }
    function rightAfter(i: int): int {
        return i % 3 === 0 ? 4 : 5;
    }
    // Phone i answers every question of the check it is shown: the first `right` ones right, the rest with an
    // option that is not the key's.
    function answerCheck(phone: int, right: int, key: var) {
        const check = phoneState(phone).check;
        verify(check, "phone " + phone + " shows no check");
        check.questions.forEach((question, index) => {
            const answer = key[question.id];
            verify(answer, "the catalogue has no answer for " + question.id);
            const option = index < right ? answer : question.options.find(o => o.id !== answer).id;
            verify(TestSupport.phoneSend(phone, {
                "type": "checkAnswer",
                "question": question.id,
                "option": option
            }));
        });
    }
    // With SASKATI_SCREENSHOT_DIR set: the projector (the console hidden, as C does) saved as NAME.png there.
    function projectorShot(window: var, screen: var, name: string) {
        const folder = TestSupport.fixture("screenshots");
        if (!folder)
            return;
        screen.consoleShown = false;
        waitForRendering(window.contentItem);
        grabImage(window.contentItem).save(folder + "/" + name + ".png");
        screen.consoleShown = true;
        waitForRendering(window.contentItem);
    }
    // A console button by name, once it is there and enabled.
    function clickConsole(consoleView: var, name: string) {
        tryVerify(() => findChild(consoleView, name) !== null && findChild(consoleView, name).enabled, 3000, "no enabled " + name + " on the console");
        mouseClick(findChild(consoleView, name));
    }
    function clickNext(consoleView: var) {
        const next = findChild(consoleView, "consoleNext");
        tryVerify(() => next.enabled, 3000, "the console's Next is not enabled");
        mouseClick(next);
    }

    function test_aWholePreventionSeminarWithPhones() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1920,
            "height": 1080
        });
        verify(window);
        tryVerify(() => AppContext.loaded, 10000, "scenarios and results were not loaded");
        const controller = findChild(window, "seminar");
        window.requestActivate();
        tryVerify(() => window.active, 3000);
        waitForRendering(window.contentItem);

        // The seminar for pupils with one prevention scenario, by keyboard.
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "seminarTitle") !== null, 3000);
        const titleField = findChild(window.contentItem, "seminarTitle");
        tryVerify(() => titleField.activeFocus, 2000);
        for (const ch of "School class 9b")
            keyClick(ch);
        const audience = findChild(window.contentItem, "seminarAudience");
        audience.forceActiveFocus();
        const pupil = AppContext.roles.findIndex(r => r.id === "pupil");
        verify(pupil >= 0, "the catalogue has no pupil role");
        for (let i = 0; i <= pupil; ++i)
            keyClick(Qt.Key_Down);
        compare(audience.currentIndex, pupil + 1);
        const scenarios = findChild(window.contentItem, "seminarScenarios");
        scenarios.forceActiveFocus();
        for (let i = 0; i < 40 && !(scenarios.currentItem && scenarios.currentItem.scenarioId === testCase.scenarioId); ++i)
            keyClick(Qt.Key_Down);
        compare(scenarios.currentItem.scenarioId, testCase.scenarioId);
        keyClick(Qt.Key_Space);
        const create = findChild(window.contentItem, "createSeminar");
        create.forceActiveFocus();
        keyClick(Qt.Key_Return);
        tryVerify(() => findChild(window.contentItem, "seminarScreen") !== null, 3000);
        tryVerify(() => !findChild(window.contentItem, "stack").busy, 3000);
        const screen = findChild(window.contentItem, "seminarScreen");
        tryVerify(() => screen.activeFocus, 2000);
        verify(controller.checkAvailable, "a seminar for pupils should offer the knowledge check");
        verify(controller.takeawayAvailable);

        // Joining, and the class's phones.
        keyClick(Qt.Key_J);
        tryVerify(() => controller.joiningOpen, 3000);
        verify(TestSupport.allowManyPhonesFromOneAddress(controller));
        for (let i = 0; i < testCase.phones; ++i)
            verify(TestSupport.joinPhone(controller.joinUrl, "Pupil " + (i + 1)), "phone " + i + " could not join");
        tryCompare(controller, "joined", testCase.phones);

        keyClick(Qt.Key_C);
        const consoleView = findChild(screen, "presenterConsole");
        tryVerify(() => consoleView.visible, 3000, "C should show the console");
        waitForRendering(consoleView);

        const key = {};
        for (const check of catalogFile("knowledgechecks.json").knowledgeChecks)
            if (check.id === "pupil")
                for (const question of check.questions)
                    key[question.id] = question.answer;

        // The check before, opened from the console and answered on the phones.
        clickConsole(consoleView, "consoleCheckBefore");
        tryCompare(controller, "checkPhase", "open");
        for (let i = 0; i < testCase.phones; ++i)
            tryVerify(() => phoneState(i).phase === "check", 5000, "phone " + i + " does not show the check");
        const questions = phoneState(0).check.questions.length;
        compare(questions, 5);
        compare(controller.checkQuestions.length, questions);
        for (let i = 0; i < testCase.phones; ++i)
            answerCheck(i, rightBefore(i), key);
        tryCompare(controller, "checkComplete", testCase.phones, 10000);
        projectorShot(window, screen, "projector-check");
        for (let i = 0; i < testCase.phones; ++i)
            tryVerify(() => Object.keys(phoneMessage(i, "received").checkAnswers || {}).length === questions, 5000, "phone " + i + " was not told its answers were received");
        verify(findChild(window.contentItem, "audienceCheckCount").text.indexOf(testCase.phones + " of " + testCase.phones) >= 0 || findChild(window.contentItem, "audienceCheckCount").text.indexOf(testCase.phones + " no " + testCase.phones) >= 0);
        clickNext(consoleView); // close the round
        tryCompare(controller, "checkPhase", "closed");
        tryVerify(() => phoneState(0).phase === "check-closed", 5000);
        clickNext(consoleView); // back to the room
        tryCompare(controller, "checkPhase", "");

        // The scenario, voted on the phones to its ending.
        clickConsole(consoleView, "consoleStart");
        tryCompare(controller, "phase", "scene");
        compare(controller.scenarioId, testCase.scenarioId);
        let votedDecision = "";
        let decisions = 0;
        for (let guard = 0; guard < 200 && controller.phase !== "ended"; ++guard) {
            if (controller.phase === "open" && controller.answered < testCase.phones) {
                // The phones see the new decision once its state reaches them (the console may be quicker).
                const opened = i => {
                    const state = phoneState(i);
                    return state.phase === "open" && state.decision.id !== votedDecision && state.decision.choices !== undefined;
                };
                for (let i = 0; i < testCase.phones; ++i)
                    tryVerify(() => opened(i), 5000, "phone " + i + " has no new open decision");
                votedDecision = phoneState(0).decision.id;
                ++decisions;
                for (let i = 0; i < testCase.phones; ++i) {
                    const choices = phoneState(i).decision.choices;
                    verify(TestSupport.phoneSend(i, {
                        "type": "vote",
                        "choice": choices[i % choices.length].id
                    }));
                }
                tryCompare(controller, "answered", testCase.phones, 10000);
            }
            clickNext(consoleView);
        }
        compare(controller.phase, "ended");
        verify(decisions >= 3, decisions + " decisions voted");

        // The same check after.
        clickConsole(consoleView, "consoleCheckAfter");
        tryCompare(controller, "checkPhase", "open");
        compare(controller.checkRound, "after");
        for (let i = 0; i < testCase.phones; ++i)
            tryVerify(() => phoneState(i).phase === "check" && phoneState(i).check.round === "after", 5000);
        for (let i = 0; i < testCase.phones; ++i)
            answerCheck(i, rightAfter(i), key);
        tryCompare(controller, "checkComplete", testCase.phones, 10000);
        clickNext(consoleView);
        tryCompare(controller, "checkPhase", "closed");

        // The class's change on the projector, from the stored answers.
        let before = 0, after = 0;
        for (let i = 0; i < testCase.phones; ++i) {
            before += rightBefore(i);
            after += rightAfter(i);
        }
        before /= testCase.phones * questions;
        after /= testCase.phones * questions;
        const gain = (after - before) / (1 - before);
        compare(controller.checkResult.both, testCase.phones);
        projectorShot(window, screen, "projector-check-result");
        console.log(decisions + " decisions voted by " + testCase.phones + " phones; right answers before " + Math.round(before * 100) + " %, after " + Math.round(after * 100) + " %, normalised gain " + gain.toFixed(2));
        tryVerify(() => findChild(window.contentItem, "audienceCheckBefore").text.startsWith(Math.round(before * 100) + " "), 3000, "before: " + findChild(window.contentItem, "audienceCheckBefore").text);
        verify(findChild(window.contentItem, "audienceCheckAfter").text.startsWith(Math.round(after * 100) + " "));
        verify(findChild(window.contentItem, "audienceCheckGain").text.indexOf(Math.round(gain * 100) + " %") >= 0, findChild(window.contentItem, "audienceCheckGain").text);

        // The take-away on the projector and on every phone, each with its own result.
        clickNext(consoleView);
        tryCompare(controller, "checkPhase", "takeaway");
        const sheet = catalogFile("takeaways.json").takeaways.find(t => t.id === "pupil");
        compare(findChild(window.contentItem, "audienceTakeawayTitle").text, sheet.title[AppContext.language]);
        const principles = catalogFile("principles.json").principles;
        for (let i = 0; i < sheet.steps.length; ++i) {
            const step = principles.find(p => p.id === sheet.steps[i]);
            verify(step, "no principle " + sheet.steps[i]);
            compare(findChild(window.contentItem, "audienceTakeawayStep_" + i).text, "☐  " + step.name[AppContext.language]);
        }
        projectorShot(window, screen, "projector-takeaway");
        for (let i = 0; i < testCase.phones; ++i) {
            tryVerify(() => phoneState(i).phase === "takeaway", 5000, "phone " + i + " shows no take-away");
            const state = phoneState(i);
            compare(state.takeaway.title, sheet.title.lv);
            compare(state.takeaway.steps.length, sheet.steps.length);
            compare(state.takeaway.help.length, sheet.help.length);
            compare(state.result.before, rightBefore(i));
            compare(state.result.after, rightAfter(i));
            compare(state.result.of, questions);
        }

        // The sheet to print, saved with a click on the console in the language chosen there (English here, the
        // class's Latvian next): one page, and the console says how many of its numbers are not yet confirmed
        // (computed here from institutions.json).
        clickConsole(consoleView, "consoleTakeawayPdfEn");
        tryVerify(() => (controller.takeawayPdf.file ?? "").includes("-en-"), 10000, "no English take-away PDF saved");
        clickConsole(consoleView, "consoleTakeawayPdfLv");
        tryVerify(() => (controller.takeawayPdf.file ?? "").includes("-lv-"), 10000, "no Latvian take-away PDF saved");
        const pdf = controller.takeawayPdf;
        verify(pdf.file.includes("saskati-takeaway-pupil-lv-"), pdf.file);
        compare(pdf.pages, 1);
        verify(TestSupport.readText(pdf.file).startsWith("%PDF-"), "the saved file is a PDF");
        const institutions = catalogFile("institutions.json").institutions;
        const unconfirmed = sheet.help.map(h => institutions.find(i => i.id === h.institution)).filter(i => (i.freePhone ?? i.phone ?? "").length > 0 && !i.verifiedOn).length;
        compare(pdf.unchecked, unconfirmed);
        const saved = findChild(consoleView, "consoleTakeawaySaved");
        verify(saved.visible && saved.text.includes(pdf.file), saved.text);
        verify(findChild(consoleView, "consoleTakeawayOpen").visible, "Open, to print it");
        // On a 1366×768 laptop too, the console's take-away controls are on screen.
        window.width = 1366;
        window.height = 768;
        waitForRendering(window.contentItem);
        for (const name of ["consoleTakeaway", "consoleTakeawayPdfLv", "consoleTakeawayPdfEn", "consoleTakeawayOpen", "consoleTakeawaySaved"]) {
            const item = findChild(consoleView, name);
            const at = item.mapToItem(window.contentItem, 0, 0);
            verify(at.x >= 0 && at.y >= 0 && at.x + item.width <= window.width && at.y + item.height <= window.height, name + " is off the screen at 1366×768: " + JSON.stringify(at));
        }
        const folder = TestSupport.fixture("screenshots");
        if (folder)
            grabImage(window.contentItem).save(folder + "/console-takeaway.png");

        controller.leave();
        for (let i = 0; i < testCase.phones; ++i)
            tryVerify(() => phoneMessage(i, "seminar-ended").type === "seminar-ended", 5000);
        TestSupport.dropPhones();
    }
}
