// The passwords the app keeps for the server (engine/server/serverpasswords.h): PostgreSQL's password-file
// format both ways (escapes, wildcards, comments, a socket folder as libpq matches it, CRLF lines), one line
// per server and account, a file and folder only the owner can read, a line break refused, and a file others
// can read refused as libpq refuses it, and writers at once losing nothing.
#include "serveraddress.h"
#include "serverpasswords.h"
#include "syncsettings.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace saskati;
using namespace Qt::StringLiterals;

namespace {

ServerAddress addressOf(const QString &url)
{
    const Result<ServerAddress> address = ServerAddress::parse(url);
    return address ? *address : ServerAddress();
}

void writeFile(const QString &path, const QByteArray &text, QFile::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    QVERIFY(file.setPermissions(permissions));
}

} // namespace

class TestServerPasswords : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lookupReadsLibpqsFormat_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        const QByteArray lines = "# a comment:with:colons:and:more\n"
                                 "db.example.lv:5432:saskati:anna:first\\:half\\\\second\n"
                                 "*:5432:saskati:janis:any-host\n"
                                 "/run/postgresql:6543:saskati:ilze:on-a-socket\r\n"
                                 "localhost:5432:saskati:olga:default-socket\n"
                                 "db.example.lv:5432:saskati:*:everyone-else\n";
        QTest::newRow("escaped colon and backslash")
            << lines << u"postgresql://anna@db.example.lv/saskati"_s << u"first:half\\second"_s;
        QTest::newRow("wildcard host")
            << lines << u"postgresql://janis@other.example.lv/saskati"_s << u"any-host"_s;
        QTest::newRow("socket folder as given, CRLF line")
            << lines << u"postgresql://ilze@:6543/saskati?host=/run/postgresql"_s << u"on-a-socket"_s;
        QTest::newRow("Debian's socket folder is localhost")
            << lines << u"postgresql://olga@:5432/saskati?host=/var/run/postgresql"_s << u"default-socket"_s;
        QTest::newRow("wildcard account after the exact ones")
            << lines << u"postgresql://peteris@db.example.lv/saskati"_s << u"everyone-else"_s;
        QTest::newRow("another port matches nothing")
            << lines << u"postgresql://anna@db.example.lv:5433/saskati"_s << QString();
        QTest::newRow("no file") << QByteArray() << u"postgresql://anna@db.example.lv/saskati"_s << QString();
    }
    void lookupReadsLibpqsFormat()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, url);
        QFETCH(QString, password);
        QTemporaryDir folder;
        const QString path = folder.filePath(u"server.pgpass"_s);
        if (!file.isEmpty())
            writeFile(path, file, QFile::ReadOwner | QFile::WriteOwner);
        const ServerAddress address = addressOf(url);
        QVERIFY2(!address.host.isEmpty(), qPrintable(url));
        const Result<QString> found = serverpasswords::lookup(path, address);
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(*found, password);
    }

    void rememberKeepsOneLinePerAccountOwnerOnly()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"new-folder/server.pgpass"_s);
        const ServerAddress anna = addressOf(u"postgresql://anna@db.example.lv/saskati"_s);
        const ServerAddress janis = addressOf(u"postgresql://janis@db.example.lv/saskati"_s);
        QVERIFY(serverpasswords::remember(path, anna, u"old"_s));
        QVERIFY(serverpasswords::remember(path, janis, u"his:own\\one"_s));
        QVERIFY(serverpasswords::remember(path, anna, u"new"_s));
        QCOMPARE(QFile::permissions(path),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        // The folder it made is its owner's alone too.
        QCOMPARE(QFileInfo(folder.filePath(u"new-folder"_s)).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("db.example.lv:5432:saskati:anna:new\n"
                                            "db.example.lv:5432:saskati:janis:his\\:own\\\\one\n"));
        QCOMPARE(*serverpasswords::lookup(path, janis), u"his:own\\one"_s);

        QVERIFY(serverpasswords::forget(path, anna));
        QCOMPARE(*serverpasswords::lookup(path, anna), QString());
        QCOMPARE(*serverpasswords::lookup(path, janis), u"his:own\\one"_s);
        QVERIFY(serverpasswords::forget(path, janis));
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    // Writers keep passwords at the same moment, as two apps (each with its own results file) may: each reads
    // the file, changes its line and writes it back under the lock beside the file, so no one's line is lost.
    // Threads stand for the apps: flock(2) keeps two opened files apart alike in one process or in two.
    void writersAtOnceLoseNothing()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"saskati/server.pgpass"_s);
        constexpr int writers = 4;
        constexpr int accountsEach = 25;
        std::atomic<int> failed = 0;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back(QThread::create([&, w] {
                for (int i = 0; i < accountsEach; ++i)
                    if (!serverpasswords::remember(
                            path, addressOf(u"postgresql://w%1a%2@db.example.lv/saskati"_s.arg(w).arg(i)),
                            u"p%1"_s.arg(i)))
                        ++failed;
            }));
            threads.back()->start();
        }
        for (const auto &thread : threads)
            QVERIFY(thread->wait(120000));
        QCOMPARE(failed.load(), 0);
        for (int w = 0; w < writers; ++w)
            for (int i = 0; i < accountsEach; ++i)
                QCOMPARE(*serverpasswords::lookup(
                             path, addressOf(u"postgresql://w%1a%2@db.example.lv/saskati"_s.arg(w).arg(i))),
                         u"p%1"_s.arg(i));
        QVERIFY(!QFile::exists(path + u".lock"_s)); // the lock goes with the last writer
    }

    void aLineBreakIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::newRow("in the password") << u"postgresql://anna@db.example.lv/saskati"_s << u"one\ntwo"_s;
        QTest::newRow("carriage return") << u"postgresql://anna@db.example.lv/saskati"_s << u"one\rtwo"_s;
        QTest::newRow("in the account") << u"postgresql://an%0Ana@db.example.lv/saskati"_s << u"secret"_s;
    }
    void aLineBreakIsRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, password);
        QTemporaryDir folder;
        const QString path = folder.filePath(u"server.pgpass"_s);
        const ServerAddress address = addressOf(url);
        QVERIFY2(!address.host.isEmpty(), qPrintable(url));
        const Result<void> kept = serverpasswords::remember(path, address, password);
        QVERIFY(!kept);
        QCOMPARE(kept.error().code, u"password-file"_s);
        QVERIFY(!QFile::exists(path) || QFileInfo(path).size() == 0);
    }

    void aFileOthersCanReadIsRefused()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"server.pgpass"_s);
        writeFile(path, "*:*:*:*:secret\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const Result<QString> found =
            serverpasswords::lookup(path, addressOf(u"postgresql://anna@db.example.lv/saskati"_s));
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(u"chmod 600"_s), qPrintable(found.error().message));
        // Nothing is added to such a file either.
        QVERIFY(!serverpasswords::remember(path, addressOf(u"postgresql://anna@db.example.lv/saskati"_s),
                                           u"x"_s));
    }

    void anAddressThatCannotBeUsedIsSaidWithoutItsPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no scheme") << u"inese:Secret1@db.example.lv/saskati"_s;
        QTest::newRow("no slashes") << u"postgresql:inese:Secret1@db.example.lv/saskati"_s;
        QTest::newRow("a slash in the password") << u"postgresql://inese:Secret1/x@db.example.lv"_s;
        QTest::newRow("a question mark in it") << u"postgresql://inese:Secret1?x@db.example.lv/saskati"_s;
        QTest::newRow("an at sign in it") << u"postgresql://inese:Secret1@x@db.example.lv"_s;
        QTest::newRow("a line break in it") << u"postgresql://inese:Secret1\nx@db.example.lv"_s;
        QTest::newRow("another scheme") << u"mysql://inese:Secret1@db.example.lv/saskati"_s;
    }
    void anAddressThatCannotBeUsedIsSaidWithoutItsPassword()
    {
        QFETCH(QString, url);
        const Result<ServerAddress> address = ServerAddress::parse(url);
        QVERIFY(!address);
        QCOMPARE(address.error().code, u"address"_s);
        QVERIFY2(!address.error().message.contains(u"Secret1"_s), qPrintable(address.error().message));
    }

    void anAddressIsKeptWithoutItsPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("kept");
        QTest::newRow("password removed")
            << u"postgresql://anna:secret@db.example.lv:5432/saskati?sslrootcert=/etc/ca.crt"_s
            << u"postgresql://anna@db.example.lv:5432/saskati?sslrootcert=/etc/ca.crt"_s;
        QTest::newRow("no password") << u"postgresql://anna@db.example.lv/saskati"_s
                                     << u"postgresql://anna@db.example.lv/saskati"_s;
    }
    void anAddressIsKeptWithoutItsPassword()
    {
        QFETCH(QString, url);
        QFETCH(QString, kept);
        QCOMPARE(SyncSettings::withoutPassword(url), kept);
    }
};

QTEST_GUILESS_MAIN(TestServerPasswords)
#include "tst_serverpasswords.moc"
