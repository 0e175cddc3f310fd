pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Saskati

// A running seminar. With a second screen: the audience view full-screen on the projector and the presenter
// console here. With one screen: the audience view with a discreet control strip; C shows the console.
// Clicker keys: PageDown, Right or Space: next; PageUp or Left: back; B or .: blank; F5: start / full screen;
// Esc: leave full screen.
FocusScope {
    id: root

    required property SeminarController controller
    property bool blanked: false
    property bool consoleShown: false
    // The linter (Qt 6.4) types Qt.application as QQmlApplication, without QtQuick's screens.
    readonly property var screens: Qt.application.screens // qmllint disable
    readonly property bool twoScreens: screens.length > 1

    // Leaving ends the seminar for the phones: while anything runs or phones can join, ask first.
    readonly property bool leavingEndsSomething: controller.running || controller.joiningOpen || controller.joined > 0

    signal leaveRequested

    function requestLeave() {
        if (root.leavingEndsSomething)
            leaveDialog.open();
        else
            root.leaveRequested();
    }
    function handleKey(event: KeyEvent): bool {
        switch (event.key) {
        case Qt.Key_PageDown:
        case Qt.Key_Right:
        case Qt.Key_Space:
            if (root.controller.running)
                root.controller.next();
            return true;
        case Qt.Key_PageUp:
        case Qt.Key_Left:
            if (root.controller.running)
                root.controller.back();
            return true;
        case Qt.Key_B:
        case Qt.Key_Period:
            root.blanked = !root.blanked;
            return true;
        case Qt.Key_F5:
            root.presentFullScreen();
            return true;
        case Qt.Key_Escape:
            root.leaveFullScreen();
            return true;
        case Qt.Key_C:
            root.consoleShown = !root.consoleShown;
            return true;
        case Qt.Key_J:
            if (!root.controller.joiningOpen)
                presenter.toggleJoining();
            return true;
        }
        return false;
    }
    function presentFullScreen() {
        if (root.twoScreens)
            audienceWindow.visibility = Window.FullScreen;
        else
            root.Window.window.visibility = Window.FullScreen;
        if (!root.controller.running && root.controller.plannedScenarios.length > 0)
            root.controller.start(root.controller.plannedScenarios[0], true);
    }
    function leaveFullScreen() {
        if (root.twoScreens)
            audienceWindow.visibility = Window.Windowed;
        else
            root.Window.window.visibility = Window.Windowed;
    }

    focus: true
    Keys.onPressed: event => event.accepted = root.handleKey(event)
    Component.onCompleted: forceActiveFocus()

    // One screen: the audience view here.
    AudienceView {
        id: audience
        objectName: "audienceView"
        anchors.fill: parent
        anchors.bottomMargin: strip.height
        visible: !root.twoScreens
        controller: root.controller
        blanked: root.blanked
        consoleOnThisScreen: true
    }
    PresenterConsole {
        id: presenter
        objectName: "presenterConsole"
        anchors.fill: parent
        anchors.bottomMargin: root.twoScreens ? 0 : strip.height
        visible: root.twoScreens || root.consoleShown
        controller: root.controller
        onLeaveRequested: root.requestLeave()
    }

    // The discreet strip: where the room is, and the same controls as the keys.
    Rectangle {
        id: strip
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: root.twoScreens ? 0 : stripRow.implicitHeight + 8
        visible: !root.twoScreens
        color: "#0b1320"

        Row {
            id: stripRow
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: parent.right
            anchors.rightMargin: 8
            spacing: 8
            Label {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Joined %1 · answered %2").arg(root.controller.joined).arg(root.controller.answered)
                color: "#8899aa"
                font.pixelSize: 14
            }
            Repeater {
                model: [{
                        "label": root.consoleShown ? qsTr("Hide console (C)") : qsTr("Console (C)"),
                        "key": Qt.Key_C
                    }, {
                        "label": qsTr("Back"),
                        "key": Qt.Key_PageUp
                    }, {
                        "label": qsTr("Next"),
                        "key": Qt.Key_PageDown
                    }, {
                        "label": qsTr("Leave"),
                        "key": -1
                    }]
                delegate: Button {
                    required property var modelData
                    objectName: modelData.key === -1 ? "seminarLeave" : ""
                    text: modelData.label
                    font.pixelSize: 14
                    flat: true
                    focusPolicy: Qt.NoFocus // the keys stay with the seminar
                    palette.buttonText: "#c8d1dc"
                    Accessible.name: modelData.label
                    onClicked: {
                        if (modelData.key === Qt.Key_C)
                            root.consoleShown = !root.consoleShown;
                        else if (modelData.key === Qt.Key_PageUp)
                            root.controller.back();
                        else if (modelData.key === Qt.Key_PageDown)
                            root.controller.next();
                        else
                            root.requestLeave();
                    }
                }
            }
        }
    }

    // Leaving a running seminar ends it for everyone: asked first. Esc or "Continue" keeps it; the keys come
    // back to the seminar when the dialog closes.
    Dialog {
        id: leaveDialog
        objectName: "leaveDialog"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 640 * Theme.scale)
        modal: true
        focus: true
        title: qsTr("End the seminar?")
        closePolicy: Popup.CloseOnEscape
        onOpened: stayButton.forceActiveFocus()
        onClosed: root.forceActiveFocus()
        onAccepted: root.leaveRequested()

        Column {
            width: leaveDialog.availableWidth
            spacing: Theme.margin

            Label {
                width: parent.width
                // Only while open: a hidden dialog re-measuring wrapped text on every resize looped its height.
                text: !leaveDialog.visible ? "" : root.controller.running && root.controller.phase !== "ended" ? qsTr("The scenario stops here and the phones are told that the seminar has ended. Answers given so far are kept.") : qsTr("The phones are told that the seminar has ended. Answers given so far are kept.")
                font.pixelSize: Theme.body
                wrapMode: Text.WordWrap
            }
            // Tab moves between the two; Return or Space presses; Esc is "Continue".
            RowLayout {
                width: parent.width
                spacing: Theme.gap
                layoutDirection: Qt.RightToLeft
                AppButton {
                    Layout.fillWidth: true
                    objectName: "leaveConfirm"
                    primary: true
                    text: qsTr("End the seminar")
                    onClicked: leaveDialog.accept()
                }
                AppButton {
                    id: stayButton
                    Layout.fillWidth: true
                    objectName: "leaveCancel"
                    text: qsTr("Continue the seminar")
                    onClicked: leaveDialog.reject()
                }
            }
        }
    }

    // Two screens: the projector gets its own window.
    Window {
        id: audienceWindow
        screen: root.twoScreens ? root.screens[1] : root.screens[0]
        visible: root.twoScreens
        title: qsTr("Saskati — audience")
        color: "black"
        width: 1280
        height: 720

        AudienceView {
            anchors.fill: parent
            controller: root.controller
            blanked: root.blanked
            consoleOnThisScreen: false
            focus: true
            Keys.onPressed: event => event.accepted = root.handleKey(event)
        }
    }
}
