#include "indexer/tag_entities.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "indexer/tag_draft.h"

namespace letterbox {

using tagging::Draft;
using tagging::Found;
using tagging::Lexicon;

std::string to_string(EntityKind kind) {
  switch (kind) {
    case EntityKind::person: return "person";
    case EntityKind::body: return "body";
    case EntityKind::grade: return "grade";
    case EntityKind::place: return "place";
  }
  return "unknown";
}

std::vector<const Entity*> Entities::of_kind(EntityKind kind) const {
  std::vector<const Entity*> found;
  for (const Entity& entity : items)
    if (entity.kind == kind) found.push_back(&entity);
  return found;
}

std::vector<const Entity*> Entities::ministers() const {
  std::vector<const Entity*> found;
  for (const Entity& entity : items)
    if (entity.minister) found.push_back(&entity);
  return found;
}

struct Tagger::Impl {
  ReferenceData data;
  Lexicon lexicon;
  explicit Impl(ReferenceData reference) : data(std::move(reference)), lexicon(data) {}
};

Tagger::Tagger(ReferenceData reference) : impl_(std::make_unique<Impl>(std::move(reference))) {}
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

namespace {

std::string last_word(const std::string& key) {
  const size_t space = key.rfind(' ');
  return space == std::string::npos ? key : key.substr(space + 1);
}

// Merges people named several ways into one each, and marks ministers.
class PeopleMerger {
 public:
  PeopleMerger(const ReferenceData& data, const Lexicon& lexicon, const Date& date)
      : data_(data), lexicon_(lexicon), date_(date) {}

  std::vector<Found> merge(std::vector<Found> mentions, const std::vector<tagging::OfficeMention>& offices) {
    for (auto& mention : mentions)
      if (!mention.surname_only && !initial_only(mention.key)) add_full_name(std::move(mention));
    for (auto& mention : mentions)
      if (!mention.surname_only && initial_only(mention.key)) add_initialled(std::move(mention));
    for (auto& mention : mentions)
      if (mention.surname_only) add_surname(std::move(mention));
    for (const auto& office : offices) add_office_holder(office);
    for (auto& person : people_) mark_minister(person);
    return std::move(people_);
  }

 private:
  void add_full_name(Found mention) {
    int reference = lexicon_.person_by_name(mention.key);
    if (reference < 0) reference = peer_by_short_title(mention.key);
    if (reference >= 0) use_reference(mention, reference);
    if (reference < 0)
      if (const Found* longer = person_by_forenames(mention.key)) take_name(mention, *longer);
    absorb(std::move(mention));
  }

  // "Li Wei" greeting "Li Wei Chen" of the To: line: a name that is the
  // leading words of the one longer name in the letter is that person's forenames.
  const Found* person_by_forenames(const std::string& key) const {
    const Found* only = nullptr;
    for (const auto& person : people_) {
      if (person.surname_only || !person.key.starts_with(key + " ")) continue;
      if (only) return nullptr;
      only = &person;
    }
    return only;
  }

  // "Baroness Morgan" for "Baroness Morgan of Drefelin", "Lord Hill" for
  // "Lord Hill of Oareford": the one peer of that title and name.
  int peer_by_short_title(const std::string& key) const {
    if (!key.starts_with("lord ") && !key.starts_with("baroness ") && !key.starts_with("lady ")) return -1;
    int found = -1;
    for (int candidate : lexicon_.people_by_surname(last_word(key))) {
      if (!tagging::name_key(data_.people[static_cast<size_t>(candidate)].name).starts_with(key + " of ")) continue;
      if (found >= 0 && found != candidate) return -1;
      found = candidate;
    }
    return found;
  }

  void use_reference(Found& mention, int reference) {
    mention.reference = reference;
    mention.entity.name = data_.people[static_cast<size_t>(reference)].name;
    mention.entity.source = "reference";
    mention.key = tagging::name_key(mention.entity.name);
  }

  // Adds a mention, or folds it into the person already found under its key.
  void absorb(Found mention) {
    for (auto& person : people_) {
      if (person.key != mention.key) continue;
      if (person.entity.role.empty() || person.entity.role == "Councillor") {
        if (!mention.entity.role.empty()) person.entity.role = mention.entity.role;
      }
      if (person.organisation.empty()) person.organisation = mention.organisation;
      if (mention.position < person.position && !person.entity.source.starts_with("letter:"))
        person.entity.evidence = mention.entity.evidence;
      person.position = std::min(person.position, mention.position);
      return;
    }
    people_.push_back(std::move(mention));
  }

