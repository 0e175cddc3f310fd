import QtQuick
import QtMultimedia

// Plays a scene's voices one after another, and one voice on request.
//
// Why not a bare MediaPlayer: with Qt 6.4's GStreamer backend, changing a player's source or stopping it
// while its media is still loading can deadlock the whole application (the flush waits for a streaming thread
// that waits for the pipeline the flush holds; seen when a scene is left a moment after it opened). So what
// is asked while the player loads is remembered and carried out once the media has loaded or failed. The
// same deadlock waits a moment longer: the pipeline adds its decoder's pads only when the first sound is
// decoded, after "loaded" (seen with clicker presses a moment apart on the projector). So a new voice is also
// left alone until it is heard (its position moves), ends or fails — at most a second, so that a voice that
// never sounds (no sound server) holds nothing up for long.
Item {
    id: root

    /// The voice playing, or about to; empty when none.
    readonly property url current: want.playing ? want.voice : ""
    /// The voices still to come after the current one.
    readonly property int queued: want.queue.length
    /// The number of times the player had to wait for a loading voice before a change (tests read it).
    readonly property int deferredChanges: want.deferred
    /// A voice is loaded or loading: the sound server has a stream of the application's open.
    readonly property bool holdsMedia: player.mediaStatus !== MediaPlayer.NoMedia

    /// Plays `voices` in order, replacing what was playing or queued.
    function playAll(voices: list<url>) {
        const list = Array.from(voices).filter(v => String(v).length > 0);
        want.queue = list.slice(1);
        request(list.length > 0 ? list[0] : "");
    }
    /// Plays one voice; the same voice again while it plays stops it.
    function toggle(voice: url) {
        want.queue = [];
        request(want.playing && String(want.voice) === String(voice) ? "" : voice);
    }
    function stop() {
        want.queue = [];
        request("");
    }

    function request(voice: url) {
        want.voice = voice;
        want.playing = String(voice).length > 0;
        apply();
    }
    function apply() {
        if (player.mediaStatus === MediaPlayer.LoadingMedia || settling.running) {
            want.deferred += 1;
            return; // carried out by onMediaStatusChanged, or once the voice settled
        }
        if (!want.playing) {
            if (player.playbackState !== MediaPlayer.StoppedState)
                player.stop();
            // Let go of the media too: the sound server's stream closes now, not when the application quits.
            // (Qt 6.4's PulseAudio engine is torn down at exit without its lock; the server's news of a stream
            // closing at that moment can abort the process: libpulse's io_events_please_scan assertion.)
            if (String(player.source).length > 0)
                player.source = "";
            return;
        }
        if (String(player.source) !== String(want.voice) || player.mediaStatus === MediaPlayer.EndOfMedia) {
            player.source = want.voice;
            player.play();
            settling.restart();
        } else if (player.playbackState !== MediaPlayer.PlayingState) {
            player.play();
        }
    }

    // What was last asked for: the player catches up with it.
    QtObject {
        id: want
        property url voice
        property bool playing: false
        property var queue: []
        property int deferred: 0
    }

    // A new voice is settling: its pipeline may still be adding pads (see above).
    Timer {
        id: settling
        interval: 1000
        onTriggered: root.apply()
    }
    // Not from inside the player's own signal: a source set there never plays to its end (Qt 6.4).
    Timer {
        id: applySoon
        interval: 0
        onTriggered: root.apply()
    }
    function settled() {
        if (!settling.running)
            return;
        settling.stop();
        applySoon.restart();
    }

    MediaPlayer {
        id: player
        audioOutput: AudioOutput {}
        // Heard: the sink has played some of it, so its pads are in place. (qmllint 6.4 cannot type qint64.)
        onPositionChanged: {
            if (player.position > 0) // qmllint disable
                root.settled();
        }
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.EndOfMedia && want.playing && String(source) === String(want.voice)) {
                const next = want.queue.length > 0 ? want.queue[0] : "";
                want.queue = want.queue.slice(1);
                want.voice = next;
                want.playing = String(next).length > 0;
            }
            if (mediaStatus === MediaPlayer.EndOfMedia || mediaStatus === MediaPlayer.InvalidMedia || mediaStatus === MediaPlayer.NoMedia)
                settling.stop(); // nothing is streaming
            if (mediaStatus !== MediaPlayer.LoadingMedia)
                applySoon.restart(); // the next voice, or what was asked while loading
        }
        onErrorOccurred: (error, errorString) => {
            console.warn("voice", source, errorString);
            root.settled();
        }
    }
}
