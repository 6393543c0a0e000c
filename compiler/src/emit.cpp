#include "schemac/emit.hpp"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

namespace schemac {

namespace {

std::string hazard_list(const std::set<Hazard>& hazards) {
  std::string out;
  for (Hazard h : hazards) out += (out.empty() ? "" : ", ") + std::string(hazard_name(h));
  return out;
}

// A `--` comment ends at the first line break: names and labels quoted in a description may
// hold one, and what followed it would run as SQL. Line breaks are shown escaped instead.
std::string comment_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += c;
    }
  }
  return out;
}

void emit_step(std::string& out, const Step& s) {
  out += "-- " + comment_text(s.description) + "\n";
  if (!s.hazards.empty()) out += "-- hazards: " + hazard_list(s.hazards) + "\n";
  for (const auto& n : s.notes) out += "-- note: " + comment_text(n) + "\n";
  for (const auto& st : s.statements) out += st + ";\n";
  out += "\n";
}

}  // namespace

std::string emit_sql(const Plan& plan, const EmitOptions& options) {
  if (plan.empty()) return {};
  std::string out = fmt::format("-- schemac {} plan: {} step{}\n", options.title, plan.steps.size(),
                                plan.steps.size() == 1 ? "" : "s");
  auto hazards = plan.hazards();
  if (!hazards.empty()) out += "-- hazards: " + hazard_list(hazards) + "\n";
  // Expressions are printed relative to this search_path; function bodies are not checked at
  // creation (as in pg_dump), so a function may be created before what its body uses.
  out += "SET search_path = public;\nSET check_function_bodies = false;\n\n";
  Phase open = Phase::before_transaction;
  bool in_block = false;
  for (const auto& s : plan.steps) {
    if (!in_block || s.phase != open) {
      if (in_block) out += open == Phase::after_transaction ? "" : "COMMIT;\n\n";
      open = s.phase;
      in_block = true;
      if (s.phase != Phase::after_transaction) out += "BEGIN;\n\n";
    }
    emit_step(out, s);
  }
  if (in_block && open != Phase::after_transaction) out += "COMMIT;\n";
  return out;
}

std::string emit_migration_script(const std::vector<Step>& steps, const std::string& header, bool transactional) {
  std::string out = header;
  if (!transactional) out += "-- schemac:no-transaction\n";
  std::set<Hazard> hazards;
  for (const auto& s : steps) hazards.insert(s.hazards.begin(), s.hazards.end());
  if (!hazards.empty()) out += "-- hazards: " + hazard_list(hazards) + "\n";
  out += "\nSET search_path = public;\nSET check_function_bodies = false;\n\n";
  for (const auto& s : steps) emit_step(out, s);
  return out;
}

std::string emit_json(const Plan& plan, const std::set<Hazard>& refused) {
  nlohmann::ordered_json doc;
  doc["steps"] = nlohmann::ordered_json::array();
  for (const auto& s : plan.steps) {
    nlohmann::ordered_json j;
    j["object"] = describe(s.object);
    j["action"] = s.action;
    j["description"] = s.description;
    j["phase"] = s.phase == Phase::before_transaction ? "before-transaction"
                 : s.phase == Phase::transaction      ? "transaction"
                                                      : "after-transaction";
    j["hazards"] = nlohmann::ordered_json::array();
    for (Hazard h : s.hazards) j["hazards"].push_back(hazard_name(h));
    j["notes"] = s.notes;
    j["sql"] = s.statements;
    doc["steps"].push_back(std::move(j));
  }
  doc["hazards"] = nlohmann::ordered_json::array();
  for (Hazard h : plan.hazards()) doc["hazards"].push_back(hazard_name(h));
  doc["refused_hazards"] = nlohmann::ordered_json::array();
  for (Hazard h : refused) doc["refused_hazards"].push_back(hazard_name(h));
  return doc.dump(2) + "\n";
}

std::string emit_summary(const Plan& plan) {
  if (plan.empty()) return "schemac: no changes\n";
  std::map<std::string, int> counts;
  for (const auto& s : plan.steps) counts[s.action]++;
  std::string out = fmt::format("schemac: {} step{} ({} create, {} alter, {} drop)\n", plan.steps.size(),
                                plan.steps.size() == 1 ? "" : "s", counts["create"], counts["alter"], counts["drop"]);
  for (const auto& s : plan.steps) {
    const char* mark = s.action == "create" ? "+" : s.action == "drop" ? "-" : "~";
    out += fmt::format("  {} {}", mark, s.description);
    if (!s.hazards.empty()) out += "  [" + hazard_list(s.hazards) + "]";
    out += "\n";
  }
  std::map<Hazard, int> per_hazard;
  for (const auto& s : plan.steps) {
    for (Hazard h : s.hazards) per_hazard[h]++;
  }
  if (!per_hazard.empty()) {
    out += "hazards:";
    for (const auto& [h, n] : per_hazard) out += fmt::format(" {} ({})", hazard_name(h), n);
    out += "\n";
  }
  return out;
}

}  // namespace schemac
