// Questionnaire files: what a valid one loads to, and every way a broken one is reported.
#include "format_test_support.h"

#include <spectrum/io.h>

#include <catch2/catch.hpp>

#include <filesystem>

using namespace spectrum;
using format_test::diagnostics_of;
using format_test::fixture;
using format_test::messages_at;

TEST_CASE("a valid questionnaire loads with its sections, items, options and conditions",
          "[formats][questionnaire]") {
  model::Questionnaire q = format_test::mini_questionnaire();
  CHECK(q.id == "mini");
  CHECK(q.version == model::Version{1, 2, 0});
  CHECK(q.domain == "mini_domain");
  CHECK(q.path == fixture("mini_questionnaire.json"));
  CHECK(q.sha256 == sha256_hex(read_file(fixture("mini_questionnaire.json"))));
  REQUIRE(q.sections.size() == 2);
  CHECK(q.sections[1].id == "money_and_records");
  CHECK(q.sections[1].items == std::vector<std::size_t>{3, 4, 5, 6});
  REQUIRE(q.items.size() == 7);

  const model::Item& choice = q.items[0];
  CHECK(choice.type == ItemType::choice);
  CHECK(choice.required);
  CHECK(choice.weight == 2);
  CHECK(choice.section == "governance");
  REQUIRE(choice.options.size() == 3);
  CHECK(choice.options[2].name == "place_body");
  CHECK(choice.options[2].value == 5);
  CHECK(choice.evidence.starts_with("Name the terms"));

  const model::Item& scale = q.items[1];
  CHECK(scale.type == ItemType::scale);
  CHECK(scale.options[0].name == "1");  // a scale point without a name is named by its value
  CHECK_FALSE(scale.required);
  CHECK(scale.weight == 1);

  const model::Item& multi = q.items[2];
  REQUIRE(multi.relevant);
  CHECK(multi.relevant->item == "MQ01");
  CHECK(multi.relevant->in == std::vector<std::string>{"joint", "place_body"});

  const model::Item& number = q.items[3];
  CHECK(number.min == 0);
  CHECK(number.max == 100);
  CHECK(number.unit == "%");
  CHECK(number.extensions == nlohmann::json{{"x-source", "Section 75 agreements"}});

  REQUIRE(q.items[5].relevant);
  CHECK(q.items[5].relevant->equals == false);
  REQUIRE(q.items[6].relevant);
  CHECK(q.items[6].relevant->min == 10);
  CHECK(q.extensions == nlohmann::json{{"x-owner", "Spectrum tests"}});
  CHECK(q.find("MQ05") == 4u);
  CHECK_FALSE(q.find("MQ99"));
}

TEST_CASE("a questionnaire written back loads to the same questionnaire", "[formats][questionnaire]") {
  model::Questionnaire q = format_test::mini_questionnaire();
  nlohmann::json written = to_json(q);
  model::Questionnaire again = questionnaire_from_json(written, "written.json", "");
  CHECK(to_json(again) == written);
  CHECK(written["sections"][0]["items"][0]["weight"] == 2);
  CHECK(written["x-owner"] == "Spectrum tests");
  CHECK(written["sections"][1]["items"][0]["x-source"] == "Section 75 agreements");
  CHECK(again.items[6].options[1].value == 2.5);
}

TEST_CASE("every problem in a questionnaire's items is reported at once", "[formats][questionnaire]") {
  auto d = diagnostics_of([] { load_questionnaire(fixture("questionnaire_bad_items.json")); });
  CHECK(d.size() == 14);
  CHECK(d.front().file == fixture("questionnaire_bad_items.json"));
  CHECK(messages_at(d, "/id") ==
        "expected an id of lower-case letters, digits and underscores, starting with a "
        "letter, found \"Bad-Id\"");
  CHECK(messages_at(d, "/version") ==
        "expected a semantic version MAJOR.MINOR.PATCH such as \"1.0.0\", found \"1.0\"");
  CHECK(messages_at(d, "") == "missing required member \"title\"");
  CHECK(messages_at(d, "/tittle") ==
        "unknown member \"tittle\"; did you mean \"title\"? (extensions must start with \"x-\")");
  const std::string items = "/sections/0/items/";
  CHECK(messages_at(d, items + "0") == "missing required member \"options\" (a choice item needs options)");
  CHECK(messages_at(d, items + "1/options") ==
        "only scale, choice and multi items take options; this is a boolean item");
  CHECK(messages_at(d, items + "2/options/1/name") ==
        "duplicate option name \"low\", first used at /sections/0/items/2/options/0/name");
  CHECK(messages_at(d, items + "2/options/2/value") == "expected a place on the spectrum, 0 to 5, found 7");
  CHECK(messages_at(d, items + "3/options/2/value") ==
        "duplicate scale value 2, first used at /sections/0/items/3/options/1/value");
  CHECK(messages_at(d, items + "4/max") == "the maximum 5 is below the minimum 10");
  CHECK(messages_at(d, items + "4/weight") == "expected a weight above 0, found 0");
  CHECK(messages_at(d, items + "5/id") == "duplicate item id \"BQ01\", first used at /sections/0/items/0");
  CHECK(messages_at(d, items + "6/type") ==
        "\"slider\" is not one of scale, choice, multi, number, boolean, text");
  CHECK(messages_at(d, items + "7/max") == "only number items take \"max\"; this is a text item");
}

