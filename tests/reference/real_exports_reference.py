#!/usr/bin/env python3
"""What the real exports in fixtures/real/ hold, read with Python's csv module and the header-row
counts of each platform written out by hand, independently of satisfy.

    python3 tests/reference/real_exports_reference.py > tests/reference/real-exports-reference.json

For each file: the number of data rows, and the columns that hold ratings (every non-blank value
an integer from 0 to 10; Qualtrics' negative "no basis" codes aside), which satisfy must score,
together with the columns answered in words of an ordered scale, read by eye and listed in
LABELLED with the label set (and its number of points) they use, and those of them scored from
the top down (REVERSED: "very rude" is the bad end).
"""
import csv
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent / "fixtures" / "real"
# file: (platform, header rows, columns that are platform metadata even though they hold small integers)
FILES = {
    "qualtrics/qualtrics-current-sample.csv": ("qualtrics", 3, {"Status", "Finished"}),
    "qualtrics/qualtrics-legacy-sample.csv": ("qualtrics", 2, {"V7", "V10"}),
    "qualtrics/Sample_Survey.csv": ("qualtrics", 3, {"Status", "Finished"}),
    "qualtrics/Single_Answer_Matrix_Questions_Insights_.csv": ("qualtrics", 3, {"Status", "Finished"}),
    "qualtrics/Single_Answer_Matrix_Questions.csv": ("qualtrics", 2, {"V7", "V10"}),
    "qualtrics/Multiple_Answer_MC_Questions_Insights_.csv": ("qualtrics", 3, {"Status", "Finished"}),
    "qualtrics/Questions_with_Text_Entry_Components.csv": ("qualtrics", 3, {"Status", "Finished"}),
    "surveymonkey/steak-risk-survey.csv": ("surveymonkey", 2, set()),
    "surveymonkey/flying-etiquette.csv": ("generic", 1, set()),
    "google-forms/OSMI_Mental_Health_in_Tech_Survey_2014.csv": ("google-forms", 1, set()),
    "typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv": ("typeform", 1, set()),
}
# file: {column number: label set}, from reading each column's answers.
LABELLED = {
    # "Never, Rarely, Sometimes, Often": frequency, five points with "Always" never chosen.
    "google-forms/OSMI_Mental_Health_in_Tech_Survey_2014.csv": {8: "frequency-5", 17: "ease-4"},
    # 10: "Difficult, Somewhat difficult, Neither easy nor difficult, Somewhat easy, Very easy": both
    # "Difficult" and "Somewhat difficult" occur, so this is read as the seven-point ease scale.
    # 92, 93: "Never, Rarely, Sometimes, Often" and "Not applicable to me", a non-answer.
    "typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv": {10: "ease-7", 92: "frequency-5", 93: "frequency-5"},
    # 1: "Never, Once a year or less, Once a month or less, A few times per month, A few times per
    # week, Every day": six rungs of the frequency ladder, read on those six points.
    # 2: "Never, Once in a while, About half the time, Usually, Always": frequency, five points.
    # 8, 9, 12, 14-19: "No, not rude at all" (or "No, not at all rude"), "Yes, somewhat rude", "Yes,
    # very rude": the intensity pattern, three levels.
    "surveymonkey/flying-etiquette.csv": {1: "frequency-ladder", 2: "frequency-5", **{j: "intensity" for j in (8, 9, 12, 14, 15, 16, 17, 18, 19)}},
}
# file: labelled columns whose scale runs from good to bad, so that they are scored from the top down.
REVERSED = {
    # Rude is a negative quality: "No, not rude at all" is the best answer.
    "surveymonkey/flying-etiquette.csv": [8, 9, 12, 14, 15, 16, 17, 18, 19],
}
# file: columns of Yes/No answers whose header speaks of an "issue", which satisfy reads as "had a
# problem" questions. On these mental-health surveys that is a false positive of keyword detection
# (a CX survey's "Did you have any issues with your order?" is what the rule is for); it is listed
# here so that the tests notice any change, and `--map` or a config puts it right.
YES_NO_COMPLAINTS = {
    "google-forms/OSMI_Mental_Health_in_Tech_Survey_2014.csv": [15],
    "typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv": [28],
}


def is_rating_column(values, negative_codes):
    numbers = []
    for v in values:
        try:
            x = float(v)
        except ValueError:
            return False
        if x < 0 and negative_codes:
            continue
        if x != int(x) or not 0 <= x <= 10:
            return False
        numbers.append(x)
    return bool(numbers)


out = {}
for name, (platform, header_rows, metadata) in FILES.items():
    raw = (ROOT / name).read_bytes()
    records = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    data = records[header_rows:]
    rated = [
        j for j, column in enumerate(records[0])
        if column not in metadata and is_rating_column([r[j].strip() for r in data if r[j].strip() != ""], platform == "qualtrics")
    ]
    labelled = LABELLED.get(name, {})
    rated = sorted(rated + list(labelled) + YES_NO_COMPLAINTS.get(name, []))
    out[name] = {"platform": platform, "encoding": "utf-8", "delimiter": ",", "headerRows": header_rows, "rows": len(data), "ratedColumns": rated, "labelSets": {str(j): s for j, s in labelled.items()}, "reversed": REVERSED.get(name, [])}
json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
