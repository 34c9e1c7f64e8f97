"""Writes an assessment's answers as a survey tool would export them, for `spectrum merge --columns`.

  survey_export.py ASSESSMENT QUESTIONNAIRE_DIR OUT.csv STYLE
STYLE "names": comma separator, option names, no byte-order mark, CRLF line ends.
STYLE "labels": semicolon separator, option labels (scale points as "3 - label" too), a UTF-8 BOM, LF
line ends, "Don't know" spelled out, multi-select labels joined by "; ", a survey tool's own
"Timestamp" column first. Evidence notes go to ITEM.evidence columns; every field with a separator,
a quote or a line break is quoted.
"""
import csv
import glob
import json
import sys

assessment_path, folder, out, style = sys.argv[1:5]
assessment = json.load(open(assessment_path))
items = {}
for path in sorted(glob.glob(f"{folder}/*.json")):
    q = json.load(open(path))
    for section in q["sections"]:
        for item in section["items"]:
            items[item["id"]] = item
labels = style == "labels"
STATUS = {"dont_know": "Don't know", "not_applicable": "Not applicable"}


def label_of(item, name):
    for option in item["options"]:
        if option["name"] == name or (item["type"] == "scale" and option["value"] == name):
            if item["type"] == "scale":
                return f"{option['value']} \u2013 {option['label']}"
            return option["label"]
    raise SystemExit(f"{item['id']}: no option {name!r}")


def field(item, answer):
    if answer is None:
        return ""
    if isinstance(answer, dict) and "status" in answer:
        return STATUS[answer["status"]] if labels else answer["status"]
    if isinstance(answer, dict):
        return field(item, answer.get("value"))
    kind = item["type"]
    if kind == "boolean":
        return ("Yes" if answer else "No") if labels else ("true" if answer else "false")
    if kind == "multi":
        if not answer:
            raise SystemExit(f"{item['id']}: an empty multi-select has no CSV spelling")
        return "; ".join(label_of(item, a) for a in answer) if labels else ";".join(answer)
    if kind in ("choice", "scale") and labels:
        return label_of(item, answer)
    return str(answer)


evidence_items = sorted({i for r in assessment["respondents"] for a in r.get("answers", {}).values()
                         for i, v in a.items() if isinstance(v, dict) and v.get("evidence")})
item_ids = sorted(items)
header = (["Timestamp"] if labels else []) + ["respondent", "organisation", "sector", "role"] + item_ids + \
    [f"{i}.evidence" for i in evidence_items]
with open(out, "w", newline="", encoding="utf-8-sig" if labels else "utf-8") as f:
    writer = csv.writer(f, delimiter=";" if labels else ",", lineterminator="\n" if labels else "\r\n")
    writer.writerow(header)
    sectors = {"nhs": "NHS", "local_government": "Local government", "housing": "Housing",
               "voluntary": "Voluntary sector", "other": "Other"}
    for r in assessment["respondents"]:
        answers = {i: v for a in r.get("answers", {}).values() for i, v in a.items()}
        row = (["2016-05-12 10:00"] if labels else []) + \
            [r["id"], r["organisation"], sectors[r["sector"]] if labels else r["sector"], r["role"]]
        row += [field(items[i], answers.get(i)) for i in item_ids]
        row += [answers[i]["evidence"] if isinstance(answers.get(i), dict) and answers[i].get("evidence") else ""
                for i in evidence_items]
        writer.writerow(row)
