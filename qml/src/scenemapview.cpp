#include "scenemapview.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

/// Whether the cell (row, column) lies in `cells`, edges included.
bool contains(const QRectF &cells, qreal row, qreal column)
{
    return row >= cells.left() && row <= cells.right() && column >= cells.top() && column <= cells.bottom();
}

} // namespace

SceneMapView::SceneMapView(QObject *parent)
    : QObject(parent)
{}

void SceneMapView::show(authoring::SceneMap map)
{
    m_map = std::move(map);
    ++m_revision;
    Q_EMIT changed();
}

QVariantMap SceneMapView::node(int n) const
{
    if (n < 0 || n >= m_map.nodes.size())
        return {};
    const auto &node = m_map.nodes.at(n);
    return {{u"n"_s, n},
            {u"id"_s, node.id},
            {u"title"_s, node.title},
            {u"kind"_s, node.kind},
            {u"ending"_s, node.isEnding},
            {u"start"_s, node.isStart},
            {u"reachable"_s, node.reachable},
            {u"row"_s, node.row},
            {u"column"_s, node.column},
            {u"index"_s, int(node.index)}};
}

QVariantList SceneMapView::nodesIn(const QRectF &cells) const
{
    QVariantList found;
    for (int n = 0; n < m_map.nodes.size(); ++n)
        if (contains(cells, m_map.nodes.at(n).row, m_map.nodes.at(n).column))
            found.append(node(n));
    return found;
}

QVariantList SceneMapView::edgesIn(const QRectF &cells) const
{
    // A way back up swings out to the side, by less than a cell: one cell around the ends covers its curve.
    const QRectF around = cells.adjusted(-1, -1, 1, 1);
    QVariantList found;
    for (const auto &edge : m_map.edges) {
        if (edge.from < 0 || edge.from >= m_map.nodes.size())
            continue;
        const auto &from = m_map.nodes.at(edge.from);
        const bool broken = edge.to < 0 || edge.to >= m_map.nodes.size();
        const qreal toRow = broken ? from.row : m_map.nodes.at(edge.to).row;
        const qreal toColumn = broken ? from.column + 0.5 : m_map.nodes.at(edge.to).column;
        const QRectF span(QPointF(std::min<qreal>(from.row, toRow), std::min<qreal>(from.column, toColumn)),
                          QPointF(std::max<qreal>(from.row, toRow), std::max<qreal>(from.column, toColumn)));
        if (span.right() < around.left() || span.left() > around.right() || span.bottom() < around.top() ||
            span.top() > around.bottom())
            continue;
        found.append(QVariantMap{{u"fromRow"_s, from.row},
                                 {u"fromColumn"_s, from.column},
                                 {u"toRow"_s, toRow},
                                 {u"toColumn"_s, toColumn},
                                 {u"broken"_s, broken},
                                 {u"critical"_s, edge.critical},
                                 {u"choice"_s, edge.choiceId}});
    }
    return found;
}

} // namespace saskati
