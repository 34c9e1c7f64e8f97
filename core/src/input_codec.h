// The plugin's input (spectrum_input) as one frame for the helper process, and back (private to core
// and the helper). Decoding checks every count and index against what follows, so a damaged frame
// is an error, never a wild pointer.
#ifndef SPECTRUM_INPUT_CODEC_H
#define SPECTRUM_INPUT_CODEC_H

#include "wire.h"

#include <spectrum/abi.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace spectrum::wire {

constexpr std::uint8_t kInputTag = 'I';

// One frame holding the whole input: every questionnaire set, respondent and answer.
std::string encode_input(const spectrum_input& input);

// A decoded input that owns everything its spectrum_input points to.
class OwnedInput {
 public:
  // Throws WireError when the body is not a well-formed input.
  explicit OwnedInput(std::string_view body);
  OwnedInput(const OwnedInput&) = delete;
  OwnedInput& operator=(const OwnedInput&) = delete;
  const spectrum_input* get() const { return &input_; }

 private:
  struct Set {
    std::vector<spectrum_option> options;
    std::vector<spectrum_item> items;
    spectrum_questionnaire questionnaire{};
    std::vector<spectrum_answer> answers;
  };
  const char* keep(std::optional<std::string> text);
  void read_set(Reader& in, Set& set, std::uint32_t respondents);

  std::deque<std::string> strings_;
  std::deque<std::vector<std::uint8_t>> selections_;
  std::vector<std::unique_ptr<Set>> sets_;
  std::vector<spectrum_respondent> respondents_;
  std::vector<spectrum_response_set> response_sets_;
  spectrum_input input_{};
};

}  // namespace spectrum::wire

#endif  // SPECTRUM_INPUT_CODEC_H
