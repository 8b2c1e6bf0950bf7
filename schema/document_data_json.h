// The JSON form of the document data, for the code that encodes it or puts
// it into JSON output; apart from document_data.h so that the many files
// that only use the structures do not compile the JSON library.
#pragma once

#include <nlohmann/json.hpp>

#include "schema/document_data.h"

namespace letterbox::schema {

// The JSON field names are the member names.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(PartyData, name, role, organisation, address)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(EntityData, kind, id, name, role, aspect, minister, office)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DocumentData, id, path, title, date, type, sender,
                                                recipients, cc, attendees, salutation, subject,
                                                signoff, entities, content_hash, text, format, ocr, pages,
                                                parent, source_title, source_author, source_date)

}  // namespace letterbox::schema
