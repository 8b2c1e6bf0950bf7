// Whether this build runs under AddressSanitizer, where programs run several
// times slower: the crash and concurrency tests then use smaller corpora, so
// that the whole suite still fits CI's time, and test the same things.
#pragma once

namespace letterbox::e2e {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

// n letters normally, a fifth of them under the sanitizers.
constexpr int corpus_size(int n) { return kSanitized ? n / 5 : n; }

}  // namespace letterbox::e2e
