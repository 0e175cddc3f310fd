#!/usr/bin/env python3
"""Regenerates the broken-scenario corpus from the minimal valid scenario, one defect per file.

Each entry: (file stem, words the expected diagnostic contains, mutation). After a change, run this, then
tests/data/broken/expectations.py to see every file's diagnostics and update tst_scenarioloader.cpp's table.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import minimal_scenario  # noqa: E402


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def scene(s, sid):
    return next(x for x in s["scenes"] if x["id"] == sid)


def choice(s, cid):
    return next(c for sc in s["scenes"] for c in sc["choices"] if c["id"] == cid)


def seg(s, sid):
    return next(g for sc in s["scenes"] for ln in sc.get("lines", []) for g in ln["segments"] if g["id"] == sid)


def m(fn):
    def run():
        s = copy.deepcopy(minimal_scenario.scenario())
        fn(s)
        return dump(s)
    return run


def text(fn):
    def run():
        return fn(dump(minimal_scenario.scenario()))
    return run


def raw(data):
    return lambda: data


def nested():
    return dump(minimal_scenario.scenario()).replace('"author": "Saskati tests"', '"author": ' + "[" * 200 + "]" * 200)


CASES = [
    # File level: the JSON itself.
    ("empty-file", "the file is empty", raw(b"")),
    ("whitespace-only", "the file is empty", raw(b"  \n\n  \n")),
    ("truncated", "truncated", text(lambda t: t[: len(t) // 2])),
    ("binary", "not JSON text", raw(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")),
    ("trailing-comma", "trailing comma", text(lambda t: t.replace('"police"\n  ]', '"police",\n  ]'))),
    ("unclosed-string", "close the string with a quote", text(lambda t: t.replace('"Saskati tests"', '"Saskati tests'))),
    ("deeply-nested", "nested too deeply", nested),
    ("duplicate-key", "appears twice", text(lambda t: t.replace('"version": 1,', '"version": 1,\n  "version": 2,'))),
    ("root-array", "must be a JSON object", raw(b"[1, 2, 3]\n")),
    ("bad-escape", "unknown escape", text(lambda t: t.replace("Saskati tests", "Saskati\\q tests"))),
    ("windows-1257-bytes", "UTF-8", lambda: dump(minimal_scenario.scenario()).encode("utf-8").replace("Pēteris".encode(), "Pēteris".encode("cp1257"), 1)),
    ("garbage-after-end", "after the end", text(lambda t: t + "}\n")),
    ("line-break-in-string", "line break inside a string", text(lambda t: t.replace("Saskati tests", "Saskati\ntests"))),
    ("nul-byte", "NUL byte at byte offset", text(lambda t: t.replace("Saskati tests", "Saskati\0tests"))),
    ("utf-16", "NUL byte at byte offset 1", lambda: dump(minimal_scenario.scenario()).encode("utf-16-le")),
    ("utf-16-with-bom", "the file is UTF-16 text", lambda: b"\xff\xfe" + dump(minimal_scenario.scenario()).encode("utf-16-le")),
    ("lone-surrogate", "\\ud800 is half of a UTF-16 surrogate pair", text(lambda t: t.replace("Saskati tests", "Saskati \\ud800 tests"))),
    # Structure and types.
    ("format-version-4", "format version 4 is not supported", m(lambda s: s.update(formatVersion=4))),
    ("missing-id", "has no 'id'", m(lambda s: s.pop("id"))),
    ("version-string", "must be a whole number", m(lambda s: s.update(version="1.0"))),
    ("unknown-field", "unknown field 'titel'", m(lambda s: s.update(titel="x"))),
    ("missing-translation", "has no 'en' translation", m(lambda s: seg(s, "s-weather")["text"].pop("en"))),
    ("empty-translation", "is empty; write the text", m(lambda s: seg(s, "s-weather")["text"].update(lv="  "))),
    ("undeclared-language", "'de' is not in the scenario's 'languages'", m(lambda s: s["title"].update(de="Ein Jobangebot"))),
    ("bad-identifier", "not a valid identifier", m(lambda s: scene(s, "referral").update(id="Referral Step"))),
    ("duplicate-id", "the id 's-hours' of choice 's-hours' is already used at line 116", m(lambda s: choice(s, "c-trusted").update(id="s-hours"))),
    ("next-and-ending", "has both 'next' and 'ending'", m(lambda s: choice(s, "c-private").update(ending="referred"))),
    ("choice-leads-nowhere", "leads nowhere", m(lambda s: choice(s, "c-private").pop("next"))),
    ("choice-to-own-scene", "leads back to its own scene", m(lambda s: choice(s, "c-private").update(next="office"))),
    ("scene-without-choices", "has no choices", m(lambda s: scene(s, "referral").update(choices=[]))),
    ("cue-and-distractor", "both a cue and a distractor", m(lambda s: seg(s, "s-hours").update(distractor={"feedback": {"lv": "a", "en": "b"}}))),
    ("hotspot-outside-image", "inside the image", m(lambda s: scene(s, "office")["media"][0]["hotspots"][0].update(rect=[0.9, 0.5, 0.2, 0.2]))),
    ("hotspot-on-audio", "only images can have hotspots", m(lambda s: scene(s, "office")["media"][0].update(type="audio", captions={"lv": "a", "en": "b"}))),
    ("audio-without-captions", "has no 'captions'", m(lambda s: scene(s, "office")["media"][0].update(type="audio", hotspots=[]) or scene(s, "office")["media"][0].pop("hotspots"))),
    ("effect-add-and-set", "exactly one of 'add' or 'set'", m(lambda s: choice(s, "c-private")["effects"][0].update(set=2))),
    ("variable-min-above-max", "min greater than max", m(lambda s: s["variables"][0].update(min=5, max=-5))),
    ("critical-end-leads-to-scene", "ends the branch, but the choice leads to a scene", m(lambda s: choice(s, "c-companion")["criticalError"].update(effect="end"))),
    ("correct-not-an-option", "is not one of its options", m(lambda s: s["questions"][0].update(correct=["maybe"]))),
    ("judgement-missing-option", "must offer the option 'neither'", m(lambda s: s["questions"][0]["options"].pop())),
    ("minutes-out-of-range", "must be between 1 and 600", m(lambda s: s.update(estimatedMinutes=0))),
    ("unknown-outcome", "must be one of: referred", m(lambda s: s["endings"][0].update(outcome="happy"))),
    ("scenes-empty", "'scenes' is empty", m(lambda s: s.update(scenes=[]))),
    ("languages-empty", "'languages' is empty", m(lambda s: s.update(languages=[]))),
    ("audience-empty", "'audience' is empty", m(lambda s: s.update(audience=[]))),
    ("format-version-0", "format version 0 is not supported", m(lambda s: s.update(formatVersion=0))),
    ("format-version-string", "'formatVersion' of the scenario must be a number, not a string", m(lambda s: s.update(formatVersion="one"))),
    ("translation-not-a-string", "the 'en' translation of 'title' of the scenario must be a string", m(lambda s: s["title"].update(en=42))),
    # References to the catalogue and the cast.
    ("unknown-indicator", "unknown indicator 'long-hours'", m(lambda s: seg(s, "s-hours")["cue"].update(indicator="long-hours"))),
    ("unknown-institution", "unknown institution 'police'", m(lambda s: s["referral"]["required"][0].update(institution="police"))),
    ("unknown-principle", "unknown conduct principle 'be-nice'", m(lambda s: choice(s, "c-private").update(principles=["privacy-first", "be-nice"]))),
    ("unknown-form", "unknown form of trafficking 'slavery'", m(lambda s: s.update(form="slavery"))),
    ("unknown-audience-role", "unknown audience role 'pilot'", m(lambda s: s.update(audience=["social-worker", "pilot"]))),
    ("unknown-speaker", "unknown speaker 'janis'", m(lambda s: scene(s, "office")["lines"][1].update(speaker="janis"))),
    ("missing-media-file", "media file 'media/kitchen.svg' does not exist", m(lambda s: scene(s, "office")["media"][0].update(file="media/kitchen.svg"))),
    ("empty-media-path", "the media path is empty", m(lambda s: scene(s, "office")["media"][0].update(file=""))),
    ("absolute-media-path", "must be relative to the scenario file", m(lambda s: scene(s, "office")["media"][0].update(file="/tmp/office.svg"))),
    # The scene graph.
    ("unknown-start", "the start scene 'intro' does not exist", m(lambda s: s.update(start="intro"))),
    ("unknown-next-scene", "leads to scene 'kitchen', which does not exist", m(lambda s: choice(s, "c-private").update(next="kitchen"))),
    ("unknown-ending", "leads to ending 'rescued', which does not exist", m(lambda s: choice(s, "c-end-lost").update(ending="rescued"))),
    ("unreachable-scene", "scene 'waiting-room' is never reached", m(lambda s: s["scenes"].append(dict(copy.deepcopy(scene(s, "referral")), id="waiting-room", kind="interview", choices=[{"id": "c-wait", "text": {"lv": "a", "en": "b"}, "ending": "lost", "feedback": {"lv": "a", "en": "b"}}])))),
    ("unreachable-ending", "ending 'lost' is never reached", m(lambda s: choice(s, "c-end-lost").update(ending="referred"))),
    ("loop", "closes a loop", m(lambda s: choice(s, "c-end-lost").pop("ending") and choice(s, "c-end-lost").update(next="office"))),
    ("no-way-to-an-ending", "no ending can be reached from scene 'referral'", m(lambda s: (choice(s, "c-to-assessment").update(next="office"), [c.update(next="referral") or c.pop("ending", None) for c in scene(s, "assessment")["choices"]]))),
    ("condition-never-holds", "can never hold", m(lambda s: choice(s, "c-trusted")["conditions"][0].update(value=5))),
    ("condition-before-any-effect", "in this scene the variable can only be 0 to 0", m(lambda s: scene(s, "office")["choices"].append(dict(choice(s, "c-trusted"), id="c-early")))),
    ("two-referral-scenes", "reaches another scene of kind \"referral\"", m(lambda s: scene(s, "assessment").update(kind="referral"))),
    ("undeclared-variable", "uses variable 'mood', which is not declared", m(lambda s: choice(s, "c-trusted")["conditions"][0].update(var="mood"))),
    ("effect-undeclared-variable", "changes variable 'mood', which is not declared", m(lambda s: choice(s, "c-private")["effects"][0].update(var="mood"))),
    ("all-choices-conditional", "every choice of scene 'assessment' has a condition", m(lambda s: [c.update(conditions=[{"var": "trust", "op": ">", "value": -5}]) for c in scene(s, "assessment")["choices"]])),
    ("referral-key-without-scene", "no scene of kind \"referral\"", m(lambda s: scene(s, "referral").update(kind="interview"))),
    ("referral-scene-without-key", "has no 'referral' key", m(lambda s: s.pop("referral"))),
    ("questions-without-scene", "no scene of kind \"assessment\"", m(lambda s: scene(s, "assessment").update(kind="interview"))),
    ("wanted-and-harmful", "both wanted and harmful", m(lambda s: s["referral"]["harmful"][0].update(institution="siva"))),
    ("order-names-unlisted", "neither required nor recommended", m(lambda s: s["referral"]["order"][0].update(then="orphans-court"))),
    ("any-of-single", "'anyOf' needs at least two institutions", m(lambda s: s["referral"]["required"][1].update(anyOf=["centrs-marta"]))),
    ("institution-and-any-of", "exactly one of 'institution' or 'anyOf'", m(lambda s: s["referral"]["required"][1].update(institution="siva"))),
    ("order-same-institution", "two different institutions", m(lambda s: s["referral"]["order"][0].update(then="state-police"))),
    # The same behaviour, the same severity (the catalogue's 'breach').
    ("severity-differs-from-catalogue", "which the catalogue rates critical", m(lambda s: choice(s, "c-companion").pop("criticalError"))),
    ("severity-reason-without-difference", "explains no difference", m(lambda s: choice(s, "c-companion").update(severityReason={"lv": "Te tas ir tāpat.", "en": "The same here."}))),
    ("key-disagrees-with-ilo", "the ILO/EC combination rule", m(lambda s: s["questions"][0].update(correct=["trafficking"]))),
]


def main():
    for stem, _, make in CASES:
        data = make()
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(os.path.join(HERE, stem + ".json"), "wb") as f:
            f.write(data)
    print(f"{len(CASES)} files written")


if __name__ == "__main__":
    main()
