"""The respondent form (`spectrum form -o f.html`) in a real headless Chromium, opened from file://.

    form_test.py CASE BUILD_DIR SOURCE_DIR

Each CASE is one ctest test (tests/CMakeLists.txt). Needs Debian's chromium, chromium-driver and
python3-selenium (scripts/install-deps.sh); run with /usr/bin/python3.
"""
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

CASE, BUILD, SRC = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
SPECTRUM = os.path.join(BUILD, "bin", "spectrum")
EXAMPLE = os.path.join(SRC, "examples", "northshire.json")
AREA = ["--area", "Northshire", "--code", "E10000099", "--kind", "hwb", "--footprint", "Northshire and Vale STP",
        "--period", "2016/17"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL: " + message, file=sys.stderr)


def run(*args, expect=0):
    env = dict(os.environ)
    env.pop("SPECTRUM_PLUGIN_PATH", None)
    env.pop("SPECTRUM_QUESTIONNAIRE_PATH", None)
    done = subprocess.run([SPECTRUM, *args], capture_output=True, text=True, env=env)
    if done.returncode != expect:
        raise AssertionError(f"spectrum {' '.join(args)}: exit {done.returncode}, expected {expect}\n{done.stderr}")
    return done


class Browser:
    """One headless Chromium with a throwaway profile, downloading into downloads/."""

    def __init__(self, work):
        self.downloads = os.path.join(work, "downloads")
        self.profile = os.path.join(work, "profile")
        os.makedirs(self.downloads, exist_ok=True)
        options = webdriver.ChromeOptions()
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--window-size=1200,900", f"--user-data-dir={self.profile}"):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"download.default_directory": self.downloads,
                                                  "download.prompt_for_download": False})
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": self.downloads})

    def open(self, path):
        self.driver.get("file://" + path)
        self.wait(lambda: self.driver.execute_script("return !!window.SpectrumForm"), "the form to start")

    def wait(self, condition, what, seconds=10):
        end = time.time() + seconds
        while time.time() < end:
            if condition():
                return
            time.sleep(0.05)
        raise AssertionError("timed out waiting for " + what)

    def active(self):
        return self.driver.switch_to.active_element

    def key(self, *keys):
        """Presses keys on whatever has the focus, as a person at the keyboard does."""
        ActionChains(self.driver).send_keys(*keys).perform()

    def downloaded(self, name):
        path = os.path.join(self.downloads, name)
        self.wait(lambda: os.path.exists(path) and not glob.glob(path + ".crdownload"), "download of " + name)
        time.sleep(0.1)
        with open(path) as f:
            return json.load(f)

    def wait_stored(self, text, seconds=60):
        """Waits until the browser has written text into the profile's local storage on disk."""
        needle = text.encode()

        def on_disk():
            for path in glob.glob(os.path.join(self.profile, "**", "Local Storage", "**", "*"), recursive=True):
                try:
                    with open(path, "rb") as f:
                        if needle in f.read():
                            return True
                except OSError:
                    pass
            return False

        self.wait(on_disk, f"local storage to hold {text!r} on disk", seconds)

    def click(self, selector):
        """Clicks what a person would: the element, scrolled to the middle of the window first."""
        element = self.driver.find_element(By.CSS_SELECTOR, selector)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def hidden(self, element_id):
        return self.driver.execute_script("return document.getElementById(arguments[0]).hidden", element_id)

    def quit(self):
        self.driver.quit()


def questionnaires():
    found = {}
    for path in glob.glob(os.path.join(SRC, "questionnaires", "*.json")):
        with open(path) as f:
            doc = json.load(f)
        found[doc["id"]] = doc
    return found


def item_of(questionnaire, item_id):
    for section in questionnaire["sections"]:
        for item in section["items"]:
            if item["id"] == item_id:
                return item
    raise KeyError(item_id)


def split(answer):
    """(state, value, evidence) of an answer as a file holds it."""
    if isinstance(answer, dict):
        evidence = answer.get("evidence", "")
        if "status" in answer:
            return answer["status"], None, evidence
        return ("missing" if answer.get("value") is None else "value"), answer.get("value"), evidence
    return ("missing" if answer is None else "value"), answer, ""


