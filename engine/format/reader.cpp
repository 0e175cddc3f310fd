// The readers of single values: format versions, identifiers, type names for messages, localized texts.
#include "reader.h"

using namespace Qt::StringLiterals;

namespace saskati {

std::optional<int> readFormatVersion(ObjectReader &reader, QStringView field, int oldest, int newest,
                                     const QString &format)
{
    const json::Value v = reader.value(field, true);
    if (!v.isValid())
        return std::nullopt;
    const double number = v.isNumber() ? v.toDouble() : 0;
    if (v.isNumber() && number >= oldest && number <= newest && number == int(number))
        return int(number);
    Reporter &reporter = reader.reporter();
    const QString known =
        oldest == newest ? u"version %1"_s.arg(newest) : u"versions %1 to %2"_s.arg(oldest).arg(newest);
    if (v.isNumber())
        reporter.error(v.offset(), u"%1 format version %2 is not supported: this Saskati reads %3; "
                                   u"update Saskati or convert the file (%4)"_s.arg(format)
                                       .arg(number)
                                       .arg(known, reporter.formatDocument()));
    else
        reporter.error(v.offset(), u"'%1' of %2 must be a number, not %3; this Saskati reads %4 format "
                                   u"%5: write \"%1\": %6 if the file follows %7"_s.arg(field)
                                       .arg(reader.what(), describeType(v), format, known)
                                       .arg(newest)
                                       .arg(reporter.formatDocument()));
    reader.ignoreRemainingFields();
    return std::nullopt;
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

namespace {

// One translation of a text: its member, its language, and which declared language that is (-1: none).
struct Translation {
    json::Value member;
    QString language;
    qsizetype declared = -1;
};

// The declared code when the key is one (shared, not decoded again), else the key.
Translation translationOf(json::Value member, const QStringList *languages)
{
    if (languages)
        for (qsizetype i = 0; i < languages->size(); ++i)
            if (member.keyEquals(languages->at(i)))
                return {member, languages->at(i), i};
    return {member, member.key(), -1};
}

// Which translations a text has so far: declared languages by bit (no search), others by their code.
class LanguagesSeen {
public:
    explicit LanguagesSeen(const LocalizedTextWriter &writer)
        : m_writer(writer)
    {}
    bool has(const Translation &t) const
    {
        return t.declared >= 0 && t.declared < 64 ? (m_bits >> t.declared) & 1 : m_writer.has(t.language);
    }
    /// Every one of the first `count` declared languages.
    bool hasAllOf(qsizetype count) const { return count < 64 && m_bits == (quint64(1) << count) - 1; }
    void add(const Translation &t)
    {
        if (t.declared >= 0 && t.declared < 64)
            m_bits |= quint64(1) << t.declared;
    }

private:
    const LocalizedTextWriter &m_writer;
    quint64 m_bits = 0;
};

} // namespace

LocalizedText readText(Reporter &reporter, json::Value value, const std::function<QString()> &what,
                       const QStringList *languages)
{
    if (!value.isObject()) {
        reporter.error(value.offset(),
                       u"%1 must be an object of translations such as {\"lv\": \"...\", \"en\": "
                       u"\"...\"}, not %2"_s.arg(what(), describeType(value)));
        return {};
    }
    // Every translation decoded straight into the text's one block: no QString each.
    QVarLengthArray<Translation, 4> translations;
    qsizetype capacity = 0;
    for (json::Value member : value) {
        translations.append(translationOf(member, languages));
        capacity += LocalizedTextWriter::room(translations.last().language, member.writtenSize());
    }
    LocalizedTextWriter writer(capacity);
    LanguagesSeen seen(writer);
    QList<std::pair<QString, QString>> repeated; // a language written twice: the last one counts, as set()
    for (const Translation &t : std::as_const(translations)) {
        const QString &language = t.language;
        if (!t.member.isString()) {
            // Present, if wrong: no second "has no translation" error.
            if (seen.has(t))
                repeated.append({language, QString()});
            else
                writer.end(writer.begin(language));
            seen.add(t);
            reporter.error(t.member.offset(), u"the '%1' translation of %2 must be a string, not %3"_s.arg(
                                                  language, what(), describeType(t.member)));
            continue;
        }
        if (languages && !languages->isEmpty() && t.declared < 0) {
            reporter.warning(t.member.keyOffset(),
                             u"%1 has a '%2' translation, but '%2' is not in the scenario's "
                             u"'languages'; add it there or remove this translation"_s.arg(what(), language));
        }
        QStringView text;
        if (seen.has(t)) {
            repeated.append({language, t.member.toString()});
            text = repeated.last().second;
        } else {
            char16_t *start = writer.begin(language);
            char16_t *end = t.member.decodeTo(start);
            writer.end(end);
            text = QStringView(start, end);
        }
        seen.add(t);
        if (text.trimmed().isEmpty())
            reporter.error(t.member.offset(),
                           u"the '%1' translation of %2 is empty; write the text"_s.arg(language, what()));
    }
    LocalizedText text = writer.take();
    for (const auto &[language, translation] : std::as_const(repeated))
        text.set(language, translation);
    if (languages && !seen.hasAllOf(languages->size())) {
        for (const QString &language : *languages) {
            if (!text.has(language))
                reporter.error(value.offset(),
                               u"%1 has no '%2' translation; add \"%2\": \"...\""_s.arg(what(), language));
        }
    }
    return text;
}

} // namespace saskati
