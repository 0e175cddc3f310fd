import QtQuick
import QtTest
import Saskati

// The coordinator's review: the first use sets the password (twice the same), a wrong one keeps it locked, and
// the unlocked review shows its tabs.
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
        compare(findChild(screen, "reviewTabs").count, 4);
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

    id: testCase
}
