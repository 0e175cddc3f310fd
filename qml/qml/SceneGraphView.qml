pragma ComponentBehavior: Bound
import QtQuick
import Saskati
import QtQuick.Controls
import QtQuick.Layouts

// The scenario as a map: scenes (boxes) and endings (rounded) top to bottom by distance from the start,
// choices as arrows, critical errors in red, broken links dashed to nowhere. Drag to pan, Ctrl+wheel or the
// buttons to zoom, Fit to see everything, search by words or id to jump to a scene. A node's menu (right
// click, or the Menu key) adds a scene after it, leads a new choice from it to the node clicked next, or
// removes it.
Rectangle {
    id: root

    required property ScenarioEditor editor
    // The selected node: {ending, index} of the scene or ending shown in the editor.
    property bool selectedEnding: false
    property int selectedIndex: -1
    readonly property SceneMapView graph: editor.map
    // The map's columns (distance from the start) run down the panel, its rows across: the panel is tall.
    readonly property int columnWidth: 210
    readonly property int rowHeight: 110
    readonly property int nodeWidth: 190
    readonly property int nodeHeight: 78
    property real zoom: 1
    // The scene a new choice is being led from (its index), waiting for the click on where it leads; -1 when
    // not connecting.
    property int connectingFrom: -1
    readonly property alias sceneMenu: sceneMenu
    // Only the nodes in view are made into items, and only the arrows in view drawn, both asked of the map by
    // area: a scenario of 10,000 scenes scrolls as one of ten.
    // (Reading the revision makes a new map ask again; a bare `void graph.revision` is compiled away.)
    // Whether the arrow from (x1, y1) to (x2, y2), in view coordinates at zoom z, can show in a view of w×h: a
    // way back up (y2 <= y1) swings out to the right and below its start and above its end (the curve reaches
    // 3/4 of its control points' 90 and 80); the head sits 8 above its end.
    function arrowInView(x1: real, y1: real, x2: real, y2: real, z: real, w: real, h: real): bool {
        const swing = y2 <= y1 ? 80 * z : 0;
        return !(Math.max(x1, x2) + 100 * z < 0 || Math.min(x1, x2) - 100 * z > w || Math.max(y1, y2) + swing < 0 || Math.min(y1, y2) - swing - 8 > h);
    }

    readonly property var visibleNodes: graph.revision >= 0 ? graph.nodesIn(cellsInView()) : []

    signal activated(bool ending, int index)

    // The part of the map in view, in cells (x: rows across, y: columns down), with any node partly in view.
    function cellsInView(): rect {
        const left = (flick.contentX / zoom - nodeWidth - 20) / columnWidth;
        const top = (flick.contentY / zoom - nodeHeight - 20) / rowHeight;
        const right = ((flick.contentX + flick.width) / zoom - 20) / columnWidth;
        const bottom = ((flick.contentY + flick.height) / zoom - 20) / rowHeight;
        return Qt.rect(left, top, right - left, bottom - top);
    }
    function nodeX(node: var): real {
        return 20 + node.row * columnWidth;
    }
    function nodeY(node: var): real {
        return 20 + node.column * rowHeight;
    }
    function fit() {
        const w = Math.max(1, graph.rows * columnWidth + 40);
        const h = Math.max(1, graph.columns * rowHeight + 40);
        zoom = Math.max(0.1, Math.min(1.5, Math.min(flick.width / w, flick.height / h)));
        flick.contentX = 0;
        flick.contentY = 0;
    }
    function nodeClicked(node: var) {
        if (connectingFrom >= 0) {
            const from = connectingFrom;
            connectingFrom = -1;
            if (node.ending || node.index !== from)
                editor.connectScenes(from, node.id);
            root.activated(false, from);
            return;
        }
        root.activated(node.ending, node.index);
    }
    function openMenu(node: var, item: Item, x: real, y: real) {
        const menu = node.ending ? endingMenu : sceneMenu;
        menu.node = node;
        menu.popup(item, x, y);
    }
    function setZoom(value: real) {
        zoom = Math.max(0.1, Math.min(2.5, value));
    }
    // Brings node `n` (a node number of the map) to the middle and selects it.
    function jumpTo(n: int) {
        if (n < 0 || n >= graph.nodeCount)
            return;
        const node = graph.node(n);
        flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, (nodeX(node) + nodeWidth / 2) * zoom - flick.width / 2));
        flick.returnToBounds();
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, (nodeY(node) + nodeHeight / 2) * zoom - flick.height / 2));
        activate(node);
    }
    function activate(node: var) {
        root.activated(node.ending, node.index);
    }

    color: Theme.surface
    border.color: Theme.line
    clip: true
    Connections {
        target: root.graph
        function onChanged() {
            edges.requestPaint();
        }
    }
    onZoomChanged: edges.requestPaint()
    Keys.onEscapePressed: event => {
        event.accepted = connectingFrom >= 0;
        connectingFrom = -1;
    }

    // A scene's menu, and an ending's.
    Menu {
        id: sceneMenu
        objectName: "graphSceneMenu"
        property var node: ({})
        MenuItem {
            objectName: "menuAddSceneAfter"
            text: qsTr("Add a scene after this")
            onTriggered: root.activated(false, root.editor.addSceneAfter(sceneMenu.node.index, "interview"))
        }
        MenuItem {
            objectName: "menuAddConversationAfter"
            text: qsTr("Add a conversation after this")
            onTriggered: root.activated(false, root.editor.addSceneAfter(sceneMenu.node.index, "conversation"))
        }
        MenuItem {
            objectName: "menuConnect"
            text: qsTr("Lead a new choice from here to…")
            onTriggered: {
                root.connectingFrom = sceneMenu.node.index;
                root.forceActiveFocus();
            }
        }
        MenuItem {
            objectName: "menuRemoveScene"
            text: qsTr("Remove this scene")
            onTriggered: root.editor.removeAt("scenes[" + sceneMenu.node.index + "]")
        }
    }
    Menu {
        id: endingMenu
        objectName: "graphEndingMenu"
        property var node: ({})
        MenuItem {
            objectName: "menuRemoveEnding"
            text: qsTr("Remove this ending")
            onTriggered: root.editor.removeAt("endings[" + endingMenu.node.index + "]")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 4
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            TextField {
                id: searchField
                objectName: "graphSearch"
                Layout.fillWidth: true
                font.pixelSize: Theme.small
                placeholderText: qsTr("Find a scene")
                Accessible.name: qsTr("Find a scene by its words or id")
                property var found: []
                property int next: 0
                onTextChanged: {
                    found = root.editor.search(text);
                    next = 0;
                }
                onAccepted: {
                    if (found.length > 0) {
                        root.jumpTo(found[next % found.length]);
                        next = next + 1;
                    }
                }
            }
            Label {
                text: searchField.text.length > 0 ? qsTr("%n found", "", searchField.found.length) : ""
                font.pixelSize: Theme.small
                color: Theme.mutedInk
            }
            ToolButton {
                text: "−"
                font.pixelSize: Theme.body
                Accessible.name: qsTr("Zoom out")
                onClicked: root.setZoom(root.zoom / 1.25)
            }
            ToolButton {
                text: "+"
                font.pixelSize: Theme.body
                Accessible.name: qsTr("Zoom in")
                onClicked: root.setZoom(root.zoom * 1.25)
            }
            ToolButton {
                objectName: "graphFit"
                text: qsTr("Fit")
                font.pixelSize: Theme.small
                Accessible.name: qsTr("Show the whole scenario")
                onClicked: root.fit()
            }
        }

        Label {
            objectName: "connectHint"
            Layout.fillWidth: true
            visible: root.connectingFrom >= 0
            text: qsTr("Click the scene or ending the new choice leads to (Esc: cancel).")
            font.pixelSize: Theme.small
            font.bold: true
            color: Theme.accent
            wrapMode: Text.WordWrap
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The arrows, drawn for the part in view, behind the scene boxes.
            Canvas {
                id: edges
                objectName: "graphEdges"
                // What the last paint drew, for tests: arrows missing, or at another zoom than the boxes, went
                // unnoticed once.
                property int arrowsDrawn: 0
                property real paintedZoom: 0
                anchors.fill: parent
                // Painted again when it shows, when it is ready and when it is resized, besides on every change
                // of the map, the zoom and the scrolling.
                onVisibleChanged: if (visible)
                    requestPaint()
                onAvailableChanged: if (available)
                    requestPaint()
                onWidthChanged: requestPaint()
                onHeightChanged: requestPaint()
                onPaint: {
                    let drawn = 0;
                    const ctx = getContext("2d");
                    ctx.reset();
                    const z = root.zoom, dx = flick.contentX, dy = flick.contentY;
                    const left = 20 + root.nodeWidth / 2;
                    for (const edge of root.graph.edgesIn(root.cellsInView())) {
                        const x1 = (left + edge.fromRow * root.columnWidth) * z - dx;
                        const y1 = (20 + edge.fromColumn * root.rowHeight + root.nodeHeight) * z - dy;
                        const x2 = edge.broken ? x1 + 20 * z : (left + edge.toRow * root.columnWidth) * z - dx;
                        const y2 = edge.broken ? y1 + 30 * z : (20 + edge.toColumn * root.rowHeight) * z - dy;
                        if (!root.arrowInView(x1, y1, x2, y2, z, width, height))
                            continue;
                        // A way back up (a loop) swings out to the side.
                        const back = y2 <= y1;
                        const bend = back ? 80 * z : (y2 - y1) / 2;
                        ctx.strokeStyle = edge.critical ? Theme.danger : (edge.broken ? Theme.warning : Theme.mutedInk);
                        ctx.lineWidth = edge.critical ? 3 : 1.5;
                        ctx.setLineDash(edge.broken ? [4, 4] : []);
                        ctx.beginPath();
                        ctx.moveTo(x1, y1);
                        ctx.bezierCurveTo(x1 + (back ? 90 * z : 0), y1 + bend, x2 + (back ? 90 * z : 0), y2 - bend, x2, y2);
                        ctx.stroke();
                        ctx.setLineDash([]);
                        ctx.beginPath();
                        ctx.moveTo(x2, y2);
                        ctx.lineTo(x2 - 5, y2 - 8);
                        ctx.lineTo(x2 + 5, y2 - 8);
                        ctx.closePath();
                        ctx.fillStyle = ctx.strokeStyle;
                        ctx.fill();
                        ++drawn;
                    }
                    arrowsDrawn = drawn;
                    paintedZoom = z;
                }
            }

            Flickable {
                id: flick
                anchors.fill: parent
                clip: true
                onContentXChanged: edges.requestPaint()
                onContentYChanged: edges.requestPaint()
                onWidthChanged: edges.requestPaint()
                onHeightChanged: edges.requestPaint()
                contentWidth: canvas.width * root.zoom
                contentHeight: canvas.height * root.zoom
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.horizontal: ScrollBar {
                }
                ScrollBar.vertical: ScrollBar {
                }

                WheelHandler {
                    acceptedModifiers: Qt.ControlModifier
                    onWheel: event => root.setZoom(root.zoom * (event.angleDelta.y > 0 ? 1.15 : 1 / 1.15))
                }

                Item {
                    id: canvas
                    width: Math.max(1, root.graph.rows) * root.columnWidth + 40
                    height: root.graph.columns * root.rowHeight + 40
                    scale: root.zoom
                    transformOrigin: Item.TopLeft

                    Repeater {
                        model: root.visibleNodes
                        delegate: AbstractButton {
                            id: node
                            required property var modelData
                            readonly property bool selected: root.selectedEnding === modelData.ending && root.selectedIndex === modelData.index
                            objectName: "graphNode_" + modelData.id
                            x: root.nodeX(modelData)
                            y: root.nodeY(modelData)
                            width: root.nodeWidth
                            height: root.nodeHeight
                            Accessible.name: (modelData.ending ? qsTr("Ending %1") : qsTr("Scene %1")).arg(modelData.title.length > 0 ? modelData.title : modelData.id)
                            Accessible.description: qsTr("Menu key: add a scene after it, lead a choice from it, remove it")
                            onClicked: root.nodeClicked(modelData)
                            Keys.onReturnPressed: clicked()
                            Keys.onMenuPressed: root.openMenu(modelData, node, node.width / 2, node.height / 2)
                            Keys.onPressed: event => {
                                if (event.key === Qt.Key_F10 && (event.modifiers & Qt.ShiftModifier)) {
                                    root.openMenu(node.modelData, node, node.width / 2, node.height / 2);
                                    event.accepted = true;
                                }
                            }
                            TapHandler {
                                acceptedButtons: Qt.RightButton
                                onTapped: eventPoint => root.openMenu(node.modelData, node, eventPoint.position.x, eventPoint.position.y)
                            }
                            background: Rectangle {
                                radius: node.modelData.ending ? node.height / 2 : 6
                                color: node.modelData.ending ? "#eef5ea" : node.modelData.kind === "referral" ? "#eaf1f8" : node.modelData.kind === "assessment" ? "#f6eef8" : Theme.surface
                                border.width: node.selected || node.activeFocus ? 3 : node.modelData.start ? 2 : 1
                                border.color: node.activeFocus ? Theme.focus : node.selected ? Theme.accent : !node.modelData.reachable ? Theme.warning : Theme.ink
                            }
                            contentItem: Column {
                                padding: 6
                                spacing: 0
                                Text {
                                    width: node.width - 12
                                    height: 46
                                    text: (node.modelData.start ? "▶ " : "") + (node.modelData.title.length > 0 ? node.modelData.title : "…")
                                    textFormat: Text.PlainText
                                    font.pixelSize: 14
                                    font.bold: true
                                    color: Theme.ink
                                    // Two lines of the title, smaller when a long one (a longer language) needs three; the
                                    // editor beside the map shows it whole.
                                    wrapMode: Text.WordWrap
                                    fontSizeMode: Text.Fit
                                    minimumPixelSize: 10
                                    clip: true
                                }
                                Text {
                                    width: node.width - 12
                                    text: node.modelData.id + " · " + node.modelData.kind
                                    textFormat: Text.PlainText
                                    font.pixelSize: 12
                                    color: Theme.mutedInk
                                    clip: true
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
