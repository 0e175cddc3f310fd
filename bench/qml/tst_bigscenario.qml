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
        // Opening: the file is read and parsed on the thread pool; the window's frames meanwhile, and the
        // longest the window went without one (its busy indicator turns, so it draws all the while).
        const frames = [];
        const onFrame = () => frames.push(Date.now());
        window.frameSwapped.connect(onFrame);
        let t = Date.now();
        verify(author.editor.openScenario("/tmp/saskati-bench-10k.json"), author.editor.lastError);
        console.log("open, until the call returns (the window waits this long):", Date.now() - t, "ms; opening:", author.editor.opening);
        tryVerify(() => author.editor.isOpen, 10000, author.editor.lastError);
        console.log("open, until the scenario is in the editor (read, parsed and mapped on the thread pool, then the views):", Date.now() - t, "ms");
        const opened = Date.now();
        waitForRendering(window.contentItem);
        console.log("first frame after opening:", Date.now() - opened, "ms");
        window.frameSwapped.disconnect(onFrame);
        let gap = 0;
        for (let i = 1; i < frames.length; ++i)
            gap = Math.max(gap, frames[i] - frames[i - 1]);
        console.log("while opening:", frames.length, "frames, the longest without one:", gap, "ms (the last one includes putting the map in the window)");
        const graph = findChild(window.contentItem, "sceneGraph");
        console.log("map:", author.editor.map.nodeCount, "nodes,", graph.visibleNodes.length, "made into items");
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
