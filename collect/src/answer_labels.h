// Private: answers as people write them in a workbook or a survey tool, and back. Every channel that
// is not JSON shows options by label and takes them back by label or by name, and spells "don't know"
// and "not applicable" the same way.
#ifndef SPECTRUM_COLLECT_ANSWER_LABELS_H
#define SPECTRUM_COLLECT_ANSWER_LABELS_H

#include <spectrum/model.h>
#include <spectrum/numbers.h>  // format_number: 3, 12.5 (never "3.0"), locale-independent

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spectrum::collect::detail {

constexpr const char* kDontKnowLabel = "Don't know";
constexpr const char* kNotApplicableLabel = "Not applicable";
constexpr const char* kYesLabel = "Yes";
constexpr const char* kNoLabel = "No";

// How an option reads in a drop-down: a scale point as "3 – Neither agree nor disagree", any other
// option as its label.
std::string option_display(const model::Item& item, const model::Option& option);

// The option a person's text names: its display text, its label or its name, compared after trimming
// and ignoring case. nullptr when none does.
const model::Option* match_option(const model::Item& item, std::string_view text);

// "dont_know" or "not_applicable" when text spells one of them ("Don't know", "dont_know",
// "Not applicable", "not_applicable", ignoring case and the apostrophe's shape), else nullopt.
std::optional<std::string> match_status(std::string_view text);

// The sector name ("nhs") that text gives by name or by label ("NHS"), or nullopt.
std::optional<std::string> match_sector(std::string_view text);
// "NHS", "Local government", ...: the sectors as people read them.
std::vector<std::string> sector_labels();

// true / false for "Yes", "No", "true", "false" (ignoring case), else nullopt.
std::optional<bool> match_yes_no(std::string_view text);

// A number written as text: "12.5", " 3 ". With decimal_comma, "12,5" too. nullopt when not a number.
std::optional<double> parse_number(std::string_view text, bool decimal_comma = false);

// Whether two texts are the same to a reader: ignoring case, surrounding spaces and the shape of
// apostrophes and dashes.
bool same_text(std::string_view a, std::string_view b);

// The text without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view text);

// Quoted and joined: "\"A\", \"B\", \"Don't know\"".
std::string quoted_list(const std::vector<std::string>& values);

// The relevance condition as a sentence for a respondent: "Answer only if LD04 is "Yes"." or "".
std::string relevance_note(const model::Questionnaire& questionnaire, const model::Item& item);

}  // namespace spectrum::collect::detail

#endif  // SPECTRUM_COLLECT_ANSWER_LABELS_H
