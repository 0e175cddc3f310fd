// ObjectReader: one JSON object's fields with their types checked, and a warning for every field nobody read.
#include "objectreader.h"

#include "reader.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saskati {

ObjectReader::ObjectReader(Reporter &reporter, json::Value object, QString what, const QStringList *languages)
    : m_reporter(reporter)
    , m_object(object)
    , m_what(std::move(what))
    , m_languages(languages)
{
    if (!object.isObject())
        m_reporter.error(object.offset(),
                         u"%1 must be a JSON object ({...}), not %2"_s.arg(m_what, describeType(object)));
}

ObjectReader::~ObjectReader()
{
    if (!m_object.isObject() || m_ignoreRemaining)
        return;
    for (json::Value member : m_object) {
        if (std::any_of(m_known.begin(), m_known.end(),
                        [&](QStringView name) { return member.keyEquals(name); }))
            continue;
        const QString key = member.key();
        if (!key.startsWith(u'$') && !key.startsWith(u"//"))
            m_reporter.warning(member.keyOffset(),
                               u"unknown field '%1' in %2 is ignored; check its spelling (see %3)"_s.arg(
                                   key, what(), m_reporter.formatDocument()));
    }
}

const QString &ObjectReader::what() const
{
    if (!m_named) {
        m_what = u"%1 '%2'"_s.arg(m_kind, m_id);
        m_named = true;
    }
    return m_what;
}

qsizetype ObjectReader::offsetOf(QStringView name) const
{
    const json::Value v = m_object.member(name);
    return v.isValid() ? v.offset() : m_object.offset();
}

json::Value ObjectReader::value(QStringView name, bool required)
{
    if (!m_known.contains(name))
        m_known.append(name);
    if (!m_object.isObject())
        return {};
    const json::Value v = m_object.member(name);
    if (!v.isValid() && required)
        m_reporter.error(m_object.offset(), u"%1 has no '%2'; add the field"_s.arg(what(), name));
    return v;
}

json::Value ObjectReader::typed(QStringView name, bool required, bool (*isRight)(json::Value),
                                const QString &expected)
{
    const json::Value v = value(name, required);
    if (v.isValid() && !isRight(v)) {
        m_reporter.error(v.offset(),
                         u"'%1' of %2 must be %3, not %4"_s.arg(name, what(), expected, describeType(v)));
        return {};
    }
    return v;
}

namespace {

// False after an error if the number lies outside minimum..maximum. The bounds are written as the caller's
// type: an integer's as 1000000, not as 1e+06.
template <typename T>
bool inRange(Reporter &reporter, json::Value v, QStringView name, const ObjectReader &owner, T minimum,
             T maximum)
{
    const double d = v.toDouble();
    if (d < minimum || d > maximum) {
        reporter.error(
            v.offset(),
            u"'%1' of %2 must be between %3 and %4"_s.arg(name, owner.what()).arg(minimum).arg(maximum));
        return false;
    }
    return true;
}

} // namespace

QString ObjectReader::string(QStringView name, bool required, const QString &fallback)
{
    const json::Value v = typed(
        name, required, [](json::Value x) { return x.isString(); }, u"a string"_s);
    return v.isValid() ? v.toString() : fallback;
}

QString ObjectReader::identifier(QStringView name, bool required)
{
    const json::Value v = typed(
        name, required, [](json::Value x) { return x.isString(); }, u"an identifier string"_s);
    if (!v.isValid())
        return {};
    const QString id = v.toString();
    if (!isValidIdentifier(id)) {
        m_reporter.error(v.offset(),
                         u"'%1' of %2 is not a valid identifier: use lowercase letters, digits, '-', "
                         u"'_' and '.', starting with a letter or digit"_s.arg(name, what()));
        return {};
    }
    return id;
}

int ObjectReader::integer(QStringView name, bool required, int fallback, int minimum, int maximum)
{
    const json::Value v = typed(
        name, required,
        [](json::Value x) { return x.isNumber() && std::floor(x.toDouble()) == x.toDouble(); },
        u"a whole number"_s);
    if (!v.isValid() || !inRange(m_reporter, v, name, *this, minimum, maximum))
        return fallback;
    return int(v.toDouble());
}

double ObjectReader::number(QStringView name, bool required, double fallback, double minimum, double maximum)
{
    const json::Value v = typed(
        name, required, [](json::Value x) { return x.isNumber(); }, u"a number"_s);
    if (!v.isValid() || !inRange(m_reporter, v, name, *this, minimum, maximum))
        return fallback;
    return v.toDouble();
}

bool ObjectReader::boolean(QStringView name, bool required, bool fallback)
{
    const json::Value v = typed(
        name, required, [](json::Value x) { return x.isBool(); }, u"true or false"_s);
    return v.isValid() ? v.toBool() : fallback;
}

LocalizedText ObjectReader::text(QStringView name, bool required)
{
    const json::Value v = value(name, required);
    if (!v.isValid())
        return {};
    return readText(
        m_reporter, v, [&] { return u"'%1' of %2"_s.arg(name, what()); }, m_languages);
}

json::Value ObjectReader::array(QStringView name, bool required)
{
    return typed(
        name, required, [](json::Value x) { return x.isArray(); }, u"an array ([...])"_s);
}

QStringList ObjectReader::identifierList(QStringView name, bool required)
{
    QStringList ids;
    const json::Value v = array(name, required);
    for (json::Value item : v) {
        if (!item.isString() || !isValidIdentifier(item.toString())) {
            m_reporter.error(item.offset(),
                             u"every entry of '%1' in %2 must be an identifier string"_s.arg(name, what()));
            continue;
        }
        ids.append(item.toString());
    }
    return ids;
}

QString ObjectReader::oneOf(QStringView name, bool required, const QStringList &allowed,
                            const QString &fallback)
{
    const json::Value v = value(name, required);
    if (!v.isValid())
        return fallback;
    if (!v.isString() || !allowed.contains(v.toString())) {
        m_reporter.error(v.offset(),
                         u"'%1' of %2 must be one of: %3"_s.arg(name, what(), allowed.join(u", "_s)));
        return fallback;
    }
    return v.toString();
}

} // namespace saskati
