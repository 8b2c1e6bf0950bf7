// Lines a text was wrapped at, as the taggers read them: a wrapped line's
// break is a space between the words of a name ("Southport and Ormskirk
// Hospital NHS / Trust", "Councillor Olamide / Hutchinson-Vaz"), where a
// short line, a list's or a table's row ends where its writer ended it.
#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

#include "indexer/tag_draft.h"

namespace letterbox::tagging {

// While it lives, each wrapped line's break in the draft's tokens is a
// space; it restores the breaks when done, for the passes that read lines.
// `also` narrows the breaks joined: only those before a token it accepts.
class WrappedLinesJoined {
 public:
  explicit WrappedLinesJoined(Draft& draft, const std::function<bool(size_t)>& also = {});
  ~WrappedLinesJoined();
  WrappedLinesJoined(const WrappedLinesJoined&) = delete;
  WrappedLinesJoined& operator=(const WrappedLinesJoined&) = delete;

 private:
  Draft& draft_;
  std::vector<std::pair<size_t, bool>> joined_;  // token, and whether it began a column
};

}  // namespace letterbox::tagging
