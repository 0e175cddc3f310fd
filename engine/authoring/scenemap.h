#pragma once

#include "jsontree.h"

#include <QList>
#include <QString>

namespace saskati::authoring {

/// The scenario as a map for the editor's graph: scenes and endings as nodes, choices (and conversation
/// moves and exits) as edges, laid out left to right by distance from the start. Read from the document's
/// JSON, so a draft that does not load yet is drawn too, its broken links included.
struct SceneMap {
    struct Node {
        QString id;
        bool isEnding = false;
        QString kind;  // a scene's kind (interview, referral, assessment, conversation); an ending's outcome
        QString title; // in the language asked for (the first declared when that one is empty)
        qsizetype index = -1; // in scenes[] or endings[]
        int column = 0;       // distance from the start (unreachable scenes after the last column)
        int row = 0;
        bool isStart = false;
        bool reachable = false;
    };
    struct Edge {
        int from = -1; // node indexes
        int to = -1;   // -1: the target does not exist (a broken link, drawn to nowhere)
        QString choiceId;
        QString target;
        bool critical = false;
    };
    QList<Node> nodes;
    QList<Edge> edges;
    int columns = 0;
    int rows = 0;

    /// The node of `id`, or -1.
    int nodeOf(const QString &id) const;
    /// Nodes whose id or title (in any language) contains `text`, case-insensitively, in node order.
    QList<int> search(const json::Tree &root, const QString &text) const;
};

/// Builds the map of `root` with titles in `language`.
SceneMap sceneMap(const json::Tree &root, const QString &language);

} // namespace saskati::authoring
