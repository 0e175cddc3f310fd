import QtQuick
import QtTest
import QtQuick.Controls
import Saskati
import SaskatiTest

// The shared server in real hands (issue #22): the coordinator opens the review's Server tab, types the address and
// a wrong password (the refusal is said plainly), the right one (the test says who the account is), saves with the
// automatic sync off; the header says what waits and pressing it sends it; "Send now" on the tab; with the automatic
// sync on, a participant added meanwhile goes by itself; the password is kept in a file only the user can read and
// never in the results file, also when it is written in the address; a server that does not answer is said as such
// and loses nothing; "Forget this server" removes the address and the password. Every step is a click or typing on
// the real items; the server is a real PostgreSQL (tests/tools/postgres-cluster.sh).
TestCase {
    id: testCase
    name: "ServerTab"
    when: windowShown

    readonly property string coordinatorPassword: "coordinator-1"

    Component {
        id: mainComponent
        Main {}
    }

    function find(window, name) {
        return findChild(window.contentItem, name) || findChild(window.overlay, name);
    }
    function clickOn(window, name) {
        const item = find(window, name);
        verify(item, "no item named " + name);
        tryVerify(() => !find(window, "stack").busy, 3000, "the stack is still moving");
        tryVerify(() => item.visible && item.enabled, 5000, name + " is not clickable");
        if (item.parent)
            waitForItemPolished(item.parent);
        wait(20);
        // On the Server tab, scrolled to as a person scrolls to what is below the fold.
        const tab = find(window, "serverTab");
        // The background sync may change what is above it meanwhile (its report): scrolled again until it is
        // inside the window, and clicked at once, before anything else is laid out.
        if (tab && tab.visible && tab.contentItem && isAncestor(tab.contentItem, item))
            tryVerify(() => {
                tab.ensureVisible(item);
                const bottom = item.mapToItem(window.contentItem, 0, item.height).y;
                return bottom <= window.contentItem.height && item.mapToItem(window.contentItem, 0, 0).y >= 0;
            }, 3000, name + " cannot be scrolled into the window");
        mouseClick(item);
        return item;
    }
    function typeInto(window, name, text) {
        const field = clickOn(window, name);
        field.selectAll();
        keyClick(Qt.Key_Delete);
        for (const c of text)
            keyClick(c);
        compare(field.text, text);
        return field;
    }
    function openServerTab(window) {
        clickOn(window, "reviewButton");
        tryVerify(() => find(window, "reviewStartSetup") !== null, 5000);
        clickOn(window, "reviewStartSetup");
        typeInto(window, "reviewPassword", testCase.coordinatorPassword);
        typeInto(window, "reviewPasswordRepeat", testCase.coordinatorPassword);
        clickOn(window, "reviewUnlock");
        clickOn(window, "reviewServerTab");
        tryVerify(() => find(window, "serverAddress").visible, 3000);
    }
    // With SASKATI_SCREENSHOT_DIR set: the window saved as NAME.png there.
    function shot(window, name) {
        const folder = TestSupport.fixture("screenshots");
        if (!folder)
            return;
        waitForRendering(window.contentItem);
        grabImage(window.contentItem.parent).save(folder + "/" + name + ".png");
    }
    function isAncestor(ancestor, item) {
        for (let at = item; at; at = at.parent)
            if (at === ancestor)
                return true;
        return false;
    }
    // tryVerify, whose message is taken when the wait ends (tryVerify's is taken when it begins): a wait that
    // fails says what the header and the sync showed at the end. Long: under AddressSanitizer, beside others.
    function waitForStatus(window, condition) {
        const deadline = Date.now() + 60000;
        while (!condition() && Date.now() < deadline)
            wait(50);
        verify(condition(), statusText(window));
    }

    // The header's words and what they come from.
    function statusText(window) {
        return find(window, "serverStatusButton").text + " (syncing " + ResultsServer.syncing + ", testing "
            + ResultsServer.testing + ", pending " + ResultsServer.pending + ", problem '" + ResultsServer.problem
            + "')";
    }

    function test_serverTab() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        verify(window);
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded && AppContext.ready, 5000);
        const database = AppContext.databasePath;
        const url = TestSupport.fixture("serverUrl");
        const password = TestSupport.fixture("serverPassword");
        const passwordFile = TestSupport.fixture("passwordFile");
        verify(url.length > 0 && password.length > 0);
        // No server yet: nothing in the header.
        verify(!find(window, "serverStatusButton").visible);
        verify(TestSupport.addParticipant(database, "Anna Bērziņa"));
        // Another lecturer's laptop sent its people before (for the review of the server, below).
        const others = TestSupport.serverRows("participants");

        openServerTab(window);
        typeInto(window, "serverAddress", url);
        typeInto(window, "serverPassword", "not-the-password");
        clickOn(window, "serverTest");
        const result = find(window, "serverTestResult");
        tryVerify(() => !ResultsServer.testing && !ResultsServer.syncing && result.text.length > 0, 15000);
        compare(result.text, "The server refused the account or its password.");
        verify(find(window, "serverTestDetail").text.indexOf(TestSupport.fixture("serverAccount")) >= 0);

        typeInto(window, "serverPassword", password);
        clickOn(window, "serverTest");
        tryVerify(() => !ResultsServer.testing && !ResultsServer.syncing && result.text.indexOf("Connected.") === 0, 15000, result.text);
        verify(result.text.indexOf("lecturer, liepaja") > 0, result.text);
        compare(ResultsServer.configured, false); // a test saves nothing

        // Saved with the automatic sync off first: what is sent now is sent by pressing the header.
        clickOn(window, "serverAutomatic");
        verify(!find(window, "serverAutomatic").checked);
        clickOn(window, "serverSave");
        tryVerify(() => ResultsServer.configured);
        verify(!ResultsServer.automatic);
        compare(find(window, "serverPassword").text, "");
        compare(ResultsServer.address, url);
        compare(TestSupport.permissions(passwordFile), "600");
        verify(TestSupport.readText(passwordFile).indexOf(password) > 0);
        // The results file keeps the address, never the password.
        for (const file of [database, database + "-wal"])
            verify(TestSupport.readText(file).indexOf(password) < 0, file);

        const header = find(window, "serverStatusButton");
        tryVerify(() => header.visible);
        tryCompare(header, "text", "Server: 1 waiting", 5000);
        compare(TestSupport.serverRows("participants"), others);
        mouseClick(header);
        waitForStatus(window, () => !ResultsServer.syncing && ResultsServer.pending === 0);
        tryCompare(header, "text", "Server: all sent", 10000);
        compare(ResultsServer.problem, "");
        compare(TestSupport.serverRows("participants"), others + 1);
        verify(find(window, "serverSyncState").text.indexOf("Everything was sent on") === 0);
        shot(window, "server-tab");

        // "Send now" on the tab, with nothing waiting: a complete sync that sends nothing.
        clickOn(window, "serverSyncNow");
        tryVerify(() => !ResultsServer.testing && !ResultsServer.syncing && find(window, "serverSyncReport").text.length > 0, 20000);
        compare(find(window, "serverSyncReport").text, "The last sync sent 0 item(s).");

        // The background sync switched on: someone added meanwhile is sent without a click.
        clickOn(window, "serverAutomatic");
        clickOn(window, "serverSave");
        tryVerify(() => ResultsServer.automatic);
        verify(TestSupport.addParticipant(database, "Jānis Ozols"));
        tryVerify(() => TestSupport.serverRows("participants") === others + 2, 20000, "the background sync did not send");
        tryCompare(header, "text", "Server: all sent", 10000);

        // A server that does not answer, its password written in the address: kept without it, said so, and
        // what waits stays waiting.
        const unreachable = url.replace(/@[^/]*\//, "@127.0.0.1:1/");
        typeInto(window, "serverAddress", unreachable.replace("@", ":" + password + "@"));
        clickOn(window, "serverSave");
        tryCompare(ResultsServer, "address", unreachable);
        compare(find(window, "serverAddress").text, unreachable);
        for (const file of [database, database + "-wal"])
            verify(TestSupport.readText(file).indexOf(password) < 0, file);
        // The first server's password went with it.
        verify(TestSupport.readText(passwordFile).indexOf(":1:") > 0);
        compare(TestSupport.readText(passwordFile).split("\n").length, 2);
        verify(TestSupport.addParticipant(database, "Ilze Kalniņa"));
        ResultsServer.refresh();
        waitForStatus(window, () => header.enabled && ResultsServer.pending > 0);
        mouseClick(header);
        tryVerify(() => ResultsServer.problem === "unreachable", 20000, ResultsServer.problem);
        compare(header.text, "Server: not sent");
        compare(find(window, "serverSyncReport").text, "The server does not answer. Results stay on this laptop and are sent later.");
        verify(ResultsServer.pending > 0);
        compare(TestSupport.serverRows("participants"), others + 2);
        // Sent everything, but to the server before: not said of this one.
        compare(find(window, "serverSyncState").text, "Nothing has been sent to the server yet. 1 item(s) waiting to be sent.");
        shot(window, "server-tab-unreachable");

        // The municipality's coordinator reads the server for the review: the results another lecturer's laptop
        // sent, none of which are on this laptop; nothing is imported or erased in them here.
        typeInto(window, "serverAddress", TestSupport.fixture("coordinatorUrl"));
        typeInto(window, "serverPassword", TestSupport.fixture("coordinatorPassword"));
        clickOn(window, "serverSave");
        tryCompare(ResultsServer, "address", TestSupport.fixture("coordinatorUrl"));
        clickOn(window, "reviewOverviewTab");
        const countsLabel = find(window, "reviewCounts");
        const laptopCounts = countsLabel.text;
        const source = clickOn(window, "reviewSource");
        keyClick(Qt.Key_Escape);
        keyClick(Qt.Key_Down);
        compare(source.displayText, "The server's results");
        const readState = find(window, "reviewServerRead");
        tryVerify(() => !ResultsServer.reading && readState.text.indexOf("As the server had them on") === 0, 20000, readState.text);
        // The overview counts the other laptop's completed attempts.
        const completed = String(TestSupport.fixture("otherLaptopCompleted"));
        tryVerify(() => countsLabel.text !== laptopCounts && countsLabel.text.indexOf(completed + " ") === 0, 10000, countsLabel.text);
        const serverCounts = countsLabel.text;
        verify(!find(window, "reviewImport").visible);
        shot(window, "review-from-server");
        // Read again: nothing new, the same figures.
        clickOn(window, "reviewReadServer");
        tryVerify(() => !ResultsServer.reading, 20000);
        compare(ResultsServer.readProblem, "");
        compare(countsLabel.text, serverCounts);
        // The coordinator erases a person the other laptop sent (not on this laptop): on the server itself,
        // found by code on the People tab; the copy is read again without them and their two attempts.
        clickOn(window, "reviewPeopleTab");
        typeInto(window, "reviewSearch", "P-00000A");
        tryVerify(() => find(window, "reviewFound-0") !== null && find(window, "reviewFound-1") === null, 5000);
        clickOn(window, "reviewFoundErase");
        const eraseDialog = findChild(find(window, "stack").currentItem, "reviewEraseDialog");
        tryVerify(() => eraseDialog.opened, 3000);
        const eraseText = findChild(find(window, "stack").currentItem, "reviewEraseText").text;
        verify(eraseText.indexOf("deleted on the server") > 0, eraseText);
        mouseClick(eraseDialog.standardButton(Dialog.Yes));
        tryVerify(() => find(window, "reviewNotice").text.indexOf("erased on the server") > 0, 20000, find(window, "reviewNotice").text);
        verify(!ResultsServer.reading);
        verify(find(window, "reviewSearchNone").visible);
        shot(window, "review-server-erased");
        clickOn(window, "reviewOverviewTab");
        tryVerify(() => countsLabel.text.indexOf(String(Number(completed) - 2) + " ") === 0, 10000, countsLabel.text);
        // Back to this laptop's results.
        mouseClick(source);
        keyClick(Qt.Key_Escape);
        keyClick(Qt.Key_Up);
        compare(source.displayText, "This laptop's results");
        tryCompare(countsLabel, "text", laptopCounts, 5000);
        const copy = ResultsServer.reviewCopy;
        verify(copy.length > 0 && TestSupport.readText(copy).length > 0);
        compare(TestSupport.backups(copy).length, 0); // it can be read again: no old copies lie about
        clickOn(window, "reviewServerTab");

        // Forgotten: no address, no password kept, nothing in the header, and the server's copy is gone.
        clickOn(window, "serverForget");
        tryVerify(() => !ResultsServer.configured, 5000, ResultsServer.problem + " " + ResultsServer.problemDetail);
        verify(!header.visible);
        compare(TestSupport.readText(passwordFile), "");
        compare(ResultsServer.reviewCopy, "");
        for (const file of [copy, copy + "-wal", copy + "-shm"])
            compare(TestSupport.readText(file), "", file);
    }
}
