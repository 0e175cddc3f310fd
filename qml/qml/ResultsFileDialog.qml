import QtQuick
import QtQuick.Dialogs
import Saskati

// Open another results file: an existing one, or a new name (a new, empty file). Loaded by the start screen when
// first needed.
FileDialog {
    id: root

    signal chosen(string file)

    objectName: "databaseDialog"
    title: qsTr("Open or create a results file")
    fileMode: FileDialog.SaveFile
    acceptLabel: qsTr("Open")
    defaultSuffix: "sqlite"
    currentFolder: AppContext.suggestedFolder
    nameFilters: [qsTr("Saskati results (*.sqlite)"), qsTr("All files (*)")]
    onAccepted: root.chosen(String(selectedFile))
}
