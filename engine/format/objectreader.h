#pragma once

#include "jsondocument.h"
#include "localizedtext.h"
#include "reporter.h"

#include <QStringList>
#include <QVarLengthArray>

namespace saskati {

/// Reads the fields of one JSON object with type checks, and warns about fields nobody asked for
/// (usually a misspelling) when it goes out of scope.
class ObjectReader {
public:
    /// `what` names the object in messages, e.g. "scene 'kitchen'".
    ObjectReader(Reporter &reporter, json::Value object, QString what,
                 const QStringList *languages = nullptr);
    ~ObjectReader();
    ObjectReader(const ObjectReader &) = delete;
    ObjectReader &operator=(const ObjectReader &) = delete;

    bool isObject() const { return m_object.isObject(); }
    json::Value object() const { return m_object; }
    /// The object's name in messages. Made when first asked for: most objects are read without a message.
    const QString &what() const;
    /// Renames the object in later messages, once its id is known ("a scene" becomes "scene 'kitchen'").
    void setWhat(const QString &what)
    {
        m_what = what;
        m_named = true;
    }
    /// The same as setWhat("<kind> '<id>'"), the text made only if a message needs it.
    void setName(QStringView kind, const QString &id)
    {
        m_kind = kind;
        m_id = id;
        m_named = false;
    }
    /// Stops warning about unread fields (after an error that makes reading on pointless).
    void ignoreRemainingFields() { m_ignoreRemaining = true; }

    json::Value value(QStringView name, bool required);
    QString string(QStringView name, bool required, const QString &fallback = {});
    /// A stable identifier: lowercase letters, digits, '-', '_' and '.', starting with a letter or digit.
    QString identifier(QStringView name, bool required);
    int integer(QStringView name, bool required, int fallback, int minimum, int maximum);
    double number(QStringView name, bool required, double fallback, double minimum, double maximum);
    bool boolean(QStringView name, bool required, bool fallback);
    LocalizedText text(QStringView name, bool required);
    QStringList identifierList(QStringView name, bool required);
    json::Value array(QStringView name, bool required);
    /// A string that must be one of `allowed`.
    QString oneOf(QStringView name, bool required, const QStringList &allowed, const QString &fallback = {});

    /// The offset to report a missing or wrong field at: the value if present, else the object.
    qsizetype offsetOf(QStringView name) const;

    Reporter &reporter() { return m_reporter; }

private:
    /// The field, if present and `isRight`. Missing, or present but not `isRight` (an error naming
    /// `expected`), it is an invalid value.
    json::Value typed(QStringView name, bool required, bool (*isRight)(json::Value), const QString &expected);

    Reporter &m_reporter;
    json::Value m_object;
    mutable QString m_what;
    QStringView m_kind; // a literal
    QString m_id;
    mutable bool m_named = true; // m_what is up to date
    const QStringList *m_languages;
    QVarLengthArray<QStringView, 24> m_known; // field names asked for: string literals, so views stay valid
    bool m_ignoreRemaining = false;
};

} // namespace saskati
