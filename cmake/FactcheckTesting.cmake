# factcheck_add_test(<name> SOURCES <files...> LIBS <targets...>): one GoogleTest binary,
# registered with ctest test by test (label "unit"). Used by tests/ and by each plugin's own
# tests/ folder.
find_package(GTest REQUIRED)
include(GoogleTest)

function(factcheck_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
  factcheck_target_warnings(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)
endfunction()
