import QtQuick
import QtTest
import Saskati

// The app's voice player with real GStreamer and a real sound server (the CTest fixture `sound`): voices play
// to their end one after another, a voice pressed again stops, and changes asked for while a voice is still
// loading wait for it (changing then could deadlock Qt 6.4's GStreamer backend, as it once did in the
// play-everything test) and still end on what was asked last.
TestCase {
    id: testCase
    name: "VoicePlayer"
    when: windowShown

    // Three of the shortest shipped voices (2–3 s each).
    readonly property url first: Qt.resolvedUrl("../../media/voices/shoplifting-learned-story/wn-l-rihards-2.en.ogg")
    readonly property url second: Qt.resolvedUrl("../../media/voices/eures-job-offer/pt-l-promise.en.ogg")
    readonly property url third: Qt.resolvedUrl("../../media/voices/bakery-overtime/iv-l1.en.ogg")
    property var heard: []

    VoicePlayer {
        id: voices
        onCurrentChanged: testCase.heard = testCase.heard.concat([String(current)])
    }

    // Quit with the sound server's stream closed and its news of that handled: Qt 6.4 tears down its PulseAudio
    // engine at exit without its lock, and news arriving then can abort the process (libpulse's
    // io_events_please_scan assertion, seen once in the sanitizer run).
    function cleanupTestCase() {
        voices.stop();
        tryCompare(voices, "holdsMedia", false, 10000);
        wait(500);
    }

    function init() {
        voices.stop();
        tryCompare(voices, "current", "");
        heard = [];
    }

    function test_aSceneVoicesPlayInOrderToTheEnd() {
        voices.playAll([first, "", second, third]);
        tryVerify(() => heard.length === 4, 30000, "every voice played to its end");
        compare(heard, [String(first), String(second), String(third), ""]);
        compare(voices.queued, 0);
    }

    function test_theSameVoicePressedAgainStops() {
        voices.toggle(second);
        compare(String(voices.current), String(second));
        wait(300);
        voices.toggle(second);
        compare(String(voices.current), "");
        wait(300);
        compare(heard, [String(second), ""], "stopped, and nothing else started");
        tryCompare(voices, "holdsMedia", false, 5000, "a stopped voice lets go of its media");
    }

    function test_changesWhileLoadingWaitAndTheLastOneWins() {
        const before = voices.deferredChanges;
        // Scenes opened and left in a hurry: no pause, then pauses shorter than a voice takes to load.
        for (let i = 0; i < 30; ++i) {
            if (i % 3 === 0)
                voices.playAll([first, second]);
            else if (i % 3 === 1)
                voices.toggle(third);
            else
                voices.stop();
            wait(i < 10 ? 0 : i % 7);
        }
        verify(voices.deferredChanges > before, "some changes came while a voice was loading");
        heard = [];
        voices.playAll([second]);
        tryVerify(() => heard.length >= 2 && heard[heard.length - 1] === "", 30000,
                  "the voice asked for last played to its end");
        compare(heard[0], String(second));
    }
}
