# The data-set generator (cmake/BuiltinData.cmake) on a small file with JSON
# escapes in names, a whole number, a range and, with BAD=1, a range that
# gives one end only (which must stop the configure). Run by CTest:
#   cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<dir> [-DBAD=1] -P tests/builtin_data_test.cmake
include(${SOURCE_DIR}/cmake/BuiltinData.cmake)

if(BAD)
  set(range [=["low": 1]=])
else()
  set(range [=["low": 1, "high": 3]=])
endif()
file(WRITE ${WORK_DIR}/data.json "{
  \"version\": \"v\\\"1\", \"default_platform\": \"p\",
  \"platforms\": [{\"id\": \"p\", \"name\": \"A \\\"quoted\\\" \\\\ name\",
    \"values\": {\"flag\": {\"value\": true, \"note\": \"say \\\"hi\\\" \\\\o/\"},
                 \"limit\": {\"value\": 300, \"source\": \"https://example.org/a\\\\b\"}}}],
  \"constants\": {\"share\": {\"value\": 2.5e-05, ${range}}}
}")
wb_write_builtin_data(${WORK_DIR}/data.json ${WORK_DIR}/builtin_data.cpp)
file(READ ${WORK_DIR}/builtin_data.cpp out)

foreach(expected
    [=[{"p", "A \"quoted\" \\ name"},]=]
    [=[{0, "flag", {DataValue::Kind::boolean, 1}},]=]
    [=[{0, "limit", {DataValue::Kind::number, 300.0}},]=]
    [=[{-1, "share", 1.0, 3.0},]=]
    [=["v\"1", "p",]=])
  string(FIND "${out}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "builtin_data.cpp lacks: ${expected}\n---\n${out}")
  endif()
endforeach()
# 2.5e-05 with 17 significant digits, read back as the same double.
if(NOT out MATCHES "{-1, \"share\", {DataValue::Kind::number, 2\\.50*[0-9]*e-0?5}}")
  message(FATAL_ERROR "the constant's value is not written as 2.5e-05:\n${out}")
endif()
