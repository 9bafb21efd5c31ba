# Binary indexes of the built-in packages (docs/datasets.md, "Package indexes"), written by
# `factcheck datasets index` into share/factcheck/dataset-index/ beside the datasets link.
# Each is rebuilt when a file of its package, the country list (names bindings map through
# it) or factcheck itself changes; nothing generated is kept in the source tree.
set(FACTCHECK_DATASET_INDEX_DIR ${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_DATADIR}/factcheck/dataset-index)
file(GLOB_RECURSE country_list_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/datasets/country-codes/*)
file(GLOB package_dirs LIST_DIRECTORIES true ${PROJECT_SOURCE_DIR}/datasets/*)
set(dataset_indexes)
foreach(package_dir IN LISTS package_dirs)
  if(NOT EXISTS ${package_dir}/datapackage.json AND NOT EXISTS ${package_dir}/datapackage.yml
     AND NOT EXISTS ${package_dir}/datapackage.yaml)
    continue()
  endif()
  get_filename_component(package ${package_dir} NAME)
  file(GLOB_RECURSE package_files CONFIGURE_DEPENDS ${package_dir}/*)
  set(index ${FACTCHECK_DATASET_INDEX_DIR}/${package}.fcidx)
  add_custom_command(
    OUTPUT ${index}
    COMMAND factcheck --dataset-dir ${PROJECT_SOURCE_DIR}/datasets datasets index --output ${index} ${package_dir}
    DEPENDS factcheck ${package_files} ${country_list_files}
    COMMENT "Indexing dataset package ${package}"
    VERBATIM)
  list(APPEND dataset_indexes ${index})
endforeach()
add_custom_target(dataset_indexes ALL DEPENDS ${dataset_indexes})
