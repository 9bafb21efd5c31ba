# Install layout (relocatable): bin/factcheck, lib/libfactcheck_proto.so, lib/libfactcheck_testing.so,
# lib/factcheck/plugins/*.so, share/factcheck/datasets/, include/factcheck/, and the CMake
# package lib/cmake/factcheck so plugin authors can find_package(factcheck).
include(CMakePackageConfigHelpers)

install(TARGETS factcheck_sdk factcheck_proto factcheck_testing EXPORT factcheckTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/core/include/factcheck DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${FACTCHECK_PROTO_HEADERS} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/factcheck/v1)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/proto/factcheck DESTINATION ${CMAKE_INSTALL_DATADIR}/factcheck/proto)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/datasets/ DESTINATION ${FACTCHECK_DATASET_INSTALL_DIR})
install(DIRECTORY ${FACTCHECK_DATASET_INDEX_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/factcheck/dataset-index)
install(TARGETS factcheck RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/factcheck)
install(EXPORT factcheckTargets NAMESPACE factcheck:: DESTINATION ${config_dir})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/factcheckConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/factcheckConfig.cmake INSTALL_DESTINATION ${config_dir}
                              PATH_VARS CMAKE_INSTALL_BINDIR FACTCHECK_DATASET_INSTALL_DIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/factcheckConfigVersion.cmake
                                 COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/factcheckConfig.cmake ${PROJECT_BINARY_DIR}/factcheckConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/FactcheckPlugin.cmake
        DESTINATION ${config_dir})
