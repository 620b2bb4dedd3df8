// The shared machinery of the Snowball stemmers: see snowball.h.
#include "snowball.h"

#include "text.h"

namespace precis::detail {
namespace {

// The lower case of a Latin letter that has one of the same UTF-8 length, else c itself.
uint32_t latin_lower(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // À..Þ but ×
  if (c < 0x100 || c > 0x17F) return c;
  // Latin Extended-A pairs upper and lower case as (even, odd), but for the runs U+0139..U+0148
  // and U+0179..U+017E, which pair (odd, even); İ ı ĸ ŉ ſ have no pair here.
  if (c == 0x178) return 0xFF;  // Ÿ -> ÿ
  const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  if (odd_upper) return (c & 1u) ? c + 1 : c;
  if (c == 0x130 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
  return (c & 1u) ? c : c + 1;
}

uint32_t length_of(const char32_t *s) {
  uint32_t n = 0;
  while (s[n] != 0) ++n;
  return n;
}

}  // namespace

uint32_t fold_lower_utf8(unsigned char *s, uint32_t len) {
  for (uint32_t i = 0; i < len;) {
    uint32_t c;
    bool valid;
    const uint32_t n = static_cast<uint32_t>(utf8_decode(s + i, len - i, &c, &valid));
    if (valid && n <= 2) {
      const uint32_t l = latin_lower(c);
      if (l != c) utf8_encode(l, s + i);  // same length: only such pairs are folded
    }
    i += n;
  }
  return len;
}

namespace snowball {

bool is_in(char32_t c, Letters set) {
  for (; *set != 0; ++set)
    if (*set == c) return true;
  return false;
}

void unmark(Word &w, Letters markers) {
  for (uint32_t i = 0; i < w.len; ++i) {
    if (is_in(w.c[i], markers)) w.c[i] = static_cast<char16_t>(w.c[i] + 0x20);
  }
}

uint32_t region_after(const Word &w, uint32_t from, Letters vowels) {
  uint32_t i = from;
  while (i < w.len && !is_in(w.c[i], vowels)) ++i;
  while (i < w.len && is_in(w.c[i], vowels)) ++i;
  return i < w.len ? i + 1 : w.len;
}

uint32_t rv_standard(const Word &w, Letters vowels) {
  if (w.len < 2) return w.len;
  auto vowel = [&](uint32_t i) { return is_in(w.c[i], vowels); };
  // "gopast v" / "gopast non-v" from i: the index after the first (non-)vowel, or none.
  auto past = [&](uint32_t i, bool want_vowel) -> uint32_t {
    for (; i < w.len; ++i)
      if (vowel(i) == want_vowel) return i + 1;
    return w.len + 1;
  };
  uint32_t rv = w.len + 1;
  if (vowel(0)) {
    rv = !vowel(1) ? past(2, true) : past(2, false);
  } else {
    rv = !vowel(1) ? past(2, true) : 3;
  }
  // Snowball tries the other branch when the first fails, but for a first letter that is (not) a
  // vowel the other branch needs it not (to be) one, so a failure here is final.
  return rv <= w.len ? rv : w.len;
}

bool ends_at(const Word &w, uint32_t end, const char32_t *suffix, uint32_t limit) {
  const uint32_t n = length_of(suffix);
  if (n > end || end - n < limit) return false;
  for (uint32_t i = 0; i < n; ++i)
    if (w.c[end - n + i] != suffix[i]) return false;
  return true;
}

Match longest_of(const Word &w, const Among *groups, uint32_t n, uint32_t limit) {
  Match best{0, 0};
  for (uint32_t g = 0; g < n; ++g) {
    const char32_t *p = groups[g].suffixes;
    while (*p != 0) {
      uint32_t k = 0;  // this suffix is p[0..k)
      while (p[k] != 0 && p[k] != U' ') ++k;
      if (k > best.len && k <= w.len && w.len - k >= limit) {
        uint32_t i = 0;
        while (i < k && w.c[w.len - k + i] == p[i]) ++i;
        if (i == k) best = Match{groups[g].action, k};
      }
      p += k;
      if (*p == U' ') ++p;
    }
  }
  return best;
}

void replace(Word &w, uint32_t at, uint32_t n, const char32_t *with) {
  const uint32_t m = length_of(with);
  if (w.len - n + m > kRoom) {
    w.overflow = true;
    return;
  }
  if (m != n) {  // move the tail w.c[at + n .. len) to at + m
    const uint32_t tail = w.len - at - n;
    if (m > n) {
      for (uint32_t i = tail; i-- > 0;) w.c[at + m + i] = w.c[at + n + i];
    } else {
      for (uint32_t i = 0; i < tail; ++i) w.c[at + m + i] = w.c[at + n + i];
    }
    w.len = w.len - n + m;
  }
  for (uint32_t i = 0; i < m; ++i) w.c[at + i] = static_cast<char16_t>(with[i]);  // suffixes are letters of the BMP
}

bool replace_suffix(Word &w, const char32_t *suffix, const char32_t *with, uint32_t limit) {
  if (!ends_at(w, w.len, suffix, limit)) return false;
  replace_end(w, length_of(suffix), with);
  return true;
}

uint32_t run(unsigned char *s, uint32_t len, uint32_t cap, void (*stem)(Word &)) {
  Word w;
  w.len = 0;
  w.overflow = false;
  for (uint32_t i = 0; i < len;) {
    uint32_t c;
    bool valid;
    i += static_cast<uint32_t>(utf8_decode(s + i, len - i, &c, &valid));
    if (!valid || c > 0xFFFF || w.len == kMaxChars) return len;
    w.c[w.len++] = static_cast<char16_t>(c >= 'A' && c <= 'Z' ? c + 0x20 : c);
  }
  if (w.len == 0) return len;
  stem(w);
  if (w.overflow) return len;
  uint32_t out = 0;
  for (uint32_t i = 0; i < w.len; ++i) out += static_cast<uint32_t>(utf8_length(w.c[i]));
  if (out > cap) return len;
  out = 0;
  for (uint32_t i = 0; i < w.len; ++i) out += static_cast<uint32_t>(utf8_encode(w.c[i], s + out));
  return out;
}

}  // namespace snowball
}  // namespace precis::detail
