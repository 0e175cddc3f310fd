#include "syncsettings.h"

#include "resultsdatabase.h"
#include "serveraddress.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {
const QString s_address = u"server.address"_s;
const QString s_automatic = u"server.automatic"_s;
const QString s_lastComplete = u"sync.last_complete"_s;
} // namespace

SyncSettings SyncSettings::read(ResultsDatabase &store)
{
    SyncSettings settings;
    settings.address = store.setting(s_address);
    settings.automatic = store.setting(s_automatic) != u"off";
    settings.lastComplete = QDateTime::fromString(store.setting(s_lastComplete), Qt::ISODateWithMs);
    return settings;
}

Result<void> SyncSettings::save(ResultsDatabase &store) const
{
    ResultsDatabase::Transaction transaction(store);
    if (!transaction.began())
        return transaction.began();
    // "Everything was sent" was about the server this file synced with before.
    if (store.setting(s_address) != withoutPassword(address))
        if (Result<void> kept = store.setSetting(s_lastComplete, QString()); !kept)
            return kept;
    if (Result<void> kept = store.setSetting(s_address, withoutPassword(address)); !kept)
        return kept;
    if (Result<void> kept = store.setSetting(s_automatic, automatic ? u"on"_s : u"off"_s); !kept)
        return kept;
    return transaction.commit();
}

Result<void> SyncSettings::markComplete(ResultsDatabase &store, const ServerAddress &synced)
{
    // One transaction: a server chosen between the reading and the writing is not marked.
    ResultsDatabase::Transaction transaction(store);
    if (!transaction.began())
        return transaction.began();
    const Result<ServerAddress> own = ServerAddress::parse(store.setting(s_address));
    if (!own || own->host != synced.host || own->port != synced.port || own->database != synced.database ||
        own->account != synced.account)
        return {};
    if (Result<void> kept =
            store.setSetting(s_lastComplete, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        !kept)
        return kept;
    return transaction.commit();
}

QString SyncSettings::withoutPassword(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return url;
    return parsed.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
}

} // namespace saskati