  // "j ormerod": a forename given by its initial only.
  static bool initial_only(const std::string& key) { return key.size() > 2 && key[1] == ' '; }

  // "J. Ormerod" signing a report by "Jacqueline Ormerod" is her.
  void add_initialled(Found mention) {
    int matches = 0;
    if (const Found* only = full_name_of(last_word(mention.key), mention.key[0], matches); matches == 1)
      take_name(mention, *only);
    absorb(std::move(mention));
  }

  // A full name in the letter with this surname (and this first initial,
  // unless it is 0); matches says how many there are.
  Found* full_name_of(const std::string& surname, char initial, int& matches) {
    Found* found = nullptr;
    matches = 0;
    for (auto& person : people_)
      if (!person.surname_only && last_word(person.key) == surname && (!initial || person.key[0] == initial)) {
        found = &person;
        ++matches;
      }
    return found;
  }

  static void take_name(Found& mention, const Found& person) {
    mention.key = person.key;
    mention.entity.name = person.entity.name;
    mention.reference = person.reference;
  }

  // "Dear Roger" beside "Mr Roger Gaunt": the one person of that forename.
  Found* person_by_forename(const std::string& forename) {
    Found* only = nullptr;
    for (auto& person : people_) {
      if (person.surname_only || !person.key.starts_with(forename + " ")) continue;
      if (only) return nullptr;
      only = &person;
    }
    return only;
  }

  // "Councillor Blake": the one full name of that surname in the letter, else
  // the one minister of that surname in office on the date, else "Blake".
  void add_surname(Found mention) {
    const std::string surname = last_word(mention.key);
    const char initial = mention.key.find(' ') != std::string::npos ? mention.key[0] : 0;
    int matches = 0;
    const Found* only = full_name_of(surname, initial, matches);
    if (matches == 1) {
      take_name(mention, *only);
    } else if (const int reference = minister_by_surname(surname); matches == 0 && reference >= 0) {
      use_reference(mention, reference);
      mention.surname_only = false;
    } else if (Found* named = matches == 0 ? person_by_forename(surname) : nullptr) {
      mention.key = named->key;
      mention.entity.name = named->entity.name;
      mention.reference = named->reference;
    } else {
      mention.key = surname;
    }
    absorb(std::move(mention));
  }

  int minister_by_surname(const std::string& surname) const {
    int found = -1;
    for (int candidate : lexicon_.people_by_surname(surname)) {
      if (!holds_office(candidate)) continue;
      if (found >= 0 && found != candidate) return -1;
      found = candidate;
    }
    return found;
  }

  std::vector<const Office*> offices_of(int reference) const {
    std::vector<const Office*> held;
    const std::string& name = data_.people[static_cast<size_t>(reference)].name;
    for (const Office& office : data_.offices)
      if (office.person == name && (!date_.valid() || office.held_on(date_))) held.push_back(&office);
    std::stable_sort(held.begin(), held.end(), [](const Office* a, const Office* b) { return b->start < a->start; });
    return held;
  }
  bool holds_office(int reference) const { return !offices_of(reference).empty(); }

  void mark_minister(Found& person) const {
    if (person.reference < 0) return;
    const auto held = offices_of(person.reference);
    if (held.empty()) return;
    person.entity.minister = true;
    person.entity.office = held.front()->office;
    person.entity.department = held.front()->department;
    for (const Office* office : held)
      if (!person.entity.role.empty() && office_begins_with(office->office, person.entity.role)) {
        person.entity.office = office->office;
        person.entity.department = office->department;
      }
  }

  // The department "the Secretary of State" belongs to: that of a minister
  // who is a party to the letter, else of the ministers it names at the
  // education or local government departments, else the education
  // department (the corpus is its letters). A former education minister
  // named in passing who is now at another department ("Vicky Ford, now
  // Minister for Africa") does not count.
  std::vector<std::string> letter_departments() const {
    auto departments = named_departments([](const Found& person, const Office&) {
      return person.entity.source.starts_with("letter:");
    });
    if (departments.empty())
      departments = named_departments([this](const Found& person, const Office& office) {
        return is_children_services_department(office.department) &&
               (is_education_department(office.department) || !held_education_office(person.reference));
      });
    if (departments.empty())
      for (const Office& office : data_.offices)
        if (office.held_on(date_) && office.office.starts_with("Secretary of State for") &&
            is_education_department(office.department))
          departments.push_back(office.department);
    return departments;
  }

