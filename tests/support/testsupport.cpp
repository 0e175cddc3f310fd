#include "testsupport.h"

#include "backgroundwork.h"
#include "resultsstore.h"
#include "seminarcontroller.h"
#include "serveraddress.h"
#include "serverconnection.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QVariantMap &fixtureStore()
{
    static QVariantMap fixtures;
    return fixtures;
}

std::vector<std::unique_ptr<QWebSocket>> &phones()
{
    static std::vector<std::unique_ptr<QWebSocket>> list;
    return list;
}
} // namespace

int TestSupport::seed()
{
    static const int seed = qEnvironmentVariableIsSet("SASKATI_TEST_SEED")
                                ? qEnvironmentVariableIntValue("SASKATI_TEST_SEED")
                                : int(QDateTime::currentMSecsSinceEpoch() % 1000000);
    return seed;
}

QVariant TestSupport::fixture(const QString &name) const
{
    return fixtureStore().value(name);
}

void TestSupport::setFixtures(const QVariantMap &fixtures)
{
    fixtureStore() = fixtures;
}

QString TestSupport::readText(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool TestSupport::joinPhone(const QString &joinUrl, const QString &name)
{
    const QUrl page(joinUrl);
    const QString pin = QUrlQuery(page).queryItemValue(u"pin"_s);
    auto socket = std::make_unique<QWebSocket>(u"http://%1:%2"_s.arg(page.host()).arg(page.port()));
    QEventLoop loop;
    bool joined = false;
    QObject::connect(socket.get(), &QWebSocket::connected, &loop, [&] {
        const QJsonObject join{
            {u"type"_s, u"join"_s}, {u"pin"_s, pin}, {u"name"_s, name}, {u"language"_s, u"lv"_s}};
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(join).toJson(QJsonDocument::Compact)));
    });
    QObject::connect(socket.get(), &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const QString type = QJsonDocument::fromJson(text.toUtf8()).object().value(u"type"_s).toString();
        if (type == u"joined" || type == u"error") {
            joined = type == u"joined";
            loop.quit();
        }
    });
    QObject::connect(socket.get(), &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    // Every message the phone gets is kept, the last of each type (phoneLast()).
    QWebSocket *phone = socket.get();
    QObject::connect(phone, &QWebSocket::textMessageReceived, phone, [phone](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        const QByteArray name = "last:" + message.value(u"type"_s).toString().toUtf8();
        phone->setProperty(name.constData(), message.toVariantMap());
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    socket->open(QUrl(u"ws://%1:%2/ws"_s.arg(page.host()).arg(page.port())));
    loop.exec();
    socket->disconnect(&loop);
    phones().push_back(std::move(socket));
    return joined;
}

bool TestSupport::allowManyPhonesFromOneAddress(QObject *seminarController)
{
    auto *controller = qobject_cast<saskati::SeminarController *>(seminarController);
    if (!controller || !controller->server())
        return false;
    saskati::JoinGuard::Limits limits;
    limits.addressJoins = 1000;
    controller->server()->setJoinLimits(limits);
    return true;
}

bool TestSupport::phoneSend(int phone, const QVariantMap &message)
{
    if (phone < 0 || phone >= int(phones().size()))
        return false;
    const QByteArray text =
        QJsonDocument(QJsonObject::fromVariantMap(message)).toJson(QJsonDocument::Compact);
    return phones()[phone]->sendTextMessage(QString::fromUtf8(text)) == text.size();
}

QVariantMap TestSupport::phoneLast(int phone, const QString &type) const
{
    if (phone < 0 || phone >= int(phones().size()))
        return {};
    const QByteArray name = "last:" + type.toUtf8();
    return phones()[phone]->property(name.constData()).toMap();
}

void TestSupport::dropPhones()
{
    phones().clear();
}

QString TestSupport::temporaryPath(const QString &name) const
{
    static QTemporaryDir folder;
    return folder.filePath(name);
}

bool TestSupport::makeDatabaseDueForBackup(const QString &path)
{
    saskati::ResultsStore store(path);
    return store.open().ok() && store.addParticipant(u"Backup Due"_s).ok() && store.backups().isEmpty();
}

bool TestSupport::addParticipant(const QString &path, const QString &name)
{
    saskati::ResultsStore store(path);
    return store.open().ok() && store.addParticipant(name).ok();
}

QStringList TestSupport::backups(const QString &path) const
{
    return saskati::ResultsStore(path).backups();
}

namespace {
const QString heldConnection = u"testsupport-held"_s;
}

bool TestSupport::holdDatabaseForReading(const QString &path)
{
    {
        saskati::ResultsStore store(path);
        if (!store.open().ok())
            return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, heldConnection);
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery q(db);
    // Back to the rollback journal (needs the file alone: nobody else has it yet), then a read that stays
    // open.
    if (!q.exec(u"PRAGMA journal_mode=DELETE"_s) || !q.next() || q.value(0).toString() != u"delete")
        return false;
    q.finish();
    return q.exec(u"BEGIN"_s) && q.exec(u"SELECT count(*) FROM participants"_s) && q.next();
}

void TestSupport::releaseDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(heldConnection, false);
        QSqlQuery(db).exec(u"COMMIT"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(heldConnection);
}

void TestSupport::holdBackgroundWork(int milliseconds)
{
    saskati::BackgroundWork::setHoldForTesting(milliseconds);
}

int TestSupport::serverRows(const QString &table) const
{
    const saskati::Result<saskati::ServerAddress> admin =
        saskati::ServerAddress::parse(fixtureStore().value(u"serverAdminUrl"_s).toString());
    saskati::ServerConnection server;
    if (!admin || !server.open(*admin))
        return -1;
    const saskati::Result<QVariant> rows =
        server.value(u"SELECT count(*) FROM saskati.%1"_s.arg(table), {}, u"count the rows"_s);
    return rows ? rows->toInt() : -1;
}

QString TestSupport::permissions(const QString &path) const
{
    const QFileInfo file(path);
    if (!file.exists())
        return {};
    const QFile::Permissions p = file.permissions();
    const auto digit = [p](QFile::Permission r, QFile::Permission w, QFile::Permission x) {
        return QString::number((p & r ? 4 : 0) + (p & w ? 2 : 0) + (p & x ? 1 : 0));
    };
    return digit(QFile::ReadOwner, QFile::WriteOwner, QFile::ExeOwner) +
           digit(QFile::ReadGroup, QFile::WriteGroup, QFile::ExeGroup) +
           digit(QFile::ReadOther, QFile::WriteOther, QFile::ExeOther);
}
