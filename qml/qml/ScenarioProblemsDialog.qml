pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The validator's lines as it gives them (FILE:LINE:COLUMN: error: MESSAGE), scrolled with the keys too. Made by
// the start screen when first opened: dialogs with standard buttons cost start-up time.
Dialog {
    id: root
    objectName: "scenarioProblemsDialog"
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : 1100) - 2 * Theme.margin, 1100)
    height: Math.min((parent ? parent.height : 720) - 2 * Theme.margin, 720)
    modal: true
    title: qsTr("Problems in the scenario files")
    font.pixelSize: Theme.body
    standardButtons: Dialog.Close
    onOpened: problemList.forceActiveFocus()
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: qsTr("These files were left out; the others can be played. Each line says where (file:line:column) and what to do. A folder copied without its media folder beside it gives one line for each missing picture and voice.")
            font.pixelSize: Theme.body
            wrapMode: Text.WordWrap
        }
        ListView {
            id: problemList
            objectName: "scenarioProblemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: AppContext.scenarioProblems
            boundsBehavior: Flickable.StopAtBounds
            highlightMoveDuration: 0
            Accessible.name: qsTr("Problems in the scenario files")
            ScrollBar.vertical: ScrollBar {
                policy: ScrollBar.AsNeeded
            }
            delegate: Label {
                id: problemLine
                required property string modelData
                required property int index
                readonly property bool current: ListView.isCurrentItem
                width: ListView.view.width - Theme.gap
                padding: 4
                text: modelData
                textFormat: Text.PlainText
                font.family: "monospace"
                font.pixelSize: Theme.small
                color: Theme.ink
                wrapMode: Text.Wrap
                background: Rectangle {
                    color: problemLine.current ? Theme.line : "transparent"
                }
            }
        }
    }
}
