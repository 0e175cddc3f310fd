// Scenario format 3, the person approached (docs/scenario-format.md, section 9): a scenario's perspective, a
// scene shown as a chat or a document, a chat message's time and photo. A valid file reads them all; each
// mistake is one message at the field's line, saying what to write; an older format version refuses them.
#include "authoringtesting.h"
#include "catalog.h"
#include "jsonfile.h"
#include "scenarioloader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;
using json::Tree;
using testing::readTree;

namespace {

Tree text(const QString &lv, const QString &en)
{
    return Tree::object({{u"lv"_s, Tree::string(lv)}, {u"en"_s, Tree::string(en)}});
}

Tree *at(Tree &root, QStringView path)
{
    Tree *found = root.at(*json::parsePath(path));
    Q_ASSERT(found);
    return found;
}

QString lineOf(const QByteArray &bytes, int line)
{
    return QString::fromUtf8(bytes.split('\n').value(line - 1));
}

} // namespace

class TestApproachedFormat : public QObject {
    Q_OBJECT

    std::shared_ptr<const Catalog> m_catalog;
    QString m_file; // beside tests/data/valid/minimal.json, so its media paths resolve

    // minimal.json as a format 3 file: the person approached; the first scene a chat whose first message has
    // a time and a photo, the second a document.
    Tree approached() const
    {
        Tree root = readTree(QStringLiteral(SASKATI_TEST_DATA) + u"/valid/minimal.json"_s);
        root.setMember(u"formatVersion"_s, Tree::number(3));
        root.setMember(u"perspective"_s, Tree::string(u"approached"_s), u"subject");
        at(root, u"scenes[0]")->setMember(u"presentation"_s, Tree::string(u"chat"_s), u"id");
        at(root, u"scenes[1]")->setMember(u"presentation"_s, Tree::string(u"document"_s), u"id");
        Tree *message = at(root, u"scenes[0].lines[0]");
        message->setMember(u"time"_s, Tree::string(u"21:14"_s), u"speaker");
        message->setMember(u"photo"_s,
                           Tree::object({{u"file"_s, Tree::string(u"media/office.svg"_s)},
                                         {u"alt"_s, text(u"Biroja ēka"_s, u"An office building"_s)}}),
                           u"time");
        return root;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Diagnostics diagnostics;
        m_catalog = std::make_shared<Catalog>(
            loadCatalog(QStringLiteral(SASKATI_TEST_DATA) + u"/catalog"_s, &diagnostics));
        QVERIFY(!hasErrors(diagnostics));
        m_file = QStringLiteral(SASKATI_TEST_DATA) + u"/valid/approached.json"_s;
    }

    void aFormat3FileReadsItAll()
    {
        const LoadResult result =
            ScenarioLoader(m_catalog).loadBytes(m_file, json::canonicalText(approached()));
        QVERIFY2(result.ok(), qPrintable(testing::errorsOf(result).join(u'\n')));
        for (const Diagnostic &d : result.diagnostics)
            QVERIFY2(!d.message.contains(u"chat"_s) && !d.message.contains(u"format version"_s),
                     qPrintable(d.toString()));
        const Scenario &s = *result.scenario;
        QCOMPARE(s.formatVersion, 3);
        QCOMPARE(s.perspective, Scenario::Perspective::Approached);
        QCOMPARE(s.scenes.at(0).presentation, Scene::Presentation::Chat);
        QCOMPARE(s.scenes.at(1).presentation, Scene::Presentation::Document);
        QCOMPARE(s.scenes.at(2).presentation, Scene::Presentation::Spoken);
        const Line &message = s.scenes.at(0).lines.at(0);
        QCOMPARE(message.time, u"21:14"_s);
        QVERIFY(message.photo.has_value());
        QCOMPARE(message.photo->file, u"media/office.svg"_s);
        QCOMPARE(message.photo->alt.text(u"en"_s), u"An office building"_s);
        QVERIFY(s.scenes.at(0).lines.size() < 2 || s.scenes.at(0).lines.at(1).time.isEmpty());
    }

    void olderFilesMeanWhatTheyMeant()
    {
        const LoadResult result =
            ScenarioLoader(m_catalog).loadFile(QStringLiteral(SASKATI_TEST_DATA) + u"/valid/minimal.json"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.scenario->perspective, Scenario::Perspective::Professional);
        for (const Scene &scene : result.scenario->scenes) {
            QCOMPARE(scene.presentation, Scene::Presentation::Spoken);
            for (const Line &line : scene.lines)
                QVERIFY(line.time.isEmpty() && !line.photo);
        }
    }

    // A reply in a conversation shown as spoken: a time on it is warned about as on a scene's line.
    void aReplysTimeOutsideAChatIsWarnedAbout()
    {
        const QString file = QStringLiteral(SASKATI_TEST_DATA) + u"/conversation/conversation.json"_s;
        Tree root = readTree(file);
        root.setMember(u"formatVersion"_s, Tree::number(3));
        at(root, u"scenes[1].moves[0].reply[0]")->setMember(u"time"_s, Tree::string(u"10:05"_s), u"id");
        const LoadResult spoken = ScenarioLoader(m_catalog).loadBytes(file, json::canonicalText(root));
        QVERIFY(spoken.ok());
        const auto warnings =
            std::count_if(spoken.diagnostics.begin(), spoken.diagnostics.end(), [](const auto &d) {
                return d.message.contains(u"line 'r-water' has a time or photo, which only a chat shows"_s);
            });
        QCOMPARE(warnings, 1);

        at(root, u"scenes[1]")->setMember(u"presentation"_s, Tree::string(u"chat"_s), u"id");
        const LoadResult chat = ScenarioLoader(m_catalog).loadBytes(file, json::canonicalText(root));
        QVERIFY(chat.ok());
        for (const Diagnostic &d : chat.diagnostics)
            QVERIFY2(!d.message.contains(u"only a chat shows"_s), qPrintable(d.toString()));
        QCOMPARE(chat.scenario->scenes.at(1).choices.at(0).reply.at(0).time, u"10:05"_s);
    }

