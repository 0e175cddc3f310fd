#include "participantmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

// In the order of ParticipantMessage::Type.
const QStringList s_types = {u"join"_s, u"resume"_s,   u"language"_s, u"flag"_s, u"unflag"_s,
                             u"vote"_s, u"referral"_s, u"answer"_s,   u"ping"_s, u"checkAnswer"_s};
const QStringList s_urgencies = {u"immediate"_s, u"same-day"_s, u"within-days"_s, u"when-ready"_s};

// A display name as people type it: spaces trimmed and collapsed, no control or format characters.
QString cleanName(const QString &raw)
{
    QString name;
    for (const QChar c : raw) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Other_NotAssigned || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            continue;
        name.append(c.isSpace() ? QChar(u' ') : c);
    }
    name = name.simplified();
    if (name.size() > maxNameLength) {
        name.truncate(maxNameLength);
        if (name.back().isHighSurrogate())
            name.chop(1);
    }
    return name;
}

/// Reads a message's fields. The first field missing (when required) or of the wrong kind is the message's
/// error; after it every read gives an empty value, and result() says what was wrong.
class FieldReader {
public:
    explicit FieldReader(const QJsonObject &o)
        : m_o(o)
    {}

    QString string(QLatin1StringView key, bool required, qsizetype maxLength)
    {
        const QJsonValue v = m_o.value(key);
        if (failed() || (v.isUndefined() && !required))
            return {};
        if (!v.isString())
            return fail(u"'%1' must be a string"_s.arg(key));
        const QString text = v.toString();
        if (text.size() > maxLength)
            return fail(u"'%1' is longer than %2 characters"_s.arg(key).arg(maxLength));
        return text;
    }

    QString identifier(QLatin1StringView key, bool required, bool allowEmpty)
    {
        const QString text = string(key, required, maxIdentifierLength);
        if (failed())
            return {};
        if (text.isEmpty() ? !allowEmpty && required : !isProtocolIdentifier(text))
            return fail(u"'%1' is not an identifier"_s.arg(key));
        return text;
    }

    QString language(bool required)
    {
        const QString text = string("language"_L1, required, 8);
        if (failed())
            return {};
        if ((required || !text.isEmpty()) && !phoneLanguages().contains(text))
            return fail(u"'language' must be one of %1"_s.arg(phoneLanguages().join(u", "_s)));
        return text;
    }

    QList<ReferralStep> plan()
    {
        const QJsonValue v = m_o.value("plan"_L1);
        if (failed())
            return {};
        if (!v.isArray())
            return fail<QList<ReferralStep>>(u"'plan' must be an array"_s);
        const QJsonArray steps = v.toArray();
        if (steps.size() > maxPlanSteps)
            return fail<QList<ReferralStep>>(u"a plan has at most %1 steps"_s.arg(maxPlanSteps));
        QList<ReferralStep> plan;
        for (const QJsonValue &step : steps) {
            if (!step.isObject())
                return fail<QList<ReferralStep>>(u"each plan step must be an object"_s);
            FieldReader fields(step.toObject());
            const QString institution = fields.identifier("institution"_L1, true, false);
            const QString urgency = fields.string("urgency"_L1, false, 16);
            if (fields.failed())
                return fail<QList<ReferralStep>>(fields.m_error);
            const qsizetype index = s_urgencies.indexOf(urgency.isEmpty() ? u"when-ready"_s : urgency);
            if (index < 0)
                return fail<QList<ReferralStep>>(
                    u"'urgency' must be one of %1"_s.arg(s_urgencies.join(u", "_s)));
            plan.append(ReferralStep{institution, Urgency(index)});
        }
        return plan;
    }

    QStringList options()
    {
        const QJsonValue v = m_o.value("options"_L1);
        if (failed())
            return {};
        if (!v.isArray() || v.toArray().size() > maxOptions)
            return fail<QStringList>(u"'options' must be an array of at most %1 ids"_s.arg(maxOptions));
        QStringList options;
        for (const QJsonValue &option : v.toArray()) {
            if (!option.isString() || !isProtocolIdentifier(option.toString()))
                return fail<QStringList>(u"'options' must hold option ids"_s);
            options.append(option.toString());
        }
        return options;
    }

    bool failed() const { return !m_error.isEmpty(); }
    Result<void> result() const { return failed() ? Result<void>(Error(m_error)) : Result<void>(); }

private:
    template <class T = QString> T fail(const QString &reason)
    {
        if (!failed())
            m_error = reason;
        return {};
    }

    const QJsonObject m_o;
    QString m_error;
};

} // namespace

bool isProtocolIdentifier(const QString &text)
{
    if (text.isEmpty() || text.size() > maxIdentifierLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

const QStringList &phoneLanguages()
{
    static const QStringList languages = {u"lv"_s, u"en"_s, u"ru"_s}; // Russian since protocol 1.5
    return languages;
}

Result<ParticipantMessage> parseParticipantMessage(QByteArrayView bytes)
{
    if (bytes.size() > maxParticipantMessageBytes)
        return Error(u"the message is larger than %1 bytes"_s.arg(maxParticipantMessageBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(u"the message is not a JSON object"_s);
    const QJsonObject o = document.object();
    const qsizetype typeIndex = s_types.indexOf(o.value("type"_L1).toString());
    if (typeIndex < 0)
        return Error(u"unknown message type"_s);
    ParticipantMessage m;
    m.type = ParticipantMessage::Type(typeIndex);
    FieldReader fields(o);
    switch (m.type) {
    case ParticipantMessage::Type::Join:
        m.pin = fields.string("pin"_L1, true, 16);
        m.name = cleanName(fields.string("name"_L1, false, maxParticipantMessageBytes)); // cut there
        m.role = fields.identifier("role"_L1, false, true);
        m.language = fields.language(false);
        if (m.language.isEmpty())
            m.language = u"lv"_s;
        break;
    case ParticipantMessage::Type::Resume:
        m.token = fields.string("token"_L1, true, 64);
        break;
    case ParticipantMessage::Type::Language:
        m.language = fields.language(true);
        break;
    case ParticipantMessage::Type::Flag:
        m.target = fields.identifier("target"_L1, true, false);
        m.indicator = fields.identifier("indicator"_L1, false, true);
        break;
    case ParticipantMessage::Type::Unflag:
        m.target = fields.identifier("target"_L1, true, false);
        break;
    case ParticipantMessage::Type::Vote:
        m.choice = fields.identifier("choice"_L1, true, false);
        break;
    case ParticipantMessage::Type::Referral:
        m.plan = fields.plan();
        break;
    case ParticipantMessage::Type::Answer:
        m.question = fields.identifier("question"_L1, true, false);
        m.options = fields.options();
        break;
    case ParticipantMessage::Type::CheckAnswer:
        m.question = fields.identifier("question"_L1, true, false);
        m.option = fields.identifier("option"_L1, true, false);
        break;
    case ParticipantMessage::Type::Ping:
        break;
    }
    if (Result<void> read = fields.result(); !read)
        return read.error();
    return m;
}

} // namespace saskati
