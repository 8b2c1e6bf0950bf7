#include "benchmarks/gen/compose.h"

#include <array>
#include <cctype>
#include <string_view>
#include <vector>

#include "benchmarks/gen/calendar.h"
#include "benchmarks/gen/ocr_damage.h"
#include "benchmarks/gen/world.h"

namespace letterbox::gen {

namespace {

struct Person {
  std::string first;
  std::string surname;
  std::string full() const { return first + " " + surname; }
};

Person random_person(Random& random) { return {random.pick(first_names()), random.pick(surnames())}; }

std::string upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// Everything one letter is about.
struct Context {
  Random& random;
  const Vocabulary& vocabulary;
  long days;
  CivilDate date;
  int ymd;
  const Minister& minister;
  const Minister& secretary;
  const Department& department;
  const Council& council;
  Person leader;
  Person director;
  Person chief_executive;
  Person chair;
  Person official;
  std::string body;  // an organisation the letter mentions
};

std::string postcode(Random& random) {
  static const std::vector<std::string> areas{"LS", "B", "DN", "SL", "S", "E", "TR", "M", "L", "NE", "BS", "PL",
                                              "NG", "LE", "CV", "ME", "SO", "PO", "RG", "HU", "YO", "BD", "WF"};
  std::string code = random.pick(areas) + std::to_string(random.between(1, 29)) + " ";
  code += std::to_string(random.between(1, 9));
  code += static_cast<char>('A' + random.below(26));
  code += static_cast<char>('A' + random.below(26));
  return code;
}

std::string phone(Random& random) {
  return "0" + std::to_string(random.between(113, 3709)) + " " + std::to_string(random.between(100, 999)) + " " +
         std::to_string(random.between(1000, 9999));
}

std::string street(Random& random) {
  static const std::vector<std::string> names{"Civic Hall", "Town Hall", "County Hall", "Civic Centre",
                                              "Council House", "Municipal Offices", "Guildhall"};
  static const std::vector<std::string> roads{"Calverley Street", "Victoria Square", "High Street", "Market Place",
                                              "Station Road", "Church Street", "Castle Street", "Bridge Street"};
  return random.pick(names) + "\n" + std::to_string(random.between(1, 120)) + " " + random.pick(roads);
}

std::string email_address(const Person& person, const std::string& place) {
  std::string domain;
  for (char c : place)
    if (std::isalpha(static_cast<unsigned char>(c))) domain += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string local = person.first + "." + person.surname;
  for (auto& c : local) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return local + "@" + domain + ".gov.uk";
}

CivilDate earlier_date(Context& ctx) { return civil_from_days(ctx.days - ctx.random.between(7, 700)); }

// Fills {w} {council} {place} {body} {person} {surname} {sos} {n} {day}
// {month} {year} {date} in a sentence template.
std::string fill(Context& ctx, std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size() + 64);
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    const size_t close = pattern.find('}', i);
    const std::string_view key = pattern.substr(i + 1, close - i - 1);
    i = close;
    if (key == "w") out += ctx.vocabulary.content_word(ctx.random);
    else if (key == "council") out += ctx.council.name;
    else if (key == "place") out += ctx.council.place;
    else if (key == "body") out += ctx.body;
    else if (key == "person") out += random_person(ctx.random).full();
    else if (key == "surname") out += ctx.random.pick(surnames());
    else if (key == "sos") out += ctx.secretary.name;
    else if (key == "n") out += std::to_string(ctx.random.between(2, 95));
    else if (key == "day") out += std::to_string(ctx.random.between(1, 28));
    else if (key == "month") out += month_name(ctx.random.between(1, 12));
    else if (key == "year") out += std::to_string(ctx.date.year + ctx.random.between(0, 1));
    else if (key == "date") out += long_date(earlier_date(ctx));
  }
  return out;
}

