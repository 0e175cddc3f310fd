#include "event.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {
const QStringList s_typeIds = {u"start"_s,  u"flag"_s,      u"unflag"_s,  u"choose"_s, u"referral"_s,
                               u"answer"_s, u"step-back"_s, u"abandon"_s, u"vote"_s,   u"feedback"_s};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString eventTypeId(Event::Type type)
{
    return s_typeIds.at(int(type));
}

bool eventTypeFromId(const QString &id, Event::Type *type)
{
    const auto index = s_typeIds.indexOf(id);
    if (index < 0)
        return false;
    *type = Event::Type(index);
    return true;
}

QJsonObject Event::toJson() const
{
    return QJsonObject{{u"seq"_s, sequence},
                       {u"time"_s, isoTime(timestamp)},
                       {u"type"_s, eventTypeId(type)},
                       {u"payload"_s, payload}};
}

Result<Event> Event::fromJson(const QJsonObject &json)
{
    Event e;
    if (!json.value(u"seq"_s).isDouble())
        return Error(u"an event needs a numeric 'seq'"_s);
    e.sequence = json.value(u"seq"_s).toInteger();
    e.timestamp = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    if (!e.timestamp.isValid())
        return Error(u"event %1 has no valid 'time' (ISO 8601, UTC)"_s.arg(e.sequence));
    e.timestamp = e.timestamp.toUTC();
    if (!eventTypeFromId(json.value(u"type"_s).toString(), &e.type))
        return Error(
            u"event %1 has an unknown 'type'; use one of %2"_s.arg(e.sequence).arg(s_typeIds.join(u", "_s)));
    e.payload = json.value(u"payload"_s).toObject();
    return e;
}

} // namespace saskati
