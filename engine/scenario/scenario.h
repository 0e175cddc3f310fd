#pragma once

#include "catalog.h"
#include "localizedtext.h"
#include "scoreparts.h"
#include "sourcemap.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>

namespace saskati {

/// The newest version of the scenario file format this build reads (see docs/scenario-format.md); it reads
/// every version from the first. Version 2 adds conversation scenes, version 3 the person approached (a
/// scenario's perspective, chat and document scenes, a line's time and photo); an older file means what it
/// meant.
inline constexpr int scenarioFormatVersion = 3;
inline constexpr int oldestScenarioFormatVersion = 1;

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

/// A picture sent in a chat message (format 3).
struct LinePhoto : Located {
    QString file; // relative to the scenario file
    LocalizedText alt;
};

/// The MIME type of a chat photo the phones in a seminar can be sent: SVG, PNG or JPEG, by the file's ending
/// (docs/seminar-protocol.md, version 1.4); empty for any other file.
QByteArray chatPhotoType(const QString &file);

struct Line : Located {
    QString id;
    QString speaker; // cast id; empty for narration
    QList<Segment> segments;
    LocalizedText voice; // recorded or synthesised speech per language: file paths relative to the scenario
    QString time;        // a chat message's time of day, "21:14" (format 3); shown, never flagged
    std::optional<LinePhoto> photo; // a chat message's picture (format 3)
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

/// A line of a person's reply to a conversation move (format 2): said only when its conditions hold with the
/// variables after the move, and when the moves it names were (or were not) asked before.
struct ReplyLine : Line {
    QList<Condition> when;
    QStringList asked;    // move ids asked earlier in the conversation
    QStringList notAsked; // move ids not asked earlier
    /// Produced by a leading or pressing question: what the person says to please or end it, not evidence.
    bool unreliable = false;
    /// The wrong detail this (unreliable) line plants (Scenario::plantedDetails); empty: none.
    QString plants;
    qsizetype plantsOffset = 0;
};

/// A wrong detail a leading question can plant in the person's account (format 2): what they say to please
/// the interviewer, and what is in fact the case. A reply line `plants` it; the choices, answer options and
/// referral items that act on it name it in `restsOn`; the debrief traces it back to the question.
struct PlantedDetail : Located {
    QString id;
    LocalizedText detail; // "Ineta cannot leave the bakery."
    LocalizedText truth;  // "She could quit tomorrow; she stays for the pay she is owed."
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

    /// In a conversation scene (format 2) a choice is a move: its kind of question (the catalogue's
    /// questionTypes) and the person's reply. A move without 'next' or 'ending' keeps the conversation going.
    QString questionType;
    qsizetype questionTypeOffset = 0;
    QList<ReplyLine> reply;
    /// The planted details (PlantedDetail) taking this choice acts on.
    QStringList restsOn;
    qsizetype restsOnOffset = 0;
    /// The way on of a conversation whose turns ran out or whose moves are used up (built from its 'limit'):
    /// offered alone, then, and only then.
    bool isLimit = false;
    bool staysInScene() const { return nextScene.isEmpty() && ending.isEmpty(); }

    /// The principle the choice chiefly applies or breaks: its critical error's, otherwise the first listed.
    QString chiefPrinciple() const { return criticalError ? criticalError->principle : principles.value(0); }
};

/// Where a conversation goes when its turns run out, or when no move is left to take.
struct ConversationLimit : Located {
    int turns = 0;     // 0: no limit on the number of moves
    QString nextScene; // exactly one of nextScene / ending
    QString ending;
    qsizetype targetOffset = 0;
};

/// How the person in a conversation appears while the scene's variables are in a range: a stage direction
/// and, optionally, a portrait. The first state whose conditions hold applies.
struct PersonState : Located {
    QString id;
    QList<Condition> when;
    LocalizedText direction; // "She looks at the door before every answer."
    QString portrait;        // relative to the scenario file; empty: the cast member's portrait
    LocalizedText portraitAlt;
};

struct Scene : Located {
    enum class Kind { Interview, Referral, Assessment, Conversation };
    /// How the lines are shown (format 3): said (people in a room, a call), as chat messages one by one
    /// (sender, time, photo), or as the parts of a written document (a job advert, a contract).
    enum class Presentation { Spoken, Chat, Document };
    QString id;
    Kind kind = Kind::Interview;
    Presentation presentation = Presentation::Spoken;
    LocalizedText title;
    LocalizedText setting;
    QList<Media> media;
    QList<Line> lines;
    QList<Choice> choices; // in a conversation: its moves
    // Conversation scenes only.
    std::optional<ConversationLimit> limit;
    QList<PersonState> states;
    QString person; // the cast member interviewed (the speaker of the replies)

