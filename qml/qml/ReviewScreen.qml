pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// The coordinator's review: behind a password; filters; overview (a seminar's people, one person's history),
// indicators, decisions (item analysis), improvement, anyone found and erased, the directory, a file each
// (Review*Tab.qml); exports, bundle import and pseudonymisation; a finished attempt's debrief, read-only.
Pane {
    id: root

    property var lastImport: ({})
    // The coordinator chose to set the first password (the gate asks who they are first).
    property bool settingUp: false
    // The last thing done ({kind, arg}), said in the current language.
    property var notice: null
    // Who is being erased on the server, for the notice when it is done.
    property string erasingName
    property DebriefScreen debriefView: null

    background: null
    padding: Theme.margin
    Component.onCompleted: {
        if (controller.passwordSet)
            passwordField.forceActiveFocus();
        else
            setupButton.forceActiveFocus();
    }

    ReviewController {
        id: controller
        objectName: "review"
        Component.onCompleted: serverCopy = ResultsServer.reviewCopy
    }
    // A new reading of the server: the figures follow.
    Connections {
        target: ResultsServer
        function onReviewCopyChanged() {
            controller.serverCopy = ResultsServer.reviewCopy;
            controller.refresh();
        }
        // A person erased on the server (from the server's results): the copy was read again without them.
        function onErasureFinished(uuid: string, problem: string, detail: string) {
            if (problem.length > 0) {
                importSummary.text = qsTr("Could not erase on the server: %1").arg(root.serverProblemText(problem, true)) + "\n" + detail;
                importSummary.color = Theme.danger;
                return;
            }
            importSummary.text = "";
            root.notice = {
                "kind": "erasedOnServer",
                "arg": root.erasingName
            };
            peopleTab.search();
        }
    }
    // Whose results are shown, and how current the server's are.
    function serverReadText(reading: bool, erasing: bool, problem: string, read: date, copy: string): string {
        if (erasing)
            return qsTr("Erasing on the server…");
        if (reading)
            return qsTr("Reading the server…");
        if (problem.length > 0)
            return qsTr("Could not read the server: %1").arg(root.serverProblemText(problem, false));
        if (copy.length === 0)
            return qsTr("Not read from the server yet.");
        if (isNaN(read.getTime()))
            return qsTr("Partly read from the server: read it again to finish.");
        return qsTr("As the server had them on %1").arg(read.toLocaleString(Qt.locale(AppContext.language), Locale.ShortFormat));
    }

    // Why reading the server, or erasing on it, failed, in the interface's words (ResultsServer's kinds); the
    // engine's own sentence is shown below.
    function serverProblemText(problem: string, erasing: bool): string {
        switch (problem) {
        case "address":
            return qsTr("the server's address cannot be used; check it on the Server tab.");
        case "unreachable":
            return qsTr("the server does not answer.");
        case "identity":
            return qsTr("the server's identity could not be checked.");
        case "credentials":
            return qsTr("the server refused the account or its password.");
        case "no-database":
            return qsTr("the server has no such database.");
        case "no-schema":
            return qsTr("Saskati is not set up on this server yet.");
        case "not-allowed":
            return erasing ? qsTr("this account may not erase this person: a lecturer erases only the people they sent; ask the municipality's coordinator.") : qsTr("this account may not read results on the server.");
        case "no-person":
            return qsTr("the server no longer holds this person for this account; read the server again.");
        case "store":
            return qsTr("the copy of the server's results on this laptop could not be opened.");
        case "password-file":
            return qsTr("the password kept on this laptop could not be read.");
        case "busy":
            return qsTr("the app is closing.");
        }
        return qsTr("something went wrong with the server.");
    }

    // Messages that follow the interface language: what happened is kept, the words are looked up when shown.
    function noticeText(notice: var, language: string): string {
        switch (notice?.kind ?? "") {
        case "csv":
            return qsTr("Saved in %1").arg(notice.arg);
        case "file":
            return qsTr("Saved %1").arg(notice.arg);
        case "contact":
            return qsTr("Saved the contacts of %1").arg(notice.arg);
        case "erased":
            return qsTr("Done: %1 and all their results were erased, also from the backups.").arg(notice.arg);
        case "erasedOnServer":
            return qsTr("Done: %1 and all their results were erased on the server. Every laptop that has them erases them at its next sync, also from its backups.").arg(notice.arg);
        case "codes":
            return qsTr("%n name(s) replaced by codes", "", notice.arg);
        }
        return language.length < 0 ? language : "";
    }
    // A filter's entries: "all" first, then [{id, title}] (or names, or the fields given).
    function choices(all: string, entries: var, idKey: string, titleKey: string): var {
        const list = [
            {
                "id": "",
                "title": all
            }
        ];
        for (const entry of entries)
            list.push(typeof entry === "string" ? {
                "id": entry,
                "title": entry
            } : {
                "id": entry[idKey],
                "title": entry[titleKey]
            });
        return list;
    }
    function showHistory(uuid: string) {
        controller.participant = uuid;
        controller.refresh();
        tabs.currentIndex = 0;
    }
    function openDebrief(attempt: string) {
        if (controller.openDebrief(attempt))
            root.debriefView = debriefComponent.createObject(debriefLayer);
    }
    function closeDebrief() {
        root.debriefView?.destroy();
        root.debriefView = null;
        tabs.forceActiveFocus();
    }
    function askToErase(person: var) {
        eraseDialog.person = person;
        eraseDialog.open();
    }

    // The gate. With no password set it asks for the coordinator: whoever opens the review first does not
    // become its owner.
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        visible: !controller.unlocked
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: controller.passwordSet ? qsTr("Review results") : qsTr("No coordinator's password yet")
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "reviewGateText"
            Layout.fillWidth: true
            text: controller.passwordSet ? qsTr("The review shows every participant's results. Enter the coordinator's password.") : root.settingUp ? qsTr("Choose a password of at least 8 characters. Trainees must not know it; keep it where the team keeps its other passwords.") : qsTr("The review shows every participant's results, so it opens only with the coordinator's password. The team's coordinator sets it on this laptop; if that is not you, ask them.")
            font.pixelSize: Theme.body
            color: Theme.mutedInk
            wrapMode: Text.WordWrap
        }
        AppButton {
            id: setupButton
            objectName: "reviewStartSetup"
            visible: !controller.passwordSet && !root.settingUp
            primary: true
            text: qsTr("I am the coordinator: set the password")
            onClicked: {
                root.settingUp = true;
                passwordField.forceActiveFocus();
            }
        }
        TextField {
            id: passwordField
            objectName: "reviewPassword"
            Layout.fillWidth: true
            visible: controller.passwordSet || root.settingUp
            echoMode: TextInput.Password
            font.pixelSize: Theme.body
            placeholderText: qsTr("Password")
            Accessible.name: qsTr("Coordinator's password")
            onAccepted: controller.passwordSet ? controller.unlock(text) : repeatField.forceActiveFocus()
        }
        TextField {
            id: repeatField
            objectName: "reviewPasswordRepeat"
            Layout.fillWidth: true
            visible: !controller.passwordSet && root.settingUp
            echoMode: TextInput.Password
            font.pixelSize: Theme.body
            placeholderText: qsTr("The same again")
            Accessible.name: qsTr("Repeat the password")
            onAccepted: root.submitPassword()
        }
        AppButton {
            objectName: "reviewUnlock"
            visible: passwordField.visible
            primary: true
            text: controller.passwordSet ? qsTr("Open the review") : qsTr("Set the password and open")
            onClicked: root.submitPassword()
        }
        Label {
            objectName: "reviewGateError"
            Layout.fillWidth: true
            visible: controller.error.length > 0
            text: controller.error
            color: Theme.danger
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }
    }
    function submitPassword() {
        if (!controller.passwordSet && !controller.setPassword(passwordField.text, repeatField.text))
            return;
        if (controller.unlock(passwordField.text)) {
            passwordField.text = "";
            repeatField.text = "";
            root.settingUp = false;
        }
    }

    // The review.
    ColumnLayout {
        anchors.fill: parent
        visible: controller.unlocked
        spacing: Theme.gap

        // Whose results: this laptop's, or the server's (a copy read in the background, ResultsServer). Only
        // with a server chosen for this results file (the Server tab).
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            visible: ResultsServer.configured || controller.source === "server"
            FilterBox {
                objectName: "reviewSource"
                width: 330
                model: [
                    {
                        "id": "laptop",
                        "title": qsTr("This laptop's results")
                    },
                    {
                        "id": "server",
                        "title": qsTr("The server's results")
                    }
                ]
                current: controller.source
                Accessible.name: qsTr("Whose results")
                onChosen: id => {
                    controller.source = id;
                    if (id === "server" && ResultsServer.reviewCopy.length === 0)
                        ResultsServer.readForReview();
                    controller.refresh();
                }
            }
            FilterBox {
                objectName: "reviewMunicipality"
                width: 300
                visible: controller.source === "server" && controller.municipalities.length > 1
                model: root.choices(qsTr("All municipalities"), controller.municipalities, "id", "title")
                current: controller.municipality
                Accessible.name: qsTr("Municipality")
                onChosen: id => {
                    controller.municipality = id;
                    controller.refresh();
                }
            }
            AppButton {
                id: readServerButton
                objectName: "reviewReadServer"
                visible: controller.source === "server"
                enabled: !ResultsServer.reading && ResultsServer.configured
                text: qsTr("Read the server again")
                onClicked: ResultsServer.readForReview()
            }
            Label {
                objectName: "reviewServerRead"
                visible: controller.source === "server"
                height: Math.max(implicitHeight, readServerButton.height)
                verticalAlignment: Text.AlignVCenter
                text: root.serverReadText(ResultsServer.reading, ResultsServer.erasing, ResultsServer.readProblem, ResultsServer.reviewCopyRead, ResultsServer.reviewCopy)
                textFormat: Text.PlainText
                color: ResultsServer.readProblem.length > 0 && !ResultsServer.reading ? Theme.danger : Theme.mutedInk
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
                width: Math.min(implicitWidth, root.availableWidth)
            }
            // The engine's own sentence: what failed, why, and what to do.
            Label {
                objectName: "reviewServerReadDetail"
                visible: controller.source === "server" && ResultsServer.readProblem.length > 0 && !ResultsServer.reading
                text: ResultsServer.readProblemDetail
                textFormat: Text.PlainText
                color: Theme.mutedInk
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
                width: root.availableWidth
            }
        }
        // Filters everywhere; they wrap on a narrow screen. Each has its "all" entry first; the entry shown is
        // always the one the figures follow.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            FilterBox {
                objectName: "reviewScenario"
                width: 320
                model: root.choices(qsTr("All scenarios"), controller.scenarios, "id", "title")
                current: controller.scenario
                Accessible.name: qsTr("Scenario")
                onChosen: id => {
                    controller.scenario = id;
                    controller.refresh();
                }
            }
            FilterBox {
                objectName: "reviewRole"
                width: 240
                model: root.choices(qsTr("All roles"), AppContext.roles, "id", "name")
                current: controller.role
                Accessible.name: qsTr("Participants' role")
                onChosen: id => {
                    controller.role = id;
                    controller.refresh();
                }
            }
            FilterBox {
                objectName: "reviewSeminar"
                width: 260
                model: root.choices(qsTr("All seminars"), controller.seminars, "id", "title")
                current: controller.seminar
                Accessible.name: qsTr("Seminar")
                onChosen: id => {
                    controller.seminar = id;
                    controller.participant = "";
                    controller.refresh();
                }
            }
            FilterBox {
                objectName: "reviewLecturer"
                width: 200
                model: root.choices(qsTr("All lecturers"), controller.lecturers, "", "")
                current: controller.lecturer
                Accessible.name: qsTr("Lecturer")
                onChosen: id => {
                    controller.lecturer = id;
                    controller.refresh();
                }
            }
            // Wide enough for the longer hint ("līdz GGGG-MM-DD"), whatever the language and text size.
            TextMetrics {
                id: dateHint
                font.pixelSize: Theme.small
                text: fromField.placeholderText.length > toField.placeholderText.length ? fromField.placeholderText : toField.placeholderText
            }
            TextField {
                id: fromField
                width: Math.ceil(dateHint.advanceWidth) + leftPadding + rightPadding + Theme.gap
                placeholderText: qsTr("from YYYY-MM-DD")
                font.pixelSize: Theme.small
                Accessible.name: qsTr("From date")
                onEditingFinished: {
                    controller.from = text;
                    controller.refresh();
                }
            }
            TextField {
                id: toField
                width: fromField.width
                placeholderText: qsTr("to YYYY-MM-DD")
                font.pixelSize: Theme.small
                Accessible.name: qsTr("To date")
                onEditingFinished: {
                    controller.to = text;
                    controller.refresh();
                }
            }
            FilterBox {
                width: 230
                model: [
                    {
                        "id": "first",
                        "title": qsTr("first attempt counts")
                    },
                    {
                        "id": "best",
                        "title": qsTr("best attempt counts")
                    },
                    {
                        "id": "latest",
                        "title": qsTr("latest attempt counts")
                    }
                ]
                current: controller.attemptChoice
                Accessible.name: qsTr("Which attempt counts")
                onChosen: id => {
                    controller.attemptChoice = id;
                    controller.refresh();
                }
            }
        }
        // The actions, on their own row (the filters need the width); they wrap when a language's words are
        // longer than the window is wide.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            AppButton {
                objectName: "reviewClearFilters"
                text: qsTr("Clear filters")
                onClicked: {
                    fromField.text = "";
                    toField.text = "";
                    controller.scenario = "";
                    controller.role = "";
                    controller.seminar = "";
                    controller.lecturer = "";
                    controller.participant = "";
                    controller.municipality = "";
                    controller.from = "";
                    controller.to = "";
                    controller.refresh();
                }
            }
            AppButton {
                objectName: "reviewSaveCsv"
                text: qsTr("Save CSV")
                Accessible.name: qsTr("Save every table as CSV files")
                onClicked: {
                    const folder = controller.saveCsv();
                    if (folder.length > 0)
                        root.notice = {
                            "kind": "csv",
                            "arg": folder
                        };
                }
            }
            AppButton {
                objectName: "reviewSavePdf"
                text: qsTr("Save PDF report")
                onClicked: {
                    const file = controller.savePdf();
                    if (file.length > 0)
                        root.notice = {
                            "kind": "file",
                            "arg": file
                        };
                }
            }
            AppButton {
                objectName: "reviewSaveXapi"
                text: qsTr("Save xAPI")
                Accessible.name: qsTr("Save the attempts as xAPI statements for a learning record store")
                onClicked: {
                    const file = controller.saveXapi();
                    if (file.length > 0)
                        root.notice = {
                            "kind": "file",
                            "arg": file
                        };
                }
            }
            AppButton {
                objectName: "reviewImport"
                visible: controller.source !== "server"
                text: qsTr("Import results…")
                Accessible.name: qsTr("Import a results bundle from another laptop")
                onClicked: bundleDialog.open()
            }
            AppButton {
                text: qsTr("Lock")
                onClicked: controller.lock()
            }
        }
        Label {
            objectName: "reviewError"
            Layout.fillWidth: true
            visible: controller.error.length > 0
            text: controller.error
            textFormat: Text.PlainText
            color: Theme.danger
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
        Label {
            id: importSummary
            objectName: "reviewImportSummary"
            Layout.fillWidth: true
            visible: text.length > 0
            textFormat: Text.PlainText
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
        Label {
            id: noticeLabel
            objectName: "reviewNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.noticeText(root.notice, AppContext.language)
            textFormat: Text.PlainText
            font.pixelSize: Theme.small
            color: Theme.good
            elide: Text.ElideMiddle
        }
        TabBar {
            id: tabs
            objectName: "reviewTabs"
            Layout.fillWidth: true
            font.pixelSize: Theme.body
            TabButton {
                objectName: "reviewOverviewTab"
                text: qsTr("Overview")
            }
            TabButton {
                text: qsTr("Indicators")
            }
            TabButton {
                text: qsTr("Decisions")
            }
            TabButton {
                objectName: "reviewImprovementTab"
                text: qsTr("Improvement")
            }
            TabButton {
                objectName: "reviewPeopleTab"
                text: qsTr("People")
            }
            TabButton {
                text: qsTr("Directory")
            }
            TabButton {
                objectName: "reviewServerTab"
                text: qsTr("Server")
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ReviewOverviewTab {
                controller: controller
                onHistoryRequested: uuid => root.showHistory(uuid)
                onDebriefRequested: attempt => root.openDebrief(attempt)
                onEraseRequested: person => root.askToErase(person)
                onPseudonymiseRequested: pseudonymiseDialog.open()
            }
            ReviewIndicatorsTab {
                controller: controller
            }
            ReviewDecisionsTab {
                controller: controller
            }
            ReviewImprovementTab {
                controller: controller
            }
            ReviewPeopleTab {
                id: peopleTab
                controller: controller
                onHistoryRequested: uuid => root.showHistory(uuid)
                onEraseRequested: person => root.askToErase(person)
            }
            ReviewDirectoryTab {
                controller: controller
                onContactSaved: name => {
                    root.notice = {
                        "kind": "contact",
                        "arg": name
                    };
                }
            }
            ReviewServerTab {}
        }
    }

    // A finished attempt's debrief, read-only, over the review (the coordinator reads; nothing is played).
    // Created when asked for and destroyed after (a Loader cannot create a bound component in Qt 6.4).
    // A ten-year database takes seconds to read: off the GUI thread, said here; the figures follow.
    ProgressStrip {
        objectName: "reviewLoading"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        running: controller.loading
        text: qsTr("Reading the results…")
    }

    Rectangle {
        id: debriefLayer
        anchors.fill: parent
        visible: root.debriefView !== null
        color: Theme.background
    }
    Component {
        id: debriefComponent
        DebriefScreen {
            anchors.fill: parent
            session: controller.debriefSession
            readOnly: true
            onDone: root.closeDebrief()
        }
    }

    // A results bundle from another laptop; the summary says what was new.
    FileDialog {
        id: bundleDialog
        title: qsTr("Import a results bundle")
        nameFilters: [qsTr("Results bundles (*.json)")]
        onAccepted: root.importBundle(String(selectedFile))
    }
    function importBundle(file: string) {
        root.lastImport = controller.importBundle(file);
        const report = root.lastImport;
        if (!report.ok) {
            root.notice = null;
            importSummary.text = report.error;
            importSummary.color = Theme.danger;
            return;
        }
        let text = qsTr("Imported: %1 new, %2 already here, %3 conflicts (the local rows were kept)").arg(report.added).arg(report.unchanged).arg(report.conflicts.length);
        for (const c of report.conflicts.concat(report.problems))
            text += "\n" + c;
        importSummary.text = text;
        importSummary.color = report.conflicts.length > 0 ? Theme.danger : Theme.good;
    }

    Dialog {
        id: eraseDialog
        objectName: "reviewEraseDialog"
        property var person: ({})
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, 680)
        modal: true
        title: qsTr("Erase this participant?")
        standardButtons: Dialog.Yes | Dialog.Cancel
        onOpened: standardButton(Dialog.Cancel).forceActiveFocus()
        Label {
            objectName: "reviewEraseText"
            width: eraseDialog.availableWidth
            text: controller.source === "server" ? qsTr("%1 (code %2): every attempt of this participant is deleted on the server, and on every laptop that has them at its next sync, also in the backups. This cannot be undone.").arg(eraseDialog.person.name ?? "").arg(eraseDialog.person.code ?? "") : qsTr("%1 (code %2): every attempt of this participant is deleted, here and in the backups. This cannot be undone.").arg(eraseDialog.person.name ?? "").arg(eraseDialog.person.code ?? "")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
        }
        onAccepted: {
            const name = eraseDialog.person.name ?? "";
            // The server's results are erased on the server itself, in the background: onErasureFinished.
            if (controller.source === "server") {
                root.erasingName = name;
                importSummary.text = "";
                // Refused while a reading runs, or with no server chosen; a failure once it has started is said
                // by onErasureFinished.
                if (!ResultsServer.eraseOnServer(eraseDialog.person.uuid ?? "") && (ResultsServer.reading || !ResultsServer.configured)) {
                    importSummary.text = ResultsServer.reading ? qsTr("The server is being read: erase when it has finished.") : qsTr("No server is chosen for this results file: choose one on the Server tab.");
                    importSummary.color = Theme.danger;
                }
                return;
            }
            if (controller.eraseParticipant(eraseDialog.person.uuid ?? "")) {
                importSummary.text = "";
                root.notice = {
                    "kind": "erased",
                    "arg": name
                };
                peopleTab.search();
            }
        }
    }

    Dialog {
        id: pseudonymiseDialog
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.margin, 680)
        modal: true
        title: qsTr("Replace names by codes?")
        standardButtons: Dialog.Yes | Dialog.Cancel
        Label {
            width: pseudonymiseDialog.availableWidth
            text: qsTr("The names of everyone who took part in this seminar are replaced by their pseudonymous codes, here and in the backups. Their results stay. This cannot be undone.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
        }
        onAccepted: {
            const renamed = controller.pseudonymiseSeminar();
            if (renamed >= 0)
                root.notice = {
                    "kind": "codes",
                    "arg": renamed
                };
        }
    }

    // A filter: its "all" entry first; shows the entry the controller filters by, whatever the language or a
    // refreshed list does to the model.
    component FilterBox: AppComboBox {
        id: box
        property string current
        signal chosen(string id)
        textRole: "title"
        valueRole: "id"
        currentIndex: Math.max(0, (model ?? []).findIndex(entry => entry.id === box.current))
        font.pixelSize: Theme.small
        onActivated: index => box.chosen(model[index].id)
    }
}