constexpr std::array<std::string_view, 26> kTemplates{
    "I am writing to update you on the progress {council} has made on {w} and {w}.",
    "Officials from the Department met your {w} team on {day} {month} to review progress.",
    "The {w} of {w} remains a concern, particularly for children looked after in {place}.",
    "I was pleased to learn about the work of the {body} in {place}.",
    "It is essential that {w} services are delivered to a very high standard.",
    "We discussed the {w} plan and the need for {w} across the partnership.",
    "{person} set out the council's approach to {w} and {w}.",
    "Progress on {w} has been slower than we would like, and the {w} needs further attention.",
    "The {body} has confirmed that {w} arrangements are now in place.",
    "I would like my officials to meet your officers again in {month} {year} to hear about progress.",
    "The number of {w} referrals rose by {n} per cent compared with last year.",
    "There is a clear sense of strong leadership from officers and from Councillor {surname}.",
    "Partners across {place} are starting to share a common language about {w}.",
    "I recognise the pressures on {w} budgets and the demand for {w} support.",
    "The review found {n} cases where the {w} had not been completed within timescales.",
    "You outlined the additional investment secured for {w} despite the funding pressures the council faces.",
    "I look forward to reading about continued progress in your next {w} report.",
    "The {w} board will continue to oversee the {w} plan and report to me each quarter.",
    "We agreed that the {w} and {w} of the service would be reviewed by {month} {year}.",
    "Caseloads for social workers in {place} now average {n} children.",
    "Thank you for your letter of {day} {month} about {w} in {place}.",
    "The Secretary of State, {sos}, has asked me to reply on {w} matters.",
    "I am grateful to {person} for the {w} and commitment shown by staff.",
    "Morale is higher and there are now more open and honest conversations about {w}.",
    "Further work is needed on {w}, {w} and {w} before the next inspection.",
    "The {w} audit of {n} case files found practice that was {w} in most cases.",
};

constexpr std::array<std::string_view, 6> kNoticeTemplates{
    "I am writing regarding the Improvement Notice given to {council} on {date}.",
    "Progress against the requirements of the Improvement Notice was reviewed on {date}.",
    "I am minded to issue an Improvement Notice which will set out the targets and milestones I expect the "
    "council to deliver.",
    "I no longer consider the Improvement Notice to be necessary, and am lifting it with immediate effect.",
    "The Improvement Notice issued in {year} requires the council to work with the Improvement Board.",
    "On the numerical targets in the Improvement Notice there has been clear progress in {w}.",
};

// A sentence of Zipf-sampled words, the bulk of the text and of the index;
// appended in place because this is the generator's inner loop.
void append_zipf_sentence(Context& ctx, std::string& out) {
  const size_t start = out.size();
  const int words = ctx.random.between(8, 26);
  for (int i = 0; i < words; ++i) {
    if (i > 0) out += (i > 2 && i + 2 < words && ctx.random.chance(0.07)) ? ", " : " ";
    out += ctx.vocabulary.word(ctx.random);
  }
  out[start] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[start])));
  out += '.';
}

void append_sentence(Context& ctx, std::string& out) {
  if (ctx.random.chance(0.35))
    out += fill(ctx, kTemplates[ctx.random.below(kTemplates.size())]);
  else
    append_zipf_sentence(ctx, out);
}

std::string sentence(Context& ctx) {
  std::string out;
  append_sentence(ctx, out);
  return out;
}

std::string paragraph(Context& ctx) {
  std::string out;
  out.reserve(1024);
  const int count = ctx.random.between(2, 6);
  for (int i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    append_sentence(ctx, out);
  }
  return out;
}

std::string bullets(Context& ctx) {
  std::string out;
  const int count = ctx.random.between(3, 6);
  for (int i = 0; i < count; ++i) {
    std::string item = sentence(ctx);
    item.back() = i + 1 == count ? '.' : ';';
    out += "- " + item + "\n";
  }
  out.pop_back();
  return out;
}

double notice_rate(int year) { return (year >= 2007 && year <= 2016) ? 0.14 : 0.03; }

