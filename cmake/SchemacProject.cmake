# schemac's own use of `schemac generate`: the installed package configuration (so another
# project can find_package(schemac) and call schemac_generate()), and the rule that keeps the
# checked-in generated/ in step with schema/.
#
# Included from the top-level CMakeLists.txt after the `schemac` target exists.
include(CMakePackageConfigHelpers)

set(SCHEMAC_INSTALL_BINDIR bin)
set(SCHEMAC_INSTALL_CMAKEDIR lib/cmake/schemac)
configure_package_config_file(
  "${CMAKE_CURRENT_LIST_DIR}/schemacConfig.cmake.in" "${CMAKE_BINARY_DIR}/schemacConfig.cmake"
  INSTALL_DESTINATION "${SCHEMAC_INSTALL_CMAKEDIR}"
  PATH_VARS SCHEMAC_INSTALL_BINDIR)
write_basic_package_version_file("${CMAKE_BINARY_DIR}/schemacConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion)
install(FILES
  "${CMAKE_BINARY_DIR}/schemacConfig.cmake"
  "${CMAKE_BINARY_DIR}/schemacConfigVersion.cmake"
  "${CMAKE_CURRENT_LIST_DIR}/SchemacGenerate.cmake"
  DESTINATION "${SCHEMAC_INSTALL_CMAKEDIR}")

# generated/: the C++ for schema/, checked in. Every build rewrites it when schema/ changed
# (edit a schema file, build, commit both); the tests check that it is fresh and that its
# headers compile with -Wall -Wextra -Werror (tests/codegen/CMakeLists.txt), and .ci/run fails
# when the build changed a checked-in file, i.e. when generated/ was not committed.
option(SCHEMAC_REGENERATE_GENERATED "Regenerate the checked-in generated/ from schema/ in every build" ON)
option(SCHEMAC_CHECK_GENERATED "Test that the checked-in generated/ is fresh and compiles" ON)
if(SCHEMAC_REGENERATE_GENERATED)
  schemac_generate(TARGET schemac_generated ALL
                   SCHEMA_DIR "${PROJECT_SOURCE_DIR}/schema"
                   OUT_DIR "${PROJECT_SOURCE_DIR}/generated"
                   NAMESPACE db)
endif()
