#!/usr/bin/env python3
"""Writes a pseudo-translation of the interface for layout tests (issue 21).

    tools/pseudo-translate.py IN.ts OUT.ts

Every message of IN.ts (a Qt Linguist file of the app, e.g. qml/i18n/saskati_lv.ts) is translated to its English
source with accents on its letters and made 40 % longer (a padding word at the end, so that it can wrap as a real
longer text would), placeholders (%1, %n, %L1) and XML entities kept. Run through the screenshot tour with
--check-layout (`saskati --translation OUT.qm`), it shows where a longer language would be cut off or overlap.
"""
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans("aceinosuyzACEINOSUYZ", "áçéîñöšüýžÅÇÉÎÑÖŠÜÝŽ")
PLACEHOLDER = re.compile(r"%L?\d+|%n|%%")


def pseudo(text: str) -> str:
    if not text:
        return text
    # Accents on the letters between placeholders, never inside them.
    parts = []
    last = 0
    for m in PLACEHOLDER.finditer(text):
        parts.append(text[last:m.start()].translate(ACCENTS))
        parts.append(m.group(0))
        last = m.end()
    parts.append(text[last:].translate(ACCENTS))
    accented = "".join(parts)
    extra = max(1, round(len(text) * 0.4))
    padding = ("ŵörđ " * (extra // 5 + 1))[: extra - 1].rstrip() if extra > 1 else ""
    return accented + (" " + padding if padding else "·")


def main(source: str, target: str) -> None:
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "lv_LV")  # three plural forms, as Latvian has
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
