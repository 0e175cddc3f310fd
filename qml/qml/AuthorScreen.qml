pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// The Author area: the team's own scenarios (and the shipped ones, to copy), and the editor — the map of
// scenes, the selected scene or the scenario's key, and the validator's findings, which lead to the field they
// are about. Shipped files are never changed: editing one starts from a copy in the user's data folder.
Item {
    id: root

    objectName: "authorScreen"

    readonly property alias editor: editor
    readonly property alias previewDialog: previewDialog
    readonly property alias importDialog: importDialog
    readonly property alias exportDialog: exportDialog
    readonly property alias deleteDialog: deleteDialog
    readonly property alias renameDialog: renameDialog
    readonly property alias importFolderDialog: importFolderDialog
    readonly property alias removeLanguageDialog: removeLanguageDialog
    // What the editor shows: a scene (by index) or the scenario's key (title, people, endings, referral).
    property int sceneIndex: 0
    property bool showingKey: false

    signal previewRequested(string sceneId, var variables)
    signal leaveRequested

    function openScene(index: int) {
        showingKey = false;
        sceneIndex = index;
    }
    // A finding's path: show its scene (or the key) and put the cursor in the field it is about.
    function showPath(path: string) {
        const scene = /^scenes\[(\d+)\]/.exec(path);
        if (scene)
            openScene(Number(scene[1]));
        else
            showingKey = true;
        Qt.callLater(() => {
            const page = showingKey ? keyEditor : sceneEditor;
            const field = findField(page, path);
            if (field) {
                field.forceActiveFocus();
                page.ensureVisible(field);
            }
        });
    }
    // The first editable item whose path starts with `path` or that `path` starts with (the deepest named).
    function findField(item: Item, path: string): Item {
        if (!item || !item.visible)
            return null;
        const name = String(item.objectName);
        const own = name.startsWith("field_") ? name.substring(6) : "";
        if (own.length > 0 && (own.startsWith(path) || path.startsWith(own)))
            return item;
        // A list property, not a JS array: indexed.
        for (let i = 0; i < item.children.length; ++i) {
            const found = findField(item.children[i], path);
            if (found)
                return found;
        }
        return null;
    }
    function requestLeave() {
        closeEditor(true);
    }

    Component.onCompleted: editor.refreshLibrary()

    ScenarioEditor {
        id: editor
        objectName: "editor"
        onDocumentChanged: {
            root.sceneIndex = 0;
            root.showingKey = false;
        }
    }

    // --- The library ---
    ScrollPage {
        id: library
        objectName: "authorLibrary"
        anchors.fill: parent
        anchors.margins: Theme.margin
        visible: !editor.isOpen
        contentHeight: libraryColumn.height

        Column {
            id: libraryColumn
            width: library.width - library.barWidth - Theme.gap
            spacing: Theme.gap

            Label {
                text: qsTr("Your scenarios")
                font.pixelSize: Theme.title
                font.bold: true
            }
            Label {
                width: parent.width
                text: qsTr("Scenarios written or corrected by your team. They appear in the library beside the shipped ones, marked as edited, once they have no errors. The shipped scenarios stay as they are: to correct one, make an editable copy.")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
                wrapMode: Text.WordWrap
            }
            Label {
                width: parent.width
                text: qsTr("Kept in: %1").arg(editor.folderPath)
                textFormat: Text.PlainText
                font.pixelSize: Theme.small
                color: Theme.mutedInk
                wrapMode: Text.WrapAnywhere
            }
            RowLayout {
                width: parent.width
                spacing: Theme.gap
                TextField {
                    id: newTitle
                    objectName: "newScenarioTitle"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.body
                    placeholderText: qsTr("Title of a new scenario")
                    Accessible.name: qsTr("Title of a new scenario")
                    onAccepted: createButton.clicked()
                }
                AppButton {
                    id: createButton
                    objectName: "createScenarioButton"
                    primary: true
                    enabled: newTitle.text.trim().length > 0
                    text: qsTr("New scenario")
                    onClicked: {
                        if (editor.createScenario(newTitle.text))
                            newTitle.text = "";
                    }
                }
            }
            Row {
                spacing: Theme.gap
                AppButton {
                    objectName: "importButton"
                    text: qsTr("Import a scenario…")
                    Accessible.description: qsTr("A ZIP exported on another laptop, a scenario file, or a Twine story")
                    onClicked: importDialog.open()
                }
                AppButton {
                    objectName: "importFolderButton"
                    text: qsTr("Import a folder…")
                    Accessible.description: qsTr("Every scenario file in a folder, with the media they use")
                    onClicked: importFolderDialog.open()
                }
            }
            // A large scenario opens on the thread pool: the window keeps drawing, and says so.
            Row {
                objectName: "openingNotice"
                visible: editor.opening
                spacing: Theme.gap
                BusyIndicator {
                    running: editor.opening
                    width: Theme.huge
                    height: Theme.huge
                    Accessible.name: qsTr("Opening the scenario")
                }
                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("Opening the scenario…")
                    font.pixelSize: Theme.body
                }
            }
            Label {
                objectName: "authorMessage"
                width: parent.width
                visible: text.length > 0 && editor.lastError.length === 0
                text: editor.lastMessage
                textFormat: Text.PlainText
                color: Theme.good
                font.pixelSize: Theme.small
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "authorError"
                width: parent.width
                visible: text.length > 0
                text: editor.lastError
                textFormat: Text.PlainText
                color: Theme.danger
                font.pixelSize: Theme.small
                wrapMode: Text.WordWrap
            }
            Label {
                visible: editor.authored.length === 0
                text: qsTr("None yet.")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            Repeater {
                model: editor.authored
                // The title on a line of its own (it wraps), then what can be done with the scenario.
                delegate: Flow {
                    id: authoredRow
                    required property var modelData
                    width: libraryColumn.width
                    spacing: Theme.gap
                    Label {
                        width: Math.min(implicitWidth, authoredRow.width)
                        height: Math.max(implicitHeight, openButton.height)
                        verticalAlignment: Text.AlignVCenter
                        text: (authoredRow.modelData.title.length > 0 ? authoredRow.modelData.title : authoredRow.modelData.id) + "  ·  " + authoredRow.modelData.id
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.body
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                    Label {
                        height: openButton.height
                        verticalAlignment: Text.AlignVCenter
                        text: authoredRow.modelData.playable ? qsTr("In the library") : qsTr("Draft: not playable yet")
                        font.pixelSize: Theme.small
                        font.bold: true
                        color: authoredRow.modelData.playable ? Theme.good : Theme.warning
                    }
                    AppButton {
                        id: openButton
                        objectName: "open_" + authoredRow.modelData.id
                        text: qsTr("Open")
                        onClicked: editor.openScenario(authoredRow.modelData.file)
                    }
                    AppButton {
                        objectName: "export_" + authoredRow.modelData.id
                        text: qsTr("Export…")
                        Accessible.description: qsTr("Save it with its pictures as one ZIP for another laptop")
                        onClicked: {
                            exportDialog.scenarioFile = authoredRow.modelData.file;
                            exportDialog.open();
                        }
                    }
                    AppButton {
                        objectName: "rename_" + authoredRow.modelData.id
                        text: qsTr("Rename…")
                        onClicked: {
                            renameDialog.file = authoredRow.modelData.file;
                            renameField.text = authoredRow.modelData.title;
                            renameDialog.open();
                        }
                    }
                    AppButton {
                        objectName: "delete_" + authoredRow.modelData.id
                        text: qsTr("Delete")
                        onClicked: {
                            deleteDialog.file = authoredRow.modelData.file;
                            deleteDialog.title = authoredRow.modelData.title;
                            deleteDialog.open();
                        }
                    }
                }
            }
            Label {
                topPadding: Theme.margin
                text: qsTr("Shipped scenarios (read-only)")
                font.pixelSize: Theme.subtitle
                font.bold: true
            }
            Repeater {
                model: editor.shipped
                delegate: RowLayout {
                    id: shippedRow
                    required property var modelData
                    width: libraryColumn.width
                    spacing: Theme.gap
                    Label {
                        Layout.fillWidth: true
                        text: shippedRow.modelData.title
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.body
                        elide: Text.ElideRight
                    }
                    AppButton {
                        objectName: "copy_" + shippedRow.modelData.id
                        text: qsTr("Make an editable copy")
                        onClicked: editor.copyScenario(shippedRow.modelData.file)
                    }
                }
            }
        }
    }

    // --- The editor ---
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        visible: editor.isOpen
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Label {
                Layout.fillWidth: true
                text: editor.revision >= 0 ? String(editor.value("title." + AppContext.language) || editor.value("id") || "") : ""
                textFormat: Text.PlainText
                font.pixelSize: Theme.subtitle
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "authorStatus"
                text: editor.validationPending ? qsTr("Checking…") : editor.draft ? qsTr("Draft: %n error(s)", "", editor.errorCount) : qsTr("Ready to play")
                font.pixelSize: Theme.small
                font.bold: true
                color: editor.validationPending ? Theme.mutedInk : editor.draft ? Theme.danger : Theme.good
            }
            AppButton {
                id: undoButton
                objectName: "undoButton"
                font.pixelSize: Theme.small
                text: qsTr("Undo")
                enabled: editor.canUndo
                Accessible.description: editor.undoText
                onClicked: {
                    editor.undo();
                    // Disabled now: the keyboard goes on to Redo rather than dropping to the page.
                    if (!editor.canUndo)
                        redoButton.forceActiveFocus();
                }
            }
            AppButton {
                id: redoButton
                objectName: "redoButton"
                font.pixelSize: Theme.small
                text: qsTr("Redo")
                enabled: editor.canRedo
                Accessible.description: editor.redoText
                onClicked: {
                    editor.redo();
                    if (!editor.canRedo)
                        undoButton.forceActiveFocus();
                }
            }
            AppButton {
                objectName: "saveButton"
                font.pixelSize: Theme.small
                primary: editor.modified
                text: editor.modified ? qsTr("Save") : qsTr("Saved")
                // Stays enabled: a button disabled under the keyboard focus would drop it on the page.
                onClicked: {
                    if (editor.modified)
                        editor.save();
                }
            }
            AppButton {
                objectName: "closeEditorButton"
                font.pixelSize: Theme.small
                text: qsTr("Close")
                onClicked: root.closeEditor(false)
            }
        }
        Label {
            objectName: "editorMessage"
            Layout.fillWidth: true
            visible: editor.lastError.length === 0 && editor.lastMessage.length > 0
            text: editor.lastMessage
            textFormat: Text.PlainText
            color: Theme.mutedInk
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: editor.lastError.length > 0
            text: editor.lastError
            textFormat: Text.PlainText
            color: Theme.danger
            font.pixelSize: Theme.small
            wrapMode: Text.WordWrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            SceneGraphView {
                id: graph
                objectName: "sceneGraph"
                Layout.preferredWidth: root.width * 0.28
                Layout.fillHeight: true
                editor: editor
                selectedEnding: root.showingKey
                selectedIndex: root.showingKey ? -1 : root.sceneIndex
                onActivated: (ending, index) => {
                    if (ending)
                        root.showingKey = true;
                    else
                        root.openScene(index);
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    AppButton {
                        objectName: "showSceneButton"
                        font.pixelSize: Theme.small
                        text: qsTr("Scene")
                        primary: !root.showingKey
                        onClicked: root.showingKey = false
                    }
                    AppButton {
                        objectName: "showKeyButton"
                        font.pixelSize: Theme.small
                        text: qsTr("Scenario, endings, referral key")
                        primary: root.showingKey
                        onClicked: root.showingKey = true
                    }
                    AppButton {
                        objectName: "addSceneButton"
                        font.pixelSize: Theme.small
                        text: qsTr("Add a scene")
                        onClicked: addSceneMenu.open()
                        Menu {
                            id: addSceneMenu
                            y: parent.height
                            MenuItem {
                                objectName: "addInterviewScene"
                                text: qsTr("Interview scene")
                                onTriggered: root.openScene(editor.addScene("interview"))
                            }
                            MenuItem {
                                objectName: "addConversationScene"
                                text: qsTr("Conversation scene")
                                onTriggered: root.openScene(editor.addScene("conversation"))
                            }
                            MenuItem {
                                objectName: "addReferralScene"
                                text: qsTr("Referral scene")
                                onTriggered: root.openScene(editor.addScene("referral"))
                            }
                            MenuItem {
                                objectName: "addAssessmentScene"
                                text: qsTr("Assessment scene")
                                onTriggered: root.openScene(editor.addScene("assessment"))
                            }
                        }
                    }
                }
                SceneEditor {
                    id: sceneEditor
                    objectName: "sceneEditor"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: !root.showingKey && editor.isOpen && editor.revision >= 0 && root.sceneIndex < editor.count("scenes")
                    editor: editor
                    sceneIndex: root.sceneIndex
                    onPreviewRequested: sceneId => previewDialog.openFor(sceneId)
                    onRemoved: root.sceneIndex = Math.max(0, root.sceneIndex - 1)
                }
                ScenarioKeyEditor {
                    id: keyEditor
                    objectName: "keyEditor"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: root.showingKey
                    editor: editor
                    onRemoveLanguageAsked: language => {
                        removeLanguageDialog.language = language;
                        removeLanguageDialog.open();
                    }
                }
            }

            // The validator's findings: errors first; each leads to its field.
            Rectangle {
                Layout.preferredWidth: root.width * 0.22
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.line
                Label {
                    id: findingsHeading
                    objectName: "findingsHeading"
                    x: 6
                    y: 6
                    width: parent.width - 12
                    text: editor.findings.length === 0 ? qsTr("No problems found.") : qsTr("%n error(s)", "", editor.errorCount) + ", " + qsTr("%n warning(s)", "", editor.warningCount)
                    font.pixelSize: Theme.small
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                ListView {
                    id: findingsList
                    objectName: "findingsList"
                    anchors.fill: parent
                    anchors.margins: 4
                    anchors.topMargin: findingsHeading.height + 12
                    clip: true
                    spacing: 4
                    model: editor.findings
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: finding
                        required property var modelData
                        required property int index
                        objectName: "finding_" + index
                        width: findingsList.width
                        Accessible.name: modelData.message
                        onClicked: root.showPath(modelData.path)
                        contentItem: Text {
                            text: (finding.modelData.severity === "error" ? "✖ " : "⚠ ") + finding.modelData.message
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.small
                            color: finding.modelData.severity === "error" ? Theme.danger : Theme.warning
                        }
                    }
                }
            }
        }
    }

    // Unsaved changes are saved or discarded before the editor closes (leaving: the whole Author area).
    function closeEditor(leaving: bool) {
        if (editor.modified) {
            unsavedDialog.leaving = leaving;
            unsavedDialog.open();
            return;
        }
        editor.close();
        if (leaving)
            root.leaveRequested();
    }

    Dialog {
        id: unsavedDialog
        objectName: "unsavedDialog"
        property bool leaving: true
        function proceed() {
            editor.close();
            if (leaving)
                root.leaveRequested();
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Unsaved changes")
        standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
        contentWidth: Math.min(500 * Theme.scale, root.width * 0.8)
        Label {
            width: unsavedDialog.availableWidth
            text: qsTr("This scenario has changes that are not saved. A scenario with errors is saved as a draft.")
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }
        onAccepted: {
            if (editor.save())
                proceed();
        }
        onDiscarded: {
            close();
            proceed();
        }
    }

    FileDialog {
        id: importDialog
        objectName: "importDialog"
        title: qsTr("Import a scenario")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Scenarios (*.zip *.json)"), qsTr("Twine stories (*.twee *.tw *.html)")]
        onAccepted: editor.importScenarios(String(selectedFile))
    }
    FolderDialog {
        id: importFolderDialog
        objectName: "importFolderDialog"
        title: qsTr("Import the scenarios of a folder")
        onAccepted: editor.importScenarios(String(selectedFolder))
    }
    FileDialog {
        id: exportDialog
        objectName: "exportDialog"
        property string scenarioFile
        title: qsTr("Export the scenario")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "zip"
        nameFilters: [qsTr("ZIP archives (*.zip)")]
        onAccepted: editor.exportScenario(scenarioFile, String(selectedFile))
    }

    Dialog {
        id: renameDialog
        objectName: "renameDialog"
        property string file
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 720)
        modal: true
        title: qsTr("Rename the scenario")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: renameField.forceActiveFocus()
        Column {
            width: parent.width
            spacing: Theme.gap
            TextField {
                id: renameField
                objectName: "renameField"
                width: parent.width
                font.pixelSize: Theme.body
                Accessible.name: qsTr("New title")
                onAccepted: renameDialog.accept()
            }
            Label {
                width: parent.width
                text: qsTr("The title in this language, and the scenario's id and file name made from it. Results already recorded stay under the old id.")
                font.pixelSize: Theme.small
                color: Theme.mutedInk
                wrapMode: Text.WordWrap
            }
        }
        onAccepted: editor.renameScenario(file, renameField.text)
    }
    Dialog {
        id: removeLanguageDialog
        objectName: "removeLanguageDialog"
        property string language
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove the language %1?").arg(language)
        standardButtons: Dialog.Ok | Dialog.Cancel
        contentWidth: Math.min(560 * Theme.scale, root.width * 0.8)
        Label {
            width: removeLanguageDialog.availableWidth
            text: qsTr("Every text's %1 translation and every line's %1 recording are taken out of the scenario (the recordings' files stay in its folder). Undo brings them back.").arg(removeLanguageDialog.language)
            textFormat: Text.PlainText
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }
        onAccepted: editor.removeLanguage(language)
    }
    Dialog {
        id: deleteDialog
        objectName: "deleteDialog"
        property string file
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete this scenario?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            text: qsTr("The file is deleted; results of attempts already played stay.")
            font.pixelSize: Theme.body
        }
        onAccepted: editor.deleteScenario(file)
    }

    // Preview from a scene: the variables start as chosen (others as declared).
    Dialog {
        id: previewDialog
        objectName: "previewDialog"
        property string sceneId
        property var values: ({})
        function openFor(id: string) {
            sceneId = id;
            const initial = {};
            for (let i = 0; i < editor.count("variables"); ++i)
                initial[String(editor.value("variables[" + i + "].id"))] = Number(editor.value("variables[" + i + "].initial") ?? 0);
            values = initial;
            open();
        }
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Preview from %1").arg(sceneId)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Column {
            spacing: Theme.gap
            Label {
                text: Object.keys(previewDialog.values).length > 0 ? qsTr("Start the variables at:") : qsTr("Nothing is recorded: a preview is no one's result.")
                font.pixelSize: Theme.body
            }
            Repeater {
                model: Object.keys(previewDialog.values)
                delegate: Row {
                    id: variableRow
                    required property string modelData
                    spacing: Theme.gap
                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        text: variableRow.modelData
                        font.pixelSize: Theme.body
                    }
                    SpinBox {
                        from: -100
                        to: 100
                        value: previewDialog.values[variableRow.modelData]
                        Accessible.name: variableRow.modelData
                        onValueModified: previewDialog.values[variableRow.modelData] = value
                    }
                }
            }
        }
        onAccepted: root.previewRequested(sceneId, values)
    }
}
