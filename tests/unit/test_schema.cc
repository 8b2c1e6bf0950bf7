#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include <xapian.h>

#include "schema/schema.h"

namespace schema = letterbox::schema;

namespace {

Xapian::WritableDatabase in_memory_database() {
  return Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY);
}

std::vector<std::string> all_term_prefixes() {
  std::vector<std::string> prefixes{std::string(schema::kIdPrefix), std::string(schema::kTypePrefix),
                                    std::string(schema::kYearPrefix), std::string(schema::kDatePrefix),
                                    std::string(schema::kSubjectPrefix), "Z"};  // Z: TermGenerator's stems
  for (const auto& field : schema::kEntityFields) {
    prefixes.emplace_back(field.id_prefix);
    prefixes.emplace_back(field.word_prefix);
  }
  return prefixes;
}

}  // namespace

TEST_CASE("slug makes lowercase dash-separated ids", "[schema]") {
  CHECK(schema::slug("Tim Loughton") == "tim-loughton");
  CHECK(schema::slug("Rt Hon Dawn Primarolo MP") == "rt-hon-dawn-primarolo-mp");
  CHECK(schema::slug("  Tower   Hamlets  ") == "tower-hamlets");
  CHECK(schema::slug("Birmingham City Council (2014)") == "birmingham-city-council-2014");
  CHECK(schema::slug("Rotherham M.B.C.") == "rotherham-m-b-c");
  CHECK(schema::slug("") == "");
  CHECK(schema::slug("--") == "");
}

TEST_CASE("slug drops apostrophes instead of splitting on them", "[schema]") {
  CHECK(schema::slug("Children's Services") == "childrens-services");
  CHECK(schema::slug("Sir Michael Wilshaw\u2019s letter") == "sir-michael-wilshaws-letter");
  CHECK(schema::slug("O'Brien") == "obrien");
}

TEST_CASE("slug case-folds non-ASCII names the same whatever their case", "[schema]") {
  CHECK(schema::slug("STRASSE") == schema::slug("Stra\u00DFe"));
  CHECK(schema::slug("Ynys M\u00D4n") == schema::slug("ynys m\u00F4n"));
  CHECK(schema::slug("\u0174yn Jones") == "\u0175yn-jones");
  // Names in other scripts keep their letters rather than vanishing.
  CHECK(schema::slug("\u674E\u660E") == "\u674E\u660E");
}

TEST_CASE("encode_list and decode_list round-trip", "[schema]") {
  const std::vector<std::string> ministers{"Tim Loughton", "Edward Timpson", "Dawn Primarolo"};
  const std::string encoded = schema::encode_list(ministers);
  CHECK(encoded == "Tim Loughton\x1f" "Edward Timpson\x1f" "Dawn Primarolo");
  CHECK(schema::decode_list(encoded) == ministers);

  CHECK(schema::encode_list({}).empty());
  CHECK(schema::decode_list("").empty());
  CHECK(schema::decode_list("Doncaster") == std::vector<std::string>{"Doncaster"});
  CHECK(schema::decode_list(schema::encode_list({"a", "", "b"})) == std::vector<std::string>{"a", "", "b"});
  CHECK(schema::decode_list(schema::encode_list({"Caerdydd \u0175", "\u4E2D\u6587"})) ==
        std::vector<std::string>{"Caerdydd \u0175", "\u4E2D\u6587"});
}

TEST_CASE("entity_field finds fields by name and rejects others", "[schema]") {
  CHECK(schema::entity_field("minister").id_prefix == "XMI");
  CHECK(schema::entity_field("minister").facet_slot == schema::kMinisterSlot);
  CHECK(schema::entity_field("place").word_prefix == "XLW");
  try {
    schema::entity_field("minster");
    FAIL("no exception for an unknown field");
  } catch (const std::out_of_range& error) {
    CHECK(std::string(error.what()).find("minster") != std::string::npos);
  }
}

TEST_CASE("term prefixes are distinct and none starts another", "[schema]") {
  // Xapian cannot tell "XP" + "Iword" from "XPI" + "word"; every prefix must
  // be unambiguous.
  const auto prefixes = all_term_prefixes();
  for (size_t i = 0; i < prefixes.size(); ++i)
    for (size_t j = 0; j < prefixes.size(); ++j)
      if (i != j) CHECK_FALSE(prefixes[j].rfind(prefixes[i], 0) == 0);
}

TEST_CASE("entity fields have distinct names and facet slots", "[schema]") {
  std::set<std::string_view> names;
  std::set<Xapian::valueno> slots;
  for (const auto& field : schema::kEntityFields) {
    names.insert(field.name);
    slots.insert(field.facet_slot);
  }
  CHECK(names.size() == schema::kEntityFields.size());
  CHECK(slots.size() == schema::kEntityFields.size());
  CHECK(slots.count(schema::kDateSlot) == 0);
  CHECK(slots.count(schema::kContentHashSlot) == 0);
}

TEST_CASE("check_version accepts a stamped or new empty index", "[schema]") {
  auto db = in_memory_database();
  CHECK_NOTHROW(schema::check_version(db, "new-index"));
  schema::stamp_version(db);
  db.add_document(Xapian::Document());
  CHECK(db.get_metadata(std::string(schema::kVersionKey)) == std::to_string(schema::kVersion));
  CHECK_NOTHROW(schema::check_version(db, "stamped-index"));
}

TEST_CASE("check_version refuses other versions and foreign indexes", "[schema]") {
  auto db = in_memory_database();
  db.add_document(Xapian::Document());
  try {
    schema::check_version(db, "/data/omega-index");
    FAIL("a Xapian index without a stamp was accepted");
  } catch (const std::runtime_error& error) {
    CHECK(std::string(error.what()).find("/data/omega-index") != std::string::npos);
  }

  db.set_metadata(std::string(schema::kVersionKey), std::to_string(schema::kVersion + 1));
  try {
    schema::check_version(db, "/data/old-index");
    FAIL("an index of another schema version was accepted");
  } catch (const std::runtime_error& error) {
    const std::string message = error.what();
    CHECK(message.find("/data/old-index") != std::string::npos);
    CHECK(message.find(std::to_string(schema::kVersion + 1)) != std::string::npos);
    CHECK(message.find(std::to_string(schema::kVersion)) != std::string::npos);
  }
}
