#include "diagnostic.h"
#include "result.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saskati;

namespace {

Result<int> half(int n)
{
    if (n % 2 != 0)
        return Error(u"%1 is odd"_s.arg(n), u"numbers.json"_s, 3, 7);
    return n / 2;
}

Result<void> checkEven(int n)
{
    Result<int> halved = half(n);
    if (!halved)
        return halved.error();
    return {};
}

} // namespace

class TestResult : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errorToString_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("hasLocation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no place") << u"The disk is full."_s << QString() << 0 << 0 << false
                                  << u"The disk is full."_s;
        QTest::newRow("file only") << u"Cannot read it."_s << u"a.json"_s << 0 << 0 << true
                                   << u"a.json: Cannot read it."_s;
        QTest::newRow("file, line and column") << u"Expected a value."_s << u"a.json"_s << 12 << 5 << true
                                               << u"a.json:12:5: Expected a value."_s;
        QTest::newRow("message with %1")
            << u"100%1 sure"_s << u"b.json"_s << 1 << 2 << true << u"b.json:1:2: 100%1 sure"_s;
    }

    void errorToString()
    {
        QFETCH(QString, message);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, hasLocation);
        QFETCH(QString, expected);
        const Error error(message, file, line, column);
        QCOMPARE(error.hasLocation(), hasLocation);
        QCOMPARE(error.toString(), expected);
        QCOMPARE(error.message, message);
        QVERIFY(error.code.isEmpty());
    }

    void errorWithCode()
    {
        const Error error = Error::withCode(u"bad_pin"_s, u"The PIN is wrong."_s);
        QCOMPARE(error.code, u"bad_pin"_s);
        QCOMPARE(error.toString(), u"The PIN is wrong."_s);
    }

    void resultOfValue_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("even") << 8 << true << 4 << QString();
        QTest::newRow("zero") << 0 << true << 0 << QString();
        QTest::newRow("odd") << 7 << false << 0 << u"numbers.json:3:7: 7 is odd"_s;
    }

    void resultOfValue()
    {
        QFETCH(int, input);
        QFETCH(bool, ok);
        QFETCH(int, value);
        QFETCH(QString, error);
        Result<int> result = half(input);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(static_cast<bool>(result), ok);
        QCOMPARE(result.valueOr(-1), ok ? value : -1);
        if (ok) {
            QCOMPARE(result.value(), value);
            QCOMPARE(*result, value);
        } else {
            QCOMPARE(result.error().toString(), error);
            QCOMPARE(result.error().line, 3);
        }

        const Result<void> checked = checkEven(input);
        QCOMPARE(checked.ok(), ok);
        QCOMPARE(checked.error().toString(), error);
    }

    void resultOfClass()
    {
        Result<QString> name = u"Anna"_s;
        QVERIFY(name);
        QCOMPARE(name->size(), 4);
        name.value().append(u'!');
        QCOMPARE(*name, u"Anna!"_s);
        const QString moved = std::move(name).value();
        QCOMPARE(moved, u"Anna!"_s);

        const Result<QString> failed = Error(u"No name."_s);
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, u"No name."_s);
        QVERIFY(!failed.error().hasLocation());
    }

    void resultOfVoid()
    {
        const Result<void> success{};
        QVERIFY(success.ok());
        QVERIFY(success.error().message.isEmpty());
        const Result<void> failure = Error(u"Could not save."_s);
        QVERIFY(!failure);
        QCOMPARE(failure.error().toString(), u"Could not save."_s);
    }

    void diagnosticIsAnError()
    {
        const Diagnostic diagnostic(u"s.json"_s, 4, 9, Diagnostic::Severity::Warning, u"Unused."_s);
        QCOMPARE(diagnostic.toString(), u"s.json:4:9: warning: Unused."_s);
        const Error &error = diagnostic;
        QCOMPARE(error.toString(), u"s.json:4:9: Unused."_s);
        const Result<void> failed = Error(diagnostic);
        QCOMPARE(failed.error().line, 4);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
