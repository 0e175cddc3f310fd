#pragma once

#include "catalog.h"
#include "localizedtext.h"
#include "scoreparts.h"
#include "sourcemap.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <mutex>
#include <optional>

namespace saskati {

/// The version of the scenario file format this build reads (see docs/scenario-format.md).
inline constexpr int scenarioFormatVersion = 1;

/// Every entity remembers where it was written, so later checks can name FILE:LINE:COLUMN.
struct Located {
    qsizetype offset = 0;
};

/// What a trainee may flag: a cue (tied to an indicator), a distractor (looks alarming, is not one) or plain.
struct FlagTarget {
    enum class Kind { Plain, Cue, Distractor };
    Kind kind = Kind::Plain;
    QString indicator;      // Cue only
    LocalizedText feedback; // why it is (or is not) an indicator
};

struct Segment : Located {
    QString id;
    LocalizedText text;
    FlagTarget target;
};

struct Line : Located {
    QString id;
    QString speaker; // cast id; empty for narration
    QList<Segment> segments;
    LocalizedText voice; // recorded or synthesised speech per language: file paths relative to the scenario
};

struct Hotspot : Located {
    QString id;
    double x = 0, y = 0, width = 0, height = 0; // fractions of the image, 0..1
    LocalizedText label;                        // what is in the region, for screen readers
    FlagTarget target;
};

struct Media : Located {
    enum class Kind { Image, Audio, Video };
    QString id;
    Kind kind = Kind::Image;
    QString file; // relative to the scenario file
    LocalizedText alt;
    LocalizedText captions; // transcript / captions for audio and video
    QList<Hotspot> hotspots;
};

struct CastMember : Located {
    QString id;
    LocalizedText name;
    QString role; // person, companion, interpreter, employer, official, relative, trainee, other
    QString portrait;
    LocalizedText portraitAlt;
};

struct Condition : Located {
    enum class Op { Less, LessOrEqual, Equal, NotEqual, GreaterOrEqual, Greater };
    QString variable;
    qsizetype variableOffset = 0;
    Op op = Op::Equal;
    int value = 0;
    bool holds(int actual) const;
};

struct Effect : Located {
    QString variable;
    qsizetype variableOffset = 0;
    bool set = false; // false: add
    int value = 0;
};

struct CriticalError {
    QString principle;
    bool endsBranch = false; // true: the choice must lead to an ending; false: the result is capped
    LocalizedText explanation;
};

struct Choice : Located {
    QString id;
    LocalizedText text;
    QString nextScene; // exactly one of nextScene / ending
    QString ending;
    qsizetype targetOffset = 0; // where 'next' or 'ending' is written
    QStringList principles;
    int points = 0;
    LocalizedText feedback;
    std::optional<CriticalError> criticalError;
    QList<Condition> conditions; // all must hold
    QList<Effect> effects;
    bool pinned = false; // keeps its place in the file's order when the choices are shown shuffled
    /// Why the choice is scored more or less gravely than the catalogue's default for the principle it
    /// breaks.
    LocalizedText severityReason;
    qsizetype severityReasonOffset = 0;