# What the keyboard driver needs to know of the focused element, in one round trip.
FOCUSED = """
const e = document.activeElement, box = e.closest('fieldset.item');
return {id: e.id || '', type: e.type || '', name: e.name || '', value: e.value || '',
        status: e.dataset.status || '', evidence: !!e.dataset.evidence, typed: !!e.dataset.value,
        questionnaire: box ? box.dataset.questionnaire : '', item: box ? box.dataset.item : '',
        radios: e.type === 'radio' ? Array.from(document.getElementsByName(e.name)).map(r => r.value) : []};
"""


def fill_with_keyboard(browser, respondent, answers, sectors):
    """Fills the whole form with the Tab, arrow, space and typing keys only, then saves with Enter.

    At every stop of the Tab order it decides from the focused element alone what to press. Radio
    groups are one Tab stop: Space checks the first radio, Down moves to and checks the next."""
    body = browser.driver.find_element(By.TAG_NAME, "body")
    body.click()  # the page has the focus, nothing in it does
    seen_radio_groups = set()
    for _ in range(5000):
        browser.key(Keys.TAB)
        e = browser.driver.execute_script(FOCUSED)
        if e["id"] == "save":
            browser.key(Keys.ENTER)
            return
        if e["id"].startswith("respondent-"):
            name = e["id"][len("respondent-"):]
            if name == "sector":
                for _ in range(sectors.index(respondent["sector"])):
                    browser.key(Keys.DOWN)
            else:
                browser.key(respondent[name])
            continue
        if not e["item"]:
            continue
        state, value, evidence = split(answers.get(e["questionnaire"], {}).get(e["item"]))
        if e["evidence"]:
            if evidence:
                browser.key(evidence)
        elif e["type"] == "radio":
            if e["name"] in seen_radio_groups:
                continue
            seen_radio_groups.add(e["name"])
            target = None
            if state in ("dont_know", "not_applicable"):
                target = e["radios"].index("__" + state)
            elif state == "value":
                target = e["radios"].index(radio_value(e["questionnaire"], e["item"], value))
            if target == 0:
                browser.key(Keys.SPACE)
            elif target:
                browser.key(*([Keys.DOWN] * target))
        elif e["type"] == "checkbox":
            wanted = (state == e["status"]) if e["status"] else (state == "value" and e["value"] in value)
            if wanted:
                browser.key(Keys.SPACE)
        elif e["typed"] and state == "value":
            browser.key(str(value))
    raise AssertionError("the Tab order never reached Save answers")


QUESTIONNAIRES = questionnaires()


def radio_value(qid, item_id, value):
    item = item_of(QUESTIONNAIRES[qid], item_id)
    if item["type"] == "boolean":
        return "true" if value else "false"
    if item["type"] == "scale":
        for option in item["options"]:
            if option["value"] == value:
                return option.get("name", str(option["value"]))
    return value


def example():
    with open(EXAMPLE) as f:
        return json.load(f)


def write_form(work, *extra):
    path = os.path.join(work, "form.html")
    run("form", "-o", path, *AREA, *extra)
    return path


def sector_names(browser):
    return browser.driver.execute_script(
        "return Array.from(document.getElementById('respondent-sector').options).map(o => o.value)")


# ---- cases ----

def keyboard_only(work):
    """One respondent fills the leadership form with the keyboard alone; the saved file holds every answer."""
    form = write_form(work, "--domain", "leadership")
    respondent = example()["respondents"][0]
    answers = {"leadership": respondent["answers"]["leadership"]}
    browser = Browser(work)
    try:
        browser.open(form)
        # Focus is visible: the first Tab stop (the skip link) and a field show the focus outline.
        browser.key(Keys.TAB)
        check(browser.active().get_attribute("class") == "skip", "the first Tab stop is the skip link")
        browser.key(Keys.TAB)
        outline = browser.driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle")
        check(outline == "solid", f"a focused control shows a solid outline, found {outline!r}")
        browser.driver.refresh()
        browser.wait(lambda: browser.driver.execute_script("return !!window.SpectrumForm"), "reload")
        fill_with_keyboard(browser, respondent, answers, sector_names(browser))
        saved = browser.downloaded(f"E10000099-{respondent['id']}.response.json")
        check(saved["respondent"] == {k: respondent[k] for k in ("id", "organisation", "sector", "role")},
              f"respondent details saved as typed: {saved['respondent']}")
        expected = relevant_only("leadership", answers["leadership"])
        check(saved["answers"]["leadership"] == expected,
              "every answer typed is saved:\n" + json.dumps(saved["answers"]["leadership"], sort_keys=True) +
              "\nexpected\n" + json.dumps(expected, sort_keys=True))
        status = browser.driver.find_element(By.ID, "save-status").text
        check("Saved your answers" in status, f"saving is announced: {status!r}")
        check(browser.driver.find_element(By.ID, "save-status").get_attribute("role") == "status",
              "the save message is a live status region")
        run("validate", os.path.join(browser.downloads, f"E10000099-{respondent['id']}.response.json"))
    finally:
        browser.quit()


