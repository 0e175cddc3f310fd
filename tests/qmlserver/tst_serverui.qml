import QtQuick
import QtTest
import Saskati
import SaskatiTest

// The shared server in real hands (issue #22): the coordinator opens the review's Server tab, types the address and
// a wrong password (the refusal is said plainly), the right one (the test says who the account is), saves; the
// header shows what waits, "Send now" sends it, a participant added meanwhile goes by itself in the background
// sync; the password is kept in a file only the user can read and never in the results file; a server that does
// not answer is said as such and loses nothing; "Forget this server" removes the address and the password. Every
// step is a click or typing on the real items; the server is a real PostgreSQL (tests/tools/postgres-cluster.sh).
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
        // On the Server tab, scrolled to as a person scrolls to what is below the fold.
        const tab = find(window, "serverTab");
        if (tab && tab.visible && tab.contentItem && isAncestor(tab.contentItem, item)) {
            tab.ensureVisible(item);
            waitForRendering(window.contentItem);
        }
        wait(20);
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
    function statusText(window) {
        return find(window, "serverStatusButton").text;
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

        openServerTab(window);
        typeInto(window, "serverAddress", url);
        typeInto(window, "serverPassword", "not-the-password");
        clickOn(window, "serverTest");
        const result = find(window, "serverTestResult");
        tryVerify(() => ResultsServer.activity === "" && result.text.length > 0, 15000);
        compare(result.text, "The server refused the account or its password.");
        verify(find(window, "serverTestDetail").text.indexOf(TestSupport.fixture("serverAccount")) >= 0);

        typeInto(window, "serverPassword", password);
        clickOn(window, "serverTest");
        tryVerify(() => ResultsServer.activity === "" && result.text.indexOf("Connected.") === 0, 15000, result.text);
        verify(result.text.indexOf("lecturer, liepaja") > 0, result.text);
        compare(ResultsServer.configured, false); // a test saves nothing

        clickOn(window, "serverSave");
        tryVerify(() => ResultsServer.configured);
        compare(find(window, "serverPassword").text, "");
        compare(ResultsServer.address, url);
        compare(TestSupport.permissions(passwordFile), "600");
        verify(TestSupport.readText(passwordFile).indexOf(password) > 0);
        // The results file keeps the address, never the password.
        for (const file of [database, database + "-wal"])
            verify(TestSupport.readText(file).indexOf(password) < 0, file);

        // The header says what waits; pressing it sends (the automatic one may be first: either way it is sent).
        const header = find(window, "serverStatusButton");
        tryVerify(() => header.visible);
        tryVerify(() => ResultsServer.pending === 0 || statusText(window).indexOf("waiting") > 0, 5000, statusText(window));
        if (header.enabled && ResultsServer.pending > 0)
            mouseClick(header);
        tryVerify(() => ResultsServer.activity === "" && ResultsServer.pending === 0, 20000, statusText(window));
        tryCompare(header, "text", "Server: all sent", 10000);
        compare(ResultsServer.problem, "");
        compare(TestSupport.serverRows("participants"), 1);
        verify(find(window, "serverSyncState").text.indexOf("Everything was sent on") === 0);
        shot(window, "server-tab");

        // "Send now" on the tab, with nothing waiting: a complete sync that sends nothing.
        clickOn(window, "serverSyncNow");
        tryVerify(() => ResultsServer.activity === "" && find(window, "serverSyncReport").text.length > 0, 20000);
        compare(find(window, "serverSyncReport").text, "The last sync sent 0 item(s).");

        // Someone is added meanwhile: the background sync sends them without a click.
        verify(TestSupport.addParticipant(database, "Jānis Ozols"));
        tryVerify(() => TestSupport.serverRows("participants") === 2, 20000, "the background sync did not send");
        tryCompare(header, "text", "Server: all sent", 10000);

        // A server that does not answer: said so, and what waits stays waiting.
        const unreachable = url.replace(/@[^/]*\//, "@127.0.0.1:1/");
        typeInto(window, "serverAddress", unreachable);
        typeInto(window, "serverPassword", password);
        clickOn(window, "serverSave");
        tryCompare(ResultsServer, "address", unreachable);
        // The first server's password went with it.
        verify(TestSupport.readText(passwordFile).indexOf(":1:") > 0);
        compare(TestSupport.readText(passwordFile).split("\n").length, 2);
        verify(TestSupport.addParticipant(database, "Ilze Kalniņa"));
        ResultsServer.refresh();
        tryVerify(() => header.enabled && ResultsServer.pending > 0, 10000);
        mouseClick(header);
        tryVerify(() => ResultsServer.problem === "unreachable", 20000, ResultsServer.problem);
        compare(header.text, "Server: not sent");
        compare(find(window, "serverSyncReport").text, "The server does not answer. Results stay on this laptop and are sent later.");
        verify(ResultsServer.pending > 0);
        compare(TestSupport.serverRows("participants"), 2);
        // Sent everything, but to the server before: not said of this one.
        compare(find(window, "serverSyncState").text, "Nothing has been sent to the server yet. 1 item(s) waiting to be sent.");
        shot(window, "server-tab-unreachable");

        // Forgotten: no address, no password kept, nothing in the header.
        clickOn(window, "serverForget");
        tryVerify(() => !ResultsServer.configured);
        verify(!header.visible);
        compare(TestSupport.readText(passwordFile), "");
    }
}