    bool isConversation() const { return kind == Kind::Conversation; }
    /// Where the scene can be left to: each choice (a conversation's moves and limit) with a 'next' or an
    /// 'ending'.
    struct Exit {
        QString nextScene;
        QString ending;
        qsizetype offset = 0; // where the target is written
        const Choice *choice = nullptr;
    };
    QList<Exit> exits() const;
};

enum class Urgency { Immediate, SameDay, WithinDays, WhenReady };
QString urgencyId(Urgency urgency);
bool urgencyFromId(const QString &id, Urgency *urgency);
/// Every urgency's id, the most urgent first.
QStringList urgencyIds();
/// "interview", "referral" or "assessment", as scenario files write it.
QString sceneKindId(Scene::Kind kind);
/// "spoken", "chat" or "document", as scenario files write it.
QString presentationId(Scene::Presentation presentation);

struct ReferralItem : Located {
    /// The institution; with "anyOf", every one that fulfils the item (one of them suffices).
    QStringList institutions;
    bool isFulfilledBy(const QString &institution) const { return institutions.contains(institution); }
    Urgency urgency = Urgency::WhenReady;
    LocalizedText feedback; // shown when the item is missing (required/recommended) or present (harmful)
    /// The planted details (PlantedDetail) naming this item's institution acts on (harmful items).
    QStringList restsOn;
    qsizetype restsOnOffset = 0;
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
    /// The planted details (PlantedDetail) choosing this option acts on: never a correct option.
    QStringList restsOn;
    qsizetype restsOnOffset = 0;
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

// Both in conversation.h.
struct ConversationReach;
struct ConductWithinMemo;

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
    /// What each conversation can bring out from the values it was entered with (conversation.h), worked out
    /// on first use: the scenario is immutable, and the search is the same for every playthrough.
    struct ConversationCache {
        std::mutex mutex;
        QHash<std::pair<int, QList<int>>, std::shared_ptr<const ConversationReach>> reach;
        QHash<int, std::shared_ptr<ConductWithinMemo>> conductWithin; // scene index -> its searched states
    };
    mutable ConversationCache conversationCache;

    /// Whose eyes the trainee sees through (format 3): a professional meeting a person who may be a victim,
    /// or the person being approached by a recruiter (prevention). The interface's words follow it.
    enum class Perspective { Professional, Approached };

    int formatVersion = 0;
    QString id;
    int version = 0;
    Perspective perspective = Perspective::Professional;
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
    QList<PlantedDetail> plantedDetails; // format 2

    std::shared_ptr<const Catalog> catalog;
    QByteArray sourceBytes;

    // Indexes, built by the loader.
    QHash<QString, int> sceneIndex;
    QHash<QString, int> endingIndex;
    /// Where a flaggable segment or hotspot lives (a reply's segments live in their conversation's scene).
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
    bool hasConversation() const
    {
        return std::any_of(scenes.cbegin(), scenes.cend(), [](const Scene &s) { return s.isConversation(); });
    }
    const Ending *ending(const QString &endingId) const;
    const PlantedDetail *plantedDetail(const QString &detailId) const
    {
        for (const PlantedDetail &d : plantedDetails)
            if (d.id == detailId)
                return &d;
        return nullptr;
    }
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
