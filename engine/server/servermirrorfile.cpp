#include "servermirror.h"

#include "mirrorrows.h"
#include "resultsstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

// What a mirror file says about itself: where it lies, the settings that name what it copies, its
// municipalities.
namespace saskati {

QString ServerMirror::installationSetting()
{
    return u"mirror.installation"_s;
}

QString ServerMirror::accountSetting()
{
    return u"mirror.account"_s;
}

QString ServerMirror::refreshedSetting()
{
    return u"mirror.refreshed"_s;
}

QString ServerMirror::municipalitiesSetting()
{
    return u"mirror.municipalities"_s;
}

QString ServerMirror::serverSetting()
{
    return u"mirror.server"_s;
}

QString ServerMirror::snapshotSetting()
{
    return u"mirror.snapshot"_s;
}

QString ServerMirror::fullPassSetting()
{
    return u"mirror.full_pass"_s;
}

QString ServerMirror::erasuresSetting()
{
    return u"mirror.erasures_seen"_s;
}

QString ServerMirror::pathBeside(const QString &resultsPath)
{
    const QFileInfo results(resultsPath);
    return results.dir().filePath(results.completeBaseName() + u".server-copy.sqlite"_s);
}

bool ServerMirror::isMirror(ResultsStore &store)
{
    return !store.setting(installationSetting()).isEmpty();
}

QList<std::pair<QString, QString>> ServerMirror::municipalities(ResultsStore &mirror)
{
    const QJsonObject names =
        QJsonDocument::fromJson(mirror.setting(municipalitiesSetting()).toUtf8()).object();
    QList<std::pair<QString, QString>> found;
    QSqlQuery q(mirror.database());
    if (!q.exec(u"SELECT DISTINCT municipality FROM %1 WHERE set_name = 'attempts' AND municipality != '' "
                u"ORDER BY "
                u"1"_s.arg(mirrorrows::table())))
        return found;
    while (q.next()) {
        const QString id = q.value(0).toString();
        found.append({id, names.value(id).toString(id)});
    }
    return found;
}

} // namespace saskati