// The body between salutation and sign-off: paragraphs to a target length,
// with the facts that searches look for placed among them.
std::string body_text(Context& ctx, bool with_bullets) {
  std::vector<std::string> paragraphs;
  if (ctx.random.chance(notice_rate(ctx.date.year)))
    paragraphs.push_back(fill(ctx, kNoticeTemplates[ctx.random.below(kNoticeTemplates.size())]) + " " + paragraph(ctx));
  if (ctx.random.chance(0.45))
    paragraphs.push_back(judgement_sentence(ctx.date.year, ctx.council.place, ctx.random) + " " + paragraph(ctx));
  const size_t target = static_cast<size_t>(ctx.random.between(1800, 5200));
  size_t length = 0;
  for (const auto& p : paragraphs) length += p.size();
  while (length < target) {
    paragraphs.push_back(with_bullets && ctx.random.chance(0.2) ? bullets(ctx) : paragraph(ctx));
    length += paragraphs.back().size() + 2;
  }
  if (paragraphs.size() > 2 && ctx.random.chance(0.5)) std::swap(paragraphs[0], paragraphs[1]);
  std::string out;
  out.reserve(length + 256);
  for (const auto& p : paragraphs) {
    if (!out.empty()) out += ctx.random.chance(0.04) ? "\n\n---\n\n" : "\n\n";
    out += p;
  }
  return out;
}

std::string copy_line(Context& ctx) {
  return "I am copying this letter to Councillor " + ctx.leader.full() + ", " + ctx.chief_executive.full() +
         " - Chief Executive, and " + ctx.director.full() + " - Director of Children's Services.";
}

std::string recipient_block(Context& ctx) {
  return "Councillor " + ctx.leader.full() + "\nLeader of " + ctx.council.name + "\n" + street(ctx.random) + "\n" +
         ctx.council.place + "\n" + postcode(ctx.random);
}

std::string minister_block(Context& ctx) {
  return ctx.minister.name + "\n" + ctx.minister.office + "\n" + ctx.department.name + "\nSanctuary Buildings\n"
         "Great Smith Street\nLONDON\nSW1P 3BT";
}

// Sample 000: bold letterhead, recipient block, dateline, signature description.
std::string ministerial_letter(Context& ctx) {
  std::string out = "\n\n\n\n**" + ctx.minister.name + " MP**\n\n" + ctx.minister.office + "\n\n" +
                    ctx.department.address + "  \ntel: 0370 000 " + std::to_string(ctx.random.between(1000, 9999)) +
                    " " + ctx.department.email + "\n\n" + recipient_block(ctx) + "\n\n" + long_date(ctx.date) +
                    "\n\n*Dear Councillor " + ctx.leader.surname + ",*\n\n" + body_text(ctx, true) + "\n\n" +
                    copy_line(ctx) + "\n\n";
  out += "A handwritten signature in black ink, appearing to read '" + ctx.minister.name.substr(0, 1) +
         ctx.minister.name.substr(ctx.minister.name.find(' ') + 1, 1) + "', with a sweeping underline.\n\n**" +
         upper(ctx.minister.name) + " MP**\n";
  return out;
}

// Sample 001: all-caps subject after the salutation, "Yours sincerely", first name.
std::string subject_letter(Context& ctx) {
  const std::string subject = upper(ctx.council.name) + ": " +
                              upper(ctx.vocabulary.content_word(ctx.random) + " " +
                                    ctx.vocabulary.content_word(ctx.random)) +
                              " (" + upper(long_date(earlier_date(ctx))) + ")";
  const std::string first = ctx.minister.name.substr(0, ctx.minister.name.find(' '));
  return "\n\n\n\n" + ctx.minister.name + " MP\n\n" + ctx.minister.office + "\n\n" + ctx.department.address +
         "\n\ntel: 0370 000 2288 www.education.gov.uk/help/contactus\n\n" + recipient_block(ctx) + "\n\n" +
         long_date(ctx.date) + "\n\nDear Councillor " + ctx.leader.surname + ",\n\n" + subject + "\n\n" +
         body_text(ctx, false) + "\n\n" + copy_line(ctx) + "\n\nYours sincerely,\n" + first + "\n\n" +
         ctx.minister.name + " MP\n" + ctx.minister.office;
}

