#include "participantmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace saskati {

namespace {

const QStringList s_types = {u"join"_s, u"resume"_s,   u"language"_s, u"flag"_s, u"unflag"_s,
                             u"vote"_s, u"referral"_s, u"answer"_s,   u"ping"_s};
const QStringList s_urgencies = {u"immediate"_s, u"same-day"_s, u"within-days"_s, u"when-ready"_s};
const QStringList s_languages = {u"lv"_s, u"en"_s};

// Each reader returns false with a reason when the field is missing (if required) or of the wrong kind.
bool readString(const QJsonObject &o, QLatin1StringView key, bool required, qsizetype maxLength, QString *out,
                QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString()) {
        *error = u"'%1' must be a string"_s.arg(key);
        return false;
    }
    *out = v.toString();
    if (out->size() > maxLength) {
        *error = u"'%1' is longer than %2 characters"_s.arg(key).arg(maxLength);
        return false;
    }
    return true;
}

bool readIdentifier(const QJsonObject &o, QLatin1StringView key, bool required, bool allowEmpty, QString *out,
                    QString *error)
{
    if (!readString(o, key, required, maxIdentifierLength, out, error))
        return false;
    if (out->isEmpty() ? !allowEmpty && required : !isProtocolIdentifier(*out)) {
        *error = u"'%1' is not an identifier"_s.arg(key);
        return false;
    }
    return true;
}

bool readLanguage(const QJsonObject &o, bool required, QString *out, QString *error)
{
    if (!readString(o, "language"_L1, required, 8, out, error))
        return false;
    if ((required || !out->isEmpty()) && !s_languages.contains(*out)) {
        *error = u"'language' must be one of %1"_s.arg(s_languages.join(u", "_s));
        return false;
    }
    return true;
}

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

bool readPlan(const QJsonObject &o, QList<ReferralStep> *plan, QString *error)
{
    const QJsonValue v = o.value("plan"_L1);
    if (!v.isArray()) {
        *error = u"'plan' must be an array"_s;
        return false;
    }
    const QJsonArray steps = v.toArray();
    if (steps.size() > maxPlanSteps) {
        *error = u"a plan has at most %1 steps"_s.arg(maxPlanSteps);
        return false;
    }
    for (const QJsonValue &step : steps) {
        if (!step.isObject()) {
            *error = u"each plan step must be an object"_s;
            return false;
        }
        const QJsonObject s = step.toObject();
        QString institution, urgency;
        if (!readIdentifier(s, "institution"_L1, true, false, &institution, error) ||
            !readString(s, "urgency"_L1, false, 16, &urgency, error))
            return false;
        if (urgency.isEmpty())
            urgency = u"when-ready"_s;
        const qsizetype index = s_urgencies.indexOf(urgency);
        if (index < 0) {
            *error = u"'urgency' must be one of %1"_s.arg(s_urgencies.join(u", "_s));
            return false;
        }
        plan->append(ReferralStep{institution, Urgency(index)});
    }
    return true;
}

bool readOptions(const QJsonObject &o, QStringList *options, QString *error)
{
    const QJsonValue v = o.value("options"_L1);
    if (!v.isArray() || v.toArray().size() > maxOptions) {
        *error = u"'options' must be an array of at most %1 ids"_s.arg(maxOptions);
        return false;
    }
    for (const QJsonValue &option : v.toArray()) {
        if (!option.isString() || !isProtocolIdentifier(option.toString())) {
            *error = u"'options' must hold option ids"_s;
            return false;
        }
        options->append(option.toString());
    }
    return true;
}

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
    QString error; // the readers' reason
    bool ok = true;
    switch (m.type) {
    case ParticipantMessage::Type::Join: {
        QString rawName;
        ok = readString(o, "pin"_L1, true, 16, &m.pin, &error) &&
             readString(o, "name"_L1, false, maxParticipantMessageBytes, &rawName, &error) && // cut below
             readIdentifier(o, "role"_L1, false, true, &m.role, &error) &&
             readLanguage(o, false, &m.language, &error);
        m.name = cleanName(rawName);
        if (m.language.isEmpty())
            m.language = u"lv"_s;
        break;
    }
    case ParticipantMessage::Type::Resume:
        ok = readString(o, "token"_L1, true, 64, &m.token, &error);
        break;
    case ParticipantMessage::Type::Language:
        ok = readLanguage(o, true, &m.language, &error);
        break;
    case ParticipantMessage::Type::Flag:
        ok = readIdentifier(o, "target"_L1, true, false, &m.target, &error) &&
             readIdentifier(o, "indicator"_L1, false, true, &m.indicator, &error);
        break;
    case ParticipantMessage::Type::Unflag:
        ok = readIdentifier(o, "target"_L1, true, false, &m.target, &error);
        break;
    case ParticipantMessage::Type::Vote:
        ok = readIdentifier(o, "choice"_L1, true, false, &m.choice, &error);
        break;
    case ParticipantMessage::Type::Referral:
        ok = readPlan(o, &m.plan, &error);
        break;
    case ParticipantMessage::Type::Answer:
        ok = readIdentifier(o, "question"_L1, true, false, &m.question, &error) &&
             readOptions(o, &m.options, &error);
        break;
    case ParticipantMessage::Type::Ping:
        break;
    }
    if (!ok)
        return Error(error);
    return m;
}

} // namespace saskati
