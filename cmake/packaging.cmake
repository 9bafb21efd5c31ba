# Debian package for operators: `cpack -G DEB --config build/release/CPackConfig.cmake` makes
# factcheck_<version>_amd64.deb: the CLI and libfactcheck_proto.so, the bundled plugins and
# datasets, the plugin SDK (headers, proto files, CMake package), the docs with the sample
# article, the systemd unit, /etc/factcheck/server.json (a conffile) and maintainer scripts
# that create the factcheck system user (deploy/debian/). One package, no -dev split: the SDK
# is a few headers and CMake files, and an operator who adds a checker builds it on the same
# machine against exactly the installed host.
#
# The package installs under /usr, the same relocatable layout as `cmake --install`: the
# binary finds its plugins and datasets relative to itself (core/src/util/install_paths.cpp),
# whatever library directory GNUInstallDirs chose.
install(FILES ${PROJECT_SOURCE_DIR}/examples/articles/russia-iraq-2016-02-11.txt
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR})
# Absolute destinations, for the package only (component "deb", never in `cmake --install`).
install(FILES ${PROJECT_SOURCE_DIR}/deploy/systemd/factcheck.service DESTINATION /lib/systemd/system
        COMPONENT deb EXCLUDE_FROM_ALL)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/server.json DESTINATION /etc/factcheck COMPONENT deb EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME factcheck)
set(CPACK_PACKAGE_VENDOR factcheck)
set(CPACK_PACKAGE_CONTACT "factcheck maintainers <maintainers@users.noreply.r-seed-49f92a14.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
       "factcheck finds the numbers in a news article and checks them against reference datasets\n"
       "with checker plugins: the factcheck command line (check, extract, plugins, datasets, serve),\n"
       "the bundled plugins and datasets, the gRPC service's systemd unit, and the plugin SDK.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Both components in one package (the default component holds everything but the unit and config).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_COMPONENTS_ALL Unspecified deb)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
# Depends: the shared libraries the binaries link (dpkg-shlibdeps, from dpkg-dev), plus passwd
# for the maintainer scripts' useradd. Building a plugin needs a compiler and Protobuf.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS passwd)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cmake, g++, libprotobuf-dev")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/deploy/debian/postinst ${PROJECT_SOURCE_DIR}/deploy/debian/prerm
    ${PROJECT_SOURCE_DIR}/deploy/debian/postrm ${PROJECT_SOURCE_DIR}/deploy/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