def relevant_only(qid, answers):
    """The answers without those of items a relevance condition hides (what the form saves)."""
    table = host_relevance({"x": {qid: answers}}, os.path.join(SRC, "questionnaires"))
    return {item: answer for item, answer in answers.items() if table["x"][qid][item]}


def host_relevance(answer_sets, questionnaire_dir):
    """{case id: {qid: {item: relevant}}} by the host's rule, for answer sets {case id: {qid: answers}}."""
    assessment = {"format": "spectrum.assessment/1", "area": {"name": "Parity"}, "period": "1",
                  "respondents": [{"id": case, "organisation": "o", "sector": "other", "role": "r", "answers": answers}
                                  for case, answers in answer_sets.items()]}
    fd, path = tempfile.mkstemp(suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(assessment, f)
    try:
        done = subprocess.run([os.path.join(BUILD, "bin", "spectrum_relevance_table"), path, questionnaire_dir],
                              capture_output=True, text=True, check=True)
        return json.loads(done.stdout)
    finally:
        os.unlink(path)


def relevance_shows_and_hides(work):
    """LD06a-style conditions: an item hidden by its condition appears and disappears as answers change."""
    form = write_form(work, "--questionnaire-dir", os.path.join(SRC, "tests", "fixtures", "relevance"),
                      "--domain", "parity")
    browser = Browser(work)
    try:
        browser.open(form)
        d = browser.driver
        check(browser.hidden("f-parity-P02-item"), "P02 is hidden before P01 is answered")
        browser.click("label[for='f-parity-P01-o1']")  # b
        check(not browser.hidden("f-parity-P02-item"), "P02 appears when P01 is b")
        check(browser.hidden("f-parity-P07-item"), "P07 stays hidden when P01 is b")
        browser.click("label[for='f-parity-P01-o2']")  # c
        check(browser.hidden("f-parity-P02-item"), "P02 disappears when P01 becomes c")
        check(not browser.hidden("f-parity-P07-item"), "P07 appears when P01 is c")
        browser.click("label[for='f-parity-P01-dont_know']")
        check(browser.hidden("f-parity-P07-item"), "P07 disappears on don't know")
        # A number condition, typed: P10 needs P09 >= -1.
        field = d.find_element(By.ID, "f-parity-P09-value")
        field.send_keys("-2")
        check(browser.hidden("f-parity-P10-item"), "P10 hidden at -2")
        field.send_keys(Keys.BACKSPACE, "1")
        check(not browser.hidden("f-parity-P10-item"), "P10 appears at -1")
        announced = d.find_element(By.ID, "announcer").get_attribute("aria-live")
        check(announced == "polite", "appearing questions are announced in a live region")
        # A number out of range is refused, announced, and not kept.
        field = d.find_element(By.ID, "f-parity-P09-value")
        browser.click("label[for='f-parity-P01-o0']")
        browser.click("label[for='f-parity-P02-o1']")  # y shows P03
        browser.click("label[for='f-parity-P03-o3']")  # 4 shows P04
        p04 = d.find_element(By.ID, "f-parity-P04-value")
        p04.send_keys("150", Keys.TAB)
        error = d.find_element(By.ID, "f-parity-P04-error")
        check(error.is_displayed() and "at most 100" in error.text, f"150 % is refused in place: {error.text!r}")
        check(p04.get_attribute("aria-invalid") == "true", "the refused field is marked invalid")
        kept = d.execute_script("return SpectrumForm.response().answers.parity.P04")
        check(kept is None, f"a refused number is not kept, found {kept!r}")
    finally:
        browser.quit()


def reload_keeps_answers(work):
    """Answers are kept in the browser's storage: a reload (or a crash) loses nothing."""
    form = write_form(work, "--domain", "financial_alignment")
    browser = Browser(work)
    try:
        browser.open(form)
        d = browser.driver
        d.find_element(By.ID, "respondent-organisation").send_keys("Northshire County Council")
        first = d.find_element(By.CSS_SELECTOR, "fieldset.item[data-questionnaire='financial_alignment'] input[data-value]")
        first.send_keys("12.5")
        evidence = d.find_element(By.CSS_SELECTOR, "fieldset.item[data-questionnaire='financial_alignment'] textarea[data-evidence]")
        evidence.send_keys("Section 75 agreement")
        item_id = d.execute_script("return arguments[0].closest('fieldset').dataset.item", first)
        before = d.execute_script("return SpectrumForm.response()")
        # The page stores every keystroke at once, but Chromium passes local storage on to its own
        # process and disk in batches, a few seconds later. A reload inside that window raced it
        # under CI load (the new page read the storage before the old page's writes reached it), so
        # the reload waits until the browser has the answers on disk, as after any pause a person takes.
        browser.wait_stored("Section 75 agreement")
        d.refresh()
        browser.wait(lambda: d.execute_script("return !!window.SpectrumForm"), "reload")
        after = d.execute_script("return SpectrumForm.response()")
        check(d.find_element(By.ID, "respondent-organisation").get_attribute("value") == "Northshire County Council",
              "the organisation survives a reload")
        check(after["answers"] == before["answers"], f"answers survive a reload: {after['answers']} vs {before['answers']}")
        check(after["answers"]["financial_alignment"].get(item_id) == {"value": 12.5, "evidence": "Section 75 agreement"},
              f"the typed number and its evidence are kept: {after['answers']['financial_alignment']}")
        shown = d.find_element(By.CSS_SELECTOR, "fieldset.item[data-questionnaire='financial_alignment'] input[data-value]")
        check(shown.get_attribute("value") == "12.5", "the number is shown again after the reload")
        progress = d.find_element(By.ID, "progress-text-financial_alignment").text
        check(progress.startswith("1 of "), f"progress counts the kept answer: {progress!r}")
    finally:
        browser.quit()


def a_form_without_an_area_asks_for_it(work):
    """`spectrum form -o f.html` alone: the respondent gives the area and period, which the saved file
    carries and merge takes."""
    form = os.path.join(work, "any.html")
    run("form", "-o", form, "--domain", "leadership")
    browser = Browser(work)
    try:
        browser.open(form)
        d = browser.driver
        for name, value in (("id", "nhs-3"), ("organisation", "North Vale CCG"), ("role", "manager")):
            d.find_element(By.ID, "respondent-" + name).send_keys(value)
        d.execute_script("const s = document.getElementById('respondent-sector'); s.value = 'nhs';"
                         "s.dispatchEvent(new Event('change'))")
        browser.click("#save")
        summary = d.find_element(By.ID, "summary").text
        check("Enter the area you answer for." in summary and "Enter the period" in summary,
              f"saving without an area is refused, saying what is missing: {summary!r}")
        d.find_element(By.ID, "respondent-area_name").send_keys("Northshire")
        d.find_element(By.ID, "respondent-area_code").send_keys("E10000099")
        d.find_element(By.ID, "respondent-period").send_keys("2016/17")
        browser.click("label[for='f-leadership-LD01-o3']")
        browser.click("#save")
        saved = browser.downloaded("E10000099-nhs-3.response.json")
        check(saved["area"] == {"name": "Northshire", "code": "E10000099"} and saved["period"] == "2016/17",
              f"the response carries the area and period given: {saved['area']} {saved['period']}")
        merged = os.path.join(work, "merged.json")
        run("merge", os.path.join(browser.downloads, "E10000099-nhs-3.response.json"), "-o", merged)
        run("assess", merged)
    finally:
        browser.quit()


def open_continues_and_refuses(work):
    """Open answers continues from a saved file; a file for another area is refused and changes nothing."""
    form = write_form(work, "--domain", "leadership")
    responses = os.path.join(work, "responses")
    subprocess.run([sys.executable, os.path.join(SRC, "tests", "cli", "lib", "responses.py"), EXAMPLE,
                    os.path.join(SRC, "questionnaires"), responses, "ns-ccg-1"], check=True)
    saved = glob.glob(os.path.join(responses, "*.json"))[0]
    with open(saved) as f:
        doc = json.load(f)
    doc["questionnaires"] = [s for s in doc["questionnaires"] if s["id"] == "leadership"]
    doc["answers"] = {"leadership": relevant_only("leadership", doc["answers"]["leadership"])}
    with open(saved, "w") as f:
        json.dump(doc, f)
    other = os.path.join(work, "other-area.response.json")
    with open(other, "w") as f:
        json.dump(dict(doc, area={"name": "Eastmoor", "code": "E10000098"}), f)
    browser = Browser(work)
    try:
        browser.open(form)
        d = browser.driver
        d.find_element(By.ID, "open-file").send_keys(saved)
        browser.wait(lambda: d.execute_script("return SpectrumForm.response().respondent.id") == "ns-ccg-1", "open")
        now = d.execute_script("return SpectrumForm.response()")
        check(now["answers"]["leadership"] == doc["answers"]["leadership"], "opened answers are all in the form")
        checked = d.execute_script("return document.querySelectorAll('fieldset.item input:checked').length")
        check(checked > 0, "opened answers are shown in the controls")
        d.find_element(By.ID, "open-file").send_keys(other)
        browser.wait(lambda: not browser.hidden("summary"), "the refusal")
        summary = d.find_element(By.ID, "summary")
        check("Eastmoor" in summary.text and "Northshire" in summary.text, f"the refusal names both areas: {summary.text!r}")
        check(summary.get_attribute("role") == "alert", "the refusal is announced (role=alert)")
        still = d.execute_script("return SpectrumForm.response()")
        check(still["answers"] == now["answers"] and still["area"]["name"] == "Northshire",
              "a refused file changes nothing")
    finally:
        browser.quit()


def three_saved_responses_merge_to_the_hand_written_profile(work):
    """Three respondents answer in the browser; their saved files merge and assess to the same profile as
    the same answers written by hand as an assessment."""
    form = write_form(work)
    hand = example()
    hand["respondents"] = hand["respondents"][:3]
    hand.pop("targets", None)  # targets are the coordinator's, not the respondents': no response carries them
    for r in hand["respondents"]:
        r.pop("name", None)
        r["answers"] = {qid: relevant_only(qid, answers) for qid, answers in r["answers"].items()}
    saved = []
    for respondent in hand["respondents"]:
        browser = Browser(os.path.join(work, respondent["id"]))
        try:
            browser.open(form)
            fill_with_keyboard(browser, respondent, respondent["answers"], sector_names(browser))
            browser.downloaded(f"E10000099-{respondent['id']}.response.json")
            saved.append(os.path.join(browser.downloads, f"E10000099-{respondent['id']}.response.json"))
        finally:
            browser.quit()
    merged = os.path.join(work, "merged.json")
    out = run("merge", *saved, "-o", merged).stdout
    check(out.count("added:") == 3, f"merge reports three respondents added: {out}")
    hand_path = os.path.join(work, "hand.json")
    with open(hand_path, "w") as f:
        json.dump(hand, f, indent=2)
    run("assess", merged, "-o", os.path.join(work, "merged-profile.json"))
    run("assess", hand_path, "-o", os.path.join(work, "hand-profile.json"))
    profiles = []
    for name in ("merged-profile.json", "hand-profile.json"):
        with open(os.path.join(work, name)) as f:
            profile = json.load(f)
        profile.pop("provenance", None)
        profiles.append(profile)
    for pointer, merged_value, hand_value in differences(profiles[0], profiles[1])[:10]:
        print(f"profiles differ at {pointer}: merged {json.dumps(merged_value)[:300]}, hand {json.dumps(hand_value)[:300]}",
              file=sys.stderr)
    check(profiles[0] == profiles[1], "the merged answers give the hand-written assessment's profile")
    # Merging one of them again is refused, naming both files, and writes nothing.
    again = os.path.join(work, "again.json")
    done = run("merge", saved[0], "--into", merged, "-o", again, expect=2)
    check(saved[0] in done.stderr and merged in done.stderr, f"the duplicate refusal names both files: {done.stderr}")
    check(not os.path.exists(again), "a refused merge writes nothing")


def differences(a, b, pointer=""):
    """[(JSON pointer, a's value, b's value)] where two documents differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        found = []
        for key in sorted(set(a) | set(b)):
            found += differences(a.get(key), b.get(key), f"{pointer}/{key}")
        return found
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{pointer}/{i}")]
    return [] if a == b else [(pointer, a, b)]


def relevance_parity_with_the_host(work):
    """A generated table of answer sets gives the same relevance verdicts in the form and in the host."""
    fixture_dir = os.path.join(SRC, "tests", "fixtures", "relevance")
    with open(os.path.join(fixture_dir, "parity.json")) as f:
        questionnaire = json.load(f)
    rng = random.Random(20161130)
    cases = {}
    for n in range(400):
        cases[f"case{n}"] = {"parity": random_answers(rng, questionnaire)}
    expected = host_relevance(cases, fixture_dir)
    form = write_form(work, "--questionnaire-dir", fixture_dir, "--domain", "parity")
    browser = Browser(work)
    try:
        browser.open(form)
        found = browser.driver.execute_script("""
            const cases = arguments[0], out = {};
            for (const [id, answers] of Object.entries(cases)) {
              out[id] = {parity: {}};
              for (const section of SpectrumForm.data.questionnaires[0].sections)
                for (const item of section.items)
                  out[id].parity[item.id] = SpectrumForm.isRelevant('parity', item.id, answers.parity);
            }
            return out;""", cases)
    finally:
        browser.quit()
    differing = [(c, item) for c in cases for item in expected[c]["parity"]
                 if expected[c]["parity"][item] != found[c]["parity"][item]]
    for c, item in differing[:10]:
        print(f"{c} {item}: host {expected[c]['parity'][item]}, form {found[c]['parity'][item]}; answers "
              f"{json.dumps(cases[c]['parity'])}", file=sys.stderr)
    check(not differing, f"{len(differing)} of {len(cases) * 13} verdicts differ between the form and the host")
    shown = sum(v for c in expected for v in expected[c]["parity"].values())
    check(0 < shown < len(cases) * 13, "the table holds both relevant and irrelevant items")


def random_answers(rng, questionnaire):
    """One respondent's answers: every item missing, null, don't know, not applicable or a value,
    sometimes wrapped with evidence, with boundary values for the number conditions."""
    answers = {}
    for section in questionnaire["sections"]:
        for item in section["items"]:
            roll = rng.random()
            if roll < 0.15:
                continue
            if roll < 0.2:
                answers[item["id"]] = None
                continue
            if roll < 0.27:
                answers[item["id"]] = {"status": rng.choice(["dont_know", "not_applicable"])}
                continue
            kind = item["type"]
            if kind == "choice":
                value = rng.choice(item["options"])["name"]
            elif kind == "multi":
                value = [o["name"] for o in item["options"] if rng.random() < 0.5]
            elif kind == "scale":
                value = rng.choice(item["options"])["value"]
            elif kind == "number":
                low, high = item.get("min", -5), item.get("max", 100)
                value = rng.choice([low, high, 50.5, 50.4999, -1, -1.0001, 0, rng.uniform(low, high)])
                value = min(max(value, low), high)
            elif kind == "boolean":
                value = rng.random() < 0.5
            else:
                value = rng.choice(["", "some text"])
            if rng.random() < 0.2:
                answers[item["id"]] = {"value": value if rng.random() < 0.8 else None, "evidence": "note"}
            else:
                answers[item["id"]] = value
    return answers


def main():
    cases = {f.__name__: f for f in (keyboard_only, relevance_shows_and_hides, reload_keeps_answers,
                                     a_form_without_an_area_asks_for_it,
                                     open_continues_and_refuses, three_saved_responses_merge_to_the_hand_written_profile,
                                     relevance_parity_with_the_host)}
    if CASE not in cases:
        print(f"unknown case {CASE}; known: {', '.join(cases)}", file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="spectrum-browser-")
    try:
        cases[CASE](work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{CASE}: {len(failures)} check(s) failed", file=sys.stderr)
        return 1
    print(f"{CASE}: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
