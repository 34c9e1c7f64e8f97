// Respondent forms: what `spectrum form` writes and the studio's *Create respondent forms* offers.
// A form is made for one area and period over chosen questionnaires, and carries each
// questionnaire's id, version and SHA-256, which it writes into every response made with it.
#ifndef SPECTRUM_COLLECT_FORM_H
#define SPECTRUM_COLLECT_FORM_H

#include <spectrum/io.h>

#include <string>

namespace spectrum::collect {

struct FormSpec {
  model::Area area;                 // name required; code names the response files
  std::string period;               // e.g. "2016/17"
  QuestionnaireSet questionnaires;  // in the order shown; at least one
  std::string respondent_id;        // pre-filled in the form when not empty
};

// Checks a spec before anything is written; throws InputError naming what is missing.
void check_form_spec(const FormSpec& spec);

// One self-contained HTML page (styles, script and questionnaires inline; nothing fetched) in which a
// respondent answers offline, kept in the browser's storage, and saves a spectrum.response/1 file.
std::string render_html_form(const FormSpec& spec);

}  // namespace spectrum::collect

#endif  // SPECTRUM_COLLECT_FORM_H
