// Numbers as Spectrum writes them: one rounding rule and one formatter for the SDK, the host, the
// reports and the faces. Formatting never depends on the C locale (a Qt application sets it from the
// environment, and "2,50" must never reach a CSV cell or a profile): everything goes through
// std::to_chars.
#ifndef SPECTRUM_NUMBERS_H
#define SPECTRUM_NUMBERS_H

#include <charconv>
#include <cmath>
#include <string>

namespace spectrum {

// value rounded half away from zero to `decimals` digits after the point. Scores are written with two
// decimals, and the level of a score is taken from this rounded value (see level_of in scoring.h),
// so a reader never sees "5.00" beside level 4.
inline double round_to(double value, int decimals) {
  if (!std::isfinite(value)) return value;
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}
// A score as written: two decimals.
inline double round_score(double value) {
  return round_to(value, 2);
}

// The number with exactly `decimals` digits after the point, rounded as round_to does ("3.10");
// "-" for NaN, never "-0.00". Locale-independent.
inline std::string format_fixed(double value, int decimals = 2) {
  if (std::isnan(value)) return "-";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  double rounded = round_to(value, decimals);
  if (rounded == 0.0) rounded = 0.0;  // drops the sign of -0
  char buffer[400];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, decimals);
  return std::string(buffer, result.ptr);
}

// The shortest text that reads back as the same number ("3", "2.5", "0.125", "1e+30"); "-" for NaN.
// Locale-independent.
inline std::string format_number(double value) {
  if (std::isnan(value)) return "-";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

// At most `decimals` digits after the point, without trailing zeros ("3", "3.5", "3.25").
inline std::string format_compact(double value, int decimals = 2) {
  std::string text = format_fixed(value, decimals);
  if (text.find('.') == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

}  // namespace spectrum

#endif  // SPECTRUM_NUMBERS_H