// Sample 002: "## Rt Hon" heading, one-line recipient, first-name salutation.
std::string one_line_recipient_letter(Context& ctx) {
  return "\n\n## Rt Hon " + ctx.minister.name + " MP\n\n" + ctx.minister.office + ".\n\n" + ctx.department.address +
         " tel: 0870 0012345 " + ctx.department.email + "\n\nCllr " + ctx.leader.full() +
         " Leader's Office Civic Hall " + ctx.council.place + " " + postcode(ctx.random) + "\n\n" +
         long_date(ctx.date) + "\n\nDear " + ctx.leader.first + ",\n\n" + body_text(ctx, false) +
         "\n\nKind Regards.\n\n**" + upper(ctx.minister.name) + "** \n\n" + ctx.random.pick(surnames()) + " " +
         ctx.random.pick(surnames());
}

// Sample 003: an NHS or board chair reports to the minister.
std::string chair_report(Context& ctx) {
  const std::string nhs_body = ctx.ymd < 20130401 ? "NHS " + ctx.council.region : "NHS England";
  return "\n\n\n\n" + nhs_body + "\n\nA special health authority\n\nRm " + std::to_string(ctx.random.between(1, 9)) +
         "W" + std::to_string(ctx.random.between(10, 99)) + "\nQuarry House\nQuarry Hill\n" + ctx.council.place + " " +
         postcode(ctx.random) + "\n\nTel: " + phone(ctx.random) + "\n\n" + long_date(ctx.date) + "\n\n" +
         minister_block(ctx) + "\n\nDear Minister\n\n" + upper(ctx.council.place) +
         " CHILDREN'S SERVICES IMPROVEMENT BOARD\n\n" + body_text(ctx, true) + "\n\nYours sincerely\n\n\n\n" +
         ctx.chair.full() + "\nManaging Director - " + nhs_body + "\nIndependent Chair for " + ctx.council.place +
         " Children's Services Improvement Board";
}

// Sample 004: meeting notes with an "Attending:" list.
std::string meeting_notes(Context& ctx) {
  const std::string short_name = ctx.council.place + " CC";
  std::string attending = "Attending: " + ctx.director.full() + " (" + short_name + ")";
  const int others = ctx.random.between(3, 8);
  for (int i = 0; i < others; ++i) {
    const bool from_department = ctx.random.chance(0.4);
    attending += ", " + random_person(ctx.random).full() + " (" +
                 (from_department ? ctx.department.acronym : short_name) + ")";
  }
  attending += ", " + ctx.chair.full() + " (Independent IB Chair).";
  return "\n\n**" + ctx.department.acronym + " Review Meeting with " + ctx.council.name + " - " +
         long_date(ctx.date) + "**\n\n" + attending + "\n\nDear " + ctx.director.first + ",\n\n" +
         body_text(ctx, true) + "\n\nYours sincerely\n\n" + upper(ctx.official.full()) +
         "\n\nDeputy Director: Local Improvement and Intervention Division";
}

