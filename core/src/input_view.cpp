#include "input_view.h"

#include <algorithm>
#include <cmath>

namespace spectrum {

namespace {

const model::AnswerValue kMissing{};

const model::AnswerValue& find_answer(const std::map<std::string, model::AnswerValue>& answers,
                                      const std::string& item_id) {
  auto it = answers.find(item_id);
  return it == answers.end() ? kMissing : it->second;
}

bool condition_holds(const model::Item& on, const model::Relevance& rel, const model::AnswerValue& answer) {
  if (answer.state != model::AnswerValue::State::value) return false;
  switch (on.type) {
    case ItemType::choice:
      return std::find(rel.in.begin(), rel.in.end(), answer.choice) != rel.in.end();
    case ItemType::multi:
      return std::any_of(answer.selected.begin(), answer.selected.end(), [&](const std::string& s) {
        return std::find(rel.in.begin(), rel.in.end(), s) != rel.in.end();
      });
    case ItemType::scale:
    case ItemType::number:
      return rel.min && answer.number >= *rel.min;
    case ItemType::boolean:
      return rel.equals && (answer.number != 0.0) == *rel.equals;
    case ItemType::text:
      return !answer.text.empty();
  }
  return false;
}

}  // namespace

bool is_relevant(const model::Questionnaire& questionnaire, const model::Item& item,
                 const std::map<std::string, model::AnswerValue>& answers) {
  if (!item.relevant) return true;
  auto on = questionnaire.find(item.relevant->item);
  if (!on) return false;
  const model::Item& source = questionnaire.items[*on];
  // A condition on an item that is itself not relevant does not hold.
  if (!is_relevant(questionnaire, source, answers)) return false;
  return condition_holds(source, *item.relevant, find_answer(answers, source.id));
}

namespace {

// is_relevant() for item i, with one respondent's answers given by item index (as the view holds them).
bool relevant_at(const model::Questionnaire& questionnaire, std::size_t i,
                 const std::vector<const model::AnswerValue*>& by_item) {
  const model::Item& item = questionnaire.items[i];
  if (!item.relevant) return true;
  auto on = questionnaire.find(item.relevant->item);
  if (!on) return false;
  if (!relevant_at(questionnaire, *on, by_item)) return false;
  return condition_holds(questionnaire.items[*on], *item.relevant, *by_item[*on]);
}

spectrum_answer c_answer(const model::Item& item, const model::AnswerValue& v,
                         std::deque<std::vector<uint8_t>>& selections) {
  spectrum_answer a{SPECTRUM_ANSWER_MISSING, 0.0, -1, nullptr, nullptr};
  switch (v.state) {
    case model::AnswerValue::State::dont_know:
      a.state = SPECTRUM_ANSWER_DONT_KNOW;
      return a;
    case model::AnswerValue::State::not_applicable:
      a.state = SPECTRUM_ANSWER_NOT_APPLICABLE;
      return a;
    case model::AnswerValue::State::missing:
      return a;
    case model::AnswerValue::State::value:
      break;
  }
  a.state = SPECTRUM_ANSWER_VALUE;
  a.number = v.number;
  if (item.type == ItemType::choice) {
    for (std::size_t o = 0; o < item.options.size(); ++o)
      if (item.options[o].name == v.choice)
        a.option = static_cast<int32_t>(o), a.number = item.options[o].value;
  } else if (item.type == ItemType::multi) {
    std::vector<uint8_t>& flags = selections.emplace_back(item.options.size(), 0);
    for (std::size_t o = 0; o < item.options.size(); ++o)
      if (std::find(v.selected.begin(), v.selected.end(), item.options[o].name) != v.selected.end())
        flags[o] = 1;
    a.selected = flags.data();
  } else if (item.type == ItemType::text) {
    a.text = v.text.c_str();  // the assessment outlives the view
  }
  return a;
}

}  // namespace

const char* InputView::keep(const std::string& text) {
  return strings_.emplace_back(text).c_str();
}

InputView::InputView(const model::Assessment& assessment,
                     std::vector<const model::Questionnaire*> questionnaires)
    : questionnaires_(std::move(questionnaires)) {
  // The assessment's own texts: it outlives the view.
  for (const model::Respondent& r : assessment.respondents)
    respondents_.push_back(
        {r.id.c_str(), r.organisation.c_str(), static_cast<int32_t>(r.sector), r.role.c_str()});

  std::vector<const model::AnswerValue*> by_item;  // one respondent's answers to one questionnaire
  for (const model::Questionnaire* q : questionnaires_) {
    auto set = std::make_unique<Set>();
    for (const model::Item& item : q->items)
      for (const model::Option& o : item.options)
        set->options.push_back({o.name.c_str(), o.label.c_str(), o.value});
    std::size_t next_option = 0;
    set->items.reserve(q->items.size());
    for (const model::Item& item : q->items) {
      spectrum_item c{};
      c.id = item.id.c_str();  // the questionnaire's own texts: it outlives the view
      c.section_id = item.section.c_str();
      c.text = item.text.c_str();
      c.type = static_cast<int32_t>(item.type);
      c.weight = item.weight;
      c.required = item.required ? 1 : 0;
      c.options = item.options.empty() ? nullptr : &set->options[next_option];
      c.option_count = static_cast<uint32_t>(item.options.size());
      next_option += item.options.size();
      c.min = item.min.value_or(std::nan(""));
      c.max = item.max.value_or(std::nan(""));
      if (item.type == ItemType::scale && !item.options.empty()) {
        auto [lo, hi] = std::minmax_element(item.options.begin(), item.options.end(),
                                            [](const auto& a, const auto& b) { return a.value < b.value; });
        c.min = lo->value;
        c.max = hi->value;
      }
      c.unit = item.unit.c_str();
      set->items.push_back(c);
    }
    set->questionnaire = {q->id.c_str(),    keep(q->version.str()), q->domain.c_str(),
                          q->title.c_str(), set->items.data(),      static_cast<uint32_t>(set->items.size())};

    set->answers.reserve(assessment.respondents.size() * q->items.size());
    for (const model::Respondent& r : assessment.respondents) {
      // The respondent's answers by item index: one pass over the answers given, not a lookup per item.
      by_item.assign(q->items.size(), &kMissing);
      if (auto found = r.answers.find(q->id); found != r.answers.end())
        for (const auto& [id, value] : found->second)
          if (auto index = q->find(id)) by_item[*index] = &value;
      for (std::size_t i = 0; i < q->items.size(); ++i) {
        if (!relevant_at(*q, i, by_item)) {
          set->answers.push_back({SPECTRUM_ANSWER_NOT_RELEVANT, 0.0, -1, nullptr, nullptr});
        } else {
          set->answers.push_back(c_answer(q->items[i], *by_item[i], selections_));
        }
      }
    }
    sets_.push_back(std::move(set));
  }
  for (const auto& set : sets_) response_sets_.push_back({&set->questionnaire, set->answers.data()});

  input_.struct_size = sizeof(spectrum_input);
  input_.area_name = assessment.area.name.c_str();
  input_.area_kind = assessment.area.kind.c_str();
  input_.respondents = respondents_.data();
  input_.respondent_count = static_cast<uint32_t>(respondents_.size());
  input_.sets = response_sets_.data();
  input_.set_count = static_cast<uint32_t>(response_sets_.size());
}

const spectrum_input* InputView::input_for(std::size_t set) {
  input_.scored = static_cast<uint32_t>(set);
  return &input_;
}

const spectrum_answer& InputView::answer(std::size_t set, std::size_t respondent, std::size_t item) const {
  return sets_[set]->answers[respondent * questionnaires_[set]->items.size() + item];
}

}  // namespace spectrum
