# review indicators without --catalog names the indicators from the shipped catalogue. It looked for
# <binary>/../../scenarios/catalog, which exists only for a build folder directly inside the source tree, and
# showed ids elsewhere. Three runs on a database with one played shipped scenario: the build tree's binary; a
# copy in a folder outside both trees (a build folder anywhere: the source tree's catalogue); a copy in an
# installed layout, <prefix>/bin beside <prefix>/share/saskati/scenarios/catalog, whose Latvian names are
# marked so that only that catalogue can give them.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(database ${WORK}/results.sqlite)
run_cli(0 play ${SOURCE}/scenarios/eures-job-offer.json --script ${SOURCE}/scenarios/tests/eures-job-offer-best.test.json
        --database ${database} --participant "Anna Bērziņa")

# Every indicator row (CSV: id first) shows the catalogue's Latvian name; at least `minimum` rows.
function(expect_names binary catalog minimum)
    set(CLI ${binary})
    run_cli(0 review indicators --csv --database ${database})
    file(READ ${catalog}/indicators.json json)
    string(JSON count LENGTH "${json}" indicators)
    math(EXPR last "${count} - 1")
    set(rows 0)
    foreach(i RANGE ${last})
        string(JSON id GET "${json}" indicators ${i} id)
        string(JSON name GET "${json}" indicators ${i} name lv)
        string(FIND "${out}" "\n${id}," at)
        if(at LESS 0)
            continue()
        endif()
        math(EXPR at "${at} + 1")
        string(SUBSTRING "${out}" ${at} -1 row)
        string(FIND "${row}" "\n" end)
        string(SUBSTRING "${row}" 0 ${end} row)
        string(FIND "${row}" "${name}" found)
        if(found LESS 0)
            message(FATAL_ERROR "${binary}: the row of '${id}' lacks its name '${name}' from ${catalog}: ${row}")
        endif()
        math(EXPR rows "${rows} + 1")
    endforeach()
    if(rows LESS minimum)
        message(FATAL_ERROR "${binary}: ${rows} named indicator rows, expected at least ${minimum}:\n${out}")
    endif()
    message(STATUS "${binary}: ${rows} indicators named from ${catalog}")
endfunction()

expect_names(${CLI} ${SOURCE}/scenarios/catalog 10)

file(COPY ${CLI} DESTINATION ${WORK}/elsewhere/bin)
get_filename_component(name ${CLI} NAME)
expect_names(${WORK}/elsewhere/bin/${name} ${SOURCE}/scenarios/catalog 10)

set(prefix ${WORK}/prefix)
file(COPY ${CLI} DESTINATION ${prefix}/bin)
file(COPY ${SOURCE}/scenarios/catalog DESTINATION ${prefix}/share/saskati/scenarios)
file(READ ${prefix}/share/saskati/scenarios/catalog/indicators.json json)
string(REPLACE "\"lv\": \"" "\"lv\": \"(installed) " json "${json}")
file(WRITE ${prefix}/share/saskati/scenarios/catalog/indicators.json "${json}")
expect_names(${prefix}/bin/${name} ${prefix}/share/saskati/scenarios/catalog 10)
