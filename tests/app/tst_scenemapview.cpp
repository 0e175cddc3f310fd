// SceneMapView hands the graph view the nodes and arrows of an area: those in it, an arrow whose span (the
// box between its ends, with a cell around for its curve) overlaps the area though both its ends lie outside,
// nothing of what lies beyond; node() by number; a new map is announced.
#include "scenemapview.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using saskati::SceneMapView;
using saskati::authoring::SceneMap;

namespace {

// a (0,0) → b (0,1), a → c (1,1) a critical error, b → a scene that does not exist, and d (5,9) far away
// leading back up to a; as (row across, column down).
SceneMap sampleMap()
{
    SceneMap map;
    const auto node = [&](const QString &id, int row, int column) {
        SceneMap::Node n;
        n.id = id;
        n.title = id.toUpper();
        n.kind = u"interview"_s;
        n.index = map.nodes.size();
        n.row = row;
        n.column = column;
        n.reachable = true;
        map.nodes.append(n);
    };
    node(u"a"_s, 0, 0);
    node(u"b"_s, 0, 1);
    node(u"c"_s, 1, 1);
    node(u"d"_s, 5, 9);
    map.nodes.first().isStart = true;
    const auto edge = [&](int from, int to, const QString &choice, bool critical = false) {
        map.edges.append({from, to, choice, to >= 0 ? map.nodes.at(to).id : u"nowhere"_s, critical});
    };
    edge(0, 1, u"a-b"_s);
    edge(0, 2, u"a-c"_s, true);
    edge(1, -1, u"b-nowhere"_s);
    edge(3, 0, u"d-a"_s);
    map.rows = 6;
    map.columns = 10;
    return map;
}

QStringList valuesOf(const QVariantList &list, const QString &key)
{
    QStringList values;
    for (const QVariant &item : list)
        values.append(item.toMap().value(key).toString());
    return values;
}

} // namespace

class TestSceneMapView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void byArea_data()
    {
        QTest::addColumn<QRectF>("cells");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QStringList>("edges");
        QTest::newRow("the whole map") << QRectF(-1, -1, 8, 12) << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                                       << QStringList{u"a-b"_s, u"a-c"_s, u"b-nowhere"_s, u"d-a"_s};
        QTest::newRow("the first cell: its arrows and the long one back to it")
            << QRectF(0, 0, 0.5, 0.5) << QStringList{u"a"_s}
            << QStringList{u"a-b"_s, u"a-c"_s, u"b-nowhere"_s, u"d-a"_s};
        QTest::newRow("a cell on an area's edge is in it")
            << QRectF(1, 1, 0, 0) << QStringList{u"c"_s}
            << QStringList{u"a-b"_s, u"a-c"_s, u"b-nowhere"_s, u"d-a"_s};
        QTest::newRow("within the long arrow's span, its ends outside: only it")
            << QRectF(3, 3, 1, 1) << QStringList{} << QStringList{u"d-a"_s};
        QTest::newRow("around the far node")
            << QRectF(4.5, 8.5, 1, 1) << QStringList{u"d"_s} << QStringList{u"d-a"_s};
        QTest::newRow("beyond the map: nothing") << QRectF(20, 20, 5, 5) << QStringList{} << QStringList{};
    }
    void byArea()
    {
        QFETCH(QRectF, cells);
        QFETCH(QStringList, nodes);
        QFETCH(QStringList, edges);
        SceneMapView view;
        view.show(sampleMap());
        QCOMPARE(valuesOf(view.nodesIn(cells), u"id"_s), nodes);
        QCOMPARE(valuesOf(view.edgesIn(cells), u"choice"_s), edges);
    }

    void arrowsCarryTheirEndsAndKind()
    {
        SceneMapView view;
        view.show(sampleMap());
        QHash<QString, QVariantMap> byChoice;
        for (const QVariant &edge : view.edgesIn(QRectF(-1, -1, 8, 12)))
            byChoice.insert(edge.toMap().value(u"choice"_s).toString(), edge.toMap());
        const QVariantMap critical = byChoice.value(u"a-c"_s);
        QCOMPARE(critical.value(u"critical"_s).toBool(), true);
        QCOMPARE(critical.value(u"broken"_s).toBool(), false);
        QCOMPARE(critical.value(u"toRow"_s).toReal(), 1.0);
        QCOMPARE(critical.value(u"toColumn"_s).toReal(), 1.0);
        // A broken link ends half a cell below its start.
        const QVariantMap broken = byChoice.value(u"b-nowhere"_s);
        QCOMPARE(broken.value(u"broken"_s).toBool(), true);
        QCOMPARE(broken.value(u"fromRow"_s).toReal(), 0.0);
        QCOMPARE(broken.value(u"toRow"_s).toReal(), 0.0);
        QCOMPARE(broken.value(u"toColumn"_s).toReal(), 1.5);
        const QVariantMap back = byChoice.value(u"d-a"_s);
        QCOMPARE(back.value(u"fromRow"_s).toReal(), 5.0);
        QCOMPARE(back.value(u"fromColumn"_s).toReal(), 9.0);
        QCOMPARE(back.value(u"critical"_s).toBool(), false);
    }

    void nodeByNumber()
    {
        SceneMapView view;
        view.show(sampleMap());
        const QVariantMap c = view.node(2);
        QCOMPARE(c.value(u"n"_s).toInt(), 2);
        QCOMPARE(c.value(u"id"_s).toString(), u"c"_s);
        QCOMPARE(c.value(u"title"_s).toString(), u"C"_s);
        QCOMPARE(c.value(u"row"_s).toInt(), 1);
        QCOMPARE(c.value(u"column"_s).toInt(), 1);
        QCOMPARE(c.value(u"index"_s).toInt(), 2);
        QCOMPARE(view.node(0).value(u"start"_s).toBool(), true);
        QVERIFY(view.node(-1).isEmpty());
        QVERIFY(view.node(4).isEmpty());
    }

    void aNewMapIsAnnounced()
    {
        SceneMapView view;
        QSignalSpy changed(&view, &SceneMapView::changed);
        QCOMPARE(view.nodeCount(), 0);
        view.show(sampleMap());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.revision(), 1);
        QCOMPARE(view.nodeCount(), 4);
        QCOMPARE(view.edgeCount(), 4);
        QCOMPARE(view.rows(), 6);
        QCOMPARE(view.columns(), 10);
        view.show({});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(view.revision(), 2);
        QCOMPARE(view.nodeCount(), 0);
        QVERIFY(view.nodesIn(QRectF(-1, -1, 8, 12)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSceneMapView)
#include "tst_scenemapview.moc"
