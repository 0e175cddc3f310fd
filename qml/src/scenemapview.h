#pragma once

#include "scenemap.h"

#include <QObject>
#include <QQmlEngine>
#include <QRectF>
#include <QVariantList>
#include <QVariantMap>

namespace saskati {

/// The scenario editor's scene map (engine/authoring's SceneMap) for the graph view, handed out by area: the
/// view asks for the nodes and arrows in sight, so a scenario of 10,000 scenes costs the view what one of ten
/// does (the whole map as one QVariantMap took ~90 ms to convert, and as much again each time QML read it).
///
/// Places are in cells: a node's `row` counts across (x), its `column` down (y), from the start at 0.
class SceneMapView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The scenario editor's map: ScenarioEditor.map")
    /// Grows with every new map: bindings that ask for nodes by area depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(int columns READ columns NOTIFY changed)
    Q_PROPERTY(int rows READ rows NOTIFY changed)
    Q_PROPERTY(int nodeCount READ nodeCount NOTIFY changed)
    Q_PROPERTY(int edgeCount READ edgeCount NOTIFY changed)

public:
    explicit SceneMapView(QObject *parent = nullptr);

    int revision() const { return m_revision; }
    int columns() const { return m_map.columns; }
    int rows() const { return m_map.rows; }
    int nodeCount() const { return int(m_map.nodes.size()); }
    int edgeCount() const { return int(m_map.edges.size()); }
    const authoring::SceneMap &sceneMap() const { return m_map; }
    /// Shows `map` instead of the one shown.
    void show(authoring::SceneMap map);

    /// Node `n`: {n, id, title, kind, ending, start, reachable, row, column, index}; {} when there is none.
    Q_INVOKABLE QVariantMap node(int n) const;
    /// The nodes whose cell lies in `cells` (x: rows across, y: columns down; edges included), in node order.
    Q_INVOKABLE QVariantList nodesIn(const QRectF &cells) const;
    /// The arrows that may cross `cells`: {fromRow, fromColumn, toRow, toColumn, broken, critical, choice}.
    /// A broken link (its target missing) has its end just below its start.
    Q_INVOKABLE QVariantList edgesIn(const QRectF &cells) const;

Q_SIGNALS:
    void changed();

private:
    authoring::SceneMap m_map;
    int m_revision = 0;
};

} // namespace saskati
