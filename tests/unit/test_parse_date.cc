#include <string>

#include <catch2/catch.hpp>

#include "indexer/parse_date.h"

using letterbox::Date;
using letterbox::find_dates;
using letterbox::parse_date;

namespace {

Date ymd(int year, int month, int day) { return Date{year, month, day}; }

}  // namespace

TEST_CASE("parse_date reads the written forms of a date", "[parse_date]") {
  const Date expected = ymd(2011, 12, 21);
  for (const char* text : {"21 December 2011", "21st December 2011", "December 21, 2011",
                           "December 21st 2011", "21 Dec 2011", "21 Dec. 2011", "21/12/2011",
                           "21.12.2011", "2011-12-21", "Wednesday, 21 December 2011",
                           "Wed 21 December 2011", "21 DECEMBER 2011", "21st of December, 2011",
                           "21-Dec-2011", "  21 December 2011.  "}) {
    INFO(text);
    auto date = parse_date(text);
    REQUIRE(date.has_value());
    CHECK(*date == expected);
  }
}

TEST_CASE("parse_date reads numeric dates day first", "[parse_date]") {
  CHECK(parse_date("03/04/2009") == ymd(2009, 4, 3));
  CHECK(parse_date("3.4.2009") == ymd(2009, 4, 3));
  CHECK(parse_date("2009-04-03") == ymd(2009, 4, 3));
  CHECK_FALSE(parse_date("12/31/2009"));  // month first is not British
}

TEST_CASE("parse_date rejects impossible and partial dates", "[parse_date]") {
  for (const char* text : {"31 February 2011", "29 February 2011", "32 January 2010", "0 May 2010",
                           "31/04/2012", "2011-13-01", "December 2011", "21 December", "2011",
                           "", "   ", "Smarch 3 2011", "21 December 2011 at noon",
                           "on 21 December 2011"}) {
    INFO(text);
    CHECK_FALSE(parse_date(text));
  }
  CHECK(parse_date("29 February 2012") == ymd(2012, 2, 29));
  CHECK(parse_date("29 February 2000") == ymd(2000, 2, 29));
  CHECK_FALSE(parse_date("29 February 1900"));
}

TEST_CASE("find_dates finds full dates in running text with their positions", "[parse_date]") {
  const std::string text =
      "Your letter of 4 December followed our meeting on 9 November 2009; the notice "
      "of 2/3/2010 was lifted on Tuesday 21st Feb 2012 (ref 2011-12-21).";
  auto dates = find_dates(text);
  REQUIRE(dates.size() == 4);
  CHECK(dates[0].date == ymd(2009, 11, 9));
  CHECK(text.substr(dates[0].offset, dates[0].length) == "9 November 2009");
  CHECK(dates[1].date == ymd(2010, 3, 2));
  CHECK(dates[2].date == ymd(2012, 2, 21));
  CHECK(text.substr(dates[2].offset, dates[2].length) == "Tuesday 21st Feb 2012");
  CHECK(dates[3].date == ymd(2011, 12, 21));
}

TEST_CASE("find_dates ignores numbers that only look like dates", "[parse_date]") {
  CHECK(find_dates("Tel: 0113 254 5842, room 1W09, version 1.2.2011.5, 121/12/2011").empty());
  CHECK(find_dates("published 27 March 20155 and 127 March 2015").empty());
  CHECK(find_dates("May I say 21 mayhem 2011").empty());
}

TEST_CASE("find_dates accepts a date broken over one line", "[parse_date]") {
  auto dates = find_dates("Dated 21\nDecember 2011\n\n\n\n2011");
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].date == ymd(2011, 12, 21));
}

TEST_CASE("find_dates stays linear on long inputs", "[parse_date]") {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "21 Dec ";
  text += "21 Dec 2011";
  auto dates = find_dates(text);
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].date == ymd(2011, 12, 21));
  CHECK(find_dates(std::string(1 << 20, '1')).empty());
  CHECK(find_dates(std::string(1 << 20, ' ')).empty());
}

TEST_CASE("Date prints in ISO and compact form", "[parse_date]") {
  CHECK(ymd(2011, 12, 21).iso() == "2011-12-21");
  CHECK(ymd(2003, 1, 2).compact() == "20030102");
  CHECK(Date{}.iso().empty());
  CHECK(Date{}.compact().empty());
  CHECK(ymd(2009, 12, 7) < ymd(2011, 12, 8));
}

TEST_CASE("Two-digit years with slashes and month names as OCR misreads them", "[parse_date]") {
  CHECK(parse_date("Tues 14/03/17") == ymd(2017, 3, 14));
  CHECK(parse_date("02/01/04") == ymd(2004, 1, 2));
  CHECK(parse_date("30/11/98") == ymd(1998, 11, 30));
  CHECK_FALSE(parse_date("1.2.11"));  // a section number, not a date
  CHECK(parse_date("3rd Septernber 2009") == ymd(2009, 9, 3));
  CHECK(parse_date("17 N0vember 2014") == ymd(2014, 11, 17));
  CHECK(parse_date("Ju1y 5, 2006") == ymd(2006, 7, 5));
  CHECK_FALSE(parse_date("12 rnay 2009"));  // too short to be sure it is a month
  CHECK_FALSE(parse_date("12 Decernberish 2009"));
}

TEST_CASE("parse_date reads a year OCR wrote with letters for 0 and 1 after a month's name", "[parse_date]") {
  CHECK(parse_date("4 March 2O14")->iso() == "2014-03-04");
  CHECK(parse_date("November 3, 20l9")->iso() == "2019-11-03");
  CHECK_FALSE(parse_date("4 March lOlO"));  // too few real digits to be a year
}

TEST_CASE("month_of_name reads the names and abbreviations letters use", "[parse_date]") {
  CHECK(letterbox::month_of_name("sept") == 9);
  CHECK(letterbox::month_of_name("jul") == 7);
  CHECK(letterbox::month_of_name("december") == 12);
  CHECK(letterbox::month_of_name("judged") == 0);
}
