import QtQuick
import QtTest
import Saskati

// The coordinator's review: the first use sets the password (twice the same), a wrong one keeps it locked, and
// the unlocked review shows its tabs; a bundle from another laptop is imported and counted, a person's history
// shown, exported as xAPI, pseudonymised and erased.
TestCase {
    name: "Review"
    when: windowShown

    Component {
        id: reviewComponent
        ReviewScreen {
            width: 1366
            height: 700
        }
    }

    function test_passwordGate() {
        tryVerify(() => AppContext.loaded, 5000);
        const screen = createTemporaryObject(reviewComponent, testCase);
        verify(screen);
        const controller = findChild(screen, "review");
        verify(!controller.unlocked);
        // First use: the two must agree and be long enough.
        verify(!controller.unlock("short", "short"));
        verify(controller.error.length > 0);
        verify(!controller.unlock("coordinator-1", "coordinator-2"));
        verify(controller.unlock("coordinator-1", "coordinator-1"));
        verify(controller.unlocked);
        verify(controller.passwordSet);
        compare(findChild(screen, "reviewTabs").count, 5);
        controller.lock();
        verify(!controller.unlocked);
        verify(!controller.unlock("coordinator-2"));
        verify(controller.unlock("coordinator-1"));
        verify(controller.overview.attempts !== undefined);
        // Every table as CSV, and the report as PDF (the controller checks the files were written).
        const folder = "/tmp/saskati-review-test-" + Date.now();
        compare(controller.saveCsv(folder), folder);
        compare(controller.savePdf(folder + "/report.pdf"), folder + "/report.pdf");
        controller.lock();
        compare(controller.saveCsv(folder), "");
    }

    // The coordinator corrects a contact and marks it verified: the directory (and so every debrief) shows it.
    function test_reviewCorrectsTheDirectory() {
        tryVerify(() => AppContext.loaded, 5000);
        const screen = createTemporaryObject(reviewComponent, testCase);
        const controller = findChild(screen, "review");
        verify(controller.passwordSet ? controller.unlock("coordinator-1") : controller.unlock("coordinator-1", "coordinator-1"));
        const police = () => AppContext.institutions.find(i => i.id === "state-police");
        verify(police());
        verify(controller.saveContact("state-police", {
            phone: " +371 67075212 ",
            email: "kanceleja@vp.gov.lv"
        }, true));
        compare(police().phone, "+371 67075212");
        compare(police().verifiedOn, Qt.formatDate(new Date(), "yyyy-MM-dd"));
        // Saved again unchanged and unticked: still verified. Changed and unticked: no longer.
        verify(controller.saveContact("state-police", police(), false));
        compare(police().verifiedOn.length, 10);
        verify(controller.saveContact("state-police", {
            phone: "+371 11111111"
        }, false));
        compare(police().verifiedOn, "");
        verify(!controller.saveContact("no-such-institution", {}, true));
        controller.lock();
        verify(!controller.saveContact("state-police", {}, true)); // locked: nothing changes
    }

    // Another laptop's bundle (tests/data/bundles/another-laptop.json: "Mārīte Importa", two attempts of the
    // minimal scenario in the seminar "Ventspils, 2026", made with saskati-cli play and results export).
    function test_reviewOfAnImportedSeminar() {
        tryVerify(() => AppContext.loaded, 5000);
        const screen = createTemporaryObject(reviewComponent, testCase);
        const controller = findChild(screen, "review");
        verify(controller.passwordSet ? controller.unlock("coordinator-1") : controller.unlock("coordinator-1", "coordinator-1"));
        const before = controller.overview.attempts;
        const bundle = Qt.resolvedUrl("../data/bundles/another-laptop.json");
        let report = controller.importBundle(bundle);
        verify(report.ok, report.error);
        compare(report.added, 5); // participant, seminar, scenario snapshot, two attempts
        compare(report.conflicts.length, 0);
        compare(controller.overview.attempts, before + 2); // indexed at once, counted at once
        report = controller.importBundle(bundle);
        compare(report.added, 0);
        compare(report.unchanged, 5);
        // The seminar's report lists the person; their history has both attempts.
        const seminar = controller.seminars.find(s => s.title.indexOf("Ventspils, 2026") >= 0);
        verify(seminar);
        controller.seminar = seminar.id;
        controller.refresh();
        compare(controller.people.length, 1);
        compare(controller.people[0].name, "Mārīte Importa");
        // The seminar's decisions: the companion interpreting is a critical error, chosen once.
        controller.scenario = "minimal";
        controller.refresh();
        const office = controller.items.find(i => i.item === "choice:office");
        verify(office);
        compare(office.critical, 1);
        verify(office.answers.indexOf("⚠") > 0);
        controller.scenario = "";
        controller.participant = controller.people[0].uuid;
        controller.refresh();
        compare(controller.person.attempts.length, 2);
        compare(controller.overview.attempts, 2);
        verify(controller.indicators.length > 0); // what they found and missed
        // xAPI of that person: a completed statement per attempt, no name.
        const file = "/tmp/saskati-xapi-test-" + Date.now() + ".json";
        compare(controller.saveXapi(file), file);
        // Names to codes, then erasure.
        controller.participant = "";
        compare(controller.pseudonymiseSeminar(), 1);
        compare(controller.people[0].name, controller.people[0].code);
        verify(controller.eraseParticipant(controller.people[0].uuid));
        compare(controller.people.length, 0);
        controller.seminar = "";
        controller.refresh();
        compare(controller.overview.attempts, before);
        controller.lock();
    }

    id: testCase
}
