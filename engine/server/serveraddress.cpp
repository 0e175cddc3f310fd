#include "serveraddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

const QStringList s_sslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                u"require"_s, u"verify-ca"_s, u"verify-full"_s};
const QStringList s_knownOptions = {u"sslmode"_s, u"sslrootcert"_s, u"connect_timeout"_s, u"host"_s};

// The address as an error says it, never with its password: QUrl's reading without it when the URL has the
// shape postgresql://ACCOUNT[:PASSWORD]@HOST/DATABASE, else only what follows the last '@' (a mistyped
// address may put the password anywhere: "anna:secret@host", "postgresql:anna:secret@host", a password with
// '/').
QString shownWithoutPassword(const QString &url, const QUrl &parsed)
{
    const bool wellFormed = parsed.isValid() && !parsed.host().isEmpty() &&
                            (parsed.scheme() == u"postgresql" || parsed.scheme() == u"postgres") &&
                            !parsed.path().contains(u'@') && !parsed.query().contains(u'@');
    if (wellFormed)
        return parsed.toDisplayString(QUrl::RemovePassword);
    const qsizetype at = url.lastIndexOf(u'@');
    return (at < 0 ? url : u"…@"_s + url.mid(at + 1)).simplified();
}

Error badAddress(const QString &url, const QString &why)
{
    return Error::withCode(u"address"_s, u"The server address '%1' cannot be used: %2."_s.arg(url, why));
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString shown = shownWithoutPassword(url, parsed);
    if (!parsed.isValid() || (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres"))
        return badAddress(shown, u"write it as postgresql://ACCOUNT@HOST:PORT/DATABASE (docs/server.md)"_s);
    ServerAddress address;
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        if (!s_knownOptions.contains(key))
            return badAddress(shown, u"'%1' is not an option Saskati knows; the options are %2"_s.arg(
                                         key, s_knownOptions.join(u", "_s)));
    // A socket folder is given as ?host=/run/postgresql, as libpq allows.
    address.host = query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded)
                                                 : parsed.host(QUrl::FullyDecoded);
    if (address.host.isEmpty())
        return badAddress(shown, u"it names no host; write postgresql://ACCOUNT@HOST/DATABASE"_s);
    address.port = parsed.port(5432);
    address.database = parsed.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return badAddress(shown, u"it names no database; end it with /DATABASE, e.g. /saskati"_s);
    address.account = parsed.userName(QUrl::FullyDecoded);
    if (address.account.isEmpty())
        return badAddress(shown, u"it names no account; write postgresql://ACCOUNT@HOST/DATABASE"_s);
    address.password = parsed.password(QUrl::FullyDecoded);
    // One host only (libpq would try a list in turn, and the TLS rule is decided on the first).
    if (address.host.contains(u','))
        return badAddress(shown, u"it names several hosts; give one"_s);
    address.sslRootCert = query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded);
    // The driver hands the options to libpq as "key=value" words: a path with a space, '=', ';' or a quote
    // could add options of its own (sslmode=disable).
    static const QRegularExpression unsafe(u"[\\s=;'\"\\\\]"_s);
    if (address.sslRootCert.contains(unsafe))
        return badAddress(shown,
                          u"the path of sslrootcert may not contain spaces, '=', ';', quotes or '\\'; move "
                          u"the certificate to a path without them"_s);
    if (query.hasQueryItem(u"connect_timeout"_s)) {
        bool number = false;
        address.connectTimeoutSeconds = query.queryItemValue(u"connect_timeout"_s).toInt(&number);
        if (!number || address.connectTimeoutSeconds < 1)
            return badAddress(shown, u"connect_timeout is a number of seconds, at least 1"_s);
    }
    address.sslMode = query.queryItemValue(u"sslmode"_s);
    if (address.sslMode.isEmpty())
        address.sslMode = address.isLocal() ? u"prefer"_s : u"verify-full"_s;
    if (!s_sslModes.contains(address.sslMode))
        return badAddress(shown, u"sslmode is one of %1"_s.arg(s_sslModes.join(u", "_s)));
    if (!address.isLocal() && address.sslMode != u"verify-full")
        return badAddress(shown, u"a server on another computer is reached over TLS with its certificate "
                                 u"checked: remove sslmode=%1 (or write sslmode=verify-full), and give the "
                                 u"authority's certificate as sslrootcert=FILE"_s.arg(address.sslMode));
    return address;
}

bool ServerAddress::isLocal() const
{
    // Loopback by its spelling: the engine does not link Qt Network, and a name other than "localhost" may
    // resolve anywhere.
    return host.startsWith(u'/') || host == u"localhost" || host == u"::1" || host == u"[::1]" ||
           QRegularExpression(u"^127(\\.[0-9]{1,3}){3}$"_s).match(host).hasMatch();
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(account);
    if (!host.startsWith(u'/'))
        url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCert);
    url.setQuery(query);
    return url.toDisplayString();
}

QString ServerAddress::connectOptions() const
{
    QStringList options{u"sslmode="_s + sslMode,
                        u"connect_timeout="_s + QString::number(connectTimeoutSeconds),
                        u"application_name=saskati"_s};
    if (!sslRootCert.isEmpty())
        options.append(u"sslrootcert="_s + sslRootCert);
    return options.join(u';');
}

} // namespace saskati