    /// The principle the choice chiefly applies or breaks: its critical error's, otherwise the first listed.
    QString chiefPrinciple() const { return criticalError ? criticalError->principle : principles.value(0); }
};

struct Scene : Located {
    enum class Kind { Interview, Referral, Assessment };
    QString id;
    Kind kind = Kind::Interview;
    LocalizedText title;
    LocalizedText setting;
    QList<Media> media;
    QList<Line> lines;
    QList<Choice> choices;
};

enum class Urgency { Immediate, SameDay, WithinDays, WhenReady };
QString urgencyId(Urgency urgency);
bool urgencyFromId(const QString &id, Urgency *urgency);
/// Every urgency's id, the most urgent first.
QStringList urgencyIds();
/// "interview", "referral" or "assessment", as scenario files write it.
QString sceneKindId(Scene::Kind kind);

struct ReferralItem : Located {
    /// The institution; with "anyOf", every one that fulfils the item (one of them suffices).
    QStringList institutions;
    bool isFulfilledBy(const QString &institution) const { return institutions.contains(institution); }
    Urgency urgency = Urgency::WhenReady;
    LocalizedText feedback; // shown when the item is missing (required/recommended) or present (harmful)
};

struct OrderConstraint : Located {
    QString first;
    QString then;
    LocalizedText feedback;
};

struct ReferralKey : Located {
    LocalizedText prompt;
    QList<ReferralItem> required;
    QList<ReferralItem> recommended;
    QList<ReferralItem> harmful;
    QList<OrderConstraint> order;
    int requiredPoints = 3;
    int recommendedPoints = 1;
    int harmfulPenalty = 3;
    int urgencyPoints = 1;
    int orderPoints = 1;
};

struct AnswerOption : Located {
    QString id;
    LocalizedText text;
};

struct Question : Located {
    enum class Kind { Judgement, Dimensions, Single, Multiple };
    QString id;
    Kind kind = Kind::Single;
    LocalizedText prompt;
    QList<AnswerOption> options;
    QStringList correct; // option ids; for Judgement/Dimensions with deriveFromIndicators, computed at load
    bool deriveFromIndicators = false; // apply the ILO/EC combination rule to the scenario's cues
    int points = 2;
    LocalizedText feedback;
};

struct Ending : Located {
    QString id;
    QString outcome; // see docs/scenario-format.md: referred, safe, partial, harmed, lost-contact, no-case
    LocalizedText title;
    LocalizedText debrief;
};

struct Variable : Located {
    QString id;
    int initial = 0;
    int minimum = -100;
    int maximum = 100;
};

struct ScoringRules {
    int strongPoints = 3;
    int mediumPoints = 2;
    int weakPoints = 1;
    int distractorPenalty = 2;
    int plainPenalty = 1;
    int criticalErrorCap = 40; // percent the total is capped at after a critical error
};

/// A loaded scenario: immutable content, shared by every playthrough of it.
struct Scenario {
    QString file;
    SourceMap sourceMap;
    /// SHA-256 of the file bytes (hex): the snapshot id results record. Computed on first use, as hashing a
    /// large file costs more than loading it.
    QByteArray contentHash() const;
    /// The best score reachable in the whole scenario: the scoring chapter's bestScore(scenario) computes it
    /// on first use and keeps it here, as the scenario is immutable and shared by every playthrough.
    struct BestScoreCache {
        std::once_flag computed;
        ScoreParts value;
    };
    mutable BestScoreCache bestScoreCache;

    int formatVersion = 0;
    QString id;
    int version = 0;
    QStringList languages;
    LocalizedText title;
    LocalizedText summary;
    QString form;    // catalogue form id, or "none"
    QString subject; // adult or child
    QStringList audience;
    int estimatedMinutes = 0;
    QList<std::pair<QString, LocalizedText>> objectives;
    LocalizedText contentWarning;
    QString author;
    QString licence;
    ScoringRules scoring;
    QList<Variable> variables;
    QList<CastMember> cast;
    QString start;
    QList<Scene> scenes;
    std::optional<ReferralKey> referral;
    QList<Question> questions;
    QList<Ending> endings;

    std::shared_ptr<const Catalog> catalog;
    QByteArray sourceBytes;

    // Indexes, built by the loader.
    QHash<QString, int> sceneIndex;
    QHash<QString, int> endingIndex;
    /// Where a flaggable segment or hotspot lives.
    struct TargetLocation {
        int scene = -1;
        const FlagTarget *target = nullptr;
    };
    QHash<QString, TargetLocation> targetIndex;
    /// Where a choice lives: scene index and choice index.
    QHash<QString, std::pair<int, int>> choiceIndex;
    /// Builds targetIndex and choiceIndex; call once the content no longer changes.
    void buildIndexes();
    const Choice *choice(const QString &choiceId) const;
    /// What a flaggable segment says or a hotspot's label shows, by its id; null when there is no such
    /// target.
    const LocalizedText *targetText(const QString &targetId) const;

    const Scene *scene(const QString &sceneId) const;
    const Ending *ending(const QString &endingId) const;
    const Variable *variable(const QString &variableId) const;
    const Question *question(const QString &questionId) const;
    SourcePosition position(qsizetype offset) const { return sourceMap.position(offset); }
    /// Points a flag on this target is worth (negative for a false flag).
    int flagPoints(const FlagTarget &target) const;

private:
    mutable std::once_flag m_hashOnce;
    mutable QByteArray m_contentHash;
};

} // namespace saskati
