#!/usr/bin/env python3
"""What the real exports in fixtures/real/ hold, read with Python's csv module and the header-row
counts of each platform written out by hand, independently of satisfy.

    python3 tests/reference/real_exports_reference.py > tests/reference/real-exports-reference.json

For each file: its platform, encoding, delimiter, header rows and number of data rows. What each
column means (role, scale, dimension) is not guessed here from its values: an analyst wrote it
down in corpus/expected/ (see corpus/README.md), and `npm run corpus` scores satisfy against it.
"""
import csv
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent / "fixtures" / "real"
# file: (platform, header rows[, delimiter])
FILES = {
    "qualtrics/qualtrics-current-sample.csv": ("qualtrics", 3),
    "qualtrics/qualtrics-legacy-sample.csv": ("qualtrics", 2),
    "qualtrics/Sample_Survey.csv": ("qualtrics", 3),
    "qualtrics/Single_Answer_Matrix_Questions_Insights_.csv": ("qualtrics", 3),
    "qualtrics/Single_Answer_Matrix_Questions.csv": ("qualtrics", 2),
    "qualtrics/Multiple_Answer_MC_Questions_Insights_.csv": ("qualtrics", 3),
    "qualtrics/Questions_with_Text_Entry_Components.csv": ("qualtrics", 3),
    "surveymonkey/steak-risk-survey.csv": ("surveymonkey", 2),
    "surveymonkey/flying-etiquette.csv": ("generic", 1),
    "google-forms/OSMI_Mental_Health_in_Tech_Survey_2014.csv": ("google-forms", 1),
    "typeform/OSMI_Mental_Health_in_Tech_Survey_2017.csv": ("typeform", 1),
    # Saved through Excel: the question above its first column, the options in row 2.
    "limesurvey/informal-models-expert-survey-de.csv": ("generic", 2, ";"),
}

out = {}
for name, (platform, header_rows, *rest) in FILES.items():
    delimiter = rest[0] if rest else ","
    raw = (ROOT / name).read_bytes()
    records = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))
    data = records[header_rows:]
    out[name] = {"platform": platform, "encoding": "utf-8", "delimiter": delimiter, "headerRows": header_rows, "rows": len(data)}
json.dump(out, sys.stdout, indent=1)
sys.stdout.write("\n")
