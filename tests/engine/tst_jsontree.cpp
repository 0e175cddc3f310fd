// The authoring editor's file layout (engine/format/jsontree.h): every shipped scenario and catalogue file
// reads and writes back byte for byte, the layout is exactly the documented one, and an edit changes only its
// lines.
#include "jsontree.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

json::Tree parse(const QByteArray &text)
{
    json::ParseError error;
    const json::Document document = json::Document::parse(text, &error);
    if (error.isError())
        qWarning("parse: %s", qPrintable(error.message));
    return json::Tree::from(document.root());
}

} // namespace

class TestJsonTree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippedFilesRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        const QDir scenarios(QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios"_s);
        int files = 0;
        for (const QString &folder : {scenarios.path(), scenarios.filePath(u"catalog"_s)})
            for (const QString &name : QDir(folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(name)) << QDir(folder).filePath(name);
                ++files;
            }
        QVERIFY(files >= 14); // eight scenarios, six catalogue files
    }

    void shippedFilesRoundTrip()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        const QByteArray written = json::canonicalText(parse(bytes));
        if (written != bytes) {
            const QList<QByteArray> a = bytes.split('\n'), b = written.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
                QVERIFY2(a.at(i) == b.at(i), qPrintable(u"line %1: %2 | %3"_s.arg(i + 1).arg(
                                                 QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
        }
        QCOMPARE(written, bytes);
    }

    void writesTheLayout_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("members in their order, comments kept")
            << QByteArray("{\"b\":1,\"// why\":\"x\",\"a\":[true,false,null]}")
            << QByteArray("{\n  \"b\": 1,\n  \"// why\": \"x\",\n  \"a\": [\n    true,\n    false,\n    "
                          "null\n  ]\n}\n");
        QTest::newRow("empty array and object inline")
            << QByteArray("{ \"a\" : [ ], \"b\" : { } }") << QByteArray("{\n  \"a\": [],\n  \"b\": {}\n}\n");
        QTest::newRow("numbers as written") << QByteArray("[1.50, 1e-3, -0, 2E+2, 0.1]")
                                            << QByteArray("[\n  1.50,\n  1e-3,\n  -0,\n  2E+2,\n  0.1\n]\n");
        QTest::newRow("only quote, backslash and control characters escaped")
            << QByteArray("[\"a\\\"b\\\\c\\/d\\n\\t\\u0001 ā “x” 🙂 \\u2028\"]")
            << QByteArray("[\n  \"a\\\"b\\\\c/d\\n\\t\\u0001 ā “x” 🙂 \u2028\"\n]\n");
        QTest::newRow("a scalar") << QByteArray("  \"x\"  ") << QByteArray("\"x\"\n");
    }

    void writesTheLayout()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const QByteArray written = json::canonicalText(parse(input));
        QCOMPARE(written, expected);
        QCOMPARE(json::canonicalText(parse(written)), written); // a second run changes nothing
    }

    // An edit rewrites only the lines it changed: one text is one line of the diff; a new member, its lines.
    void anEditChangesOnlyItsLines()
    {
        const QString path = QStringLiteral(SASKATI_SOURCE_DIR) + u"/scenarios/eures-job-offer.json"_s;
        const QByteArray bytes = readAll(path);
        json::Tree tree = parse(bytes);
        json::Tree *title = tree.member(u"title");
        QVERIFY(title && title->isObject());
        title->setMember(u"en"_s, json::Tree::string(u"A job offer from abroad"_s));
        const QList<QByteArray> before = bytes.split('\n'), after = json::canonicalText(tree).split('\n');
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (qsizetype i = 0; i < before.size(); ++i)
            changed += before.at(i) != after.at(i);
        QCOMPARE(changed, 1);

        tree.setMember(u"estimatedMinutes"_s, json::Tree::number(25));
        tree.setMember(u"// reviewed"_s, json::Tree::string(u"2026-12-05"_s), u"id");
        const QList<QByteArray> added = json::canonicalText(tree).split('\n');
        QCOMPARE(added.size(), before.size() + 1); // the comment's line; the minutes replaced in place
        QVERIFY(added.at(3).startsWith("  \"// reviewed\": \"2026-12-05\","));
    }

    void numbersMadeByAnEdit_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("whole") << 3.0 << QByteArray("3");
        QTest::newRow("negative whole") << -12.0 << QByteArray("-12");
        QTest::newRow("a fraction of the picture") << 0.25 << QByteArray("0.25");
        QTest::newRow("shortest that reads back") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("small") << 1e-7 << QByteArray("1e-07");
    }

    void numbersMadeByAnEdit()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        const json::Tree number = json::Tree::number(value);
        QCOMPARE(number.numberText(), text);
        QCOMPARE(parse(number.numberText()).toDouble(), value);
    }
};

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
