#include "schemac/project.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "schemac/diagnostics.hpp"
#include "schemac/file_io.hpp"

namespace schemac {

ProjectSettings load_project_settings(const std::filesystem::path& dir) {
  ProjectSettings settings;
  std::filesystem::path path = dir / kProjectFileName;
  auto text = read_file(path);
  if (!text) return settings;
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(*text);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(fmt::format("{}: not valid JSON: {}", path.string(), e.what()));
  }
  if (!doc.is_object()) throw Error(fmt::format("{}: expected a JSON object", path.string()));
  auto text_value = [&](const std::string& key, const nlohmann::json& value) {
    if (!value.is_string()) throw Error(fmt::format("{}: \"{}\" must be a string", path.string(), key));
    return value.get<std::string>();
  };
  for (const auto& [key, value] : doc.items()) {
    if (key == "schema") {
      settings.schema = text_value(key, value);
    } else if (key == "migrations") {
      settings.migrations = text_value(key, value);
    } else if (key == "generated") {
      settings.generated = text_value(key, value);
    } else if (key == "scratch_setup") {
      if (!value.is_array()) throw Error(fmt::format("{}: \"scratch_setup\" must be a list of paths", path.string()));
      for (const auto& item : value) settings.scratch_setup.push_back(text_value(key, item));
    } else {
      throw Error(fmt::format("{}: unknown setting \"{}\" (known: schema, migrations, generated, scratch_setup)",
                              path.string(), key));
    }
  }
  return settings;
}

}  // namespace schemac
