#include "benchmarks/gen/vocabulary.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <sstream>
#include <unordered_set>

namespace letterbox::gen {

namespace {

// Most frequent first: the function words of formal English letters.
constexpr const char* kFunctionWords =
    "the of and to in a that for is be with on as this are by we have will it at not from our been which an "
    "has their all or you your more can also would there these its was were they should into than other such "
    "where so but about them how well very further some what those any each both through within across between "
    "who over now being only had must may need most out up new my us do if no one two three many make "
    "while when whether however therefore already still including against during before after since under";

// Field vocabulary, roughly most frequent first.
constexpr const char* kFieldWords =
    "children services council improvement young people progress support families care safeguarding local "
    "authority plan board work social inspection ofsted report practice leadership partners performance "
    "assessment children's education schools child protection looked after leaders meeting officials "
    "department review arrangements quality outcomes improve ensure staff agencies partnership strategic "
    "notice director executive chief member members development management governance effective significant "
    "concerns areas key clear strong further change plans level case cases evidence focus continue continued "
    "team teams workforce social workers referrals early help health police court placement placements "
    "adoption fostering residential homes carers leavers needs risk risks action actions actions delivery "
    "delivering delivered improving improved improvements challenge challenges capacity sustain sustained "
    "sustainability inspection inspections inspector inspectors judgement judgements rating ratings "
    "standards attainment attendance exclusion exclusions academy academies trust trusts funding budget "
    "financial resources investment costs pressures demand volume timeliness thresholds framework policy "
    "guidance statutory duty duties intervention direction commissioner commissioning priorities priority "
    "outcome monitoring measures indicators targets milestones data audit audits quality supervision "
    "caseloads recruitment retention agency locum vacancies training learning culture accountability "
    "oversight scrutiny elected councillors cabinet portfolio holder lead responsibility responsible "
    "confident confidence concern concerned pleased welcome grateful reassured reassurance assured satisfied "
    "letter write writing writes wrote copy copying thank thanks discussion discussed agreed agree agreement "
    "propose proposal proposed consider considered consideration recommend recommendation recommendations "
    "meet met visit visited update updated regular regularly quarterly monthly annual annually year years "
    "months weeks period time timescale timescales date future current previous recent recently immediate "
    "immediately position approach process processes system systems structure structures model models "
    "service provision provider providers contract contracts sufficiency commissioning exploitation sexual "
    "neglect abuse harm domestic violence missing mental wellbeing disabilities special educational send "
    "transition youth offending justice custody remand asylum seeking unaccompanied migrant vulnerable "
    "vulnerability family household parents parent carer kinship guardianship permanence reunification "
    "contact referral referrals assessments plans conferences strategy section enquiries investigation "
    "multi-agency hub front door triage decision decisions making threshold consistent consistency "
    "inconsistent weaknesses weakness strengths strength areas practice practitioners manager managers "
    "senior middle frontline experienced newly qualified apprenticeship academy programme programmes "
    "pilot pilots innovation innovative partners partnership partnerships voluntary sector community "
    "communities charity charities national regional local government ministers minister secretary state "
    "parliament parliamentary question questions correspondence response responses respond responded "
    "inspectorate unannounced announced focused visit visits monitoring judgement outstanding good adequate "
    "inadequate requires poorly excellently";

// Rarer prefixes and suffixes that make derived word forms.
constexpr const char* kPrefixes = "re pre non co sub inter over under mis post";
constexpr const char* kSuffixes = "s ed ing al ly ness ment ments ive ity";

// Syllables for generated rare forms (place names, surnames, jargon, OCR-ish forms).
constexpr const char* kSyllables =
    "ab al an ar ash bar bel ber bor bram brook bury by car cas ches cliff col combe cot dale den don dun "
    "el en er ey field ford gate gham ham hurst ing ington kirk lan land ley lin low mar mere mid min mor "
    "ness nor og on or ox pen pol ridge rin ros sal shaw side stan stead ston stow tal ter thorp ton ven "
    "wick win wood worth yard";

std::vector<std::string> split_words(const char* text) {
  std::istringstream stream(text);
  std::vector<std::string> words;
  for (std::string word; stream >> word;) words.push_back(word);
  return words;
}

std::string with_suffix(const std::string& stem, const std::string& suffix) {
  const bool drops_e = stem.back() == 'e' && (suffix[0] == 'e' || suffix[0] == 'i' || suffix[0] == 'a');
  return (drops_e ? stem.substr(0, stem.size() - 1) : stem) + suffix;
}

// Field words first, then derived forms interleaved with generated ones so
// that rarer ranks hold both kinds, as in real text.
std::vector<std::string> build_words(std::size_t size, std::size_t& first_content) {
  std::vector<std::string> words;
  std::unordered_set<std::string> seen;
  auto add = [&](const std::string& word) {
    if (words.size() < size && seen.insert(word).second) words.push_back(word);
  };
  for (const auto& word : split_words(kFunctionWords)) add(word);
  first_content = words.size();
  const auto field = split_words(kFieldWords);
  for (const auto& word : field) add(word);

  std::vector<std::string> derived;
  for (const auto& suffix : split_words(kSuffixes))
    for (const auto& word : field)
      if (word.size() > 3 && word.find('-') == std::string::npos) derived.push_back(with_suffix(word, suffix));
  for (const auto& prefix : split_words(kPrefixes))
    for (const auto& word : field)
      if (word.size() > 4) derived.push_back(prefix + (prefix.size() > 3 ? "-" : "") + word);

  const auto syllables = split_words(kSyllables);
  Random random(0x6c65747465726278ULL);  // fixed: the vocabulary is the same for every corpus seed
  std::size_t next_derived = 0;
  while (words.size() < size) {
    if (next_derived < derived.size() && random.chance(0.5)) {
      add(derived[next_derived++]);
      continue;
    }
    std::string word;
    const int parts = random.between(2, 4);
    for (int part = 0; part < parts; ++part) word += random.pick(syllables);
    add(word);
  }
  return words;
}

}  // namespace

namespace {

std::vector<std::pair<float, std::uint32_t>> alias_table(std::vector<double> weights) {
  const double mean = [&] {
    double total = 0;
    for (double w : weights) total += w;
    return total / static_cast<double>(weights.size());
  }();
  for (auto& w : weights) w /= mean;
  std::vector<std::pair<float, std::uint32_t>> table(weights.size());
  std::vector<std::uint32_t> small;
  std::vector<std::uint32_t> large;
  for (std::uint32_t slot = 0; slot < weights.size(); ++slot) {
    table[slot] = {1.0f, slot};
    (weights[slot] < 1.0 ? small : large).push_back(slot);
  }
  while (!small.empty() && !large.empty()) {
    const std::uint32_t less = small.back();
    small.pop_back();
    const std::uint32_t more = large.back();
    table[less] = {static_cast<float>(weights[less]), more};
    weights[more] -= 1.0 - weights[less];
    if (weights[more] < 1.0) {
      large.pop_back();
      small.push_back(more);
    }
  }
  return table;
}

}  // namespace

Vocabulary::Sampler Vocabulary::make_sampler(std::size_t ranks, double exponent) {
  std::vector<double> weights(ranks);
  double total = 0;
  for (std::size_t rank = 0; rank < ranks; ++rank)
    total += weights[rank] = 1.0 / std::pow(static_cast<double>(rank + 1), exponent);
  Sampler sampler;
  double cumulative = 0;
  const std::size_t ends[] = {std::min<std::size_t>(256, ranks), std::min<std::size_t>(4096, ranks), ranks};
  std::size_t begin = 0;
  for (std::size_t end : ends) {
    if (end <= begin) continue;
    std::vector<double> band(weights.begin() + static_cast<long>(begin), weights.begin() + static_cast<long>(end));
    for (double w : band) cumulative += w / total;
    Band made{cumulative, static_cast<std::uint32_t>(begin), {}};
    for (const auto& [keep, alias] : alias_table(std::move(band))) made.entries.push_back({keep, alias});
    sampler.push_back(std::move(made));
    begin = end;
  }
  sampler.back().cumulative = 1.0;
  return sampler;
}

std::uint32_t Vocabulary::sample(const Sampler& sampler, Random& random) {
  const double u = random.unit();
  const Band* band = &sampler.front();
  while (u >= band->cumulative) ++band;
  const std::uint32_t slot = random.below(static_cast<std::uint32_t>(band->entries.size()));
  const Entry& entry = band->entries[slot];
  return band->first_rank + (random.unit() < entry.keep ? slot : entry.alias);
}

Vocabulary::Vocabulary(std::size_t size, double exponent) {
  words_ = build_words(size, first_content_);
  all_ = make_sampler(words_.size(), exponent);
  content_ = make_sampler(words_.size() - first_content_, exponent);
}

const std::string& Vocabulary::word(Random& random) const { return words_[sample(all_, random)]; }

const std::string& Vocabulary::content_word(Random& random) const {
  return words_[first_content_ + sample(content_, random)];
}

}  // namespace letterbox::gen
