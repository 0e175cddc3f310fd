#pragma once

#include "diagnostic.h"
#include "localizedtext.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saskati {

/// The six ILO/EC dimensions (Delphi survey, 2009) an indicator belongs to.
enum class Dimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    RecruitmentByAbuseOfVulnerability,
    ExploitativeConditions,
    CoercionAtDestination,
    AbuseOfVulnerabilityAtDestination,
};
inline constexpr int dimensionCount = 6;
QString dimensionId(Dimension dimension);
bool dimensionFromId(const QString &id, Dimension *dimension);
const QStringList &dimensionIds();
bool isRecruitmentDimension(Dimension dimension);
bool isDestinationDimension(Dimension dimension);

enum class Strength { Weak = 1, Medium = 2, Strong = 3 };
QString strengthId(Strength strength);
bool strengthFromId(const QString &id, Strength *strength);

struct Indicator {
    QString id;
    Dimension dimension = Dimension::DeceptiveRecruitment;
    Strength strength = Strength::Weak;
    LocalizedText name;
    LocalizedText description;
    QString source;     // where the indicator comes from (ILO/EC 2009, UNODC, the seed page)
    QString verifiedOn; // YYYY-MM-DD the team last read the source; empty: not yet checked
};

struct TraffickingForm {
    QString id;
    LocalizedText name;
    LocalizedText description;
};

struct Institution {
    QString id;
    LocalizedText name;
    LocalizedText role;
    LocalizedText whenToInvolve;
    QString phone;
    QString freePhone;
    QString address;
    QString email;
    QString website;
    QString hours;
    QString verifiedOn;   // the date a coordinator last checked the contacts
    LocalizedText source; // where the contacts and the legal basis in the texts come from
};

/// How grave breaking a conduct principle is, as a choice is scored: minor (−1), serious (−2 or −3), or a
/// critical error (the choice has a criticalError). The catalogue gives each principle its default.
enum class BreachSeverity { Minor, Serious, Critical };
QString breachSeverityId(BreachSeverity severity);
const QStringList &breachSeverityIds();

struct ConductPrinciple {
    QString id;
    LocalizedText name;
    LocalizedText description;
    std::optional<BreachSeverity> breach; // the default severity of breaking it; unset: any is accepted
    QString source; // where the advice comes from (a safe step's public source); empty for the interview's
    QString verifiedOn; // YYYY-MM-DD the team last read the source; empty: not yet checked
};

/// A kind of interview question (open invitation, directive, option-posing, leading, ...): each conversation
/// move has one, and the review counts the share of recommended ones a trainee asks.
struct QuestionType {
    QString id;
    LocalizedText name;
    LocalizedText description;
    bool recommended = false;
    QString source;
};

/// What a prevention seminar hands its audience at the end (issue #20): the "before you go" checklist (safe
/// steps, principles' ids) and who can help (institutions' ids), for one audience role (the entry's id).
struct Takeaway {
    /// An institution, with what it is for said to the participant (not to a professional).
    struct Help {
        QString institution;
        LocalizedText text;
    };
    QString id; // an audience role, e.g. "pupil"
    LocalizedText title;
    LocalizedText intro;
    QStringList steps;
    QList<Help> help;
};

/// The short knowledge check of a prevention seminar (issue #20): the same questions asked on the phones
/// before the first scenario and after the last, for one audience role (the entry's id). Each question has
/// one right option; the review compares the class's share of right answers before and after (normalised
/// gain).
struct KnowledgeCheck {
    struct Option {
        QString id;
        LocalizedText text;
    };
    struct Question {
        QString id;
        QStringList about; // the warning signs (indicators) and safe steps (principles) it is about
        LocalizedText text;
        QList<Option> options;
        QString answer; // the right option's id
        LocalizedText explanation;
        const Option *option(const QString &optionId) const;
    };
    QString id; // an audience role, e.g. "pupil"
    QList<Question> questions;
    const Question *question(const QString &questionId) const;
};

struct AudienceRole {
    QString id;
    LocalizedText name;
};

/// The shared, data-only catalogue scenarios refer to (`scenarios/catalog/`): a coordinator can correct a
/// phone number without a rebuild.
struct Catalog {
    QString directory;
    QStringList languages;
    QHash<QString, Indicator> indicators;
    QHash<QString, TraffickingForm> forms;
    QHash<QString, Institution> institutions;
    QHash<QString, ConductPrinciple> principles;
    QHash<QString, AudienceRole> roles;
    QHash<QString, QuestionType> questionTypes;     // empty when the catalogue has no questiontypes.json
    QHash<QString, Takeaway> takeaways;             // by audience role; empty without takeaways.json
    QHash<QString, KnowledgeCheck> knowledgeChecks; // by audience role; empty without knowledgechecks.json
};

/// Loads every catalogue file of `directory`. Problems are reported as diagnostics, never thrown.
Catalog loadCatalog(const QString &directory, Diagnostics *diagnostics);

/// The catalogue directory for a scenario: the nearest `catalog/` folder at or above the scenario's folder.
QString findCatalogFor(const QString &scenarioFile);

} // namespace saskati
