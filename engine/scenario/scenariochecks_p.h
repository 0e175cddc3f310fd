#pragma once

// Internal to the scenario chapter: the validator's checks, one concern per file. validateScenario()
// (scenariovalidator.cpp) runs them in an order where each may rely on the ones before.

#include "reader.h"
#include "scenario.h"
#include "scenariovalidator.h"

namespace saskati {

// referencechecks.cpp: every id names something that exists.
/// Languages, form, audience roles, indicators, institutions and principles against the catalogue; speakers
/// against the cast.
void checkCatalogueReferences(const Scenario &s, const ValidationInput &in, Reporter &reporter);
/// The start scene, and every choice's next scene or ending.
void checkStartAndTargets(const Scenario &s, const ValidationInput &in, Reporter &reporter);

// mediachecks.cpp
/// Media paths: relative, with '/' separators, and (unless switched off) files that exist.
void checkMediaFiles(const Scenario &s, const ValidationInput &in, Reporter &reporter);

// graphchecks.cpp: the scene graph. Needs every reference resolved.
/// The scenes' exits by index, made once for the graph checks (a scenario can have 200,000 scenes: looking
/// each target up by id on every step of every walk cost more than the walks).
struct SceneLinks {
    /// Scene i's exits are exits[first[i]] .. exits[first[i + 1] - 1].
    std::vector<qsizetype> first;
    std::vector<Scene::Exit> exits;
    /// The index of the scene each exit leads to, or -1 for an ending.
    std::vector<int> target;

    qsizetype begin(qsizetype scene) const { return first[size_t(scene)]; }
    qsizetype end(qsizetype scene) const { return first[size_t(scene) + 1]; }
};
SceneLinks sceneLinks(const Scenario &s);
/// Every scene reached from the start, every ending reached, and a way to an ending from every scene.
void checkReachability(const Scenario &s, const SceneLinks &links, Reporter &reporter);
/// No choice leads back to a scene on its own path.
void checkLoops(const Scenario &s, const SceneLinks &links, Reporter &reporter);
/// At most one referral scene and one assessment scene on any path. Needs an acyclic graph.
void checkOnePlanPerPath(const Scenario &s, const SceneLinks &links, Reporter &reporter);

// variablechecks.cpp
/// Every variable a condition or effect uses is declared.
void checkVariables(const Scenario &s, Reporter &reporter);
/// Every condition can hold, and no scene has only conditional choices. Needs the scene graph resolved.
void checkConditions(const Scenario &s, Reporter &reporter);

// conversationchecks.cpp
/// Every reply line can be said (so every cue in it disclosed), no interview gets stuck, unreliable lines
/// carry no cue, and the states to check stay within the limit. Needs an acyclic graph with every reference
/// resolved.
void checkConversations(const Scenario &s, Reporter &reporter);

// plantedchecks.cpp
/// Planted details: every reference declared, each planted by an unreliable reply and rested on somewhere,
/// and no correct answer or wanted referral resting on one.
void checkPlantedDetails(const Scenario &s, const ValidationInput &in, Reporter &reporter);

// keychecks.cpp
/// A scene asks for the referral plan if there is a referral key, and for the answers if there are
/// questions; and no such scene without them.
void checkKeysAreAsked(const Scenario &s, Reporter &reporter);
/// No institution wanted twice or both wanted and harmful; order constraints between wanted ones only.
void checkReferralKey(const Scenario &s, Reporter &reporter);
/// A judgement question's key agrees with the ILO/EC rule applied to the scenario's cues (a warning).
void checkJudgementKeys(const Scenario &s, Reporter &reporter);

// severitychecks.cpp
/// A choice that breaks a principle is scored at the catalogue's default severity for it ('breach'), or says
/// why not in 'severityReason'.
void checkBreachSeverities(const Scenario &s, Reporter &reporter);

} // namespace saskati
