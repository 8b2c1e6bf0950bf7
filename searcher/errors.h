// The error a user can fix (a bad query, a bad option, no index): main() turns
// it into one line on stderr and exit code 2.
#pragma once

#include <stdexcept>

namespace letterbox::search {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace letterbox::search
