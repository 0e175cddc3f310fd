# review report writes the app's report (report/) from the command line: the PDF with its sections named in the
# chosen language, and the CSV tables, whose decisions are the same items `review items` counts.
include(${CMAKE_CURRENT_LIST_DIR}/common.cmake)
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(database ${WORK}/results.sqlite)
run_cli(0 play ${SOURCE}/scenarios/eures-job-offer.json --script ${SOURCE}/scenarios/tests/eures-job-offer-best.test.json
        --database ${database} --participant "Anna Bērziņa")

run_cli(2 review report --database ${database})
if(NOT err MATCHES "needs --pdf FILE, --tables FOLDER or both")
    message(FATAL_ERROR "review report without an output: ${err}")
endif()
run_cli(2 review report --database ${database} --pdf ${WORK}/x.pdf --language de)

# language: the section titles it must print, in order
function(expect_report language)
    set(pdf ${WORK}/report-${language}.pdf)
    run_cli(0 review report --database ${database} --scenario eures-job-offer --language ${language} --pdf ${pdf}
            --tables ${WORK}/tables-${language})
    file(READ ${pdf} head LIMIT 5)
    if(NOT head MATCHES "^%PDF-")
        message(FATAL_ERROR "${pdf} is not a PDF")
    endif()
    set(at 0)
    foreach(title IN LISTS ARGN)
        string(FIND "${out}" "\n  ${title}: page " found)
        if(found LESS at)
            message(FATAL_ERROR "the ${language} report lacks the section '${title}' (in order):\n${out}")
        endif()
        set(at ${found})
    endforeach()
endfunction()
expect_report(lv "Kopskats" "Pazīmes" "Lēmumi" "Izaugsme")
expect_report(en "Overview" "Indicators" "Decisions" "Improvement")

# The tables' decisions are the items of `review items` for the same scenario, one row each.
run_cli(0 review items --csv --scenario eures-job-offer --database ${database})
string(REGEX MATCHALL "\nchoice:[^,]+|\nreferral|\nquestion:[^,]+" items "${out}")
file(READ ${WORK}/tables-en/decisions.csv decisions)
string(REGEX MATCHALL "\nchoice:[^,]+|\nreferral|\nquestion:[^,]+" rows "${decisions}")
list(LENGTH items count)
if(count EQUAL 0 OR NOT items STREQUAL rows)
    message(FATAL_ERROR "decisions.csv has the items\n${rows}\nbut review items counts\n${items}")
endif()
message(STATUS "${count} decisions in both")
