#include "scenemap.h"

#include <QHash>
#include <algorithm>
#include <deque>
#include <numeric>

using namespace Qt::StringLiterals;

namespace saskati::authoring {

using json::Tree;

namespace {

QString textIn(const Tree *localized, const QString &language)
{
    if (!localized || !localized->isObject())
        return {};
    if (const Tree *words = localized->member(language); words && !words->toString().isEmpty())
        return words->toString();
    for (const auto &[key, value] : localized->members())
        if (!key.startsWith(u"//") && !value.toString().isEmpty())
            return value.toString();
    return {};
}

QString stringMember(const Tree &object, QStringView key)
{
    const Tree *value = object.member(key);
    return value && value->type() == json::Type::String ? value->toString() : QString();
}

// Every object inside a scene that leads somewhere: choices, a conversation's moves and exits.
void collectLinks(const Tree &node, QList<const Tree *> *links)
{
    if (node.isObject()) {
        if (node.member(u"next") || node.member(u"ending"))
            links->append(&node);
        for (const auto &[key, value] : node.members())
            collectLinks(value, links);
    } else if (node.isArray()) {
        for (const Tree &item : node.items())
            collectLinks(item, links);
    }
}

bool containsCaseless(const Tree *localized, const QString &text)
{
    if (!localized || !localized->isObject())
        return false;
    for (const auto &[key, value] : localized->members())
        if (value.toString().contains(text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

int SceneMap::nodeOf(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).id == id)
            return i;
    return -1;
}

QList<int> SceneMap::search(const Tree &root, const QString &text) const
{
    QList<int> found;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return found;
    for (int i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes.at(i);
        const Tree *list = root.member(node.isEnding ? u"endings" : u"scenes");
        const Tree *object = list && list->isArray() && node.index < qsizetype(list->items().size())
                                 ? &list->items()[node.index]
                                 : nullptr;
        if (node.id.contains(needle, Qt::CaseInsensitive) ||
            (object && containsCaseless(object->member(u"title"), needle)))
            found.append(i);
    }
    return found;
}

namespace {

// Scenes, then endings, as nodes; `byId` maps ids to them (the first of a repeated id).
void addNodes(const Tree &root, const QString &language, SceneMap &map, QHash<QString, int> &byId,
              bool endings)
{
    const Tree *list = root.member(endings ? u"endings" : u"scenes");
    if (!list || !list->isArray())
        return;
    for (size_t i = 0; i < list->items().size(); ++i) {
        const Tree &object = list->items()[i];
        SceneMap::Node node;
        node.id = stringMember(object, u"id");
        node.isEnding = endings;
        node.kind = stringMember(object, endings ? u"outcome" : u"kind");
        if (!endings && node.kind.isEmpty())
            node.kind = u"interview"_s;
        node.title = textIn(object.member(u"title"), language);
        node.index = qsizetype(i);
        if (!node.id.isEmpty() && !byId.contains(node.id))
            byId.insert(node.id, int(map.nodes.size()));
        map.nodes.append(node);
    }
}

// Each scene's links as edges; returns each node's successors.
QList<QList<int>> addEdges(const Tree &root, int sceneCount, SceneMap &map, const QHash<QString, int> &byId)
{
    QList<QList<int>> successors(map.nodes.size());
    const Tree *scenes = root.member(u"scenes");
    if (!scenes || !scenes->isArray())
        return successors;
    for (int s = 0; s < sceneCount; ++s) {
        QList<const Tree *> links;
        collectLinks(scenes->items()[size_t(s)], &links);
        for (const Tree *link : std::as_const(links)) {
            SceneMap::Edge edge;
            edge.from = s;
            edge.target = stringMember(*link, link->member(u"next") ? u"next" : u"ending");
            edge.to = byId.value(edge.target, -1);
            edge.choiceId = stringMember(*link, u"id");
            edge.critical = link->member(u"criticalError") != nullptr;
            map.edges.append(edge);
            if (edge.to >= 0 && !successors[s].contains(edge.to))
                successors[s].append(edge.to);
        }
    }
    return successors;
}

// Columns: breadth-first distance from the start; what cannot be reached goes after the last column.
void assignColumns(SceneMap &map, int start, int sceneCount, const QList<QList<int>> &successors)
{
    std::deque<int> queue;
    if (start >= 0 && start < sceneCount) {
        map.nodes[start].isStart = true;
        map.nodes[start].reachable = true;
        queue.push_back(start);
    }
    int lastColumn = 0;
    while (!queue.empty()) {
        const int n = queue.front();
        queue.pop_front();
        for (int next : std::as_const(successors[n]))
            if (!map.nodes[next].reachable) {
                map.nodes[next].reachable = true;
                map.nodes[next].column = map.nodes[n].column + 1;
                lastColumn = std::max(lastColumn, map.nodes[next].column);
                queue.push_back(next);
            }
    }
    const bool unreachable = std::ranges::any_of(map.nodes, [](const auto &n) { return !n.reachable; });
    for (SceneMap::Node &node : map.nodes)
        if (!node.reachable)
            node.column = lastColumn + 1;
    map.columns = lastColumn + 1 + (unreachable ? 1 : 0);
}

// Rows: in each column, nodes ordered by the mean row of the nodes leading to them (fewer crossings), in file
// order when equal.
void assignRows(SceneMap &map, const QList<QList<int>> &successors)
{
    QList<QList<int>> predecessors(map.nodes.size());
    for (int n = 0; n < map.nodes.size(); ++n)
        for (int next : std::as_const(successors[n]))
            predecessors[next].append(n);
    QList<int> order(map.nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::ranges::stable_sort(order, {}, [&](int n) { return map.nodes[n].column; });
    QList<int> nextRow(map.columns, 0);
    QList<double> key(map.nodes.size(), 0);
    for (qsizetype i = 0; i < order.size();) {
        const int column = map.nodes[order[i]].column;
        qsizetype end = i;
        while (end < order.size() && map.nodes[order[end]].column == column)
            ++end;
        for (qsizetype k = i; k < end; ++k) {
            const int n = order[k];
            double sum = 0;
            int counted = 0;
            for (int p : std::as_const(predecessors[n]))
                if (map.nodes[p].column < column) {
                    sum += map.nodes[p].row;
                    ++counted;
                }
            key[n] = counted ? sum / counted : double(n) / map.nodes.size();
        }
        std::stable_sort(order.begin() + i, order.begin() + end,
                         [&](int a, int b) { return key[a] < key[b]; });
        for (qsizetype k = i; k < end; ++k)
            map.nodes[order[k]].row = nextRow[column]++;
        map.rows = std::max(map.rows, nextRow[column]);
        i = end;
    }
}

} // namespace

SceneMap sceneMap(const Tree &root, const QString &language)
{
    SceneMap map;
    QHash<QString, int> byId;
    addNodes(root, language, map, byId, false);
    const int sceneCount = int(map.nodes.size());
    addNodes(root, language, map, byId, true);
    const QList<QList<int>> successors = addEdges(root, sceneCount, map, byId);
    assignColumns(map, byId.value(stringMember(root, u"start"), -1), sceneCount, successors);
    assignRows(map, successors);
    return map;
}

} // namespace saskati::authoring
