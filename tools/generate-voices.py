#!/usr/bin/env python3
"""Synthesises a voice for every line a cast member says in a scenario, in each of its languages.

    tools/generate-voices.py [SCENARIO.json ...]      (default: scenarios/*.json)

For each line with a speaker (any cast member: the person, a companion, an employer, an official...), the line's
segments are joined per language, stage directions in parentheses ("(in English)") are left out, and the text is
spoken with espeak-ng (Debian package espeak-ng) and encoded to Ogg Vorbis with sox (packages sox,
libsox-fmt-base) into media/voices/<scenario-id>/<line-id>.<language>.ogg; the line gets
"voice": {"lv": ..., "en": ...}. Narration (a line without a speaker) is not voiced, nor is a scene shown as a chat
or a document (scenario format 3): those are read, not heard.
The generated files are committed: the app needs no synthesiser at run time. A file is only made again when its
text or voice changes (media/voices/manifest.json keeps what each was made from), because Ogg encoding is not
byte-for-byte reproducible.

Voices: espeak-ng's language voice with a variant, one per cast member, so that each speaker of a scenario sounds
different. In order of precedence:
  1. tools/voices.json ({"<scenario-id>/<cast-id>": "f3"}): any espeak-ng variant (f1..f5, m1..m8, "grandma"...);
     keys starting with "//" are comments;
  2. the cast member with the role "person": f3 (female) or m3 (male), unless tools/voices.json gave it to
     someone else;
  3. everyone else, in cast order: the first variant of their sex in FEMALE or MALE below that no one else in the
     scenario has yet.
Sex comes from the Latvian first name's ending (-a, -e: female; otherwise male), which holds for most Latvian
first names; add an entry to tools/voices.json when it does not. Two cast members of one scenario never share a
variant unless tools/voices.json says so (or a scenario has more speakers of one sex than there are variants);
the script warns then.
"""
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOICES_DIR = os.path.join(ROOT, "media", "voices")
MANIFEST = os.path.join(VOICES_DIR, "manifest.json")
ESPEAK_LANGUAGE = {"lv": "lv", "en": "en-gb"}


def load_json(path, default):
    if not os.path.exists(path):
        return default
    with open(path, encoding="utf-8") as f:
        return json.load(f)


PERSON_VARIANT = {"female": "f3", "male": "m3"}
# The other speakers' variants, most distinct from the person's and from each other first.
FEMALE = ["f1", "f2", "f4", "f5"]
MALE = ["m1", "m2", "m7", "m4", "m6", "m8"]


def sex_of(member):
    name = next(iter(member.get("name", {}).values()), member["id"])
    first = re.match(r"\w+", name)
    first = (first.group(0) if first else member["id"]).lower()
    return "female" if first.endswith(("a", "e")) else "male"


def variants_for(scenario_id, cast, overrides):
    """The espeak-ng variant of every cast member of one scenario: {cast-id: variant}."""
    chosen = {}
    for member in cast:
        key = f"{scenario_id}/{member['id']}"
        if key in overrides:
            chosen[member["id"]] = overrides[key]
    for member in cast:
        if member["id"] not in chosen and member.get("role") == "person":
            variant = PERSON_VARIANT[sex_of(member)]
            if variant not in chosen.values():
                chosen[member["id"]] = variant
    for member in cast:
        if member["id"] in chosen:
            continue
        sex = sex_of(member)
        pool = FEMALE if sex == "female" else MALE
        free = [v for v in pool if v not in chosen.values()]
        if free:
            chosen[member["id"]] = free[0]
        else:  # more speakers of this sex than variants: share, and say so below
            same = sum(1 for m in cast if m["id"] in chosen and sex_of(m) == sex)
            chosen[member["id"]] = pool[same % len(pool)]
    by_variant = {}
    for member_id, variant in chosen.items():
        by_variant.setdefault(variant, []).append(member_id)
    for variant, members in sorted(by_variant.items()):
        if len(members) > 1:
            print(f"warning: {scenario_id}: {', '.join(members)} share the voice {variant}; give one of them "
                  f"another in tools/voices.json", file=sys.stderr)
    return chosen


def spoken_text(line, language):
    """What is said: the segments joined, without stage directions in parentheses."""
    text = " ".join(seg["text"].get(language, "") for seg in line["segments"])
    if "(" not in text:
        return text  # unchanged, so that the recipes of lines made before stay the same
    return re.sub(r"\s+", " ", re.sub(r"\([^()]*\)", " ", text)).strip()


def synthesise(text, language, variant, out_path):
    with tempfile.TemporaryDirectory() as tmp:
        wav = os.path.join(tmp, "line.wav")
        subprocess.run(["espeak-ng", "-v", f"{ESPEAK_LANGUAGE.get(language, language)}+{variant}", "-s", "150",
                        "-w", wav, "--", text], check=True)
        os.makedirs(os.path.dirname(out_path), exist_ok=True)
        subprocess.run(["sox", wav, "-r", "22050", "-C", "3", out_path], check=True)


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "scenarios", "*.json")))
    overrides = load_json(os.path.join(ROOT, "tools", "voices.json"), {})
    manifest = load_json(MANIFEST, {})
    made = kept = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            scenario = json.load(f)
        sid = scenario["id"]
        cast = {m["id"]: m for m in scenario.get("cast", [])}
        variants = variants_for(sid, scenario.get("cast", []), overrides)
        scenario_dir = os.path.dirname(os.path.abspath(path))
        for scene in scenario.get("scenes", []):
            if scene.get("presentation", "spoken") != "spoken":
                continue
            # A conversation's replies are spoken lines too (scenario format 2).
            replies = [line for move in scene.get("moves", []) for line in move.get("reply", [])]
            for line in scene.get("lines", []) + replies:
                member = cast.get(line.get("speaker", ""))
                if not member:
                    continue
                variant = variants[member["id"]]
                voice = {}
                for language in scenario["languages"]:
                    text = spoken_text(line, language)
                    if not text.strip():
                        continue  # not written in this language yet (a translation begun): no recording
                    out = os.path.join(VOICES_DIR, sid, f"{line['id']}.{language}.ogg")
                    rel_manifest = os.path.relpath(out, VOICES_DIR)
                    recipe = hashlib.sha256(f"{language}|{variant}|{text}".encode()).hexdigest()
                    if manifest.get(rel_manifest, {}).get("recipe") != recipe or not os.path.exists(out):
                        synthesise(text, language, variant, out)
                        manifest[rel_manifest] = {"recipe": recipe, "what": f"{sid}: {member['id']} says line "
                                                  f"{line['id']} ({language})", "madeBy": f"espeak-ng "
                                                  f"{ESPEAK_LANGUAGE.get(language, language)}+{variant}, sox "
                                                  f"(Ogg Vorbis q3)", "licence": "CC-BY-SA-4.0"}
                        made += 1
                    else:
                        kept += 1
                    voice[language] = os.path.relpath(out, scenario_dir).replace(os.sep, "/")
                if voice:
                    line["voice"] = voice
                else:
                    line.pop("voice", None)
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(scenario, ensure_ascii=False, indent=2) + "\n")
    os.makedirs(VOICES_DIR, exist_ok=True)
    with open(MANIFEST, "w", encoding="utf-8") as f:
        f.write(json.dumps(dict(sorted(manifest.items())), ensure_ascii=False, indent=2) + "\n")
    print(f"{made} voice files made, {kept} unchanged")


if __name__ == "__main__":
    main()
