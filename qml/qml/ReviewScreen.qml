pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// The coordinator's review: behind a password; filters; overview (a seminar's people, one person's history),
// indicators, decisions (item analysis) and improvement; exports, bundle import, erasure and pseudonymisation. Bars use the Okabe–Ito colour-blind-safe palette and always carry their numbers.
Pane {
    id: root

    readonly property color barBlue: "#0072B2"
    readonly property color barOrange: "#E69F00"
    readonly property color barVermillion: "#D55E00"
    readonly property var overview: controller.overview
    readonly property var gain: controller.gain
    readonly property var person: controller.person
    property var lastImport: ({})

    background: null
    padding: Theme.margin
    Component.onCompleted: passwordField.forceActiveFocus()

    ReviewController {
        id: controller
        objectName: "review"
    }

    // The gate.
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 520)
        visible: !controller.unlocked
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: controller.passwordSet ? qsTr("Review results") : qsTr("Set the coordinator's password")
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.ink
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: controller.passwordSet ? qsTr("The review shows every participant's results. Enter the coordinator's password.") : qsTr("Nobody has set one on this laptop yet. Choose a password of at least 8 characters; trainees must not know it.")
            font.pixelSize: Theme.body
            color: Theme.mutedInk
            wrapMode: Text.WordWrap
        }
        TextField {
            id: passwordField
            objectName: "reviewPassword"
            Layout.fillWidth: true
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
            visible: !controller.passwordSet
            echoMode: TextInput.Password
            font.pixelSize: Theme.body
            placeholderText: qsTr("The same again")
            Accessible.name: qsTr("Repeat the password")
            onAccepted: controller.unlock(passwordField.text, text)
        }
        AppButton {
            objectName: "reviewUnlock"
            primary: true
            text: controller.passwordSet ? qsTr("Open the review") : qsTr("Set the password and open")
            onClicked: controller.unlock(passwordField.text, repeatField.text)
        }
        Label {
            Layout.fillWidth: true
            visible: controller.error.length > 0
            text: controller.error
            color: Theme.danger
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }
    }

    // The review.
    ColumnLayout {
        anchors.fill: parent
        visible: controller.unlocked
        spacing: Theme.gap

        // Filters everywhere; they wrap on a narrow screen.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            ComboBox {
                id: scenarioBox
                objectName: "reviewScenario"
                width: 320
                model: AppContext.scenarios
                textRole: "title"
                valueRole: "scenarioId"
                displayText: currentIndex < 0 ? qsTr("All scenarios") : currentText
                currentIndex: -1
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Scenario")
                onActivated: {
                    controller.scenario = currentValue;
                    controller.refresh();
                }
            }
            ComboBox {
                id: roleBox
                width: 240
                model: AppContext.roles
                textRole: "name"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("All roles") : currentText
                currentIndex: -1
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Participants' role")
                onActivated: {
                    controller.role = currentValue;
                    controller.refresh();
                }
            }
            ComboBox {
                id: seminarBox
                objectName: "reviewSeminar"
                width: 260
                model: controller.seminars
                textRole: "title"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("All seminars") : currentText
                currentIndex: -1
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Seminar")
                onActivated: {
                    controller.seminar = currentValue;
                    controller.refresh();
                }
            }
            ComboBox {
                id: lecturerBox
                width: 160
                model: controller.lecturers
                displayText: currentIndex < 0 ? qsTr("All lecturers") : currentText
                currentIndex: -1
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Lecturer")
                onActivated: {
                    controller.lecturer = currentText;
                    controller.refresh();
                }
            }
            TextField {
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
                width: 130
                placeholderText: qsTr("to YYYY-MM-DD")
                font.pixelSize: Theme.small
                Accessible.name: qsTr("To date")
                onEditingFinished: {
                    controller.to = text;
                    controller.refresh();
                }
            }
            ComboBox {
                width: 230
                model: [qsTr("first attempt counts"), qsTr("best attempt counts"), qsTr("latest attempt counts")]
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Which attempt counts")
                onActivated: index => {
                    controller.attemptChoice = ["first", "best", "latest"][index];
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
                text: qsTr("Clear filters")
                onClicked: {
                    scenarioBox.currentIndex = -1;
                    roleBox.currentIndex = -1;
                    seminarBox.currentIndex = -1;
                    lecturerBox.currentIndex = -1;
                    controller.scenario = "";
                    controller.role = "";
                    controller.seminar = "";
                    controller.lecturer = "";
                    controller.participant = "";
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
                        savedLabel.text = qsTr("Saved in %1").arg(folder);
                }
            }
            AppButton {
                objectName: "reviewSavePdf"
                text: qsTr("Save PDF report")
                onClicked: {
                    const file = controller.savePdf();
                    if (file.length > 0)
                        savedLabel.text = qsTr("Saved %1").arg(file);
                }
            }
            AppButton {
                objectName: "reviewSaveXapi"
                text: qsTr("Save xAPI")
                Accessible.name: qsTr("Save the attempts as xAPI statements for a learning record store")
                onClicked: {
                    const file = controller.saveXapi();
                    if (file.length > 0)
                        savedLabel.text = qsTr("Saved %1").arg(file);
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
            Layout.fillWidth: true
            visible: controller.error.length > 0
            text: controller.error
            color: Theme.danger
            font.pixelSize: Theme.small
        }
        Label {
            id: importSummary
            objectName: "reviewImportSummary"
            Layout.fillWidth: true
            visible: text.length > 0
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
        Label {
            id: savedLabel
            Layout.fillWidth: true
            visible: text.length > 0
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
                text: qsTr("Improvement")
            }
            TabButton {
                text: qsTr("Directory")
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Overview: counts, the score distribution, the months.
            ScrollView {
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.gap
                    // One person's history: their attempts; the Indicators tab shows what they miss.
                    RowLayout {
                        visible: controller.participant.length > 0
                        spacing: Theme.gap
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("History of %1").arg(root.person.pseudonymous ? root.person.code ?? "" : (root.person.name ?? "") + " (" + (root.person.code ?? "") + ")")
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
                    Repeater {
                        model: root.person.attempts ?? []
                        delegate: Bar {
                            required property var modelData
                            label: modelData.date
                            share: modelData.completed ? modelData.percent / 100 : 0
                            value: (modelData.completed ? modelData.percent + " %" : modelData.status) + " · " + modelData.scenario + (modelData.seminar.length > 0 ? " · " + modelData.seminar : "")
                            barColor: root.barBlue
                        }
                    }
                    Label {
                        text: qsTr("%1 completed attempts by %2 participants in %3 seminars").arg(root.overview.attempts ?? 0).arg(root.overview.participants ?? 0).arg(root.overview.seminars ?? 0)
                        font.pixelSize: Theme.subtitle
                        color: Theme.ink
                    }
                    Label {
                        text: qsTr("Scores (percent of the best possible)")
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                    }
                    Repeater {
                        model: root.overview.histogram ?? []
                        delegate: Bar {
                            required property var modelData
                            label: modelData.label + " %"
                            share: modelData.share
                            value: String(modelData.count)
                            barColor: root.barBlue
                        }
                    }
                    RowLayout {
                        visible: controller.seminar.length > 0 && controller.participant.length === 0
                        spacing: Theme.gap
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Who took part: completed attempts · mean · best")
                            font.pixelSize: Theme.small
                            color: Theme.mutedInk
                        }
                        AppButton {
                            objectName: "reviewPseudonymise"
                            text: qsTr("Replace names by codes")
                            Accessible.name: qsTr("Replace the names of this seminar's participants by their codes, for good")
                            onClicked: pseudonymiseDialog.open()
                        }
                    }
                    Repeater {
                        model: controller.participant.length === 0 ? controller.people : []
                        delegate: RowLayout {
                            id: personRow
                            required property var modelData
                            spacing: Theme.gap
                            Bar {
                                label: personRow.modelData.name + (personRow.modelData.role.length > 0 ? " · " + personRow.modelData.role : "")
                                share: personRow.modelData.meanPercent / 100
                                value: personRow.modelData.attempts + " · " + personRow.modelData.meanPercent + " % · " + personRow.modelData.bestPercent + " %"
                                barColor: root.barBlue
                            }
                            AppButton {
                                text: qsTr("History")
                                Accessible.name: qsTr("History of %1").arg(personRow.modelData.name)
                                onClicked: {
                                    controller.participant = personRow.modelData.uuid;
                                    controller.refresh();
                                }
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
                    Label {
                        text: qsTr("By month: seminars · participants · attempts · mean score")
                        font.pixelSize: Theme.small
                        color: Theme.mutedInk
                    }
                    Repeater {
                        model: root.overview.months ?? []
                        delegate: Bar {
                            required property var modelData
                            label: modelData.month
                            share: modelData.meanPercent / 100
                            value: modelData.seminars + " · " + modelData.participants + " · " + modelData.attempts + " · " + modelData.meanPercent + " %"
                            barColor: root.barOrange
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
                    text: qsTr("Participants with two or more completed attempts of a scenario: %1").arg(root.gain.pairs ?? 0)
                    font.pixelSize: Theme.subtitle
                    color: Theme.ink
                }
                Label {
                    text: qsTr("First attempt %1 % → latest %2 %").arg(root.gain.meanPre ?? 0).arg(root.gain.meanPost ?? 0)
                    font.pixelSize: Theme.body
                    color: Theme.ink
                }
                Label {
                    text: qsTr("Class gain %1 (%2) · mean of individual gains %3 (%4)").arg(root.gain.classGain ?? "—").arg(root.gain.classLevel ?? "").arg(root.gain.meanGain ?? "—").arg(root.gain.meanLevel ?? "")
                    font.pixelSize: Theme.body
                    color: Theme.ink
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

            // Directory: the institutions' contacts as debriefs show them, corrected and verified here.
            ScrollView {
                contentWidth: availableWidth
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.gap
                    Label {
                        Layout.fillWidth: true
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
                            Layout.fillWidth: true
                            columns: 4
                            columnSpacing: Theme.gap
                            Label {
                                Layout.columnSpan: 4
                                Layout.fillWidth: true
                                Layout.topMargin: contact.index > 0 ? Theme.gap : 0
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
                                            savedLabel.text = qsTr("Saved the contacts of %1").arg(contact.modelData.name);
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
            savedLabel.text = "";
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
        property var person: ({})
        anchors.centerIn: parent
        modal: true
        title: qsTr("Erase %1?").arg(person.name ?? "")
        standardButtons: Dialog.Yes | Dialog.Cancel
        Label {
            width: Math.min(root.width * 0.6, 640)
            text: qsTr("Every attempt of this participant is deleted, also from the backups. This cannot be undone.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
        }
        onAccepted: controller.eraseParticipant(eraseDialog.person.uuid)
    }

    Dialog {
        id: pseudonymiseDialog
        anchors.centerIn: parent
        modal: true
        title: qsTr("Replace names by codes?")
        standardButtons: Dialog.Yes | Dialog.Cancel
        Label {
            width: Math.min(root.width * 0.6, 640)
            text: qsTr("The names of everyone who took part in this seminar are replaced by their pseudonymous codes, here and in the backups. Their results stay. This cannot be undone.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.body
        }
        onAccepted: {
            const renamed = controller.pseudonymiseSeminar();
            if (renamed >= 0)
                savedLabel.text = qsTr("%n name(s) replaced by codes", "", renamed);
        }
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
            font.pixelSize: Theme.small
            color: Theme.ink
            elide: Text.ElideRight
        }
    }
}
