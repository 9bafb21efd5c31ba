# factcheck_add_plugin(<name> SOURCES <files...> [OUTPUT_DIRECTORY <dir>])
#
# Builds a checker plugin: a MODULE library with hidden visibility (only the
# FACTCHECK_PLUGIN entry points are exported), linked to factcheck::sdk, with an rpath that
# finds libfactcheck_proto beside an installed factcheck. Installed with the project's own
# plugins; out-of-tree authors get the same function from find_package(factcheck).
function(factcheck_add_plugin name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE factcheck::sdk)
  set_target_properties(${name} PROPERTIES
    PREFIX "lib"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    INSTALL_RPATH "$ORIGIN/../.."
    BUILD_RPATH "$<TARGET_FILE_DIR:factcheck::proto>")
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED FACTCHECK_PLUGIN_OUTPUT_DIR)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${FACTCHECK_PLUGIN_OUTPUT_DIR})
  endif()
  target_link_options(${name} PRIVATE -Wl,--no-undefined)
  # factcheck's own plugins install beside the installed host; an explicit OUTPUT_DIRECTORY
  # marks test and benchmark plugins, which are never installed.
  if(FACTCHECK_INSTALL AND DEFINED FACTCHECK_PLUGIN_INSTALL_DIR AND NOT ARG_OUTPUT_DIRECTORY)
    install(TARGETS ${name} LIBRARY DESTINATION ${FACTCHECK_PLUGIN_INSTALL_DIR})
  endif()
endfunction()
