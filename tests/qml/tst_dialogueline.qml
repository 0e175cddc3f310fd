import QtQuick
import QtQuick.Window
import QtTest
import Saskati

// A chat message (scenario format 3) as a dialogue line: its time follows the sender's name, its picture shows
// below its words with the picture's description for a screen reader, and its words are still flagged by a
// click. A line without a time or picture (any line but a chat message: ScenePresenter leaves them out, as
// tst_scenepresenter checks) shows neither.
TestCase {
    id: testCase
    name: "DialogueLine"
    when: windowShown
    width: 800
    height: 600

    // A window of its own: the lines are shown as in the app.
    Window {
        id: stage
        width: 800
        height: 600
        visible: true
    }

    Component {
        id: lineComponent
        DialogueLine {
            width: 700
        }
    }

    function message(time, photo) {
        return {
            "id": "m1",
            "speaker": "Markuss",
            "portrait": "",
            "voice": "",
            "caption": "Tikai nestāsti mammai.",
            "asked": false,
            "segments": [{
                    "id": "s-secret",
                    "text": "Tikai nestāsti mammai.",
                    "flagged": false
                }],
            "time": time,
            "photo": photo,
            "photoAlt": photo ? "Kafejnīca pie jūras" : "",
            "fromTrainee": false
        };
    }

    SignalSpy {
        id: flagSpy
        signalName: "flagRequested"
    }

    function test_aChatMessageShowsItsTimeAndPicture() {
        const line = createTemporaryObject(lineComponent, stage.contentItem, {
            "line": message("21:14", Qt.resolvedUrl("../data/valid/media/office.svg"))
        });
        verify(line);
        compare(findChild(line, "lineSpeaker_m1").text, "Markuss · 21:14");
        const photo = findChild(line, "linePhoto_m1");
        verify(photo.visible, "the picture is not shown");
        tryCompare(photo, "status", Image.Ready);
        verify(photo.height > 100, "the picture is too small to see: " + photo.height);
        compare(photo.Accessible.name, "Kafejnīca pie jūras");
        // Below the words.
        const words = findChild(line, "segment_s-secret");
        verify(photo.mapToItem(line, 0, 0).y >= words.mapToItem(line, 0, words.height).y);
        flagSpy.target = line;
        flagSpy.clear();
        mouseClick(words);
        compare(flagSpy.count, 1);
        compare(flagSpy.signalArguments[0][0], "s-secret");
    }

    function test_aLineWithoutTimeOrPictureShowsNeither() {
        const line = createTemporaryObject(lineComponent, stage.contentItem, {
            "line": message("", "")
        });
        verify(line);
        compare(findChild(line, "lineSpeaker_m1").text, "Markuss");
        const photo = findChild(line, "linePhoto_m1");
        verify(!photo.visible);
        compare(photo.height, 0);
    }
}
