#include "reviewoptions.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saskati::cli {

int reviewUsage(const QString &message)
{
    err() << "saskati-cli: " << message << "\n(see saskati-cli help)\n";
    return Usage;
}

std::optional<ReviewFilter> reviewFilter(const Arguments &a)
{
    ReviewFilter filter;
    filter.from = QDate::fromString(a.option(u"from"_s), Qt::ISODate);
    filter.to = QDate::fromString(a.option(u"to"_s), Qt::ISODate);
    if ((!a.option(u"from"_s).isEmpty() && !filter.from.isValid()) ||
        (!a.option(u"to"_s).isEmpty() && !filter.to.isValid()))
        return std::nullopt;
    filter.scenario = a.option(u"scenario"_s);
    filter.lecturer = a.option(u"lecturer"_s);
    filter.seminar = a.option(u"seminar"_s);
    filter.role = a.option(u"role"_s);
    filter.participant = a.option(u"participant"_s);
    filter.municipality = a.option(u"municipality"_s);
    return filter;
}

std::unique_ptr<ResultsStore> openExistingStore(const Arguments &a)
{
    auto store = std::make_unique<ResultsStore>(a.option(u"database"_s, ResultsStore::defaultPath()));
    if (!QFileInfo::exists(store->path())) {
        err() << "saskati-cli: there is no results database at " << store->path() << '\n';
        return nullptr;
    }
    if (const auto opened = store->open(); !opened.ok()) {
        err() << "saskati-cli: " << opened.error.message << '\n';
        return nullptr;
    }
    return store;
}

} // namespace saskati::cli
