"""Plays a respondent (and a clumsy editor) on Spectrum's respondent workbooks, with openpyxl.

  fill TEMPLATE OUT SEED ID ORGANISATION ROLE CHOICES.json
      Fills a copy of the workbook the way a person would, knowing only what the workbook shows: the
      cover's labels, each answer cell's drop-down list (read from its data validation), the number
      cells' validated ranges and the tick cells. Writes what was chosen, by label, to CHOICES.json.
  assessment QUESTIONNAIRE_DIR OUT.json AREA CODE PERIOD CHOICES.json...
      Writes the same answers by hand as an assessment: labels mapped to option names by reading the
      questionnaire files, not the workbook.
  excel-like SRC OUT
      openpyxl saves strings inside the cells (inline strings); this writes the same workbook as Excel
      does: strings in a shared strings part (long ones as rich-text runs), ticks as booleans.
  break KIND SRC OUT   (KIND: label, number, sheet, version, tick)
      Damages a filled workbook the way an editor might; prints the cell (or sheet) it damaged.
  check-structure FILE QUESTIONNAIRE_DIR
      Checks the protection, the hidden stamp sheet and the unlocked cells; prints problems, exits 1.
"""
import glob
import hashlib
import html
import json
import random
import re
import sys
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.utils.cell import range_boundaries

TICK = "\u2713"
STATUS = {"Don't know": "dont_know", "Not applicable": "not_applicable"}


def validation_of(ws, coordinate):
    for dv in ws.data_validations.dataValidation:
        if coordinate in dv.sqref:
            return dv
    return None


def list_values(wb, dv):
    """The choices of a list validation: an inline list or a range of another sheet."""
    formula = dv.formula1.lstrip("=")
    if formula.startswith('"'):
        return formula.strip('"').split(",")
    sheet, ref = formula.split("!")
    source = wb[sheet.strip("'")]
    min_col, min_row, max_col, max_row = range_boundaries(ref.replace("$", ""))
    return [source.cell(row=r, column=min_col).value for r in range(min_row, max_row + 1)]


def answer_sheets(wb):
    return [ws for ws in wb.worksheets if ws.sheet_state == "visible" and ws.title != "Cover"]


def fill(template, out, seed, respondent, organisation, role, choices_path):
    rnd = random.Random(seed)
    wb = openpyxl.load_workbook(template)
    cover = wb["Cover"]
    for row in cover.iter_rows(min_col=2, max_col=2):
        label, answer = row[0].value, cover.cell(row=row[0].row, column=3)
        if label == "Your respondent reference":
            answer.value = respondent
        elif label == "Your organisation":
            answer.value = organisation
        elif label == "Your role":
            answer.value = role
        elif label == "Your sector":
            sectors = list_values(wb, validation_of(cover, answer.coordinate))
            answer.value = sectors[seed % len(sectors)]
            sector = answer.value
    chosen = {"respondent": respondent, "organisation": organisation, "sector": sector, "role": role, "items": {}}
    for ws in answer_sheets(wb):
        for row in ws.iter_rows(min_col=1, max_col=1):
            item = row[0].value
            dv = validation_of(ws, f"C{row[0].row}")
            if not item or dv is None:
                continue
            r = row[0].row
            options = list_values(wb, dv)
            record = {}
            roll = rnd.random()
            ticks = [c for c in ws[r][6:] if (v := validation_of(ws, c.coordinate)) and list_values(wb, v) == [TICK]]
            number = validation_of(ws, f"D{r}")
            typed = not ws[f"D{r}"].protection.locked
            if roll < 0.08:
                ws[f"C{r}"] = record["status"] = rnd.choice(["Don't know", "Not applicable"])
            elif roll < 0.12:
                pass  # left empty
            elif ticks:
                picked = [c for c in ticks if rnd.random() < 0.5] or [rnd.choice(ticks)]
                for c in picked:
                    c.value = TICK
                record["ticked"] = [ws.cell(row=r - 1, column=c.column).value for c in picked]
            elif number is not None:
                low, high = float(number.formula1), float(number.formula2)
                ws[f"D{r}"] = record["number"] = rnd.randint(int(low), int(high))
            elif typed:
                ws[f"D{r}"] = record["text"] = f"Typed by {respondent}, with a comma, and \"quotes\""
            else:
                real = [o for o in options if o not in STATUS]
                ws[f"C{r}"] = record["label"] = rnd.choice(real)
            if rnd.random() < 0.3:
                ws[f"E{r}"] = record["evidence"] = f"Board minutes {rnd.randint(1, 28)} May 2016"
            chosen["items"][item] = record
    wb.save(out)
    json.dump(chosen, open(choices_path, "w"), indent=1)


