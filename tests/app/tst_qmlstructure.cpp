// Rules about the shape of the app's QML that Qt 6.4 punishes at run time, checked on the source files.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Element {
    QString type; // empty for a brace that opens no QML object (a function body, a JS object, a handler)
    int line = 0;
};

// The QML object types of a file as a tree walk: calls visit(child, parent) for every object declaration.
// Strings and comments are skipped; a '{' right after an upper-case name opens an object.
template <typename Visit> void walkObjects(const QString &source, Visit visit)
{
    QList<Element> stack;
    QString lastWord;
    int line = 1;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == u'\n') {
            ++line;
            continue;
        }
        if (c == u'/' && i + 1 < source.size() && source.at(i + 1) == u'/') {
            while (i < source.size() && source.at(i) != u'\n')
                ++i;
            --i;
            continue;
        }
        if (c == u'/' && i + 1 < source.size() && source.at(i + 1) == u'*') {
            for (i += 2; i + 1 < source.size() && !(source.at(i) == u'*' && source.at(i + 1) == u'/'); ++i)
                line += source.at(i) == u'\n';
            ++i;
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`') {
            for (++i; i < source.size() && source.at(i) != c; ++i) {
                if (source.at(i) == u'\\')
                    ++i;
                else if (source.at(i) == u'\n')
                    ++line;
            }
            lastWord.clear();
            continue;
        }
        if (c.isLetterOrNumber() || c == u'_' || c == u'.') {
            qsizetype start = i;
            while (i < source.size() &&
                   (source.at(i).isLetterOrNumber() || source.at(i) == u'_' || source.at(i) == u'.'))
                ++i;
            lastWord = source.mid(start, i - start);
            --i;
            continue;
        }
        if (c.isSpace())
            continue;
        if (c == u'{') {
            const bool object = !lastWord.isEmpty() && lastWord.at(0).isUpper();
            Element element{object ? lastWord.section(u'.', -1) : QString(), line};
            if (object) {
                // The enclosing object: the nearest open brace that is one.
                const Element *parent = nullptr;
                for (auto it = stack.crbegin(); it != stack.crend(); ++it)
                    if (!it->type.isEmpty()) {
                        parent = &*it;
                        break;
                    }
                visit(element, parent);
            }
            stack.append(element);
        } else if (c == u'}') {
            if (!stack.isEmpty())
                stack.removeLast();
        }
        lastWord.clear();
    }
}

QStringList qmlFiles()
{
    QStringList files;
    for (const QString &folder : {u"qml/qml"_s, u"tests/qml"_s}) {
        QDir dir(QStringLiteral(SASKATI_SOURCE_DIR) + u'/' + folder);
        for (const QString &name : dir.entryList({u"*.qml"_s}, QDir::Files))
            files.append(dir.filePath(name));
    }
    return files;
}

} // namespace

class TestQmlStructure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Regression: choosing an answer crashed the app (SIGSEGV in QQuickGridLayoutBase::rearrange). Qt 6.4's
    // layouts keep a removed child in their grid until their next polish; a Repeater that replaces its
    // delegates inside a RowLayout/ColumnLayout/GridLayout leaves a freed item there, and a resize before
    // that polish reads it. Dynamic children belong in a positioner (Column, Row, Flow) or a ListView.
    void noRepeaterDirectlyInALayout_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : qmlFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
    void noRepeaterDirectlyInALayout()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList offences;
        walkObjects(QString::fromUtf8(f.readAll()), [&](const Element &element, const Element *parent) {
            static const QRegularExpression layout(u"^(Row|Column|Grid)Layout$"_s);
            if (element.type == u"Repeater" && parent && layout.match(parent->type).hasMatch())
                offences.append(
                    u"%1:%2: a Repeater directly in a %3 (line %4): put its delegates in a Column, Row "
                    u"or Flow inside the layout"_s.arg(file)
                        .arg(element.line)
                        .arg(parent->type)
                        .arg(parent->line));
        });
        if (!offences.isEmpty())
            QFAIL(qPrintable(offences.join(u'\n')));
    }

    // The walker itself: a nested object is seen with its parent, braces in strings and functions are not
    // objects.
    void walkerFindsParents()
    {
        // (moc cannot read raw strings with braces: plain literals.)
        const QString source = u"ColumnLayout {\n"
                               u"    function f() { return { \"a\": \"}\" }; }\n"
                               u"    Column {\n"
                               u"        Repeater { model: 3; delegate: Label { text: \"{\" } }\n"
                               u"    }\n"
                               u"    Repeater {}\n"
                               u"}"_s;
        QStringList seen;
        walkObjects(source, [&](const Element &element, const Element *parent) {
            seen.append(element.type + u'<' + (parent ? parent->type : QString()) + u':' +
                        QString::number(element.line));
        });
        QCOMPARE(seen, (QStringList{u"ColumnLayout<:1"_s, u"Column<ColumnLayout:3"_s, u"Repeater<Column:4"_s,
                                    u"Label<Repeater:4"_s, u"Repeater<ColumnLayout:6"_s}));
    }
};

QTEST_GUILESS_MAIN(TestQmlStructure)
#include "tst_qmlstructure.moc"
