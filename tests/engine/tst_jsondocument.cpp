#include "jsondocument.h"
#include "localizedtext.h"
#include "sourcemap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

Q_DECLARE_METATYPE(saskati::json::ParseError::Kind)

class TestJsonDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("object") << QByteArray(
            "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}");
        QTest::newRow("numbers") << QByteArray("[0, -0, 1.5, -2e10, 3E-2, 12345678901234567890]");
        QTest::newRow("escapes") << QByteArray(
            "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\", \"\\u0101\\u017e\", \"\\ud83d\\ude00\"]");
        QTest::newRow("latvian") << QByteArray("{\"t\": \"Bāriņtiesa, Liepāja — ģimene\"}");
        QTest::newRow("empty containers") << QByteArray("{\"a\": {}, \"b\": []}");
        QTest::newRow("whitespace") << QByteArray(" \r\n\t{ \"a\" : [ 1 , 2 ] } \n");
        QTest::newRow("surrogate pair, upper case") << QByteArray("[\"\\uD83D\\uDE00 \\uDBFF\\uDFFF\"]");
        QTest::newRow("escaped backslash, then ud800") << QByteArray("[\"\\\\ud800\"]");
        QTest::newRow("surrogate pair in a key") << QByteArray("{\"\\ud83d\\ude00\": 1}");
        QTest::newRow("four-byte UTF-8") << QByteArray("[\"\xF0\x9F\x98\x80 ā ꙮ\", \"\"]");
        QTest::newRow("four-byte UTF-8, escapes between")
            << QByteArray("[\"\xF0\x9F\x98\x80 ā\\n\\u017e ꙮ\"]");
    }

    // Our parser must agree with Qt's on every valid document.
    void validDocuments()
    {
        QFETCH(QByteArray, json);
        json::ParseError error;
        const json::Document document = json::Document::parse(json, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QJsonParseError qtError;
        const QJsonDocument reference = QJsonDocument::fromJson(json, &qtError);
        QCOMPARE(qtError.error, QJsonParseError::NoError);
        QCOMPARE(json::toQJsonValue(document.root()),
                 reference.isObject() ? QJsonValue(reference.object()) : QJsonValue(reference.array()));
        checkDecodeTo(document.root());
    }

    // decodeTo (readers write texts in place with it) gives what toString gives, within writtenSize().
    static void checkDecodeTo(json::Value value)
    {
        for (json::Value item : value)
            checkDecodeTo(item);
        if (!value.isString())
            return;
        QList<char16_t> buffer(value.writtenSize());
        const char16_t *end = value.decodeTo(buffer.data());
        QVERIFY(end - buffer.constData() <= value.writtenSize());
        QCOMPARE(QStringView(buffer.constData(), end), value.toString());
    }

    // A reader done with most of a long array gives its nodes back; the parents, the rest of the array and
    // what follows it stay readable.
    void releasedValuesLeaveTheRestReadable()
    {
        QByteArray text = "{\"first\": 1, \"items\": [";
        for (int i = 0; i < 20000; ++i)
            text += (i > 0 ? ", {\"n\": " : "{\"n\": ") + QByteArray::number(i) + "}";
        text += "], \"last\": \"end\"}";
        json::ParseError error;
        json::Document document = json::Document::parse(text, &error);
        QVERIFY(!error.isError());
        const json::Value items = document.root().member(u"items");
        json::Value item = items.first();
        for (int i = 0; i < 15000; ++i)
            item = item.next();
        document.release(items.first(), item);
        int n = 15000;
        for (json::Value rest = item; rest.isValid(); rest = rest.next())
            QCOMPARE(rest.member(u"n").toDouble(), double(n++));
        QCOMPARE(n, 20000);
        QCOMPARE(items.size(), 20000);
        QCOMPARE(document.root().member(u"first").toDouble(), 1.0);
        QCOMPARE(document.root().member(u"last").toString(), u"end"_s);
    }

    // All translations share one block; the QStrings handed out stay valid after the text is gone.
    void localizedTextKeepsEveryTranslation()
    {
        LocalizedText text;
        QVERIFY(text.isEmpty());
        QCOMPARE(text.text(u"lv"_s), QString());
        text.set(u"lv"_s, u"Ķēde"_s);
        text.set(u"en"_s, u"Chain"_s);
        text.set(u"ru"_s, QString());
        QCOMPARE(text.languages(), QStringList({u"lv"_s, u"en"_s, u"ru"_s}));
        QVERIFY(text.has(u"ru"_s) && !text.has(u"de"_s) && !text.isEmpty());
        QCOMPARE(text.text(u"lv"_s), u"Ķēde"_s);
        QCOMPARE(text.text(u"de"_s), u"Chain"_s);         // the fallback, English
        QCOMPARE(text.text(u"de"_s, u"fr"_s), u"Ķēde"_s); // any text there is
        text.set(u"lv"_s, u"Garāka ķēde"_s);              // replaced in its place
        QCOMPARE(text.languages().first(), u"lv"_s);
        QCOMPARE(text.text(u"lv"_s), u"Garāka ķēde"_s);
        QString kept;
        {
            LocalizedText copy = text;
            QCOMPARE(copy, text);
            kept = copy.text(u"en"_s);
            copy.set(u"en"_s, u"Other"_s);
            QVERIFY(!(copy == text));
        }
        QCOMPARE(text.text(u"en"_s), u"Chain"_s);
        text = LocalizedText();
        QCOMPARE(kept, u"Chain"_s);
        QCOMPARE(kept.utf16()[kept.size()], u'\0'); // NUL-terminated
        kept.append(u" on"_s);
        QCOMPARE(kept, u"Chain on"_s);
    }

    void invalidDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << 0 << u"empty"_s;
        QTest::newRow("leading zero") << QByteArray("[01]") << 2 << u"expected ',' or ']'"_s;
        QTest::newRow("bare word") << QByteArray("[yes]") << 1 << u"unexpected character 'y'"_s;
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 1 << u"expected a key"_s;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << u"expected ':'"_s;
        QTest::newRow("missing comma") << QByteArray("[1 2]") << 3 << u"expected ',' or ']'"_s;
        QTest::newRow("trailing comma object") << QByteArray("{\"a\": 1,}") << 8 << u"trailing comma"_s;
        QTest::newRow("truncated number") << QByteArray("[1.") << 3 << u"digit must follow"_s;
        QTest::newRow("bad exponent") << QByteArray("[1e]") << 3 << u"digit must follow the exponent"_s;
        QTest::newRow("short unicode escape")
            << QByteArray("[\"\\u12\"]") << 2 << u"four hexadecimal digits"_s;
        QTest::newRow("control char") << QByteArray("[\"a\x01\"]") << 3 << u"control character"_s;
        QTest::newRow("overlong utf8") << QByteArray("[\"\xC0\xAF\"]") << 2 << u"UTF-8"_s;
        QTest::newRow("utf8 surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << 2 << u"UTF-8"_s;
        QTest::newRow("cut utf8") << QByteArray("[\"\xC4") << 2 << u"truncated"_s;
        QTest::newRow("unclosed array") << QByteArray("[1, 2") << 5 << u"ends inside an array"_s;
        QTest::newRow("unclosed object") << QByteArray("{\"a\": 1") << 7 << u"ends inside an object"_s;
        QTest::newRow("two values") << QByteArray("{} {}") << 3 << u"after the end"_s;
        // A NUL byte was reported as the grammar error it looked like ("expected a key in double quotes").
        QTest::newRow("nul byte") << QByteArray("{\0}", 3) << 1 << u"NUL byte at byte offset 1"_s;
        QTest::newRow("too deep") << QByteArray(100, '[') << 64 << u"nested too deeply"_s;
    }

    void invalidDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        QFETCH(QString, words);
        json::ParseError error;
        const json::Document document = json::Document::parse(json, &error);
        QVERIFY(error.isError());
        QVERIFY(!document.root().isValid());
        QCOMPARE(error.offset, offset);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
    }

    // A lone surrogate escape passed silently (QJsonDocument makes it U+FFFD); a NUL byte was reported as the
    // grammar error it looked like; a UTF-16 file as "unexpected byte 0xff".
    void notTextOrNoCharacter_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset");
        QTest::addColumn<json::ParseError::Kind>("kind");
        QTest::addColumn<QString>("words");
        using Kind = json::ParseError::Kind;
        const QString half = u"half of a UTF-16 surrogate pair without its other half"_s;
        QTest::newRow("lone high surrogate")
            << QByteArray("[\"a\\ud800\"]") << 3 << Kind::Surrogate << u"\\ud800 is "_s + half;
        QTest::newRow("lone low surrogate")
            << QByteArray("[\"\\uDC00\"]") << 2 << Kind::Surrogate << u"\\udc00 is "_s + half;
        QTest::newRow("high surrogate, then a letter")
            << QByteArray("[\"\\ud83dx\"]") << 2 << Kind::Surrogate << half;
        QTest::newRow("high surrogate, then another escape")
            << QByteArray("[\"\\ud83d\\n\"]") << 2 << Kind::Surrogate << half;
        QTest::newRow("two high surrogates")
            << QByteArray("[\"\\ud83d\\ud83d\"]") << 2 << Kind::Surrogate << half;
        QTest::newRow("pair in the wrong order")
            << QByteArray("[\"\\ude00\\ud83d\"]") << 2 << Kind::Surrogate << u"\\ude00 is "_s + half;
        QTest::newRow("high surrogate at the end of the text")
            << QByteArray("[\"\\ud83d") << 2 << Kind::Surrogate << half;
        QTest::newRow("lone surrogate in a key")
            << QByteArray("{\"\\udfff\": 1}") << 2 << Kind::Surrogate << half;
        QTest::newRow("nul in a string") << QByteArray("[\"a\0\"]", 5) << 3 << Kind::NotText
                                         << u"NUL byte at byte offset 3; the file is not text"_s;
        QTest::newRow("nul after the value") << QByteArray("{}\0", 3) << 2 << Kind::NotText << u"NUL byte"_s;
        QTest::newRow("nul where a number goes on")
            << QByteArray("[1\0]", 4) << 2 << Kind::NotText << u"NUL byte"_s;
        QTest::newRow("utf-16 without byte-order mark")
            << QByteArray("{\0\"\0a\0\"\0:\0 \0\x31\0}\0", 16) << 1 << Kind::NotText << u"NUL byte"_s;
        QTest::newRow("utf-16le byte-order mark")
            << QByteArray("\xFF\xFE{\0}\0", 6) << 0 << Kind::NotText << u"UTF-16"_s;
        QTest::newRow("utf-16be byte-order mark")
            << QByteArray("\xFE\xFF\0{\0}", 6) << 0 << Kind::NotText << u"UTF-16"_s;
        // A grammar error before the first NUL byte is reported as it is.
        QTest::newRow("error before a nul")
            << QByteArray("[yes, \0]", 8) << 1 << Kind::Syntax << u"unexpected character 'y'"_s;
    }

    void notTextOrNoCharacter()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        QFETCH(json::ParseError::Kind, kind);
        QFETCH(QString, words);
        json::ParseError error;
        const json::Document document = json::Document::parse(json, &error);
        QVERIFY(error.isError());
        QVERIFY(!document.root().isValid());
        QCOMPARE(error.offset, offset);
        QCOMPARE(error.kind, kind);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
    }

    void offsetsOfValues()
    {
        const QByteArray json = "{\n  \"name\": \"Līga\",\n  \"list\": [10, {\"x\": true}]\n}";
        json::ParseError error;
        const json::Document d = json::Document::parse(json, &error);
        const json::Value name = d.root().member(u"name");
        QCOMPARE(name.toString(), u"Līga"_s);
        QCOMPARE(json.mid(name.offset(), 1), QByteArray("\""));
        QCOMPARE(name.keyOffset(), 4);
        const json::Value list = d.root().member(u"list");
        QCOMPARE(list.size(), 2);
        QCOMPARE(json.mid(list.first().offset(), 2), QByteArray("10"));
        QCOMPARE(list.first().next().member(u"x").toBool(), true);
        QVERIFY(!d.root().member(u"missing").isValid());
    }

    void duplicateKeysAreReported()
    {
        json::ParseError error;
        const json::Document d =
            json::Document::parse("{\"a\": 1, \"b\": {\"c\": 1, \"c\": 2}, \"a\": 3}", &error);
        QVERIFY(!error.isError());
        QCOMPARE(d.duplicateKeys().size(), 2u);
        QCOMPARE(d.duplicateKeys()[0].key, u"c"_s);
        QCOMPARE(d.duplicateKeys()[1].key, u"a"_s);
    }

    void sourcePositions_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
        QTest::newRow("same line") << QByteArray("abc") << 2 << 1 << 3;
        QTest::newRow("second line") << QByteArray("ab\ncd") << 4 << 2 << 2;
        QTest::newRow("after newline") << QByteArray("ab\n") << 3 << 2 << 1;
        QTest::newRow("multibyte counts once") << QByteArray("\"ā\": 1") << 5 << 1 << 5;
        QTest::newRow("crlf") << QByteArray("a\r\nb") << 3 << 2 << 1;
        QTest::newRow("past the end is clamped") << QByteArray("ab") << 99 << 1 << 3;
        QTest::newRow("four-byte character counts once")
            << QByteArray("\"\xF0\x9F\x98\x80\": 1") << 6 << 1 << 4;
        // A UTF-8 byte-order mark made every column of line 1 one too large.
        QTest::newRow("byte-order mark is no column") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << 3 << 1 << 1;
        QTest::newRow("after the byte-order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << 9 << 1 << 7;
        QTest::newRow("inside the byte-order mark") << QByteArray("\xEF\xBB\xBF{}") << 2 << 1 << 1;
        QTest::newRow("byte-order mark, line 2") << QByteArray("\xEF\xBB\xBF{\n\"a\": 1}") << 6 << 2 << 2;
        QTest::newRow("no byte-order mark after line 1") << QByteArray("{\n\xEF\xBB\xBF"
                                                                       "1}")
                                                         << 5 << 2 << 2;
    }

    void sourcePositions()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        const SourcePosition p = SourceMap(text).position(offset);
        QCOMPARE(p.line, line);
        QCOMPARE(p.column, column);
    }

    // The map against a plain walk over the bytes, at every offset, asked in three orders: lines far longer
    // than the map's checkpoints (a minified file), many lines, CRLF, multibyte characters across checkpoint
    // boundaries, a byte-order mark. position() counted every column from its line's start (quadratic on one
    // long line); the faster lookup must give the same answers.
    void positionsAtEveryOffset_data()
    {
        QTest::addColumn<QByteArray>("text");
        QByteArray latvian;
        for (int i = 0; i < 3000; ++i)
            latvian += QByteArray("{\"t\": \"Liepāja — ģimene \xF0\x9F\x98\x80\"}, ").left(17 + i % 25);
        QByteArray lines;
        for (int i = 0; i < 4000; ++i)
            lines += QByteArray("  \"key\": \"vērtība\",\n").left(i % 23) + '\n';
        QByteArray crlf;
        for (int i = 0; i < 2000; ++i)
            crlf += "\"ā\": 1,\r\n";
        QTest::newRow("one long ASCII line") << QByteArray(70000, 'x');
        QTest::newRow("one long line, multibyte") << latvian;
        QTest::newRow("many lines") << lines;
        QTest::newRow("crlf") << crlf;
        QTest::newRow("byte-order mark, long first line") << QByteArray("\xEF\xBB\xBF") + latvian.left(5000);
        QTest::newRow("empty") << QByteArray();
    }

    void positionsAtEveryOffset()
    {
        QFETCH(QByteArray, text);
        std::vector<SourcePosition> expected;
        const bool byteOrderMark = text.startsWith("\xEF\xBB\xBF");
        SourcePosition at{1, 1};
        for (qsizetype i = 0; i <= text.size(); ++i) {
            expected.push_back(at);
            if (i == text.size())
                break;
            // A column per byte that starts a UTF-8 sequence (not 10xxxxxx), none for the byte-order mark.
            const unsigned char c = static_cast<unsigned char>(text.at(i));
            if (c == '\n')
                at = {at.line + 1, 1};
            else if ((c & 0xC0) != 0x80 && !(byteOrderMark && i < 3))
                ++at.column;
        }
        const SourceMap map(text);
        const qsizetype size = text.size();
        auto check = [&](qsizetype offset) {
            const SourcePosition p = map.position(offset);
            const SourcePosition &e = expected[size_t(offset)];
            if (p.line != e.line || p.column != e.column) {
                QTest::qFail(qPrintable(u"offset %1: %2:%3, expected %4:%5"_s.arg(offset)
                                            .arg(p.line)
                                            .arg(p.column)
                                            .arg(e.line)
                                            .arg(e.column)),
                             __FILE__, __LINE__);
                return false;
            }
            return true;
        };
        for (qsizetype i = 0; i <= size; ++i)
            if (!check(i))
                return;
        for (qsizetype i = size; i >= 0; --i)
            if (!check(i))
                return;
        QRandomGenerator random(20261204);
        for (qsizetype n = 0; n <= size; ++n)
            if (!check(qsizetype(random.bounded(quint64(size) + 1))))
                return;
    }

    // Random bytes and random cuts of a valid document must give a document or an error, never a crash or
    // hang.
    void randomInputNeverCrashes()
    {
        const QByteArray valid = "{\"a\": [1, 2.5, \"x\\u00e9\", {\"b\": null}], \"c\": \"Liepāja\"}";
        QRandomGenerator random(20261129);
        for (int round = 0; round < 5000; ++round) {
            QByteArray input = valid;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(input.size()));
                switch (random.bounded(3)) {
                case 0:
                    input[at] = char(random.bounded(256));
                    break;
                case 1:
                    input.truncate(at);
                    break;
                default:
                    input.insert(at, char(random.bounded(256)));
                    break;
                }
                if (input.isEmpty())
                    break;
            }
            json::ParseError error;
            const json::Document d = json::Document::parse(input, &error);
            QCOMPARE(d.root().isValid(), !error.isError());
            if (error.isError())
                QVERIFY(error.offset >= 0 && error.offset <= input.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
