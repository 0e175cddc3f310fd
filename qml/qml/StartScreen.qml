import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The three uses of Saskati: practise alone, run a seminar, review results. On first run it offers, once, to
// set the coordinator's password, and says who should. When the results file cannot be used (read-only,
// damaged, newer, open in another Saskati) it says so before anyone practises, and offers another file; a
// scenario folder with broken files is summarised in one line, its problems listed on demand.
Item {
    id: root

    signal practise
    signal seminar
    signal review
    signal author

    function focusFirst() {
        if (AppContext.storeStatus.length > 0)
            openOtherButton.forceActiveFocus();
        else
            practiseButton.forceActiveFocus();
    }

    Component.onCompleted: focusFirst()
    StackView.onActivated: coordinator.recheck()

    // Only for the password: whether one is set, and setting the first one.
    ReviewController {
        id: coordinator
        objectName: "startCoordinator"
    }
    Connections {
        target: AppContext
        function onLoadedChanged() {
            coordinator.recheck();
            root.focusFirst();
        }
        function onStoreChanged() {
            coordinator.recheck();
        }
        // Opened (or not) off the GUI thread: the way on, or out, has the focus again.
        function onStoreOpened() {
            if (root.StackView.status === StackView.Active)
                root.focusFirst();
        }
    }

    // Scrolls only when the window is too small for it (A+ on a small screen): the buttons stay reachable.
    Flickable {
        id: page
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.margin)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: (page.width - width) / 2
            y: Math.max(Theme.margin, (page.height - implicitHeight) / 2)
            width: Math.min(page.width - 2 * Theme.margin, 900)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: qsTr("Recognise. Ask well. Refer.")
                font.pixelSize: Theme.huge
                font.bold: true
                color: Theme.ink
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("A training simulator for meeting people who may be victims of human trafficking.")
                font.pixelSize: Theme.subtitle
                color: Theme.mutedInk
                wrapMode: Text.WordWrap
            }
            Label {
                id: doneLabel
                objectName: "passwordSetLabel"
                Layout.fillWidth: true
                visible: false
                text: qsTr("The coordinator's password is set. Review results now asks for it.")
                font.pixelSize: Theme.body
                color: Theme.good
                wrapMode: Text.WordWrap
            }
            // The results file cannot be used, or the person chose to go on without saving: said before anyone
            // practises, with what to do.
            Rectangle {
                objectName: "storeProblem"
                Layout.fillWidth: true
                Layout.preferredHeight: storeColumn.implicitHeight + 2 * Theme.gap
                visible: AppContext.storeStatus.length > 0 || AppContext.practiceOnly
                radius: Theme.radius
                color: Theme.surface
                border.color: AppContext.practiceOnly ? Theme.warning : Theme.danger
                border.width: 2
                ColumnLayout {
                    id: storeColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap
                    Label {
                        objectName: "storeProblemTitle"
                        Layout.fillWidth: true
                        text: AppContext.practiceOnly ? qsTr("Practising without saving") : AppContext.storeStatus === "in-use" ? qsTr("This results file is already open") : qsTr("Results cannot be saved here")
                        font.pixelSize: Theme.subtitle
                        font.bold: true
                        color: AppContext.practiceOnly ? Theme.warning : Theme.danger
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "storeProblemText"
                        Layout.fillWidth: true
                        text: AppContext.practiceOnly ? qsTr("Nothing done in this window is kept: no names, no attempts, no seminar answers. To keep results, open a results file.") : AppContext.storeProblem
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.body
                        color: Theme.ink
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "storeProblemDetail"
                        Layout.fillWidth: true
                        visible: !AppContext.practiceOnly && (AppContext.storeStatus === "cannot-open" || AppContext.storeStatus === "damaged")
                        text: AppContext.storeDetail
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        spacing: Theme.gap
                        AppButton {
                            id: openOtherButton
                            objectName: "openOtherDatabase"
                            primary: !AppContext.practiceOnly
                            text: qsTr("Open another results file…")
                            KeyNavigation.right: withoutSavingButton.visible ? withoutSavingButton : quitButton
                            onClicked: databaseDialog.open()
                        }
                        AppButton {
                            id: withoutSavingButton
                            objectName: "practiseWithoutSaving"
                            // Safe: a temporary file, and every screen's header says that nothing is kept. Not for a
                            // file open in another window: that window is where to practise.
                            visible: !AppContext.practiceOnly && AppContext.storeStatus !== "in-use"
                            text: qsTr("Practise without saving")
                            KeyNavigation.right: quitButton
                            enabled: !AppContext.opening
                            onClicked: AppContext.continueWithoutSaving()
                        }
                        AppButton {
                            id: quitButton
                            objectName: "quitButton"
                            visible: !AppContext.practiceOnly
                            text: qsTr("Quit")
                            Accessible.name: qsTr("Quit Saskati")
                            onClicked: Qt.quit()
                        }
                    }
                }
            }
            // A scenario folder with broken files (a copy without its media): one line, the rest still loads.
            RowLayout {
                objectName: "scenarioSummary"
                Layout.fillWidth: true
                visible: AppContext.loaded && AppContext.scenarioProblemCount > 0
                spacing: Theme.gap
                Label {
                    objectName: "scenarioSummaryText"
                    Layout.fillWidth: true
                    text: qsTr("%n scenario(s) loaded;", "", AppContext.scenarioCount) + " " + qsTr("%n file(s) have problems and were left out.", "", AppContext.scenarioProblemCount)
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.body
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                AppButton {
                    objectName: "scenarioProblemsButton"
                    text: qsTr("Details")
                    Accessible.name: qsTr("Show the problems in the scenario files")
                    onClicked: problemsDialogLoader.open()
                }
            }
            Label {
                objectName: "problemLabel"
                Layout.fillWidth: true
                visible: AppContext.problem.length > 0
                text: AppContext.problem
                textFormat: Text.PlainText
                font.pixelSize: Theme.small
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            // First run: the coordinator's password is set on purpose, by the coordinator, not by whoever opens the
            // review first.
            Rectangle {
                objectName: "passwordOffer"
                Layout.fillWidth: true
                Layout.preferredHeight: offerColumn.implicitHeight + 2 * Theme.gap
                visible: !coordinator.passwordOfferDone && AppContext.storeStatus.length === 0 && !AppContext.practiceOnly
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.warning
                border.width: 2
                ColumnLayout {
                    id: offerColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gap
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Set the coordinator's password now?")
                        font.pixelSize: Theme.subtitle
                        font.bold: true
                        color: Theme.ink
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Review results shows every participant's results and opens only with this password. Your team's coordinator should set it, once, on this laptop. If you are not the coordinator, skip this: practising and seminars work without it.")
                        font.pixelSize: Theme.body
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        spacing: Theme.gap
                        AppButton {
                            objectName: "offerSetPassword"
                            text: qsTr("I am the coordinator: set it now")
                            onClicked: passwordDialogLoader.open()
                        }
                        AppButton {
                            objectName: "offerSkip"
                            text: qsTr("Skip: I am not the coordinator")
                            onClicked: {
                                coordinator.skipPasswordOffer();
                                practiseButton.forceActiveFocus();
                            }
                        }
                    }
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.gap
                AppButton {
                    id: practiseButton
                    objectName: "practiseButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.huge * 3
                    primary: true
                    enabled: AppContext.storeStatus.length === 0 && !AppContext.opening
                    text: qsTr("Practise a scenario")
                    KeyNavigation.right: seminarButton
                    onClicked: root.practise()
                }
                AppButton {
                    id: seminarButton
                    objectName: "seminarButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.huge * 3
                    enabled: AppContext.storeStatus.length === 0 && !AppContext.opening
                    text: qsTr("Run a seminar")
                    KeyNavigation.right: reviewButton
                    onClicked: root.seminar()
                }
                AppButton {
                    id: reviewButton
                    objectName: "reviewButton"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.huge * 3
                    // Nothing to review in a file that is thrown away at exit.
                    enabled: AppContext.storeStatus.length === 0 && !AppContext.practiceOnly && !AppContext.opening
                    text: qsTr("Review results")
                    KeyNavigation.down: authorButton
                    onClicked: root.review()
                }
            }
            // The lecturer team's own scenarios: written and corrected here, without a developer.
            AppButton {
                id: authorButton
                objectName: "authorButton"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Write and correct scenarios")
                onClicked: root.author()
            }
        }
    }

    // Opening the results file (checking it, waiting for another program to let go of it, today's backup) runs
    // off the GUI thread and can take seconds on a large file: said at the foot of the screen, where it moves
    // nothing, with a spinner that shows the app is alive.
    ProgressStrip {
        objectName: "openingProgress"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        running: AppContext.opening
        text: qsTr("Opening the results file: checking it and keeping today's backup…")
    }

    // The validator's lines, in a dialog made when first opened (dialogs with standard buttons cost start-up time).
    Loader {
        id: problemsDialogLoader
        objectName: "scenarioProblemsDialogLoader"
        active: false
        source: "ScenarioProblemsDialog.qml"
        function open() {
            active = true;
            (item as ScenarioProblemsDialog).parent = root;
            (item as ScenarioProblemsDialog).open();
        }
    }

    // Another results file: an existing one, or a new name (a new, empty file). The dialog loads on first use:
    // Qt Quick Dialogs is a module of its own, and the start screen is quicker without it.
    Loader {
        id: databaseDialog
        objectName: "databaseDialogLoader"
        active: false
        source: "ResultsFileDialog.qml"
        // The file opens off the GUI thread; the focus follows when it is open (onStoreOpened).
        onLoaded: (item as ResultsFileDialog).chosen.connect(file => AppContext.openDatabase(file))
        function open() {
            active = true;
            (item as ResultsFileDialog).open();
        }
    }

    // The coordinator's password, in a dialog made when first opened.
    Loader {
        id: passwordDialogLoader
        objectName: "passwordDialogLoader"
        onLoaded: {
            const dialog = item as PasswordDialog;
            dialog.parent = root;
            dialog.passwordSet.connect(() => {
                doneLabel.visible = true;
                reviewButton.forceActiveFocus();
            });
        }
        function open() {
            if (!item)
                setSource("PasswordDialog.qml", {
                    "coordinator": coordinator
                });
            (item as PasswordDialog).open();
        }
    }
}
