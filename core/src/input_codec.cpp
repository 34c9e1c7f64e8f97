#include "input_codec.h"

namespace spectrum::wire {

std::string encode_input(const spectrum_input& input) {
  Writer out(kInputTag);
  out.str(input.area_name).str(input.area_kind).u32(input.respondent_count);
  for (uint32_t r = 0; r < input.respondent_count; ++r) {
    const spectrum_respondent& who = input.respondents[r];
    out.str(who.id).str(who.organisation).i32(who.sector).str(who.role);
  }
  out.u32(input.set_count).u32(input.scored);
  for (uint32_t s = 0; s < input.set_count; ++s) {
    const spectrum_questionnaire& q = *input.sets[s].questionnaire;
    out.str(q.id).str(q.version).str(q.domain).str(q.title).u32(q.item_count);
    for (uint32_t i = 0; i < q.item_count; ++i) {
      const spectrum_item& item = q.items[i];
      out.str(item.id).str(item.section_id).str(item.text).i32(item.type).f64(item.weight).i32(item.required);
      out.u32(item.option_count);
      for (uint32_t o = 0; o < item.option_count; ++o)
        out.str(item.options[o].name).str(item.options[o].label).f64(item.options[o].value);
      out.f64(item.min).f64(item.max).str(item.unit);
    }
    for (uint32_t r = 0; r < input.respondent_count; ++r)
      for (uint32_t i = 0; i < q.item_count; ++i) {
        const spectrum_answer& a = input.sets[s].answers[r * q.item_count + i];
        out.i32(a.state).f64(a.number).i32(a.option).u8(a.selected != nullptr);
        if (a.selected != nullptr)
          for (uint32_t o = 0; o < q.items[i].option_count; ++o) out.u8(a.selected[o]);
        out.str(a.text);
      }
  }
  return out.frame();
}

const char* OwnedInput::keep(std::optional<std::string> text) {
  if (!text) return nullptr;
  return strings_.emplace_back(std::move(*text)).c_str();
}

void OwnedInput::read_set(Reader& in, Set& set, std::uint32_t respondents) {
  spectrum_questionnaire& q = set.questionnaire;
  q.id = keep(in.str());
  q.version = keep(in.str());
  q.domain = keep(in.str());
  q.title = keep(in.str());
  const std::uint32_t items = in.u32();
  std::vector<std::uint32_t> first_option;
  for (std::uint32_t i = 0; i < items; ++i) {
    spectrum_item item{};
    item.id = keep(in.str());
    item.section_id = keep(in.str());
    item.text = keep(in.str());
    item.type = in.i32();
    item.weight = in.f64();
    item.required = in.i32();
    item.option_count = in.u32();
    first_option.push_back(static_cast<std::uint32_t>(set.options.size()));
    for (std::uint32_t o = 0; o < item.option_count; ++o) {
      spectrum_option option{};
      option.name = keep(in.str());
      option.label = keep(in.str());
      option.value = in.f64();
      set.options.push_back(option);
    }
    item.min = in.f64();
    item.max = in.f64();
    item.unit = keep(in.str());
    set.items.push_back(item);
  }
  for (std::uint32_t i = 0; i < items; ++i)  // the options no longer move
    set.items[i].options = set.items[i].option_count ? &set.options[first_option[i]] : nullptr;
  q.items = set.items.empty() ? nullptr : set.items.data();
  q.item_count = items;
  for (std::uint32_t r = 0; r < respondents; ++r)
    for (std::uint32_t i = 0; i < items; ++i) {
      spectrum_answer a{};
      a.state = in.i32();
      a.number = in.f64();
      a.option = in.i32();
      if (in.u8() != 0) {
        std::vector<std::uint8_t>& flags = selections_.emplace_back();
        for (std::uint32_t o = 0; o < set.items[i].option_count; ++o) flags.push_back(in.u8());
        a.selected = flags.data();
      }
      a.text = keep(in.str());
      if (a.option >= 0 && static_cast<std::uint32_t>(a.option) >= set.items[i].option_count)
        throw WireError("an answer names option " + std::to_string(a.option) + " of " +
                        std::to_string(set.items[i].option_count));
      set.answers.push_back(a);
    }
}

OwnedInput::OwnedInput(std::string_view body) {
  Reader in(body);
  if (in.tag() != kInputTag) throw WireError("expected an input frame");
  input_.struct_size = sizeof(spectrum_input);
  input_.area_name = keep(in.str());
  input_.area_kind = keep(in.str());
  const std::uint32_t respondents = in.u32();
  for (std::uint32_t r = 0; r < respondents; ++r) {
    spectrum_respondent who{};
    who.id = keep(in.str());
    who.organisation = keep(in.str());
    who.sector = in.i32();
    who.role = keep(in.str());
    respondents_.push_back(who);
  }
  const std::uint32_t set_count = in.u32();
  input_.scored = in.u32();
  for (std::uint32_t s = 0; s < set_count; ++s)
    read_set(in, *sets_.emplace_back(std::make_unique<Set>()), respondents);
  in.end();
  if (input_.scored >= set_count)
    throw WireError("the scored set is " + std::to_string(input_.scored) + " of " +
                    std::to_string(set_count));
  for (const auto& set : sets_) response_sets_.push_back({&set->questionnaire, set->answers.data()});
  input_.respondents = respondents_.data();
  input_.respondent_count = respondents;
  input_.sets = response_sets_.data();
  input_.set_count = set_count;
}

}  // namespace spectrum::wire
