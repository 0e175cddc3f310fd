pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// The coordinator's review: behind a password; filters; overview (a seminar's people, one person's history),
// indicators, decisions (item analysis), improvement, anyone found and erased; exports, bundle import and
// pseudonymisation; a finished attempt's debrief, read-only. Bars use the Okabe–Ito colour-blind-safe palette and
// always carry their numbers.
Pane {
    id: root

    readonly property color barBlue: "#0072B2"
    readonly property color barOrange: "#E69F00"
    readonly property color barVermillion: "#D55E00"
    readonly property var overview: controller.overview
    readonly property var gain: controller.gain
    readonly property var person: controller.person
    property var lastImport: ({})
    // The coordinator chose to set the first password (the gate asks who they are first).
    property bool settingUp: false
    // The last thing done ({kind, arg}), said in the current language.
    property var notice: null
    property var searchResults: []
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
    function search(text: string) {
        root.searchResults = controller.findParticipants(text);
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
            TextField {
                id: fromField
                width: 130
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
                width: 130
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
        // The actions, on their own row: the filters need the width.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Item {
                Layout.fillWidth: true
            }
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
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Overview: counts, the score distribution, the months; a seminar's people; one person's history.
            // A Flickable sized by the layout (a ScrollView sized by its content polishes in a loop), and
            // Repeaters in Columns (Qt 6.4's layouts read a removed delegate after it is freed).
            Flickable {
                id: overviewFlick
                objectName: "reviewOverview"
                clip: true
                contentWidth: width
                contentHeight: overviewColumn.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                Column {
                    id: overviewColumn
                    width: overviewFlick.width - Theme.gap
                    spacing: Theme.gap
                    // One person's history: their attempts; the Indicators tab shows what they miss.
                    RowLayout {
                        width: overviewColumn.width
                        visible: controller.participant.length > 0
                        spacing: Theme.gap
                        Label {
                            objectName: "reviewHistoryTitle"
                            Layout.fillWidth: true
                            text: qsTr("History of %1").arg(root.person.pseudonymous ? root.person.code ?? "" : (root.person.name ?? "") + " (" + (root.person.code ?? "") + ")")
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.subtitle
                            color: Theme.ink
                            wrapMode: Text.Wrap
                        }
                        AppButton {
                            objectName: "reviewPersonBack"
                            text: qsTr("Back to all")
                            onClicked: {
                                controller.participant = "";
                                controller.refresh();
                            }
                        }
                    }
                    Column {
                        id: historyRows
                        width: overviewColumn.width
                        spacing: Theme.gap / 2
                        Repeater {
                            model: root.person.attempts ?? []
                            delegate: RowLayout {
                                id: attemptRow
                                required property var modelData
                                required property int index
                                objectName: "reviewAttempt-" + index
                                width: historyRows.width
                                spacing: Theme.gap
                                Bar {
                                    Layout.fillWidth: true
                                    label: attemptRow.modelData.date
                                    share: attemptRow.modelData.completed ? attemptRow.modelData.percent / 100 : 0
                                    value: (attemptRow.modelData.completed ? attemptRow.modelData.percent + " %" : attemptRow.modelData.status) + " · " + attemptRow.modelData.scenario + (attemptRow.modelData.seminar.length > 0 ? " · " + attemptRow.modelData.seminar : "")
                                    barColor: root.barBlue
                                }
                                AppButton {
                                    objectName: "reviewOpenDebrief"
                                    visible: attemptRow.modelData.finished
                                    text: qsTr("Debrief")
                                    Accessible.name: qsTr("Open the debrief of the attempt of %1").arg(attemptRow.modelData.date)
                                    onClicked: root.openDebrief(attemptRow.modelData.uuid)
                                }
                            }
                        }
                    }
                    Label {
                        objectName: "reviewCounts"
                        width: overviewColumn.width
                        text: root.overview.summary ?? ""
                        font.pixelSize: Theme.subtitle
                        color: Theme.ink
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: qsTr("Scores (percent of the best possible)")
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                    }
                    Column {
                        id: histogramRows
                        width: overviewColumn.width
                        Repeater {
                            model: root.overview.histogram ?? []
                            delegate: Bar {
                                required property var modelData
                                width: histogramRows.width
                                label: modelData.label + " %"
                                share: modelData.share
                                value: String(modelData.count)
                                barColor: root.barBlue
                            }
                        }
                    }
                    RowLayout {
                        width: overviewColumn.width
                        visible: controller.seminar.length > 0 && controller.participant.length === 0
                        spacing: Theme.gap
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Who took part: completed attempts · mean · best")
                            font.pixelSize: Theme.small
                            color: Theme.mutedInk
                            wrapMode: Text.Wrap
                        }
                        AppButton {
                            objectName: "reviewPseudonymise"
                            text: qsTr("Replace names by codes")
                            Accessible.name: qsTr("Replace the names of this seminar's participants by their codes, for good")
                            onClicked: pseudonymiseDialog.open()
                        }
                    }
                    Column {
                        id: peopleRows
                        width: overviewColumn.width
                        spacing: Theme.gap / 2
                        Repeater {
                            model: controller.participant.length === 0 ? controller.people : []
                            delegate: RowLayout {
                                id: personRow
                                required property var modelData
                                width: peopleRows.width
                                spacing: Theme.gap
                                Bar {
                                    Layout.fillWidth: true
                                    label: personRow.modelData.name + (personRow.modelData.role.length > 0 ? " · " + personRow.modelData.role : "")
                                    share: personRow.modelData.meanPercent / 100
                                    value: personRow.modelData.attempts + " · " + personRow.modelData.meanPercent + " % · " + personRow.modelData.bestPercent + " %"
                                    barColor: root.barBlue
                                }
                                AppButton {
                                    text: qsTr("History")
                                    Accessible.name: qsTr("History of %1").arg(personRow.modelData.name)
                                    onClicked: root.showHistory(personRow.modelData.uuid)
                                }
                                AppButton {
                                    text: qsTr("Erase")
                                    Accessible.name: qsTr("Erase %1 and all their results").arg(personRow.modelData.name)
                                    onClicked: {
                                        eraseDialog.person = personRow.modelData;
                                        eraseDialog.open();
                                    }
                                }
                            }
                        }
                    }
                    Label {
                        text: qsTr("By month: seminars · participants · attempts · mean score")
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                    }
                    Column {
                        id: monthRows
                        width: overviewColumn.width
                        Repeater {
                            model: root.overview.months ?? []
                            delegate: Bar {
                                required property var modelData
                                width: monthRows.width
                                label: modelData.month
                                share: modelData.meanPercent / 100
                                value: modelData.seminars + " · " + modelData.participants + " · " + modelData.attempts + " · " + modelData.meanPercent + " %"
                                barColor: root.barOrange
                            }
                        }
                    }
                }
            }

    // Indicators: the signs the room keeps missing, worst first.
            ColumnLayout {
                Label {
                    text: qsTr("Detection of each sign, worst first (found / times on the path; wrongly named)")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                }
                ListView {
                    objectName: "reviewIndicators"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: controller.indicators
                    delegate: Bar {
                        required property var modelData
                        width: ListView.view.width
                        label: modelData.name
                        share: modelData.detection / 100
                        value: modelData.detection + " %  (" + modelData.found + "/" + modelData.exposures + ")  ·  " + qsTr("wrongly named %1 %").arg(modelData.falseFlagRate) + (modelData.enough ? "" : "  ·  " + qsTr("too few to tell"))
                        barColor: modelData.enough ? root.barVermillion : Theme.line
                    }
                }
            }

            // Decisions: item analysis of one scenario.
            ColumnLayout {
                Label {
                    Layout.fillWidth: true
                    text: controller.scenario.length === 0 ? qsTr("Choose a scenario to see how its decisions work.") : qsTr("F: facility (how many got it right) · DI: discrimination index · DE: discriminative efficiency; below 15 % the decision does not tell stronger from weaker trainees")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
                ListView {
                    objectName: "reviewItems"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.gap / 2
                    model: controller.items
                    delegate: Rectangle {
                        id: itemRow
                        required property var modelData
                        width: ListView.view.width
                        height: itemColumn.implicitHeight + Theme.gap
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: modelData.dubious ? Theme.warning : Theme.line
                        border.width: modelData.dubious ? 2 : 1
                        ColumnLayout {
                            id: itemColumn
                            anchors.fill: parent
                            anchors.margins: Theme.gap / 2
                            Label {
                                Layout.fillWidth: true
                                text: itemRow.modelData.label
                                font.pixelSize: Theme.body
                                font.bold: true
                                color: Theme.ink
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("%1 attempts · F %2 % · DI %3 · DE %4").arg(itemRow.modelData.attempts).arg(itemRow.modelData.facility).arg(itemRow.modelData.discrimination ?? "—").arg(itemRow.modelData.efficiency === undefined ? "—" : itemRow.modelData.efficiency + " %") + (itemRow.modelData.dubious ? "  ·  " + qsTr("dubious") : "") + (itemRow.modelData.critical > 0 ? "  ·  " + qsTr("%n critical error(s) ⚠", "", itemRow.modelData.critical) : "")
                                font.pixelSize: Theme.small
                                color: itemRow.modelData.dubious ? Theme.warning : Theme.ink
                            }
                            Label {
                                Layout.fillWidth: true
                                text: itemRow.modelData.answers
                                font.pixelSize: Theme.small
                                color: Theme.mutedInk
                                wrapMode: Text.WordWrap
                            }
                        }
                    }
                }

            }

            // Improvement: Hake's gain of those who came back.
            ColumnLayout {
                spacing: Theme.gap
                Label {
                    objectName: "reviewGainEmpty"
                    Layout.fillWidth: true
                    visible: (root.gain.pairs ?? 0) === 0
                    text: qsTr("Nobody has completed the same scenario twice within these filters yet: improvement needs a first and a later attempt by the same person.")
                    font.pixelSize: Theme.body
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: (root.gain.pairs ?? 0) > 0
                    text: qsTr("Participants with two or more completed attempts of a scenario: %1").arg(root.gain.pairs ?? 0)
                    font.pixelSize: Theme.subtitle
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: (root.gain.pairs ?? 0) > 0
                    text: qsTr("First attempt %1 % → latest %2 %").arg(root.gain.meanPre ?? 0).arg(root.gain.meanPost ?? 0)
                    font.pixelSize: Theme.body
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "reviewGain"
                    Layout.fillWidth: true
                    visible: (root.gain.pairs ?? 0) > 0
                    text: qsTr("Class gain: %1 · mean of individual gains: %2").arg(root.gain.classText ?? "").arg(root.gain.meanText ?? "")
                    font.pixelSize: Theme.body
                    color: Theme.ink
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Hake's normalised gain: (latest − first) / (100 − first). Below 0.3 low, 0.3–0.7 medium, above 0.7 high.")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
                Item {
                    Layout.fillHeight: true
                }
            }

            // People: anyone in the results, found by name or code, to see their history or erase them.
            ColumnLayout {
                spacing: Theme.gap
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Find anyone in the results by part of their name or code: solo trainees, seminar participants, people who stopped early or never played. Erasing deletes the person and all their results, also from the backups.")
                    font.pixelSize: Theme.small
                    color: Theme.mutedInk
                    wrapMode: Text.WordWrap
                }
                TextField {
                    id: searchField
                    objectName: "reviewSearch"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 520
                    font.pixelSize: Theme.body
                    placeholderText: qsTr("Name or code")
                    Accessible.name: qsTr("Find a participant by name or code")
                    onTextChanged: root.search(text)
                }
                Label {
                    objectName: "reviewSearchNone"
                    Layout.fillWidth: true
                    visible: searchField.text.trim().length > 0 && root.searchResults.length === 0
                    text: qsTr("Nobody's name or code contains “%1”.").arg(searchField.text.trim())
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.body
                    color: Theme.mutedInk
                    wrapMode: Text.Wrap
                }
                ListView {
                    id: searchList
                    objectName: "reviewSearchResults"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.gap / 2
                    model: root.searchResults
                    delegate: RowLayout {
                        id: found
                        required property var modelData
                        required property int index
                        objectName: "reviewFound-" + index
                        width: searchList.width
                        spacing: Theme.gap
                        Label {
                            Layout.fillWidth: true
                            text: found.modelData.name + (found.modelData.name === found.modelData.code ? "" : " (" + found.modelData.code + ")") + (found.modelData.role.length > 0 ? " · " + found.modelData.role : "") + " · " + qsTr("%n attempt(s)", "", found.modelData.attempts)
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.body
                            color: Theme.ink
                            elide: Text.ElideRight
                        }
                        AppButton {
                            objectName: "reviewFoundHistory"
                            text: qsTr("History")
                            Accessible.name: qsTr("History of %1").arg(found.modelData.name)
                            onClicked: root.showHistory(found.modelData.uuid)
                        }
                        AppButton {
                            objectName: "reviewFoundErase"
                            text: qsTr("Erase")
                            Accessible.name: qsTr("Erase %1 and all their results").arg(found.modelData.name)
                            onClicked: {
                                eraseDialog.person = found.modelData;
                                eraseDialog.open();
                            }
                        }
                    }
                }
            }

            // Directory: the institutions' contacts as debriefs show them, corrected and verified here.
            Flickable {
                id: directoryFlick
                clip: true
                contentWidth: width
                contentHeight: directoryColumn.implicitHeight
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                Column {
                    id: directoryColumn
                    width: directoryFlick.width - Theme.gap
                    spacing: Theme.gap
                    Label {
                        width: directoryColumn.width
                        text: qsTr("Check each contact with the institution, correct it, tick \"verified today\" and save. Debriefs show these contacts with the date.")
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                        wrapMode: Text.WordWrap
                    }
                    Repeater {
                        model: AppContext.institutions
                        delegate: GridLayout {
                            id: contact
                            required property var modelData
                            required property int index
                            objectName: "contact-" + modelData.id
                            width: directoryColumn.width
                            columns: 4
                            columnSpacing: Theme.gap
                            Label {
                                Layout.columnSpan: 4
                                Layout.fillWidth: true
                                Layout.topMargin: contact.index > 0 ? Theme.gap : 0
                                textFormat: Text.PlainText
                                text: contact.modelData.name + "  ·  " + (contact.modelData.verifiedOn.length > 0 ? qsTr("verified %1").arg(contact.modelData.verifiedOn) : qsTr("not verified yet"))
                                font.pixelSize: Theme.body
                                font.bold: true
                                color: contact.modelData.verifiedOn.length > 0 ? Theme.ink : Theme.danger
                                wrapMode: Text.Wrap
                            }
                            TextField {
                                id: phoneField
                                objectName: "phone"
                                text: contact.modelData.phone
                                placeholderText: qsTr("Phone")
                                Accessible.name: qsTr("Phone of %1").arg(contact.modelData.name)
                                Layout.fillWidth: true
                            }
                            TextField {
                                id: freePhoneField
                                text: contact.modelData.freePhone
                                placeholderText: qsTr("Free phone")
                                Accessible.name: qsTr("Free phone of %1").arg(contact.modelData.name)
                                Layout.fillWidth: true
                            }
                            TextField {
                                id: emailField
                                text: contact.modelData.email
                                placeholderText: qsTr("E-mail")
                                Accessible.name: qsTr("E-mail of %1").arg(contact.modelData.name)
                                Layout.fillWidth: true
                            }
                            TextField {
                                id: websiteField
                                text: contact.modelData.website
                                placeholderText: qsTr("Website")
                                Accessible.name: qsTr("Website of %1").arg(contact.modelData.name)
                                Layout.fillWidth: true
                            }
                            TextField {
                                id: addressField
                                text: contact.modelData.address
                                placeholderText: qsTr("Address")
                                Accessible.name: qsTr("Address of %1").arg(contact.modelData.name)
                                Layout.columnSpan: 2
                                Layout.fillWidth: true
                            }
                            TextField {
                                id: hoursField
                                text: contact.modelData.hours
                                placeholderText: qsTr("Hours")
                                Accessible.name: qsTr("Hours of %1").arg(contact.modelData.name)
                                Layout.fillWidth: true
                            }
                            RowLayout {
                                CheckBox {
                                    id: verifiedBox
                                    objectName: "verified"
                                    text: qsTr("verified today")
                                    font.pixelSize: Theme.small
                                }
                                AppButton {
                                    objectName: "saveContact"
                                    text: qsTr("Save")
                                    Accessible.name: qsTr("Save the contacts of %1").arg(contact.modelData.name)
                                    onClicked: {
                                        if (controller.saveContact(contact.modelData.id, {
                                            phone: phoneField.text,
                                            freePhone: freePhoneField.text,
                                            email: emailField.text,
                                            website: websiteField.text,
                                            address: addressField.text,
                                            hours: hoursField.text
                                        }, verifiedBox.checked))
                                            root.notice = {
                                                "kind": "contact",
                                                "arg": contact.modelData.name
                                            };
                                        verifiedBox.checked = false;
                                    }
                                }
                            }
                        }
                    }
                }
            }
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
            width: eraseDialog.availableWidth
            text: qsTr("%1 (code %2): every attempt of this participant is deleted, here and in the backups. This cannot be undone.").arg(eraseDialog.person.name ?? "").arg(eraseDialog.person.code ?? "")
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
        }
        onAccepted: {
            const name = eraseDialog.person.name ?? "";
            if (controller.eraseParticipant(eraseDialog.person.uuid ?? "")) {
                importSummary.text = "";
                root.notice = {
                    "kind": "erased",
                    "arg": name
                };
                root.search(searchField.text);
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

    // A labelled horizontal bar with its number beside it.
    component Bar: RowLayout {
        id: bar
        property string label
        property real share: 0
        property string value
        property color barColor: root.barBlue
        spacing: Theme.gap
        Label {
            Layout.preferredWidth: 280
            text: bar.label
            textFormat: Text.PlainText
            font.pixelSize: Theme.small
            color: Theme.ink
            elide: Text.ElideRight
        }
        Rectangle {
            Layout.preferredWidth: Math.max(2, 360 * Math.max(0, Math.min(1, bar.share)))
            Layout.preferredHeight: Theme.small
            color: bar.barColor
            radius: 2
        }
        Label {
            Layout.fillWidth: true
            text: bar.value
            textFormat: Text.PlainText
            font.pixelSize: Theme.small
            color: Theme.ink
            elide: Text.ElideRight
        }
    }
}
