pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Dialogs
import Saskati
import QtQuick.Controls

// A scene's picture: chosen from disk (copied beside the scenario), described for those who cannot see it, and
// its regions drawn by dragging a rectangle on it (and moved or resized by dragging, or with the arrows); each
// region is then described and marked like a line's part (a sign, a distractor, or plain).
Column {
    id: root

    required property ScenarioEditor editor
    required property string scenePath
    required property int sceneIndex
    readonly property int revision: editor.revision
    // The first image of the scene's media, or -1.
    readonly property int imageIndex: {
        if (revision < 0)
            return -1;
        const n = editor.count(scenePath + ".media");
        for (let i = 0; i < n; ++i)
            if (String(editor.value(scenePath + ".media[" + i + "].type")) === "image")
                return i;
        return -1;
    }
    readonly property string imagePath: scenePath + ".media[" + imageIndex + "]"
    readonly property alias fileDialog: fileDialog
    readonly property alias drawingArea: drawingArea

    spacing: Theme.gap / 2

    Flow {
        width: root.width
        spacing: Theme.gap
        Label {
            text: qsTr("Picture")
            font.pixelSize: Theme.body
            font.bold: true
        }
        AppButton {
            objectName: "choosePictureButton"
            text: root.imageIndex >= 0 ? qsTr("Replace the picture…") : qsTr("Choose a picture…")
            font.pixelSize: Theme.small
            onClicked: fileDialog.open()
        }
        Label {
            width: Math.min(implicitWidth, root.width)
            text: root.imageIndex >= 0 ? String(root.editor.value(root.imagePath + ".file") ?? "") : ""
            wrapMode: Text.WrapAnywhere
            textFormat: Text.PlainText
            font.pixelSize: Theme.small
            color: Theme.mutedInk
        }
    }
    Label {
        visible: root.imageIndex >= 0
        width: root.width
        text: qsTr("Drag on the picture to draw a region the trainee can flag.")
        font.pixelSize: Theme.small
        color: Theme.mutedInk
        wrapMode: Text.WordWrap
    }
    Image {
        id: picture
        objectName: "scenePicture"
        visible: root.imageIndex >= 0
        width: Math.min(root.width, 640)
        height: implicitWidth > 0 ? width * implicitHeight / implicitWidth : 0
        source: root.imageIndex >= 0 ? root.editor.fileUrl(String(root.editor.value(root.imagePath + ".file") ?? "")) : ""
        fillMode: Image.PreserveAspectFit
        sourceSize.width: 1280
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("The scene's picture")

        Rectangle {
            id: band
            visible: drawingArea.pressed
            color: "#331c5d99"
            border.color: Theme.accent
            border.width: 2
        }
        MouseArea {
            id: drawingArea
            objectName: "pictureDrawingArea"
            anchors.fill: parent
            property point from
            cursorShape: Qt.CrossCursor
            // The page scrolls on a drag too: a drag that starts on the picture draws.
            preventStealing: true
            onPressed: mouse => {
                from = Qt.point(mouse.x, mouse.y);
                band.x = mouse.x;
                band.y = mouse.y;
                band.width = 0;
                band.height = 0;
            }
            onPositionChanged: mouse => {
                band.x = Math.max(0, Math.min(from.x, mouse.x));
                band.y = Math.max(0, Math.min(from.y, mouse.y));
                band.width = Math.min(picture.width, Math.max(from.x, mouse.x)) - band.x;
                band.height = Math.min(picture.height, Math.max(from.y, mouse.y)) - band.y;
            }
            onReleased: {
                // A click, or a sliver, is no region.
                if (band.width > 8 && band.height > 8)
                    root.editor.addHotspot(root.sceneIndex, band.x / picture.width, band.y / picture.height, band.width / picture.width, band.height / picture.height);
            }
        }
        // The regions, above the drawing area: drag one to move it, its corner to resize it; with the keyboard,
        // the arrows move it and Shift+arrows resize it.
        Repeater {
            model: root.imageIndex >= 0 && root.revision >= 0 ? root.editor.count(root.imagePath + ".hotspots") : 0
            delegate: Rectangle {
                id: region
                required property int index
                readonly property string path: root.imagePath + ".hotspots[" + index + "]"
                readonly property bool isCue: root.revision >= 0 && root.editor.has(path + ".cue")
                readonly property real baseX: root.revision >= 0 ? Number(root.editor.value(path + ".rect[0]") ?? 0) * picture.width : 0
                readonly property real baseY: root.revision >= 0 ? Number(root.editor.value(path + ".rect[1]") ?? 0) * picture.height : 0
                readonly property real baseWidth: root.revision >= 0 ? Number(root.editor.value(path + ".rect[2]") ?? 0) * picture.width : 0
                readonly property real baseHeight: root.revision >= 0 ? Number(root.editor.value(path + ".rect[3]") ?? 0) * picture.height : 0
                // While dragged: how far from where the file has it.
                property real moveX: 0
                property real moveY: 0
                property real growX: 0
                property real growY: 0

                function commit() {
                    root.editor.setHotspotRect(path, x / picture.width, y / picture.height, width / picture.width, height / picture.height);
                    moveX = moveY = growX = growY = 0;
                }
                function nudge(dx: real, dy: real, resize: bool) {
                    if (resize)
                        root.editor.setHotspotRect(path, baseX / picture.width, baseY / picture.height, baseWidth / picture.width + dx, baseHeight / picture.height + dy);
                    else
                        root.editor.setHotspotRect(path, baseX / picture.width + dx, baseY / picture.height + dy, baseWidth / picture.width, baseHeight / picture.height);
                }

                objectName: "region_" + index
                x: Math.max(0, Math.min(picture.width - width, baseX + moveX))
                y: Math.max(0, Math.min(picture.height - height, baseY + moveY))
                width: Math.max(8, Math.min(picture.width - baseX, baseWidth + growX))
                height: Math.max(8, Math.min(picture.height - baseY, baseHeight + growY))
                color: activeFocus ? "#221c5d99" : "transparent"
                border.width: activeFocus ? 4 : 3
                border.color: activeFocus ? Theme.focus : isCue ? Theme.flag : Theme.accent
                activeFocusOnTab: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Region %1").arg(index + 1)
                Accessible.description: qsTr("Arrows move it, Shift+arrows resize it")
                Keys.onPressed: event => {
                    const step = 0.01;
                    const dx = event.key === Qt.Key_Left ? -step : event.key === Qt.Key_Right ? step : 0;
                    const dy = event.key === Qt.Key_Up ? -step : event.key === Qt.Key_Down ? step : 0;
                    if (dx === 0 && dy === 0)
                        return;
                    nudge(dx, dy, (event.modifiers & Qt.ShiftModifier) !== 0);
                    event.accepted = true;
                }
                Label {
                    x: 4
                    y: 2
                    text: String(region.index + 1)
                    font.pixelSize: Theme.small
                    font.bold: true
                    color: Theme.accent
                }
                MouseArea {
                    objectName: "regionMove_" + region.index
                    anchors.fill: parent
                    cursorShape: Qt.SizeAllCursor
                    preventStealing: true
                    property point from
                    onPressed: mouse => {
                        from = mapToItem(picture, mouse.x, mouse.y);
                        region.forceActiveFocus();
                    }
                    onPositionChanged: mouse => {
                        const at = mapToItem(picture, mouse.x, mouse.y);
                        region.moveX = at.x - from.x;
                        region.moveY = at.y - from.y;
                    }
                    onReleased: region.commit()
                }
                Rectangle {
                    objectName: "regionResize_" + region.index
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    width: 18
                    height: 18
                    color: Theme.accent
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.SizeFDiagCursor
                        preventStealing: true
                        property point from
                        onPressed: mouse => from = mapToItem(picture, mouse.x, mouse.y)
                        onPositionChanged: mouse => {
                            const at = mapToItem(picture, mouse.x, mouse.y);
                            region.growX = at.x - from.x;
                            region.growY = at.y - from.y;
                        }
                        onReleased: region.commit()
                    }
                }
            }
        }
    }
    LocalizedField {
        visible: root.imageIndex >= 0
        width: root.width
        editor: root.editor
        path: root.imagePath + ".alt"
        label: qsTr("What the picture shows (read aloud to those who cannot see it)")
        multiline: true
    }
    Repeater {
        model: root.imageIndex >= 0 && root.revision >= 0 ? root.editor.count(root.imagePath + ".hotspots") : 0
        delegate: Column {
            id: hotspotEditor
            required property int index
            width: root.width
            spacing: 2
            Label {
                text: qsTr("Region %1").arg(hotspotEditor.index + 1)
                font.pixelSize: Theme.small
                font.bold: true
            }
            SegmentEditor {
                width: hotspotEditor.width
                editor: root.editor
                path: root.imagePath + ".hotspots[" + hotspotEditor.index + "]"
                textKey: "label"
            }
            AppButton {
                text: qsTr("Remove the region")
                font.pixelSize: Theme.small
                onClicked: root.editor.removeAt(root.imagePath + ".hotspots[" + hotspotEditor.index + "]")
            }
        }
    }

    FileDialog {
        id: fileDialog
        objectName: "pictureDialog"
        title: qsTr("Choose a picture for the scene")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Pictures (*.svg *.png *.jpg *.jpeg)")]
        onAccepted: root.editor.setPicture(root.sceneIndex, String(selectedFile))
    }
}
