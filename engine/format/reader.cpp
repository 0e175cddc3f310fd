#include "reader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace saskati {

void Reporter::add(qsizetype offset, Diagnostic::Severity severity, const QString &message)
{
    const SourcePosition pos = m_map ? m_map->position(offset) : SourcePosition{1, 1};
    m_out->append(Diagnostic{m_file, pos.line, pos.column, severity, message});
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
}

bool readFormatVersion(ObjectReader &reader, QStringView field, int known, const QString &format)
{
    const json::Value v = reader.value(field, true);
    if (!v.isValid())
        return false;
    if (v.isNumber() && v.toDouble() == known)
        return true;
    Reporter &reporter = reader.reporter();
    if (v.isNumber())
        reporter.error(v.offset(), u"%1 format version %2 is not supported: this Saskati reads version %3; "
                                   u"update Saskati or convert the file (%4)"_s.arg(format)
                                       .arg(v.toDouble())
                                       .arg(known)
                                       .arg(reporter.formatDocument()));
    else
        reporter.error(v.offset(), u"'%1' of %2 must be a number, not %3; this Saskati reads %4 format "
                                   u"version %5: write \"%1\": %5 if the file follows %6"_s.arg(field)
                                       .arg(reader.what(), describeType(v), format)
                                       .arg(known)
                                       .arg(reporter.formatDocument()));
    reader.ignoreRemainingFields();
    return false;
}

bool isValidIdentifier(const QString &id)
{
    if (id.isEmpty() || id.size() > 100)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'-' && c != u'_' && c != u'.')))
            return false;
    }
    return true;
}

QString describeType(json::Value value)
{
    if (!value.isValid())
        return u"nothing"_s;
    switch (value.type()) {
    case json::Type::Null:
        return u"null"_s;
    case json::Type::Bool:
        return u"a boolean"_s;
    case json::Type::Number:
        return u"a number"_s;
    case json::Type::String:
        return u"a string"_s;
    case json::Type::Array:
        return u"an array"_s;
    case json::Type::Object:
        return u"an object"_s;
    }
    return {};
}

LocalizedText readText(Reporter &reporter, json::Value value, const QString &what,
                       const QStringList *languages)
{
    LocalizedText text;
    if (!value.isObject()) {
        reporter.error(value.offset(),
                       u"%1 must be an object of translations such as {\"lv\": \"...\", \"en\": "
                       u"\"...\"}, not %2"_s.arg(what, describeType(value)));
        return text;
    }
    for (json::Value member : value) {
        // Share the declared language code instead of decoding a new string for every text.
        QString language;
        if (languages) {
            for (const QString &declared : *languages)
                if (member.keyEquals(declared))
                    language = declared;
        }
        if (language.isEmpty())
            language = member.key();
        if (!member.isString()) {
            text.set(language, QString()); // present, if wrong: no second "has no translation" error
            reporter.error(member.offset(), u"the '%1' translation of %2 must be a string, not %3"_s.arg(
                                                language, what, describeType(member)));
            continue;
        }
        if (languages && !languages->isEmpty() && !languages->contains(language)) {
            reporter.warning(member.keyOffset(),
                             u"%1 has a '%2' translation, but '%2' is not in the scenario's "
                             u"'languages'; add it there or remove this translation"_s.arg(what, language));
        }
        const QString s = member.toString();
        if (s.trimmed().isEmpty())
            reporter.error(member.offset(),
                           u"the '%1' translation of %2 is empty; write the text"_s.arg(language, what));
        text.set(language, s);
    }
    if (languages) {
        for (const QString &language : *languages) {
            if (!text.has(language))
                reporter.error(value.offset(),
                               u"%1 has no '%2' translation; add \"%2\": \"...\""_s.arg(what, language));
        }
    }
    return text;
}

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
                                   key, m_what, m_reporter.formatDocument()));
    }
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
        m_reporter.error(m_object.offset(), u"%1 has no '%2'; add the field"_s.arg(m_what, name));
    return v;
}

void ObjectReader::typeError(json::Value value, QStringView name, const QString &expected)
{
    m_reporter.error(value.offset(),
                     u"'%1' of %2 must be %3, not %4"_s.arg(name, m_what, expected, describeType(value)));
}

QString ObjectReader::string(QStringView name, bool required, const QString &fallback)
{
    const json::Value v = value(name, required);
    if (!v.isValid())
        return fallback;
    if (!v.isString()) {
        typeError(v, name, u"a string"_s);
        return fallback;
    }
    return v.toString();
}

QString ObjectReader::identifier(QStringView name, bool required)
{
    const json::Value v = value(name, required);
    if (!v.isValid())
        return {};
    if (!v.isString()) {
        typeError(v, name, u"an identifier string"_s);
        return {};
    }
    const QString id = v.toString();
    if (!isValidIdentifier(id)) {
        m_reporter.error(v.offset(),
                         u"'%1' of %2 is not a valid identifier: use lowercase letters, digits, '-', "
                         u"'_' and '.', starting with a letter or digit"_s.arg(name, m_what));
        return {};
    }
    return id;
}

int ObjectReader::integer(QStringView name, bool required, int fallback, int minimum, int maximum)
{
    const json::Value v = value(name, required);
    if (!v.isValid())
        return fallback;
    if (!v.isNumber() || std::floor(v.toDouble()) != v.toDouble()) {
        typeError(v, name, u"a whole number"_s);
        return fallback;
    }
    const double d = v.toDouble();
    if (d < minimum || d > maximum) {
        m_reporter.error(
            v.offset(),
            u"'%1' of %2 must be between %3 and %4"_s.arg(name, m_what).arg(minimum).arg(maximum));
        return fallback;
    }
    return int(d);
}

double ObjectReader::number(QStringView name, bool required, double fallback, double minimum, double maximum)
{
    const json::Value v = value(name, required);
    if (!v.isValid())
        return fallback;
    if (!v.isNumber()) {
        typeError(v, name, u"a number"_s);
        return fallback;
    }
    const double d = v.toDouble();
    if (d < minimum || d > maximum) {
        m_reporter.error(
            v.offset(),
            u"'%1' of %2 must be between %3 and %4"_s.arg(name, m_what).arg(minimum).arg(maximum));
        return fallback;
    }
    return d;
}

bool ObjectReader::boolean(QStringView name, bool required, bool fallback)
{
    const json::Value v = value(name, required);
    if (!v.isValid())
        return fallback;
    if (!v.isBool()) {
        typeError(v, name, u"true or false"_s);
        return fallback;
    }
    return v.toBool();
}

LocalizedText ObjectReader::text(QStringView name, bool required)
{
    const json::Value v = value(name, required);
    if (!v.isValid())
        return {};
    return readText(m_reporter, v, u"'%1' of %2"_s.arg(name, m_what), m_languages);
}

json::Value ObjectReader::array(QStringView name, bool required)
{
    const json::Value v = value(name, required);
    if (v.isValid() && !v.isArray()) {
        typeError(v, name, u"an array ([...])"_s);
        return {};
    }
    return v;
}

QStringList ObjectReader::identifierList(QStringView name, bool required)
{
    QStringList ids;
    const json::Value v = array(name, required);
    for (json::Value item : v) {
        if (!item.isString() || !isValidIdentifier(item.toString())) {
            m_reporter.error(item.offset(),
                             u"every entry of '%1' in %2 must be an identifier string"_s.arg(name, m_what));
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
                         u"'%1' of %2 must be one of: %3"_s.arg(name, m_what, allowed.join(u", "_s)));
        return fallback;
    }
    return v.toString();
}

} // namespace saskati