  // The departments whose Secretary of State a children's services letter
  // means by "the Secretary of State": education's and, in an intervention,
  // local government's. A Home Office, Health, Treasury or Cabinet Office
  // minister named in passing does not make it theirs.
  static bool is_children_services_department(const std::string& department) {
    return is_education_department(department) || department.find("Communities") != std::string::npos ||
           department.find("Local Government") != std::string::npos;
  }

  static bool is_education_department(const std::string& department) {
    return department.find("Education") != std::string::npos || department.find("Children") != std::string::npos;
  }

  // Whether the person held an office in an education department before the letter's date.
  bool held_education_office(int reference) const {
    const std::string& name = data_.people[static_cast<size_t>(reference)].name;
    return std::any_of(data_.offices.begin(), data_.offices.end(), [&](const Office& office) {
      return office.person == name && is_education_department(office.department) && office.start < date_;
    });
  }

  // The departments of the offices, held on the letter's date by the people
  // it names, that `counts` accepts.
  template <typename Counts>
  std::vector<std::string> named_departments(Counts counts) const {
    std::vector<std::string> departments;
    for (const auto& person : people_)
      if (person.reference >= 0)
        for (const Office* office : offices_of(person.reference))
          if (counts(person, *office) &&
              std::find(departments.begin(), departments.end(), office->department) == departments.end())
            departments.push_back(office->department);
    return departments;
  }

  // "the Secretary of State": the Secretary of State of the letter's department.
  std::vector<const Office*> secretary_of_state_holders() const {
    std::vector<const Office*> holders;
    const auto departments = letter_departments();
    for (const Office& office : data_.offices)
      if (office.held_on(date_) && office.office.starts_with("Secretary of State") &&
          std::find(departments.begin(), departments.end(), office.department) != departments.end())
        holders.push_back(&office);
    return holders;
  }

  // "the Minister for Children and Families" when the brief was held at
  // another rank on the date (a Parliamentary Under Secretary of State):
  // the junior ministers holding a brief that begins the same way.
  std::vector<const Office*> brief_holders(const std::string& office) const {
    const size_t for_at = office.find(" for ");
    if (for_at == std::string::npos || office.starts_with("Secretary of State")) return {};
    const std::string brief = office.substr(for_at + 5);
    std::vector<const Office*> holders;
    for (const Office& held : data_.offices) {
      const size_t held_for = held.office.find(" for ");
      if (held_for == std::string::npos || held.office.starts_with("Secretary of State") || !held.held_on(date_))
        continue;
      if (brief_begins_with(held.office.substr(held_for + 5), brief)) holders.push_back(&held);
    }
    return holders;
  }

  // Whether a brief begins with another, word for word, commas and "and"
  // aside: "Children, Families and Wellbeing" begins "Children and Families",
  // "Children, Young People and Families" begins "Children and Young People".
  static bool brief_begins_with(const std::string& brief, const std::string& form) {
    auto words = [](const std::string& text) {
      std::vector<std::string> out;
      for (const auto& token : tagging::tokenize(text))
        if (token.word && token.lower != "and") out.push_back(token.lower);
      return out;
    };
    const auto held = words(brief);
    const auto wanted = words(form);
    // "Schools Minister" for "School Standards": a plural names the same brief.
    auto same = [](const std::string& a, const std::string& b) { return singular(a) == singular(b); };
    return !wanted.empty() && wanted.size() <= held.size() && std::equal(wanted.begin(), wanted.end(), held.begin(), same);
  }

  static std::string singular(const std::string& word) {
    return word.size() > 3 && word.ends_with('s') && !word.ends_with("ss") ? word.substr(0, word.size() - 1) : word;
  }

  // "The Schools Minister" when a Commons minister and a peer both hold a
  // schools brief (David Laws and Lord Nash in 2013) is the Commons
  // minister: the peer is the department's minister in the Lords, called by
  // title, not by the brief.
  static std::vector<const Office*> commons_holders(std::vector<const Office*> holders) {
    auto peer = [](const Office* office) {
      return office->person.starts_with("Lord ") || office->person.starts_with("Baroness ");
    };
    if (!std::all_of(holders.begin(), holders.end(), peer)) std::erase_if(holders, peer);
    return holders;
  }