def questionnaires(folder):
    found = {}
    for path in glob.glob(f"{folder}/*.json"):
        q = json.load(open(path))
        for section in q["sections"]:
            for item in section["items"]:
                found[item["id"]] = (q, item)
    return found


def by_label(item, label):
    if item["type"] == "boolean":
        return {"Yes": True, "No": False}[label]
    for option in item["options"]:
        shown = f"{option['value']:g} \u2013 {option['label']}" if item["type"] == "scale" else option["label"]
        if label == shown:
            return option["value"] if item["type"] == "scale" else option["name"]
    raise SystemExit(f"{item['id']}: no option labelled {label!r}")


def assessment(folder, out, area, code, period, choice_files):
    items = questionnaires(folder)
    respondents = []
    for path in choice_files:
        chosen = json.load(open(path))
        sectors = {"NHS": "nhs", "Local government": "local_government", "Housing": "housing",
                   "Voluntary sector": "voluntary", "Voluntary": "voluntary", "Other": "other"}
        answers = {}
        for item_id, record in chosen["items"].items():
            q, item = items[item_id]
            if "status" in record:
                answer = {"status": STATUS[record["status"]]}
            elif "ticked" in record:
                names = {o["label"]: o["name"] for o in item["options"]}
                answer = [names[label] for label in record["ticked"]]
            elif "label" in record:
                answer = by_label(item, record["label"])
            elif "number" in record:
                answer = record["number"]
            elif "text" in record:
                answer = record["text"]
            else:
                answer = None
            if "evidence" in record:
                answer = {**answer, "evidence": record["evidence"]} if isinstance(answer, dict) and "status" in answer \
                    else {"value": answer, "evidence": record["evidence"]}
            if answer is not None:
                answers.setdefault(q["id"], {})[item_id] = answer
        respondents.append({"id": chosen["respondent"], "organisation": chosen["organisation"],
                            "sector": sectors[chosen["sector"]], "role": chosen["role"], "answers": answers})
    json.dump({"format": "spectrum.assessment/1", "area": {"name": area, "code": code}, "period": period,
               "respondents": respondents}, open(out, "w"), indent=1)


def excel_like(src, out):
    """openpyxl keeps strings in the cells (inline strings). Excel and LibreOffice keep them in a
    shared strings part, long ones as rich-text runs, and a ticked box as a boolean: write that."""
    shared, index = [], {}

    def to_shared(match):
        attributes, text = match.group(1), html.unescape(match.group(2))
        if text == TICK:
            return f'<c{attributes} t="b"><v>1</v></c>'
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return f'<c{attributes} t="s"><v>{index[text]}</v></c>'

    def item(text):
        if len(text) < 12:
            return f"<si><t>{escape(text)}</t></si>"
        return (f'<si><r><t>{escape(text[:6])}</t></r><r><rPr><b/></rPr>'
                f'<t xml:space="preserve">{escape(text[6:])}</t></r></si>')

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename).decode()
            if info.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(r'<c([^>]*?) t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', to_shared, data, flags=re.S)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace("</Relationships>", '<Relationship Id="rIdShared" Type="http://schemas.'
                                    'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    'Target="sharedStrings.xml"/></Relationships>')
            if info.filename == "[Content_Types].xml":
                data = data.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            zout.writestr(info, data)
        zout.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                      f'count="{len(shared)}" uniqueCount="{len(shared)}">' + "".join(map(item, shared)) + "</sst>")


def first_item_row(ws, kind):
    """The first item row whose answer matches kind: a chosen label, a number or ticks."""
    for row in ws.iter_rows(min_col=1, max_col=1):
        r = row[0].row
        if not row[0].value or validation_of(ws, f"C{r}") is None:
            continue
        if kind == "label" and isinstance(ws[f"C{r}"].value, str) and ws[f"C{r}"].value not in STATUS:
            return r
        if kind == "number" and validation_of(ws, f"D{r}") is not None:
            return r
        if kind == "tick" and any(c.value for c in ws[r][6:]):
            return r
    raise SystemExit(f"no {kind} row in {ws.title}")


