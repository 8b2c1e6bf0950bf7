// Text analysis that indexing and querying must share, so that what was
// indexed is what a query finds: Unicode normalisation, case folding and the
// stemmer set-up of Xapian's TermGenerator and QueryParser.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace letterbox::text {

// NFKC, curly quotes to straight, the dash family to '-', non-breaking and
// other odd spaces to ' ', line ends ("\r\n", "\r", form feed, U+2028) to
// '\n', invisible format characters (soft hyphen, zero-width space, BOM) and
// control characters (but '\n' and '\t') dropped. Input should be valid
// UTF-8; an ill-formed sequence becomes U+FFFD. Case is kept. Plain ASCII
// text is returned as it is without calling ICU.
std::string normalise(std::string_view utf8);

// Full Unicode case folding (ICU), e.g. "Straße" -> "strasse".
std::string fold_case(std::string_view utf8);

// Query text as the QueryParser should see it: normalise(), then fold_case()
// except for the boolean operator words (AND, OR, NOT, XOR, NEAR, ADJ) that
// the parser recognises only in capitals. Folding matches the indexer, which
// indexes fold_case() of the text ("Straße" is indexed as "strasse"), and
// lets STEM_SOME stem capitalised query words too. Prefix syntax
// (minister:"Tim Loughton", date:2009..2011) is kept; only letters change.
std::string normalise_query(std::string_view utf8);

// Xapian's English Snowball stemmer behind a memo of the stems already made:
// stemming is a large share of indexing time and words repeat. Each call
// returns a stemmer with its own memo; do not share one between threads.
Xapian::Stem make_stemmer();

// The one place where term generation and query parsing are configured.
void configure(Xapian::TermGenerator& generator);
void configure(Xapian::QueryParser& parser);

}  // namespace letterbox::text
