#pragma once

#include "twineimport.h"

namespace saskati {

/// True when `bytes` look like a story Twine 2 published ("Publish to File", or the story library's .html):
/// it holds a `<tw-storydata>` element.
bool isTwineHtml(const QByteArray &bytes);

/// Reads a story Twine 2 published as HTML (https://github.com/iftechfoundation/twine-specs/blob/master/
/// twine-2-htmloutput-spec.md): `<tw-storydata name startnode format>` and its `<tw-passagedata pid name
/// tags>` elements, their text HTML-escaped. It is brought in exactly as the same story in Twee 3
/// (importTwee): the story's name the title, the start node the start; what could not be mapped is reported
/// at the HTML file's line (its column counted in the passage's unescaped text). The story's own script and
/// stylesheet are reported as not brought in.
TwineImport importTwineHtml(const QString &fileName, const QByteArray &html, const QString &language);

} // namespace saskati