def break_workbook(kind, src, out):
    wb = openpyxl.load_workbook(src)
    sheets = {ws.title: ws for ws in answer_sheets(wb)}
    if kind == "label":
        ws = sheets["Leadership"]
        r = first_item_row(ws, "label")
        ws[f"C{r}"] = "Maybe"
        print(f"Leadership!C{r}")
    elif kind == "number":
        ws = sheets["Financial alignment"]
        r = first_item_row(ws, "number")
        ws[f"D{r}"] = 150
        print(f"'Financial alignment'!D{r}")
    elif kind == "tick":
        ws = sheets["Leadership"]
        r = first_item_row(ws, "tick")
        cell = next(c for c in ws[r][6:] if c.value)
        cell.value = "maybe"
        print(f"Leadership!{cell.coordinate}")
    elif kind == "sheet":
        del wb["Digital"]
        print("Digital")
    elif kind == "version":
        stamps = wb["Spectrum"]
        for row in stamps.iter_rows(min_col=1, max_col=2):
            if row[0].value == "leadership":
                row[1].value = "1.1.0"
                print(f"Spectrum!{row[1].coordinate}")
    wb.save(out)


def check_structure(path, folder):
    problems = []
    wb = openpyxl.load_workbook(path)
    if not (wb.security and wb.security.lockStructure):
        problems.append("the workbook's structure is not protected")
    with zipfile.ZipFile(path) as z:
        workbook_xml = z.read("xl/workbook.xml").decode()
        if "workbookPassword" in workbook_xml or "workbookHashValue" in workbook_xml:
            problems.append("the structure has a password")
    installed = {}
    for qpath in glob.glob(f"{folder}/*.json"):
        q = json.load(open(qpath))
        installed[q["id"]] = (q, hashlib.sha256(open(qpath, "rb").read()).hexdigest())
    stamps = wb["Spectrum"]
    if stamps.sheet_state != "hidden":
        problems.append("the stamp sheet is not hidden")
    recorded = {}
    header = None
    for row in stamps.iter_rows(values_only=True):
        if row[0] == "questionnaire":
            header = True
        elif header and row[0]:
            recorded[row[0]] = (row[1], row[2])
    for qid, (q, sha) in installed.items():
        if recorded.get(qid) != (q["version"], sha):
            problems.append(f"stamp of {qid}: expected {(q['version'], sha)}, found {recorded.get(qid)}")
    for ws in wb.worksheets:
        if not ws.protection.sheet:
            problems.append(f"{ws.title} is not protected")
        if ws.protection.password:
            problems.append(f"{ws.title} has a password")
    items = {item_id for item_id in questionnaires(folder)}
    for ws in answer_sheets(wb):
        for row in ws.iter_rows():
            for cell in row:
                if cell.protection.locked:
                    continue
                item = ws.cell(row=cell.row, column=1).value
                if item not in items or cell.column < 3:
                    problems.append(f"{ws.title}!{cell.coordinate} is unlocked but is no answer cell")
        for row in ws.iter_rows(min_col=1, max_col=1):
            if row[0].value in items:
                r = row[0].row
                dv = validation_of(ws, f"C{r}")
                values = list_values(wb, dv) if dv is not None and dv.type == "list" else []
                if "Don't know" not in values or "Not applicable" not in values:
                    problems.append(f"{ws.title}!C{r}: the drop-down lacks Don't know / Not applicable: {values}")
                if ws[f"C{r}"].protection.locked or ws[f"E{r}"].protection.locked:
                    problems.append(f"{ws.title}!C{r} or E{r} is locked")
    for problem in problems:
        print("FAIL:", problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "fill":
        fill(args[0], args[1], int(args[2]), args[3], args[4], args[5], args[6])
    elif command == "assessment":
        assessment(args[0], args[1], args[2], args[3], args[4], args[5:])
    elif command == "excel-like":
        excel_like(args[0], args[1])
    elif command == "break":
        break_workbook(args[0], args[1], args[2])
    elif command == "check-structure":
        check_structure(args[0], args[1])
    else:
        raise SystemExit(__doc__)
