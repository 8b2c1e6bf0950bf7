// letterbox-eval: runs the analysis pipeline over annotated letters and
// scores it against their gold files. Exit 0, 1 when --targets are not met,
// 2 on a usage error (missing folder, malformed gold file, bad options).
#include <exception>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "gold.h"
#include "indexer/analyse.h"
#include "indexer/read.h"
#include "indexer/reference_data.h"
#include "indexer/tag_entities.h"
#include "predict.h"
#include "report.h"
#include "score.h"

namespace {

using namespace letterbox;

constexpr int kBelowTargets = 1;
constexpr int kUsageError = 2;

struct EvalOptions {
  std::filesystem::path folder;
  std::filesystem::path reference;  // empty: default_reference_folder()
  std::string format = "text";
  bool targets = false;
  bool strict_names = false;
};

void setup_eval(CLI::App& app, EvalOptions& options) {
  app.description("Score the Letterbox pipeline against annotated letters (NAME.txt with NAME.gold).");
  app.add_option("folder", options.folder, "Folder of annotated letters, searched recursively")->required();
  app.add_option("--reference", options.reference, "Reference data folder for the tagger");
  app.add_option("--format", options.format, "Output format")->check(CLI::IsMember({"text", "json"}));
  app.add_flag("--targets", options.targets, "Exit 1 when a score is below its target");
  app.add_flag("--strict-names", options.strict_names, "Person names must match in full (no initials rule)");
}

// The prediction for one letter, or the reason there is none.
struct Outcome {
  std::optional<eval::Annotation> predicted;
  std::string failure;
};

Outcome analyse_letter(const std::filesystem::path& path, const Tagger& tagger) {
  const ReadResult read = read_file(path);
  if (!read.text) return {std::nullopt, "not read: " + read.skip_reason};
  try {
    return {eval::to_annotation(analyse(*read.text, tagger)), ""};
  } catch (const std::exception& error) {
    return {std::nullopt, std::string("analysis failed: ") + error.what()};
  }
}

eval::Scores score_folder(const std::vector<eval::AnnotatedLetter>& letters, const Tagger& tagger,
                          eval::NameRule rule) {
  eval::Scores scores;
  for (const auto& item : letters) {
    const eval::Annotation gold = eval::read_gold_file(item.gold);
    const Outcome outcome = analyse_letter(item.letter, tagger);
    if (outcome.predicted)
      eval::score_letter(item.display_name, gold, *outcome.predicted, rule, scores);
    else
      eval::score_failure(item.display_name, gold, outcome.failure, rule, scores);
  }
  return scores;
}

bool all_met(const std::vector<eval::Target>& targets) {
  for (const auto& target : targets)
    if (!target.met()) return false;
  return true;
}

int run_eval(const EvalOptions& options) {
  // Gold files are read before the tagger is built, so an annotation
  // mistake is reported without waiting for the reference data.
  const auto letters = eval::find_annotated_letters(options.folder);
  for (const auto& item : letters) eval::read_gold_file(item.gold);

  const auto reference_folder = options.reference.empty() ? default_reference_folder() : options.reference;
  const Tagger tagger(load_reference_data(reference_folder));
  const auto rule = options.strict_names ? eval::NameRule::strict : eval::NameRule::initials;

  eval::Report report{options.folder.string(), score_folder(letters, tagger, rule), {}};
  if (options.targets) report.targets = eval::check_targets(report.scores);
  if (options.format == "json")
    std::cout << eval::to_json(report).dump(2) << '\n';
  else
    std::cout << eval::format_text(report);
  return all_met(report.targets) ? 0 : kBelowTargets;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"letterbox-eval"};
  EvalOptions options;
  setup_eval(app, options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : kUsageError;
  }
  try {
    return run_eval(options);
  } catch (const std::exception& error) {
    // A malformed gold file, a missing folder or unreadable reference data:
    // all things the user named, so usage errors.
    std::cerr << "letterbox-eval: " << error.what() << '\n';
    return kUsageError;
  }
}