  // "the Minister of State for Children": whoever held it on the date.
  void add_office_holder(const tagging::OfficeMention& mention) {
    if (!date_.valid()) return;
    auto holders = mention.office == tagging::OfficeMention::kSecretaryOfState
                       ? secretary_of_state_holders()
                       : office_holders(data_, lexicon_.offices()[static_cast<size_t>(mention.office)], date_);
    if (holders.empty() && mention.office != tagging::OfficeMention::kSecretaryOfState)
      holders = commons_holders(brief_holders(lexicon_.offices()[static_cast<size_t>(mention.office)]));
    if (holders.empty()) return;
    for (const Office* holder : holders)
      if (holder->person != holders.front()->person) return;  // two holders: cannot tell which
    const int reference = lexicon_.person_by_name(tagging::name_key(holders.front()->person));
    for (const auto& person : people_)
      if (person.reference == reference) return;
    Found found;
    found.entity.kind = EntityKind::person;
    found.entity.role = mention.evidence;
    found.entity.source = "reference: office on date";
    found.entity.evidence = mention.evidence;
    found.position = mention.position;
    use_reference(found, reference);
    found.entity.source = "reference: office on date";
    people_.push_back(std::move(found));
  }

  const ReferenceData& data_;
  const Lexicon& lexicon_;
  const Date& date_;
  std::vector<Found> people_;
};

// A party of the letter as a person mention, with honorifics and "MP" dropped.
void add_party(const Lexicon& lexicon, const ReferenceData& data, const Party& party, const std::string& source,
               Draft& draft) {
  if (!party.organisation.empty())
    for (auto& body : tagging::bodies_in(lexicon, data, party.organisation)) draft.bodies.push_back(std::move(body));
  if (!party.role.empty()) {
    const auto role_tokens = tagging::tokenize(party.role);
    for (size_t i = 0; i < role_tokens.size(); ++i)
      if (auto match = lexicon.match(role_tokens, i, tagging::What::office)) {
        draft.offices.push_back({match->targets.front()->index, party.role, 0});
        break;
      }
  }
  const auto tokens = tagging::tokenize(party.name);
  size_t first = 0;
  size_t last = tokens.size();
  while (first < last && (!tokens[first].word || lexicon.is_honorific(tokens[first].stem))) ++first;
  while (last > first && (!tokens[last - 1].word || tokens[last - 1].text == "MP")) --last;
  if (first == last) return;
  // A peer is named with the title: "Baroness Morgan of Drefelin", "Lord Nash".
  if (first > 0 && tokens[first - 1].word &&
      (tokens[first - 1].stem == "lord" || tokens[first - 1].stem == "baroness" || tokens[first - 1].stem == "lady"))
    --first;
  Found person;
  person.entity.kind = EntityKind::person;
  person.entity.name = tagging::title_case(tagging::span_text(party.name, tokens, first, last));
  person.entity.role = party.role;
  person.entity.source = source;
  person.entity.evidence = party.role.empty() ? party.name : party.name + ", " + party.role;
  person.key = tagging::name_key(tokens, first, last);
  person.surname_only = std::none_of(tokens.begin() + static_cast<long>(first) + 1, tokens.begin() + static_cast<long>(last),
                                     [](const tagging::Token& token) { return token.word && token.gap != tagging::Gap::hyphen; });
  person.organisation = party.organisation;
  draft.people.push_back(std::move(person));
}

void add_parties(const Lexicon& lexicon, const ReferenceData& data, const Letter& letter, Draft& draft) {
  add_party(lexicon, data, letter.sender, "letter: sender", draft);
  for (const auto& party : letter.recipients) add_party(lexicon, data, party, "letter: recipient", draft);
  for (const auto& party : letter.cc) add_party(lexicon, data, party, "letter: cc", draft);
  for (const auto& party : letter.attendees) add_party(lexicon, data, party, "letter: attendee", draft);
}

bool contains_words(const std::string& outer, const std::string& inner) {
  return outer != inner && (" " + outer + " ").find(" " + inner + " ") != std::string::npos;
}

// Bodies once each; a rule-found name inside another body's name or alias
// ("Improvement Board" in "Leeds Children's Services Improvement Board") is that body.
std::vector<Found> merge_bodies(std::vector<Found> bodies) {
  std::vector<Found> merged;
  for (auto& body : bodies) {
    // The same body by another of its names: "Redcar and Cleveland LSCB" read as the
    // Safeguarding Children Board that "Redcar and Cleveland Local ..." is known as.
    auto known_as = [](const Found& found, const std::string& key) {
      return std::any_of(found.entity.aliases.begin(), found.entity.aliases.end(),
                         [&](const std::string& alias) { return tagging::name_key(alias) == key; });
    };
    auto same = std::find_if(merged.begin(), merged.end(), [&](const Found& other) {
      return other.key == body.key || (body.reference >= 0 && other.reference == body.reference) ||
             (body.reference < 0 && other.reference < 0 && (known_as(other, body.key) || known_as(body, other.key)));
    });
    if (same != merged.end()) {
      const size_t position = std::min(same->position, body.position);
      // The name written out is the body's name, whichever was read first.
      if (same->key != body.key && known_as(body, same->key)) *same = std::move(body);
      same->position = position;
      continue;
    }
    merged.push_back(std::move(body));
  }
  // Decide every container before moving anything out of `merged`.
  std::vector<int> container(merged.size(), -1);
  for (size_t i = 0; i < merged.size(); ++i) {
    if (merged[i].reference >= 0) continue;
    for (size_t j = 0; j < merged.size() && container[i] < 0; ++j) {
      bool inside = contains_words(merged[j].key, merged[i].key);
      for (const auto& alias : merged[j].entity.aliases)
        inside = inside || contains_words(tagging::name_key(alias), merged[i].key);
      if (inside && j != i) container[i] = static_cast<int>(j);
    }
  }
  for (size_t i = 0; i < merged.size(); ++i) {
    if (container[i] < 0) continue;
    auto& host = merged[static_cast<size_t>(container[i])];
    auto& aliases = host.entity.aliases;
    if (std::find(aliases.begin(), aliases.end(), merged[i].entity.name) == aliases.end())
      aliases.push_back(merged[i].entity.name);
    host.position = std::min(host.position, merged[i].position);
  }
  std::vector<Found> kept;
  for (size_t i = 0; i < merged.size(); ++i)
    if (container[i] < 0) kept.push_back(std::move(merged[i]));
  return kept;
}

std::vector<Found> merge_by_key(std::vector<Found> found) {
  std::vector<Found> merged;
  for (auto& item : found) {
    auto same = std::find_if(merged.begin(), merged.end(), [&](const Found& other) { return other.key == item.key; });
    if (same == merged.end()) merged.push_back(std::move(item));
  }
  return merged;
}

// Whether aspect `longer` is `shorter` with more words after it.
bool extends(const std::string& longer, const std::string& shorter) {
  return longer.size() > shorter.size() && longer.starts_with(shorter) &&
         !std::isalnum(static_cast<unsigned char>(longer[shorter.size()]));
}

// Whether aspect `longer` is `shorter` with more words before it ("services for looked after children").
bool ends_with_words(const std::string& longer, const std::string& shorter) {
  return longer.size() > shorter.size() && longer.ends_with(shorter) && longer[longer.size() - shorter.size() - 1] == ' ';
}

// A grade read from a table's row, by its label.
bool is_label(const Entity& grade) {
  return grade.source == "rule: graded line" || grade.source.starts_with("rule: numbered grade");
}

// "care leavers' service" -> "care leavers": what prose calls the graded
// thing, without the words a table's label leaves off.
std::string graded_thing(std::string aspect) {
  for (const std::string_view tail : {" services", " service"})
    if (aspect.ends_with(tail)) aspect.resize(aspect.size() - tail.size());
  if (aspect.ends_with("'s")) aspect.resize(aspect.size() - 2);
  if (aspect.ends_with("'")) aspect.pop_back();
  return aspect;
}

// "The response to children who need help and protection is good" after the
// table's "The experiences and progress of children who need help and
// protection | Good": prose restating a row in fewer words.
bool restates_label(const Entity& prose, const Entity& label) {
  if (is_label(prose) || !is_label(label) || prose.aspect.empty()) return false;
  const std::string thing = graded_thing(prose.aspect);
  if (thing.empty()) return false;
  if (ends_with_words(label.aspect, thing) || extends(label.aspect, thing)) return true;
  // "Services for looked after children are good" after a 2009-12 report's
  // table, whose safeguarding and looked after children sections each have
  // their "Overall effectiveness" row: the section's overall grade.
  static const std::vector<std::string> kSections = {"services for looked after children", "looked after children",
                                                     "services for children looked after"};
  const bool section = thing == "safeguarding" || std::any_of(kSections.begin(), kSections.end(), [&](const auto& name) {
                         return thing == name || thing == name + " and care leavers";
                       });
  return section && label.aspect == "overall effectiveness" && !prose.source.starts_with("rule: lettered grade");
}

// "local safeguarding children board", a table's row for whichever board
// the letter is about: the same judgement as a board named with that grade
// ("the Harrow Safeguarding Children Board was found to require improvement").
bool generic_board_repeats(const Entity& generic, const Entity& named) {
  static const std::vector<std::string> kGeneric = {"local safeguarding children board", "lscb",
                                                    "safeguarding children board"};
  std::string aspect = generic.aspect;
  for (const std::string_view lead : {"the review of the ", "review of the ", "the "})
    if (aspect.starts_with(lead)) aspect = aspect.substr(lead.size());
  if (std::find(kGeneric.begin(), kGeneric.end(), aspect) == kGeneric.end()) return false;
  const std::string& other = named.aspect;
  if (other == generic.aspect || !other.ends_with("safeguarding children board")) return false;
  const std::string before = other.substr(0, other.size() - std::string("safeguarding children board").size());
  return !before.empty() && !before.ends_with("the ") && before != "local " && !before.ends_with("the local ");
}

// Grades once per grade and aspect. A grade without an aspect that repeats
// one with an aspect ("The council performs adequately" after the graded
// line) is that one, unless it speaks of another year's inspection; an
// aspect that another extends ("capacity for improvement" and "capacity for
// improvement (safeguarding)") is the longer one.
std::vector<Found> merge_grades(std::vector<Found> grades) {
  std::vector<Found> merged = merge_by_key(std::move(grades));
  std::vector<bool> drop(merged.size(), false);
  for (size_t i = 0; i < merged.size(); ++i)
    for (size_t j = 0; j < merged.size() && !drop[i]; ++j) {
      const Entity& a = merged[i].entity;
      const Entity& b = merged[j].entity;
      if (i == j || drop[j] || a.name != b.name) continue;
      if (a.aspect.empty() && !b.aspect.empty() && !merged[i].past) drop[i] = true;
      // "capacity for improvement (safeguarding)" over "capacity for improvement", but a table's
      // label ("Overall effectiveness   Inadequate", "Looked after children   3") over the prose
      // that says it at length ("Services for looked after children are good").
      const bool a_label = is_label(a);
      const bool b_label = is_label(b);
      const bool b_longer = !a.aspect.empty() && (extends(b.aspect, a.aspect) || (a_label && ends_with_words(b.aspect, a.aspect)));
      if ((b_longer && (b_label || !a_label)) || restates_label(a, b) || generic_board_repeats(a, b)) drop[i] = true;
      if (b_longer && a_label && !b_label) {
        drop[j] = true;
        merged[i].position = std::min(merged[i].position, merged[j].position);
      }
      if (drop[i]) merged[j].position = std::min(merged[j].position, merged[i].position);
    }
  std::vector<Found> kept;
  for (size_t i = 0; i < merged.size(); ++i)
    if (!drop[i]) kept.push_back(std::move(merged[i]));
  return kept;
}

}  // namespace

Entities Tagger::tag(const Letter& letter, const Text& text) const {
  const ReferenceData& data = impl_->data;
  const Lexicon& lexicon = impl_->lexicon;
  Draft draft(text.clean);
  draft.year = letter.date.year;
  add_parties(lexicon, data, letter, draft);
  tagging::find_people(lexicon, data, draft);
  tagging::find_offices(lexicon, draft);
  tagging::find_bodies(lexicon, data, draft);
  tagging::find_places(lexicon, draft);
  tagging::find_grades(lexicon, data, draft);

  std::vector<Found> all = PeopleMerger(data, lexicon, letter.date).merge(std::move(draft.people), draft.offices);
  for (auto* group : {&draft.bodies, &draft.places, &draft.grades}) {
    auto merged = group == &draft.bodies   ? merge_bodies(std::move(*group))
                  : group == &draft.grades ? merge_grades(std::move(*group))
                                           : merge_by_key(std::move(*group));
    for (auto& item : merged) all.push_back(std::move(item));
  }
  std::stable_sort(all.begin(), all.end(), [](const Found& a, const Found& b) { return a.position < b.position; });
  Entities entities;
  for (auto& item : all) entities.items.push_back(std::move(item.entity));
  return entities;
}

}  // namespace letterbox
