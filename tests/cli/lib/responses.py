"""Response files for the tests, made from an assessment's respondents as the form would save them.

    responses.py ASSESSMENT QUESTIONNAIRE_DIR OUT_DIR [RESPONDENT_ID...]

Writes OUT_DIR/<area code>-<id>.response.json for each respondent (all when none are named), each
stamped with the id, version and SHA-256 of the questionnaire files in QUESTIONNAIRE_DIR.
"""
import glob
import hashlib
import json
import os
import sys


def stamps(questionnaire_dir):
    found = {}
    for path in glob.glob(os.path.join(questionnaire_dir, "*.json")):
        with open(path, "rb") as f:
            raw = f.read()
        doc = json.loads(raw)
        if doc.get("format") == "spectrum.questionnaire/1":
            found[doc["id"]] = {"id": doc["id"], "version": doc["version"], "sha256": hashlib.sha256(raw).hexdigest()}
    return found


def response_of(assessment, respondent, known):
    answers = respondent.get("answers", {})
    return {
        "format": "spectrum.response/1",
        "area": assessment["area"],
        "period": assessment["period"],
        "respondent": {k: respondent[k] for k in ("id", "organisation", "sector", "role")},
        "questionnaires": [known[q] for q in sorted(answers)],
        "answers": answers,
    }


def main(argv):
    assessment_path, questionnaire_dir, out_dir, *wanted = argv
    with open(assessment_path) as f:
        assessment = json.load(f)
    known = stamps(questionnaire_dir)
    os.makedirs(out_dir, exist_ok=True)
    for respondent in assessment["respondents"]:
        if wanted and respondent["id"] not in wanted:
            continue
        name = f"{assessment['area'].get('code', assessment['area']['name'])}-{respondent['id']}.response.json"
        with open(os.path.join(out_dir, name), "w") as f:
            json.dump(response_of(assessment, respondent, known), f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
