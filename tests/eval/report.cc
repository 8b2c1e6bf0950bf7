#include "report.h"

#include <cstdio>

namespace letterbox::eval {
namespace {

std::string fixed3(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

std::string pad(std::string text, size_t width) {
  if (text.size() < width) text.append(width - text.size(), ' ');
  return text;
}

std::string accuracy_line(const std::string& name, const Accuracy& accuracy) {
  return pad(name, 22) + "accuracy " + fixed3(accuracy.value()) + "  (" + std::to_string(accuracy.right) + "/" +
         std::to_string(accuracy.total) + ")\n";
}

std::string tally_line(const std::string& name, const Tally& tally) {
  return pad(name, 22) + "P " + fixed3(tally.precision()) + "  R " + fixed3(tally.recall()) + "  F1 " +
         fixed3(tally.f1()) + "  (right " + std::to_string(tally.true_positives) + ", false alarms " +
         std::to_string(tally.false_positives) + ", misses " + std::to_string(tally.false_negatives) + ")\n";
}

std::string findings_text(const std::vector<Finding>& findings) {
  std::string out;
  for (const auto& finding : findings)
    out += pad(finding.kind, 13) + pad(finding.field, 21) + finding.value + "  " + finding.file + "\n";
  return out;
}

std::string targets_text(const std::vector<Target>& targets) {
  std::string out;
  int unmet = 0;
  for (const auto& target : targets) {
    out += pad(target.met() ? "met" : "NOT MET", 9) + pad(target.measure, 22) + fixed3(target.actual) +
           (target.met() ? " >= " : " < ") + fixed3(target.minimum) + "\n";
    if (!target.met()) ++unmet;
  }
  return out + (unmet == 0 ? "all targets met\n" : std::to_string(unmet) + " target(s) not met\n");
}

nlohmann::json accuracy_json(const Accuracy& accuracy) {
  return {{"accuracy", accuracy.value()}, {"right", accuracy.right}, {"total", accuracy.total}};
}

nlohmann::json tally_json(const Tally& tally) {
  return {{"precision", tally.precision()},
          {"recall", tally.recall()},
          {"f1", tally.f1()},
          {"true_positives", tally.true_positives},
          {"false_positives", tally.false_positives},
          {"false_negatives", tally.false_negatives}};
}

}  // namespace

std::string format_text(const Report& report) {
  const Scores& s = report.scores;
  std::string out = "letters scored: " + std::to_string(s.letters) + " (" + report.folder + ")\n\n";
  out += accuracy_line("date", s.date);
  out += accuracy_line("type", s.type);
  out += accuracy_line("sender", s.sender);
  out += accuracy_line("sender role", s.sender_role);
  out += accuracy_line("sender organisation", s.sender_organisation);
  out += accuracy_line("minister (per letter)", s.minister_sets);
  out += tally_line("recipients", s.recipients);
  out += tally_line("ministers", s.ministers);
  out += tally_line("people", s.people);
  out += tally_line("bodies", s.bodies);
  out += tally_line("grades", s.grades);
  out += accuracy_line("grade aspect", s.grade_aspect);
  out += accuracy_line("grade, no aspect", s.grade_no_aspect);
  out += tally_line("places", s.places);
  if (!s.findings.empty()) out += "\nmisses, false alarms and wrong values\n" + findings_text(s.findings);
  if (!report.targets.empty()) out += "\ntargets\n" + targets_text(report.targets);
  return out;
}

nlohmann::json to_json(const Report& report) {
  const Scores& s = report.scores;
  nlohmann::json out{{"folder", report.folder},
                     {"letters", s.letters},
                     {"date", accuracy_json(s.date)},
                     {"type", accuracy_json(s.type)},
                     {"sender", accuracy_json(s.sender)},
                     {"sender_role", accuracy_json(s.sender_role)},
                     {"sender_organisation", accuracy_json(s.sender_organisation)},
                     {"minister_per_letter", accuracy_json(s.minister_sets)},
                     {"recipients", tally_json(s.recipients)},
                     {"ministers", tally_json(s.ministers)},
                     {"people", tally_json(s.people)},
                     {"bodies", tally_json(s.bodies)},
                     {"grades", tally_json(s.grades)},
                     {"grade_aspect", accuracy_json(s.grade_aspect)},
                     {"grade_no_aspect", accuracy_json(s.grade_no_aspect)},
                     {"places", tally_json(s.places)}};
  out["findings"] = nlohmann::json::array();
  for (const auto& f : s.findings)
    out["findings"].push_back({{"kind", f.kind}, {"field", f.field}, {"value", f.value}, {"file", f.file}});
  if (!report.targets.empty()) {
    out["targets"] = nlohmann::json::array();
    for (const auto& t : report.targets)
      out["targets"].push_back({{"measure", t.measure}, {"minimum", t.minimum}, {"actual", t.actual}, {"met", t.met()}});
  }
  return out;
}

}  // namespace letterbox::eval