    // Each row changes one thing in the valid file (a value, or "-" to remove the field) and expects a
    // message with these words for each field with the mistake (the chat and the document scene both have a
    // presentation), the first at the line of `key`.
    void mistakes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value"); // JSON text, or "-" to remove
        QTest::addColumn<Diagnostic::Severity>("severity");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("key"); // the line reported shows this field
        QTest::addColumn<int>("count");   // messages with the words (one per field that has the mistake)
        const auto error = Diagnostic::Severity::Error;
        QTest::newRow("format 2 with a perspective")
            << u"formatVersion"_s << u"2"_s << error
            << u"'perspective' came with scenario format version 3; write \"formatVersion\": 3"_s
            << u"\"perspective\""_s << 1;
        QTest::newRow("format 2 with a presentation")
            << u"formatVersion"_s << u"2"_s << error
            << u"'presentation' came with scenario format version 3"_s << u"\"presentation\": \"chat\""_s
            << 2;
        QTest::newRow("format 2 with a message's time")
            << u"formatVersion"_s << u"2"_s << error
            << u"a line's 'time' came with scenario format version 3"_s << u"\"time\""_s << 1;
        QTest::newRow("format 2 with a message's photo")
            << u"formatVersion"_s << u"2"_s << error
            << u"a line's 'photo' came with scenario format version 3"_s << u"\"photo\""_s << 1;
        QTest::newRow("an unknown perspective")
            << u"perspective"_s << u"\"victim\""_s << error << u"must be one of: professional, approached"_s
            << u"\"perspective\""_s << 1;
        QTest::newRow("an unknown presentation")
            << u"scenes[0].presentation"_s << u"\"video\""_s << error
            << u"must be one of: spoken, chat, document"_s << u"\"presentation\""_s << 1;
        QTest::newRow("a time past the day's end")
            << u"scenes[0].lines[0].time"_s << u"\"24:00\""_s << error
            << u"must be a time of day as HH:MM, e.g. \"21:14\""_s << u"\"time\""_s << 1;
        QTest::newRow("a time without its colon")
            << u"scenes[0].lines[0].time"_s << u"\"2114\""_s << error << u"must be a time of day as HH:MM"_s
            << u"\"time\""_s << 1;
        QTest::newRow("a photo without its text alternative")
            << u"scenes[0].lines[0].photo.alt"_s << u"-"_s << error << u"'alt'"_s << u"\"photo\""_s << 1;
        QTest::newRow("a photo of a file that is not there")
            << u"scenes[0].lines[0].photo.file"_s << u"\"media/none.png\""_s << error
            << u"media file 'media/none.png' does not exist"_s << u"\"file\""_s << 1;
        QTest::newRow("a photo the phones cannot show")
            << u"scenes[0].lines[0].photo.file"_s << u"\"minimal.json\""_s << Diagnostic::Severity::Warning
            << u"photo 'minimal.json' of"_s << u"\"file\""_s << 1;
        QTest::newRow("a time in a scene that is not a chat")
            << u"scenes[0].presentation"_s << u"\"spoken\""_s << Diagnostic::Severity::Warning
            << u"line 'l-anna-1' has a time or photo, which only a chat shows; write \"presentation\": \"chat\""_s
            << u"\"id\": \"l-anna-1\""_s << 1;
        QTest::newRow("a time that is a number")
            << u"scenes[0].lines[0].time"_s << u"2114"_s << error << u"'time' of"_s << u"\"time\""_s << 1;
    }

    void mistakes()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(Diagnostic::Severity, severity);
        QFETCH(QString, words);
        QFETCH(QString, key);
        QFETCH(int, count);
        Tree root = approached();
        const json::Path p = *json::parsePath(path);
        if (value == u"-") {
            json::Path parent = p;
            parent.removeLast();
            QVERIFY(root.at(parent)->removeMember(p.last().key));
        } else {
            json::ParseError parseError;
            const json::Document parsed = json::Document::parse(value.toUtf8(), &parseError);
            QVERIFY(!parseError.isError());
            *root.at(p) = Tree::from(parsed.root());
        }
        const QByteArray bytes = json::canonicalText(root);
        const LoadResult result = ScenarioLoader(m_catalog).loadBytes(m_file, bytes);
        QList<Diagnostic> matching;
        for (const Diagnostic &d : result.diagnostics)
            if (d.message.contains(words))
                matching.append(d);
        QVERIFY2(matching.size() == count,
                 qPrintable(u"%1 messages with the words; all: %2"_s.arg(matching.size())
                                .arg(testing::errorsOf(result).join(u'\n'))));
        const Diagnostic &d = matching.first();
        QCOMPARE(d.severity, severity);
        QCOMPARE(d.file, m_file);
        // A message about a whole object points at its opening brace: its id is on the next line.
        const bool atKey = lineOf(bytes, d.line).contains(key) ||
                           (key.startsWith(u"\"id\""_s) && lineOf(bytes, d.line).trimmed() == u"{"_s &&
                            lineOf(bytes, d.line + 1).contains(key));
        QVERIFY2(atKey, qPrintable(d.toString() + u" | "_s + lineOf(bytes, d.line)));
        QCOMPARE(result.ok(), severity == Diagnostic::Severity::Warning);
    }
};

QTEST_GUILESS_MAIN(TestApproachedFormat)
#include "tst_approachedformat.moc"
