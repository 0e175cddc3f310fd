#pragma once

// Internal to the scenario chapter: reading one scenario file's content into a Scenario, structure and types
// only. Cross-references and graph properties are the validator's job, so the reader notes every reference
// with where it was written. One file per part of the format: the top level (scenarioreader.cpp), scenes with
// their media and lines (scenereader.cpp), choices (choicereader.cpp), conversations
// (conversationreader.cpp), the referral key (referralreader.cpp) and the questions (questionreader.cpp).

#include "reader.h"
#include "scenario.h"
#include "scenariovalidator.h"

#include <vector>

namespace saskati {

/// The scenario's one id space, claimed as ids are read. Open addressing over a 32-bit hash and an index
/// (8 bytes a slot): a claim touches one slot where a hash table of QStrings touched several places in
/// memory, and a scenario can have hundreds of thousands of ids.
class IdSpace {
public:
    /// Room for about `expected` ids before growing.
    explicit IdSpace(qsizetype expected);
    /// Claims `id`, written at `offset`: -1 when it is new, else the offset of its first claim.
    qsizetype claim(const QString &id, qsizetype offset);

private:
    struct Slot {
        quint32 hash = 0;
        quint32 id = 0; // one more than the index into m_ids; 0: empty
    };
    void place(Slot slot);
    void grow();

    std::vector<Slot> m_slots; // a power of two in size, at most half full
    std::vector<std::pair<QString, qsizetype>> m_ids;
    size_t m_seed;
};

/// What every part of the reader shares: where mistakes go, the scenario being filled, its one id space, and
/// the references seen so far.
class ReadContext {
public:
    ReadContext(Reporter &reporter, Scenario &scenario);

    /// Reads an entity's id, names the entity after it in later messages ("scene 'kitchen'") and claims the
    /// id in the scenario's one id space.
    QString identify(ObjectReader &r, QStringView kind);
    /// Starts an entity read by `r`: notes where it was written, then identify()s it.
    template <typename Entity> void identify(ObjectReader &r, QStringView kind, Entity *entity)
    {
        entity->offset = r.object().offset();
        entity->id = identify(r, kind);
    }
    /// Claims an id; a second user of the same id is an error that names where the first one is.
    void registerId(const QString &id, qsizetype offset, const std::function<QString()> &what);
    /// The scenario's languages, which every text is checked against.
    const QStringList *languages() const { return &scenario.languages; }

    Reporter &reporter;
    Scenario &scenario;
    /// The references seen (catalogue ids, speakers, media paths, ...) and where; checkMediaFiles is the
    /// loader's to set.
    ValidationInput references;
    /// The file's parsed tree, when the reader may give back the parts it has read (the loader's to set).
    json::Document *document = nullptr;

private:
    IdSpace m_ids;
};

/// Reports `what` (written at `offset`) as needing scenario format `version` when the file says an older one.
void requireFormatVersion(ReadContext &context, int version, qsizetype offset, const QString &what);

/// The whole file: its top-level fields, then every part below.
void readScenario(ReadContext &context, json::Value root);
/// A scene with its media, dialogue lines and choices; appended to the scenario.
void readScene(ReadContext &context, json::Value value);
/// Whether a hotspot or a segment is a cue (of an indicator) or a distractor; plain if neither.
void readFlagTarget(ReadContext &context, ObjectReader &r, FlagTarget *target, const QString &what);
/// One choice of the scene `sceneId`: where it leads, its points, critical error, conditions and effects.
/// A conversation's move (`isMove`) may lead nowhere (the conversation goes on) and has a question type and a
/// reply.
Choice readChoice(ReadContext &context, json::Value value, const QString &sceneId, bool isMove = false);
/// A dialogue line with its segments and voice.
Line readLine(ReadContext &context, json::Value value);
/// The fields every dialogue line has (id, speaker, voice, segments), read by `r`.
void readLineFields(ReadContext &context, ObjectReader &r, Line *line);
/// A condition on a variable; `what` names its owner in messages.
Condition readCondition(ReadContext &context, json::Value item, const QString &what);
/// One line of a move's reply: a dialogue line with the conditions it is said under.
ReplyLine readReplyLine(ReadContext &context, json::Value value);
/// A conversation scene's person, moves (with replies), limit and states (format 2).
void readConversation(ReadContext &context, ObjectReader &r, Scene *scene);
/// `restsOn`: the planted details (format 2) what `r` reads acts on; noted as references.
QStringList readRestsOn(ReadContext &context, ObjectReader &r, qsizetype *offset);
/// The referral key: the institutions a good plan names, how urgently, in which order, and its points.
void readReferral(ReadContext &context, json::Value value);
/// One assessment question with its options and key; appended to the scenario.
void readQuestion(ReadContext &context, json::Value value);

} // namespace saskati
