# Puts the engine's chapter diagram, as engine/CMakeLists.txt wrote it from the CMake targets, into
# docs/architecture.md between its graph markers; with -DCHECK=ON only says whether that copy is current.
# cmake -DGRAPH=build/architecture-graph.mmd -DDOC=docs/architecture.md [-DCHECK=ON] -P tools/architecture-graph.cmake
file(READ "${GRAPH}" graph)
file(READ "${DOC}" doc)
set(begin "<!-- graph:begin -->\n```mermaid\n")
set(end "```\n<!-- graph:end -->")
string(FIND "${doc}" "${begin}" from)
string(FIND "${doc}" "${end}" to)
if(from EQUAL -1 OR to EQUAL -1 OR to LESS from)
    message(FATAL_ERROR "${DOC}: no graph markers (<!-- graph:begin --> ```mermaid ... ``` <!-- graph:end -->); "
                        "add them where the diagram belongs")
endif()
string(LENGTH "${begin}" beginLength)
math(EXPR start "${from} + ${beginLength}")
math(EXPR length "${to} - ${start}")
string(SUBSTRING "${doc}" ${start} ${length} current)
if(current STREQUAL graph)
    message(STATUS "${DOC}: the diagram is current")
    return()
endif()
if(CHECK)
    message(FATAL_ERROR "${DOC}: the diagram of the engine's chapters differs from the CMake targets'. "
                        "Run tools/architecture-graph.sh and commit the change.\nThe targets say:\n${graph}")
endif()
string(SUBSTRING "${doc}" 0 ${start} head)
string(SUBSTRING "${doc}" ${to} -1 tail)
file(WRITE "${DOC}" "${head}${graph}${tail}")
message(STATUS "${DOC}: diagram updated")
