# strings import's reports and refusals (issue 21), on a copy of the minimal test scenario and its English
# exported as PO: a translation marked fuzzy, one whose source changed since the export, an entry for a text the
# scenario no longer has, a second entry for one text, an entry without msgstr; each named at its place, and the
# scenario left as it was until --partial writes what is translated.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${DATA}/valid/minimal.json ${DATA}/valid/media DESTINATION ${WORK})
set(scenario ${WORK}/minimal.json)
set(catalog --catalog ${DATA}/catalog)
file(SHA256 ${scenario} original)
run_cli(0 strings export ${scenario} --language en --output ${WORK}/en.po)
file(READ ${WORK}/en.po po)

# expect_refused(NAME PO-TEXT PATTERN...): importing PO-TEXT exits 1, leaves the scenario as it was, and says
# each PATTERN on stderr.
function(expect_refused name text)
    file(WRITE ${WORK}/${name}.po "${text}")
    run_cli(1 strings import ${scenario} ${WORK}/${name}.po ${catalog})
    file(SHA256 ${scenario} now)
    if(NOT now STREQUAL original)
        message(FATAL_ERROR "${name}: the scenario changed")
    endif()
    foreach(pattern IN LISTS ARGN)
        if(NOT err MATCHES "${pattern}")
            message(FATAL_ERROR "${name}: stderr does not say '${pattern}':\n${err}")
        endif()
    endforeach()
endfunction()

# The title's English marked fuzzy: a warning at the title in the scenario (line 9, its value's column).
string(REPLACE "msgctxt \"title\"" "#, fuzzy\nmsgctxt \"title\"" fuzzy "${po}")
expect_refused(fuzzy "${fuzzy}" "minimal.json:9:[0-9]+: warning: 'title' is marked fuzzy or as needing review at .*fuzzy.po:[0-9]+"
               "left as it was: 1 text")
# The title's Latvian changed since the export: stale.
string(REPLACE "msgid \"Darba piedāvājums\"" "msgid \"Vecs virsraksts\"" stale "${po}")
expect_refused(stale "${stale}" "minimal.json:9:[0-9]+: warning: 'title' changed in lv since it was translated")
# A text the scenario no longer has: named at the PO file's line, and the rest still comes back unchanged.
file(WRITE ${WORK}/extra.po "${po}\nmsgctxt \"scenes[gone].title\"\nmsgid \"Aina\"\nmsgstr \"Scene\"\n")
run_cli(0 strings import ${scenario} ${WORK}/extra.po ${catalog})
if(NOT err MATCHES "extra.po:[0-9]+:1: warning: the scenario has no text 'scenes\\[gone\\].title'" OR NOT out MATCHES "unchanged")
    message(FATAL_ERROR "extra: ${out} ${err}")
endif()
# Two entries for one text: an error at the second.
expect_refused(twice "${po}\nmsgctxt \"title\"\nmsgid \"Darba piedāvājums\"\nmsgstr \"Job\"\n"
               "twice.po:[0-9]+:1: error: a second entry for 'title'")
# An entry without msgstr: an error in the PO file, not a silently missing text.
string(REPLACE "msgid \"Darba piedāvājums\"\nmsgstr \"A job offer\"" "msgid \"Darba piedāvājums\"" nostr "${po}")
expect_refused(nostr "${nostr}" "nostr.po:[0-9]+:1: error: the entry before this line has no msgstr")

# Russian with only the title translated: refused as it is; with --partial the title is written and Russian is
# not declared.
string(REPLACE "Language: en" "Language: ru" ru "${po}")
string(REGEX REPLACE "msgstr \"[^\"]*\"\n" "msgstr \"\"\n" ru "${ru}")
string(REGEX REPLACE "(\n\"[^\"]*\")+\n\nmsgctxt" "\n\nmsgctxt" ru "${ru}")
string(REPLACE "msgid \"Darba piedāvājums\"\nmsgstr \"\"" "msgid \"Darba piedāvājums\"\nmsgstr \"Предложение работы\"" ru "${ru}")
expect_refused(partial "${ru}" "has no ru translation" "left as it was: [0-9]+ text\\(s\\) not translated into ru")
run_cli(0 strings import ${scenario} ${WORK}/partial.po ${catalog} --partial)
file(READ ${scenario} written)
string(JSON title GET "${written}" title ru)
string(JSON languages GET "${written}" languages)
if(NOT title STREQUAL "Предложение работы" OR languages MATCHES "ru")
    message(FATAL_ERROR "--partial: the title is '${title}', the languages ${languages}")
endif()
