import QtQuick
import QtTest
import Saskati

// The editor on a 10,000-scene scenario (issue #19), through the real views: opening it, the first frame, fitting
// the map, finding and jumping to the last scene, and an edit; each time until the window has drawn again.
// Run by bench/editor10k.sh (which writes the scenario first); figures, not pass or fail.
TestCase {
    name: "BigScenario"
    when: windowShown
    Component {
        id: mainComponent
        Main {}
    }
    function test_big() {
        const window = createTemporaryObject(mainComponent, null, {
            "width": 1366,
            "height": 768
        });
        waitForRendering(window.contentItem);
        tryVerify(() => AppContext.loaded, 5000);
        window.showScreen("author");
        wait(300);
        const author = findChild(window.contentItem, "authorScreen");
        let t = Date.now();
        verify(author.editor.openScenario("/tmp/saskati-bench-10k.json"), author.editor.lastError);
        console.log("open (parse, lists, map; validation then runs on the thread pool):", Date.now() - t, "ms");
        t = Date.now();
        waitForRendering(window.contentItem);
        console.log("first frame after opening:", Date.now() - t, "ms");
        const graph = findChild(window.contentItem, "sceneGraph");
        console.log("map:", author.editor.map.nodes.length, "nodes,", graph.visibleNodes.length, "made into items");
        t = Date.now();
        graph.fit();
        waitForRendering(window.contentItem);
        console.log("fit, drawn:", Date.now() - t, "ms,", graph.visibleNodes.length, "nodes in view");
        t = Date.now();
        const found = author.editor.search("s9999");
        graph.jumpTo(found[0]);
        waitForRendering(window.contentItem);
        console.log("search + jump to the last scene, drawn:", Date.now() - t, "ms (scene", author.sceneIndex + ")");
        t = Date.now();
        author.editor.setValue("scenes[9999].title.en", "Edited");
        waitForRendering(window.contentItem);
        console.log("an edit of its title, drawn:", Date.now() - t, "ms");
        t = Date.now();
        tryVerify(() => !author.editor.validationPending, 10000);
        console.log("findings of the edit (typing pause, then validation on the thread pool):", Date.now() - t, "ms later, errors:", author.editor.errorCount);
    }
}
