pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: root

    function showStart() {
        // The editor asks first when there are unsaved changes.
        const author = stack.find(item => item.objectName === "authorScreen");
        if (author && (author as AuthorScreen).editor.modified) {
            (author as AuthorScreen).requestLeave();
            return;
        }
        stack.pop(null);
    }
    // The Author area; a preview plays in its own session (nothing recorded) and comes back to the editor.
    function showAuthor() {
        const page = stack.push(Qt.resolvedUrl("AuthorScreen.qml"));
        page.leaveRequested.connect(() => stack.pop(null));
        page.previewRequested.connect((sceneId, variables) => {
            if (!page.editor.preview(previewSession, sceneId, variables))
                return;
            const play = stack.push(Qt.resolvedUrl("PlayScreen.qml"), {
                "session": previewSession
            });
            play.finished.connect(() => {
                const debrief = stack.replace(Qt.resolvedUrl("DebriefScreen.qml"), {
                    "session": previewSession
                });
                debrief.done.connect(() => {
                    previewSession.stepOut();
                    stack.pop();
                });
                debrief.playAgain.connect(() => {
                    previewSession.stepOut();
                    stack.pop();
                });
            });
            play.steppedOut.connect(() => stack.pop());
        });
    }
    // The play and debrief screens load on first use: they bring Qt Multimedia, which the start screen does not
    // need, so the first frame comes sooner.
    function showPlay(replace: bool) {
        const url = Qt.resolvedUrl("PlayScreen.qml");
        const properties = {
            "session": playSession
        };
        const page = replace ? stack.replace(url, properties) : stack.push(url, properties);
        page.finished.connect(() => root.showDebrief());
        page.steppedOut.connect(() => stack.pop());
    }
    function showDebrief() {
        const page = stack.replace(Qt.resolvedUrl("DebriefScreen.qml"), {
            "session": playSession
        });
        page.playAgain.connect(() => {
            if (playSession.start(playSession.scenarioId))
                root.showPlay(true);
        });
        page.done.connect(() => stack.pop());
    }
    // The practice screens load on first use too: the start screen comes first, and sooner.
    function showSignIn() {
        const page = stack.push(Qt.resolvedUrl("SignInScreen.qml"));
        page.signedIn.connect(() => root.showLibrary());
    }
    function showLibrary() {
        const page = stack.push(Qt.resolvedUrl("LibraryScreen.qml"));
        page.open.connect((scenarioId, warning, title) => root.showWarning(scenarioId, warning, title));
        page.resume.connect(attemptId => {
            if (playSession.resume(attemptId))
                root.showPlay(false);
        });
        page.history.connect(() => stack.push(Qt.resolvedUrl("HistoryScreen.qml")));
    }
    function showWarning(scenarioId: string, warning: string, title: string) {
        const page = stack.push(Qt.resolvedUrl("ContentWarningScreen.qml"), {
            "scenarioId": scenarioId,
            "warning": warning,
            "scenarioTitle": title
        });
        page.accepted.connect(() => {
            if (playSession.start(scenarioId))
                root.showPlay(true);
        });
        page.declined.connect(() => stack.pop());
    }
    // Seminar mode loads on first use too (the audience view plays voices).
    function showSeminarSetup() {
        const page = stack.push(Qt.resolvedUrl("SeminarSetupScreen.qml"), {
            "controller": seminarController
        });
        page.opened.connect(() => root.showSeminar());
    }
    function showSeminar() {
        const page = stack.replace(Qt.resolvedUrl("SeminarScreen.qml"), {
            "controller": seminarController,
            "objectName": "seminarScreen"
        });
        page.leaveRequested.connect(() => {
            seminarController.leave();
            root.showStart();
        });
    }
    // For the screenshot tour and tests: go straight to a screen.
    function showScreen(name: string) {
        if (name === "start")
            stack.pop(null);
        else if (name === "signin")
            root.showSignIn();
        else if (name === "library")
            root.showLibrary();
        else if (name === "play")
            root.showPlay(false);
        else if (name === "seminar-setup")
            root.showSeminarSetup();
        else if (name === "seminar")
            root.showSeminar();
        else if (name === "review")
            stack.push(Qt.resolvedUrl("ReviewScreen.qml"));
        else if (name === "author")
            root.showAuthor();
    }

    width: 1366
    height: 768
    visible: true
    // The platform appends the application's display name unless the title ends with it: the name once.
    title: qsTr("Recognise and refer") + " — Saskati"
    color: Theme.background

    header: ToolBar {
        // A running seminar owns the whole screen (and the keys): the projector shows only the room.
        visible: stack.currentItem?.objectName !== "seminarScreen"

        background: Rectangle {
            color: Theme.surface
            border.color: Theme.line
        }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.gap

            Label {
                text: "Saskati"
                font.pixelSize: Theme.subtitle
                font.bold: true
                color: Theme.accent
            }
            // On every screen while nothing is kept: the person chose it on the start screen.
            Label {
                objectName: "practiceOnlyNotice"
                visible: AppContext.practiceOnly
                text: qsTr("Not saved")
                font.pixelSize: Theme.small
                font.bold: true
                color: Theme.warning
                Accessible.name: qsTr("Results are not saved in this window")
            }
            Label {
                Layout.fillWidth: true
                text: AppContext.participantName.length > 0 ? qsTr("Signed in: %1").arg(AppContext.participantName) : ""
                textFormat: Text.PlainText
                font.pixelSize: Theme.small
                color: Theme.mutedInk
                elide: Text.ElideRight
            }
            ServerStatusButton {}
            AppButton {
                text: qsTr("Home")
                visible: stack.depth > 1
                onClicked: root.showStart()
            }
            // The interface languages there are translations for, each named in itself; the current one ticked.
            AppButton {
                id: languageButton
                objectName: "languageButton"
                text: AppContext.languageName(AppContext.language) + " ▾"
                Accessible.name: qsTr("Interface language: %1").arg(AppContext.languageName(AppContext.language))
                onClicked: languageMenu.open()
                Menu {
                    id: languageMenu
                    objectName: "languageMenu"
                    y: parent.height
                    // Exclusive: choosing the current language again keeps its tick.
                    ButtonGroup {
                        id: languageGroup
                    }
                    Repeater {
                        model: AppContext.interfaceLanguages
                        MenuItem {
                            required property var modelData
                            objectName: "language_" + modelData.code
                            text: modelData.name
                            checkable: true
                            ButtonGroup.group: languageGroup
                            checked: AppContext.language === modelData.code
                            onTriggered: AppContext.language = modelData.code
                        }
                    }
                }
            }
            AppButton {
                objectName: "autoPlayButton"
                text: AppContext.autoPlayVoices ? qsTr("Voices: auto") : qsTr("Voices: on request")
                Accessible.name: qsTr("Play the voices of a scene by themselves")
                onClicked: AppContext.autoPlayVoices = !AppContext.autoPlayVoices
            }
            AppButton {
                text: "A−"
                Accessible.name: qsTr("Smaller text")
                onClicked: AppContext.fontScale = AppContext.fontScale - 0.1
            }
            AppButton {
                text: "A+"
                Accessible.name: qsTr("Larger text")
                onClicked: AppContext.fontScale = AppContext.fontScale + 0.1
            }
        }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: StartScreen {
            onPractise: root.showSignIn()
            onSeminar: root.showSeminarSetup()
            onReview: stack.push(Qt.resolvedUrl("ReviewScreen.qml"))
            onAuthor: root.showAuthor()
        }
    }

    PlaySession {
        id: playSession
        objectName: "session"
    }
    PlaySession {
        id: previewSession
        objectName: "previewSession"
    }
    SeminarController {
        id: seminarController
        objectName: "seminar"
    }
}
