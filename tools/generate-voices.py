#!/usr/bin/env python3
"""Synthesises a voice for every line the person in a scenario says, in each of its languages.

    tools/generate-voices.py [SCENARIO.json ...]      (default: scenarios/*.json)

For each line whose speaker has the cast role "person", the line's segments are joined per language, spoken with
espeak-ng (Debian package espeak-ng) and encoded to Ogg Vorbis with sox (packages sox, libsox-fmt-base) into
media/voices/<scenario-id>/<line-id>.<language>.ogg; the line gets "voice": {"lv": ..., "en": ...}.
The generated files are committed: the app needs no synthesiser at run time. A file is only made again when its
text or voice changes (media/voices/manifest.json keeps what each was made from), because Ogg encoding is not
byte-for-byte reproducible.

Voices: espeak-ng's language voice with a female or male variant. The variant comes from
tools/voices.json ({"<scenario-id>/<cast-id>": "f3"}) or, failing that, from the Latvian name ending
(-a, -e: female; otherwise male), which holds for most Latvian first names; add an entry when it does not.
"""
import glob
import hashlib
import json
import os
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


def variant_for(scenario_id, member, overrides):
    key = f"{scenario_id}/{member['id']}"
    if key in overrides:
        return overrides[key]
    name = next(iter(member.get("name", {}).values()), member["id"]).split()[0].lower()
    return "f3" if name.endswith(("a", "e")) else "m3"


def synthesise(text, language, variant, out_path):
    with tempfile.TemporaryDirectory() as tmp:
        wav = os.path.join(tmp, "line.wav")
        subprocess.run(["espeak-ng", "-v", f"{ESPEAK_LANGUAGE.get(language, language)}+{variant}", "-s", "150",
                        "-w", wav, text], check=True)
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
        scenario_dir = os.path.dirname(os.path.abspath(path))
        for scene in scenario.get("scenes", []):
            for line in scene.get("lines", []):
                member = cast.get(line.get("speaker", ""))
                if not member or member.get("role") != "person":
                    continue
                variant = variant_for(sid, member, overrides)
                voice = {}
                for language in scenario["languages"]:
                    text = " ".join(seg["text"][language] for seg in line["segments"])
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
                line["voice"] = voice
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(scenario, ensure_ascii=False, indent=2) + "\n")
    os.makedirs(VOICES_DIR, exist_ok=True)
    with open(MANIFEST, "w", encoding="utf-8") as f:
        f.write(json.dumps(dict(sorted(manifest.items())), ensure_ascii=False, indent=2) + "\n")
    print(f"{made} voice files made, {kept} unchanged")


if __name__ == "__main__":
    main()