// An e-mail exported as text: headers, "Re:" subject, short sign-off.
std::string email(Context& ctx) {
  const std::string subject = (ctx.random.chance(0.6) ? "Re: " : "") + ctx.council.place + " " +
                              ctx.vocabulary.content_word(ctx.random) + " " +
                              ctx.vocabulary.content_word(ctx.random);
  std::string out = "From: " + ctx.director.full() + " <" + email_address(ctx.director, ctx.council.place) +
                    ">\nTo: " + ctx.official.full() + " <" + email_address(ctx.official, "education") + ">\n";
  if (ctx.random.chance(0.5))
    out += "Cc: " + ctx.chief_executive.full() + " <" + email_address(ctx.chief_executive, ctx.council.place) + ">\n";
  out += "Date: " + email_date(ctx.days, ctx.random.between(480, 1080)) + "\nSubject: " + subject + "\n\n";
  out += (ctx.random.chance(0.5) ? "Dear " : "Hi ") + ctx.official.first + ",\n\n" + body_text(ctx, false) +
         "\n\n" + (ctx.random.chance(0.5) ? "Best wishes" : "Regards") + "\n" + ctx.director.full() +
         "\nDirector of Children's Services\n" + ctx.council.name + "\nTel: " + phone(ctx.random) + "\n";
  return out;
}

// A council's reply to the Secretary of State: "Re:" line, "Yours faithfully", date at the foot.
std::string council_reply(Context& ctx) {
  const std::string salutation = ctx.random.chance(0.5) ? "Dear Secretary of State," : "Dear Minister,";
  return upper(ctx.council.name) + "\nChildren's Services Directorate\n" + street(ctx.random) + "\n" +
         ctx.council.place + " " + postcode(ctx.random) + "\n\nOur ref: CS/" +
         std::to_string(ctx.random.between(1000, 99999)) + "\n\n" + ctx.secretary.name + " MP\n" +
         ctx.secretary.office + "\n" + ctx.department.name + "\n\n" + salutation + "\n\nRe: " +
         ctx.vocabulary.content_word(ctx.random) + " and " + ctx.vocabulary.content_word(ctx.random) + " in " +
         ctx.council.place + "\n\n" + body_text(ctx, true) + "\n\nYours faithfully\n\n\n" + ctx.chief_executive.full() +
         "\nChief Executive\n\nDated: " + (ctx.random.chance(0.5) ? ordinal_date(ctx.date) : long_date(ctx.date)) +
         "\n";
}

// The inspectorate's letter on an inspection's outcome to the director.
std::string inspection_letter(Context& ctx) {
  const std::string inspectorate = inspectorate_on(ctx.ymd);
  return inspectorate + "\nPiccadilly Gate\nStore Street\nManchester M1 2WD\n\nT 0300 123 " +
         std::to_string(ctx.random.between(1000, 9999)) + "\n\n" + numeric_date(ctx.date) + "\n\n" +
         ctx.director.full() + "\nDirector of Children's Services\n" + ctx.council.name + "\n\nDear " +
         ctx.director.full() + "\n\nInspection of children's social care services in " + ctx.council.place +
         "\n\n" + judgement_sentence(ctx.date.year, ctx.council.place, ctx.random) + "\n\n" + body_text(ctx, true) +
         "\n\nYours sincerely\n\n" + ctx.official.full() + "\nHer Majesty's Inspector\n";
}

using Layout = std::string (*)(Context&);
constexpr std::array<Layout, 8> kLayouts{ministerial_letter, subject_letter, one_line_recipient_letter,
                                          chair_report,       meeting_notes,  email,
                                          council_reply,      inspection_letter};

}  // namespace

std::string compose_letter(std::uint64_t letter_seed, long days, const Vocabulary& vocabulary,
                           const ComposeOptions& options) {
  Random random(letter_seed);
  const CivilDate date = civil_from_days(days);
  const int ymd = date.yyyymmdd();
  Context ctx{random,
              vocabulary,
              days,
              date,
              ymd,
              children_minister_on(ymd),
              secretary_of_state_on(ymd),
              department_on(ymd),
              random.pick(councils()),
              random_person(random),
              random_person(random),
              random_person(random),
              random_person(random),
              random_person(random),
              random.pick(bodies_on(ymd))};
  std::string text = kLayouts[random.below(kLayouts.size())](ctx);
  if (random.chance(options.ocr_damage_rate)) text = damage_like_ocr(std::move(text), random);
  return text;
}

}  // namespace letterbox::gen