TEST_CASE("a relevance condition must refer to an earlier item with a test that fits it",
          "[formats][questionnaire]") {
  auto d = diagnostics_of([] { load_questionnaire(fixture("questionnaire_bad_relevance.json")); });
  CHECK(d.size() == 6);
  const std::string items = "/sections/0/items/";
  CHECK(messages_at(d, items + "0/relevant/item") ==
        "a condition may only refer to an earlier item; \"RQ03\" comes later, at /sections/0/items/2");
  CHECK(messages_at(d, items + "1/relevant/min") ==
        "a \"min\" test needs a scale or number item, but RQ01 is a choice item");
  CHECK(messages_at(d, items + "2/relevant/in/1") == "\"council\" is not an option of RQ01");
  CHECK(messages_at(d, items + "3/relevant/item") == "unknown item \"RQ99\" in questionnaire relevance");
  CHECK(messages_at(d, items + "4/relevant") ==
        "expected exactly one test, \"in\", \"min\" or \"equals\", found \"min\", \"equals\"");
  CHECK(messages_at(d, items + "5/relevant/item") ==
        "a condition may only refer to an earlier item; \"RQ06\" is this item");
}

TEST_CASE("a file of another format is refused as a questionnaire with one clear error",
          "[formats][questionnaire]") {
  auto d = diagnostics_of([] { load_questionnaire(fixture("mini_assessment.json")); });
  REQUIRE(d.size() == 1);
  CHECK(d[0].pointer == "/format");
  CHECK(d[0].message == "expected format \"spectrum.questionnaire/1\", found \"spectrum.assessment/1\"");

  nlohmann::json newer = {{"format", "spectrum.questionnaire/2"}};
  auto newer_format = diagnostics_of([&] { questionnaire_from_json(newer, "newer.json", ""); });
  REQUIRE(newer_format.size() == 1);
  CHECK(newer_format[0].message ==
        "expected format \"spectrum.questionnaire/1\", found \"spectrum.questionnaire/2\" "
        "(another version of this format, which this Spectrum cannot read)");

  auto no_format =
      diagnostics_of([] { questionnaire_from_json(nlohmann::json::object(), "empty.json", ""); });
  REQUIRE(no_format.size() == 1);
  CHECK(no_format[0].str() ==
        "empty.json: expected format \"spectrum.questionnaire/1\", found no \"format\" member");

  auto not_object = diagnostics_of([] { questionnaire_from_json(nlohmann::json::array(), "list.json", ""); });
  CHECK(not_object[0].message ==
        "expected format \"spectrum.questionnaire/1\" (a JSON object), found an empty array");
}

TEST_CASE("a questionnaire needs at least one section and a whole semantic version",
          "[formats][questionnaire]") {
  nlohmann::json document = {{"format", kQuestionnaireFormat},
                             {"id", "tiny"},
                             {"version", "1.02.0"},
                             {"domain", "tiny"},
                             {"title", "Tiny"},
                             {"sections", nlohmann::json::array()}};
  auto d = diagnostics_of([&] { questionnaire_from_json(document, "tiny.json", ""); });
  CHECK(messages_at(d, "/sections") == "expected at least one section, found an empty array");
  CHECK(messages_at(d, "/version").starts_with("expected a semantic version"));
}

TEST_CASE("the questionnaire example in docs/file-formats.md is valid", "[formats][questionnaire][docs]") {
  auto examples = format_test::documented_examples(kQuestionnaireFormat);
  REQUIRE(examples.size() == 1);
  model::Questionnaire q = questionnaire_from_json(examples[0], "docs/file-formats.md", "");
  CHECK(q.items.size() == 1);
  CHECK(q.items[0].options.size() == 4);
}

TEST_CASE("every questionnaire shipped in questionnaires/ is valid and its file is named after its id",
          "[formats][questionnaire]") {
  int found = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(SPECTRUM_SOURCE_DIR) + "/questionnaires")) {
    if (entry.path().extension() != ".json") continue;
    INFO(entry.path().string());
    model::Questionnaire q = load_questionnaire(entry.path());
    CHECK(q.id == entry.path().stem().string());
    CHECK(q.sha256.size() == 64);
    ++found;
  }
  CHECK(found >= 1);
}

TEST_CASE("semantic versions parse, print and order", "[formats][model]") {
  CHECK(model::Version::parse("1.10.3") == model::Version{1, 10, 3});
  CHECK(model::Version::parse("0.0.0") == model::Version{0, 0, 0});
  CHECK(model::Version::parse("2.0.1")->str() == "2.0.1");
  for (const char* bad : {"", "1", "1.0", "1.0.0.0", "1.0.x", "01.0.0", "1.0.0-beta", "-1.0.0", "1..0"}) {
    INFO(bad);
    CHECK_FALSE(model::Version::parse(bad));
  }
  CHECK(model::Version{1, 2, 0} < model::Version{1, 10, 0});
  CHECK(model::Version{2, 0, 0} > model::Version{1, 99, 99});
}

TEST_CASE("item types and sectors convert to and from their names", "[formats][model]") {
  for (ItemType type : {ItemType::scale, ItemType::choice, ItemType::multi, ItemType::number,
                        ItemType::boolean, ItemType::text}) {
    CHECK(parse_item_type(item_type_name(type)) == type);
  }
  CHECK_FALSE(parse_item_type("select_one"));
  CHECK(kSectorNames == std::vector<std::string>{"nhs", "local_government", "housing", "voluntary", "other"});
  for (const std::string& name : kSectorNames) CHECK(sector_name(*parse_sector(name)) == name);
  CHECK(std::string(sector_label(Sector::local_government)) == "Local government");
  CHECK(std::string(sector_label(Sector::nhs)) == "NHS");
  CHECK(std::string(sector_label(Sector::voluntary)) == "Voluntary sector");
  CHECK_FALSE(parse_sector("NHS"));
}
