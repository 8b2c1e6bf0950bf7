#include "benchmarks/gen/world.h"

#include <stdexcept>

namespace letterbox::gen {

namespace {

std::vector<Minister> make_ministers() {
  const std::string sos = "Secretary of State for ";
  return {
      // Secretaries of State (education; education and skills; children, schools and families).
      {"David Blunkett", sos + "Education and Employment", 19970502, 20010608, true},
      {"Estelle Morris", sos + "Education and Skills", 20010608, 20021024, true},
      {"Charles Clarke", sos + "Education and Skills", 20021024, 20041215, true},
      {"Ruth Kelly", sos + "Education and Skills", 20041215, 20060505, true},
      {"Alan Johnson", sos + "Education and Skills", 20060505, 20070627, true},
      {"Ed Balls", sos + "Children, Schools and Families", 20070628, 20100511, true},
      {"Michael Gove", sos + "Education", 20100512, 20140715, true},
      {"Nicky Morgan", sos + "Education", 20140715, 20160714, true},
      {"Justine Greening", sos + "Education", 20160714, 20180108, true},
      {"Damian Hinds", sos + "Education", 20180108, 20190724, true},
      {"Gavin Williamson", sos + "Education", 20190724, 20210915, true},
      {"Nadhim Zahawi", sos + "Education", 20210915, 20220705, true},
      {"James Cleverly", sos + "Education", 20220707, 20220906, true},
      {"Kit Malthouse", sos + "Education", 20220906, 20221025, true},
      {"Gillian Keegan", sos + "Education", 20221025, 20240705, true},
      {"Bridget Phillipson", sos + "Education", 20240705, 20251231, true},
      // Ministers for children (dates of appointment as commonly reported).
      {"Margaret Hodge", "Minister for Children", 20030613, 20050506, false},
      {"Beverley Hughes", "Minister of State for Children, Young People and Families", 20050506, 20090605, false},
      {"Dawn Primarolo", "Minister of State for Children, Young People and Families", 20090605, 20100511, false},
      {"Tim Loughton", "Parliamentary Under Secretary of State for Children and Families", 20100513, 20120904, false},
      {"Edward Timpson", "Parliamentary Under Secretary of State for Children and Families", 20120904, 20150511, false},
      {"Edward Timpson", "Minister of State for Children and Families", 20150511, 20170612, false},
      {"Robert Goodwill", "Minister of State for Children and Families", 20170612, 20180109, false},
      {"Nadhim Zahawi", "Parliamentary Under Secretary of State for Children and Families", 20180109, 20190725, false},
      {"Kemi Badenoch", "Parliamentary Under Secretary of State for Children and Families", 20190725, 20200213, false},
      {"Vicky Ford", "Parliamentary Under Secretary of State for Children and Families", 20200213, 20210916, false},
      {"Will Quince", "Parliamentary Under Secretary of State for Children and Families", 20210916, 20220707, false},
      {"Brendan Clarke-Smith", "Parliamentary Under Secretary of State for Children and Families", 20220708, 20221026, false},
      {"Claire Coutinho", "Parliamentary Under Secretary of State for Children, Families and Wellbeing", 20221027, 20230831, false},
      {"David Johnston", "Parliamentary Under Secretary of State for Children, Families and Wellbeing", 20230901, 20240705, false},
      {"Janet Daby", "Parliamentary Under Secretary of State for Children and Families", 20240709, 20250906, false},
      {"Josh MacAlister", "Parliamentary Under Secretary of State for Children and Families", 20250907, 20251231, false},
  };
}

// "Name|Place" per council, grouped by Government Office region.
struct RegionCouncils {
  const char* region;
  std::vector<const char*> councils;
};

std::vector<Council> make_councils() {
  const std::vector<RegionCouncils> regions{
      {"North East",
       {"Darlington Borough Council|Darlington", "Durham County Council|Durham", "Gateshead Council|Gateshead",
        "Hartlepool Borough Council|Hartlepool", "Middlesbrough Council|Middlesbrough",
        "Newcastle City Council|Newcastle upon Tyne", "North Tyneside Council|North Shields",
        "Northumberland County Council|Morpeth", "Redcar and Cleveland Borough Council|Redcar",
        "South Tyneside Council|South Shields", "Stockton-on-Tees Borough Council|Stockton-on-Tees",
        "Sunderland City Council|Sunderland"}},
      {"North West",
       {"Blackburn with Darwen Borough Council|Blackburn", "Blackpool Council|Blackpool", "Bolton Council|Bolton",
        "Bury Council|Bury", "Cheshire East Council|Sandbach", "Cheshire West and Chester Council|Chester",
        "Cumbria County Council|Carlisle", "Halton Borough Council|Widnes", "Knowsley Council|Huyton",
        "Lancashire County Council|Preston", "Liverpool City Council|Liverpool", "Manchester City Council|Manchester",
        "Oldham Council|Oldham", "Rochdale Borough Council|Rochdale", "Salford City Council|Salford",
        "Sefton Council|Bootle", "St Helens Council|St Helens", "Stockport Council|Stockport",
        "Tameside Council|Ashton-under-Lyne", "Trafford Council|Stretford", "Warrington Borough Council|Warrington",
        "Wigan Council|Wigan", "Wirral Council|Wallasey"}},
      {"Yorkshire and the Humber",
       {"Barnsley Metropolitan Borough Council|Barnsley", "City of Bradford Metropolitan District Council|Bradford",
        "Calderdale Council|Halifax", "Doncaster Metropolitan Borough Council|Doncaster",
        "East Riding of Yorkshire Council|Beverley", "Hull City Council|Kingston upon Hull",
        "Kirklees Council|Huddersfield", "Leeds City Council|Leeds", "North East Lincolnshire Council|Grimsby",
        "North Lincolnshire Council|Scunthorpe", "North Yorkshire County Council|Northallerton",
        "Rotherham Metropolitan Borough Council|Rotherham", "Sheffield City Council|Sheffield",
        "Wakefield Council|Wakefield", "City of York Council|York"}},
      {"East Midlands",
       {"Derby City Council|Derby", "Derbyshire County Council|Matlock", "Leicester City Council|Leicester",
        "Leicestershire County Council|Glenfield", "Lincolnshire County Council|Lincoln",
        "Northamptonshire County Council|Northampton", "Nottingham City Council|Nottingham",
        "Nottinghamshire County Council|West Bridgford", "Rutland County Council|Oakham"}},
      {"West Midlands",
       {"Birmingham City Council|Birmingham", "Coventry City Council|Coventry", "Dudley Metropolitan Borough Council|Dudley",
        "Herefordshire Council|Hereford", "Sandwell Metropolitan Borough Council|Oldbury", "Shropshire Council|Shrewsbury",
        "Solihull Metropolitan Borough Council|Solihull", "Staffordshire County Council|Stafford",
        "Stoke-on-Trent City Council|Stoke-on-Trent", "Telford and Wrekin Council|Telford",
        "Walsall Council|Walsall", "Warwickshire County Council|Warwick", "City of Wolverhampton Council|Wolverhampton",
        "Worcestershire County Council|Worcester"}},
      {"East of England",
       {"Bedford Borough Council|Bedford", "Cambridgeshire County Council|Cambridge",
        "Central Bedfordshire Council|Chicksands", "Essex County Council|Chelmsford",
        "Hertfordshire County Council|Hertford", "Luton Borough Council|Luton", "Norfolk County Council|Norwich",
        "Peterborough City Council|Peterborough", "Southend-on-Sea Borough Council|Southend-on-Sea",
        "Suffolk County Council|Ipswich", "Thurrock Council|Grays"}},
      {"London",
       {"London Borough of Barking and Dagenham|Barking", "London Borough of Barnet|Hendon",
        "London Borough of Bexley|Bexleyheath", "London Borough of Brent|Wembley", "London Borough of Bromley|Bromley",
        "London Borough of Camden|Camden", "City of London Corporation|City of London",
        "London Borough of Croydon|Croydon", "London Borough of Ealing|Ealing", "London Borough of Enfield|Enfield",
        "Royal Borough of Greenwich|Woolwich", "London Borough of Hackney|Hackney",
        "London Borough of Hammersmith and Fulham|Hammersmith", "London Borough of Haringey|Tottenham",
        "London Borough of Harrow|Harrow", "London Borough of Havering|Romford",
        "London Borough of Hillingdon|Uxbridge", "London Borough of Hounslow|Hounslow",
        "London Borough of Islington|Islington", "Royal Borough of Kensington and Chelsea|Kensington",
        "Royal Borough of Kingston upon Thames|Kingston upon Thames", "London Borough of Lambeth|Brixton",
        "London Borough of Lewisham|Catford", "London Borough of Merton|Morden", "London Borough of Newham|Stratford",
        "London Borough of Redbridge|Ilford", "London Borough of Richmond upon Thames|Twickenham",
        "London Borough of Southwark|Southwark", "London Borough of Sutton|Sutton",
        "London Borough of Tower Hamlets|Tower Hamlets", "London Borough of Waltham Forest|Walthamstow",
        "London Borough of Wandsworth|Wandsworth", "Westminster City Council|Westminster"}},
      {"South East",
       {"Bracknell Forest Council|Bracknell", "Brighton and Hove City Council|Brighton",
        "Buckinghamshire County Council|Aylesbury", "East Sussex County Council|Lewes",
        "Hampshire County Council|Winchester", "Isle of Wight Council|Newport", "Kent County Council|Maidstone",
        "Medway Council|Chatham", "Milton Keynes Council|Milton Keynes", "Oxfordshire County Council|Oxford",
        "Portsmouth City Council|Portsmouth", "Reading Borough Council|Reading", "Slough Borough Council|Slough",
        "Southampton City Council|Southampton", "Surrey County Council|Reigate", "West Berkshire Council|Newbury",
        "West Sussex County Council|Chichester", "Royal Borough of Windsor and Maidenhead|Maidenhead",
        "Wokingham Borough Council|Wokingham"}},
      {"South West",
       {"Bath and North East Somerset Council|Bath", "Bournemouth Borough Council|Bournemouth",
        "Bristol City Council|Bristol", "Cornwall Council|Truro", "Devon County Council|Exeter",
        "Dorset County Council|Dorchester", "Gloucestershire County Council|Gloucester",
        "Council of the Isles of Scilly|St Mary's", "North Somerset Council|Weston-super-Mare",
        "Plymouth City Council|Plymouth", "Borough of Poole|Poole", "Somerset County Council|Taunton",
        "South Gloucestershire Council|Yate", "Swindon Borough Council|Swindon", "Torbay Council|Torquay",
        "Wiltshire Council|Trowbridge"}},
  };
  std::vector<Council> result;
  for (const auto& region : regions) {
    for (const std::string entry : region.councils) {
      const auto bar = entry.find('|');
      result.push_back({entry.substr(0, bar), entry.substr(bar + 1), region.region});
    }
  }
  return result;
}

}  // namespace

const std::vector<Minister>& ministers() {
  static const std::vector<Minister> table = make_ministers();
  return table;
}

const std::vector<Council>& councils() {
  static const std::vector<Council> table = make_councils();
  return table;
}

const std::vector<std::string>& first_names() {
  static const std::vector<std::string> names{
      "Andrew", "Alison", "Amanda", "Anne", "Anthony", "Barbara", "Bill", "Brian", "Carol", "Catherine", "Charlotte",
      "Christine", "Claire", "Colin", "David", "Deborah", "Derek", "Elaine", "Emma", "Fiona", "Gareth", "Gillian",
      "Graham", "Hannah", "Helen", "Ian", "Imran", "Jackie", "James", "Jane", "Janet", "Jennifer", "John", "Jonathan",
      "Joyce", "Judith", "Julie", "Karen", "Keith", "Kevin", "Lesley", "Linda", "Lorraine", "Malcolm", "Margaret",
      "Mariana", "Mark", "Martin", "Mary", "Matthew", "Michael", "Nasreen", "Neil", "Nicola", "Nigel", "Patricia",
      "Paul", "Penny", "Peter", "Philip", "Priya", "Rachel", "Raj", "Richard", "Robert", "Ruth", "Sally", "Sarah",
      "Shaheen", "Sharon", "Simon", "Stephen", "Stewart", "Susan", "Tom", "Tracey", "Trevor", "Valerie", "Wendy",
      "Yvonne"};
  return names;
}

const std::vector<std::string>& surnames() {
  static const std::vector<std::string> names{
      "Ahmed", "Allen", "Archer", "Atkinson", "Bailey", "Baker", "Barker", "Begum", "Bennett", "Blake", "Bradley",
      "Brett", "Brown", "Butler", "Campbell", "Carter", "Chapman", "Clarke", "Coleman", "Collins", "Cooper", "Cox",
      "Davies", "Dawson", "Dixon", "Edwards", "Ellis", "Evans", "Fisher", "Fletcher", "Flowers", "Foster", "Fox",
      "Gibson", "Graham", "Gray", "Green", "Griffiths", "Hall", "Harris", "Harrison", "Hartley", "Hill", "Holmes",
      "Hudson", "Hughes", "Hussain", "Jackson", "James", "Johnson", "Jones", "Kaur", "Kelly", "Khan", "King",
      "Knight", "Lawrence", "Lee", "Lewis", "Lloyd", "Marshall", "Martin", "Mason", "McCarthy", "Miah", "Mills",
      "Mitchell", "Moore", "Morgan", "Morris", "Murphy", "Murray", "Nelson", "O'Brien", "Owen", "Palmer", "Parker",
      "Patel", "Pearson", "Pexton", "Phillips", "Powell", "Price", "Rahman", "Reid", "Richards", "Richardson",
      "Riordan", "Roberts", "Robinson", "Rogerson", "Russell", "Saunders", "Scott", "Shaw", "Simpson", "Sinclair",
      "Singh", "Smith", "Stevens", "Stewart", "Taylor", "Thomas", "Thompson", "Turner", "Walker", "Ward", "Watson",
      "Webb", "Wells", "White", "Whomersley", "Wilkinson", "Williams", "Wilson", "Wood", "Wright", "Young"};
  return names;
}

const std::vector<std::string>& bodies_on(int yyyymmdd) {
  static const std::vector<std::string> early{
      "Commission for Social Care Inspection", "Audit Commission", "Local Government Association",
      "Association of Directors of Social Services", "Area Child Protection Committee", "Primary Care Trust",
      "Youth Justice Board", "Cafcass", "Strategic Health Authority", "Government Office"};
  static const std::vector<std::string> middle{
      "Ofsted", "Commission for Social Care Inspection", "Audit Commission", "Local Government Association",
      "Association of Directors of Children's Services", "Local Safeguarding Children Board", "Primary Care Trust",
      "Youth Justice Board", "Cafcass", "Strategic Health Authority", "Government Office", "Children's Trust Board"};
  static const std::vector<std::string> late{
      "Ofsted", "Care Quality Commission", "Local Government Association",
      "Association of Directors of Children's Services", "Local Safeguarding Children Board",
      "NHS Commissioning Board", "Clinical Commissioning Group", "Youth Justice Board", "Cafcass",
      "Children's Improvement Board", "Health and Wellbeing Board", "HM Inspectorate of Probation"};
  static const std::vector<std::string> recent{
      "Ofsted", "Care Quality Commission", "Local Government Association",
      "Association of Directors of Children's Services", "Safeguarding Partnership", "NHS England",
      "Integrated Care Board", "Youth Justice Board", "Cafcass", "Children's Commissioner",
      "HM Inspectorate of Probation", "Regional Adoption Agency"};
  if (yyyymmdd < 20050401) return early;
  if (yyyymmdd < 20100401) return middle;
  if (yyyymmdd < 20190701) return late;
  return recent;
}

const Minister& children_minister_on(int yyyymmdd) {
  for (const auto& minister : ministers())
    if (!minister.secretary_of_state && minister.start <= yyyymmdd && yyyymmdd <= minister.end) return minister;
  return secretary_of_state_on(yyyymmdd);
}

const Minister& secretary_of_state_on(int yyyymmdd) {
  const Minister* latest_before = &ministers().front();
  for (const auto& minister : ministers()) {
    if (!minister.secretary_of_state) continue;
    if (minister.start <= yyyymmdd && yyyymmdd <= minister.end) return minister;
    if (minister.start <= yyyymmdd) latest_before = &minister;  // a gap between two appointments
  }
  return *latest_before;
}

const Department& department_on(int yyyymmdd) {
  static const Department dfee{"Department for Education and Employment", "DfEE",
                               "Sanctuary Buildings Great Smith Street Westminster London SW1P 3BT",
                               "info@dfee.gov.uk"};
  static const Department dfes{"Department for Education and Skills", "DfES",
                               "Sanctuary Buildings Great Smith Street Westminster London SW1P 3BT",
                               "dfes.ministers@dfes.gsi.gov.uk"};
  static const Department dcsf{"Department for Children, Schools and Families", "DCSF",
                               "Sanctuary Buildings Great Smith Street Westminster London SW1P 3BT",
                               "dcsf.ministers@dcsf.gsi.gov.uk"};
  static const Department dfe{"Department for Education", "DfE",
                              "Sanctuary Buildings 20 Great Smith Street Westminster London SW1P 3BT",
                              "ministers@education.gov.uk"};
  if (yyyymmdd < 20010608) return dfee;
  if (yyyymmdd < 20070628) return dfes;
  if (yyyymmdd < 20100512) return dcsf;
  return dfe;
}

std::string inspectorate_on(int yyyymmdd) {
  return yyyymmdd < 20070401 ? "Commission for Social Care Inspection" : "Ofsted";
}

std::string grade_on(int year, Random& random) {
  static const std::vector<std::string> stars{"serving most children well", "serving some children well",
                                              "not serving children well", "serving all children well"};
  static const std::vector<std::string> four_point{"outstanding", "good", "adequate", "inadequate"};
  static const std::vector<std::string> annual_rating{"performs excellently", "performs well", "performs adequately",
                                                      "performs poorly"};
  static const std::vector<std::string> single_inspection{"outstanding", "good", "requires improvement to be good",
                                                          "inadequate"};
  if (year < 2005) return random.pick(stars);
  if (year < 2009) return random.pick(four_point);
  if (year < 2011) return random.chance(0.5) ? random.pick(annual_rating) : random.pick(four_point);
  if (year < 2014) return random.pick(four_point);
  return random.pick(single_inspection);
}

std::string judgement_sentence(int year, const std::string& place, Random& random) {
  const std::string grade = grade_on(year, random);
  if (grade.rfind("performs", 0) == 0)
    return "Ofsted's annual rating of children's services found that the council " + grade + ".";
  if (grade.rfind("serving", 0) == 0 || grade.rfind("not serving", 0) == 0)
    return "The latest performance rating found social services in " + place + " to be '" + grade + "'.";
  switch (random.below(4)) {
    case 0: return "I am pleased to see the overall judgement of '" + grade + "' for services in " + place + ".";
    case 1: return "Services for children in " + place + " were judged '" + grade + "' at the most recent inspection.";
    case 2: return "The inspection judged leadership, management and governance to be " + grade + ".";
    default: return "Ofsted's judgement of '" + grade + "' reflects the position of the service as a whole.";
  }
}

}  // namespace letterbox::gen
