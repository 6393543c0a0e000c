# schemac_generate(): typed C++ headers from PostgreSQL schema files, regenerated as a build step.
#
#   schemac_generate(TARGET <name>
#                    SCHEMA_DIR <directory or .sql file>
#                    OUT_DIR <directory>
#                    [NAMESPACE <C++ namespace>]     # default: db
#                    [TYPE_MAP <file>]               # schemac generate --type-map
#                    [NLOHMANN_JSON]                 # json values convert to/from nlohmann::json
#                    [ALL])                          # regenerate in every build, even unused
#
# Creates the INTERFACE library <name>. Linking it puts OUT_DIR on the include path (include
# "<schema>.hpp"), compiles as C++17 or later with PQXX_HAVE_OPTIONAL=1 (which libpqxx 6.4 needs
# for std::optional), links libpqxx, and orders the generation before the compilation of every
# target that links it. The custom command depends on every .sql file under SCHEMA_DIR (new files
# are picked up at build time), on the type map and on the schemac binary, so editing a schema
# file regenerates the headers in the next build; schemac rewrites only files whose content
# changed, so only code that includes a changed header recompiles.
#
# schemac itself comes from, in order: the `schemac` target of this build (add_subdirectory),
# the imported `schemac::schemac` (find_package(schemac)), SCHEMAC_EXECUTABLE, or PATH.
include_guard(GLOBAL)

function(schemac_generate)
  cmake_parse_arguments(PARSE_ARGV 0 arg "NLOHMANN_JSON;ALL" "TARGET;SCHEMA_DIR;OUT_DIR;NAMESPACE;TYPE_MAP" "")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "schemac_generate: unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  foreach(required TARGET SCHEMA_DIR OUT_DIR)
    if(NOT arg_${required})
      message(FATAL_ERROR "schemac_generate: ${required} is required")
    endif()
  endforeach()
  if(NOT arg_NAMESPACE)
    set(arg_NAMESPACE db)
  endif()

  get_filename_component(schema "${arg_SCHEMA_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  get_filename_component(out_dir "${arg_OUT_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  if(IS_DIRECTORY "${schema}")
    # CONFIGURE_DEPENDS: a new schema file re-runs the glob (and so the generation) at build time.
    file(GLOB_RECURSE schema_files CONFIGURE_DEPENDS "${schema}/*.sql")
  elseif(EXISTS "${schema}")
    set(schema_files "${schema}")
  else()
    message(FATAL_ERROR "schemac_generate: SCHEMA_DIR ${schema} does not exist")
  endif()

  if(TARGET schemac)
    set(schemac_command "$<TARGET_FILE:schemac>")
    set(schemac_dependency schemac)
  elseif(TARGET schemac::schemac)
    set(schemac_command "$<TARGET_FILE:schemac::schemac>")
    set(schemac_dependency "$<TARGET_FILE:schemac::schemac>")
  else()
    if(NOT SCHEMAC_EXECUTABLE)
      find_program(SCHEMAC_EXECUTABLE schemac REQUIRED)
    endif()
    set(schemac_command "${SCHEMAC_EXECUTABLE}")
    set(schemac_dependency "${SCHEMAC_EXECUTABLE}")
  endif()

  set(command_args generate --schema "${schema}" --out "${out_dir}" --namespace "${arg_NAMESPACE}")
  set(type_map_dependency "")
  if(arg_TYPE_MAP)
    get_filename_component(type_map "${arg_TYPE_MAP}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND command_args --type-map "${type_map}")
    set(type_map_dependency "${type_map}")
  endif()

  # The headers a schema produces are known only after parsing it, so the command's output is a
  # stamp; consumers see header changes through their own dependency scanning.
  set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${arg_TARGET}.schemac.stamp")
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND ${schemac_command} ${command_args}
    COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
    DEPENDS ${schema_files} ${type_map_dependency} ${schemac_dependency}
    COMMENT "schemac generate: ${arg_TARGET} (${out_dir})"
    VERBATIM)
  if(arg_ALL)
    add_custom_target(${arg_TARGET}_generate ALL DEPENDS "${stamp}")
  else()
    add_custom_target(${arg_TARGET}_generate DEPENDS "${stamp}")
  endif()

  add_library(${arg_TARGET} INTERFACE)
  add_dependencies(${arg_TARGET} ${arg_TARGET}_generate)
  target_include_directories(${arg_TARGET} INTERFACE "${out_dir}")
  target_compile_features(${arg_TARGET} INTERFACE cxx_std_17)
  target_compile_definitions(${arg_TARGET} INTERFACE PQXX_HAVE_OPTIONAL=1)

  if(TARGET PkgConfig::PQXX)
    target_link_libraries(${arg_TARGET} INTERFACE PkgConfig::PQXX)
  else()
    if(NOT TARGET PkgConfig::SCHEMAC_PQXX)
      find_package(PkgConfig REQUIRED)
      pkg_check_modules(SCHEMAC_PQXX REQUIRED IMPORTED_TARGET GLOBAL libpqxx)
    endif()
    target_link_libraries(${arg_TARGET} INTERFACE PkgConfig::SCHEMAC_PQXX)
  endif()
  if(arg_NLOHMANN_JSON)
    if(NOT TARGET nlohmann_json::nlohmann_json)
      find_package(nlohmann_json 3 REQUIRED)
    endif()
    target_compile_definitions(${arg_TARGET} INTERFACE SCHEMAC_WITH_NLOHMANN_JSON=1)
    target_link_libraries(${arg_TARGET} INTERFACE nlohmann_json::nlohmann_json)
  endif()
endfunction()
