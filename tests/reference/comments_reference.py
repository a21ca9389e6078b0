#!/usr/bin/env python3
"""What `satisfy report --by Region --period week` must find in the free-text columns of
fixtures/comments/comments-seven-languages-non-answers-blanks-region-weeks.csv, computed from the
file with Python's csv module and SciPy, independently of satisfy.

    python3 tests/reference/comments_reference.py > tests/reference/comments-reference.json

The rules (README "Comments"):
- A cell is trimmed. Blank: nothing left (or R's `NA`). No text: no letter and no digit ("-", ".").
  Not applicable: a non-answer word ("n/a", "Weiß nicht"). Nothing to say: "none", "brak",
  "keine", "Brak uwag." — the words this fixture uses, listed here by hand. Anything else is a
  comment.
- Share = comments / respondents, with the Wilson interval of SciPy's
  binomtest(...).proportion_ci(method="wilson"). Mean length: Python's len(), code points.
- Language: as labelled by hand below (the language each comment was written in); `undetermined`
  for a comment of fewer than 10 letters, whatever its language.
- Tone: from the respondent's ratings: the recommend answer (0-10) 9-10 praise, 7-8 mixed, 0-6
  criticism; without one, overall satisfaction (1-5) 4-5 praise, 3 mixed, 1-2 criticism. Every row
  of this fixture has a recommend answer, so no comment's tone comes from words here. An "Other
  (please specify)" text's tone is its words' alone (the ratings say nothing of a channel typed
  beside a choice): none of this fixture's has a word of praise or criticism, so each is neutral
  (WORD_TONES, by hand).
- Themes: as an analyst reads each comment (THEMES, by hand), for comments in a lexicon language or
  too short to tell the language of (tagged with every lexicon's words); none for a comment in a
  language satisfy has no words for (Dutch, Italian here). An "Other (please specify)" text has no
  themes at all (no `themes` key, no impact, no words): what was typed beside a choice is no comment
  on the company.
- Verbatims: per theme and tone, the (at most) 3 distinct comments of smallest (hash, text), the hash
  being 32-bit FNV-1a over the text's UTF-16 code units; shown on one line (no comment of the
  fixture is longer than 280 characters or holds personal data).
- Impact: per theme, the ratings of the respondents whose comment in the column talks about it
  against every other respondent (theme_impact.py), in the whole file only: a Region or a week has
  none. This fixture has no dimension (no index), and no theme has 30 respondents on each side
  (satisfy's default --min-base), so no difference is tested here:
  tests/reference/theme_impact_reference.py tests them.
- Scopes: the whole file, each Region, each ISO week of Submitted. A Region of fewer than 30
  respondents (satisfy's default --min-base) shows no verbatims.
"""
import csv
import json
from collections import OrderedDict
from datetime import date
from pathlib import Path

from scipy import stats

from theme_impact import settle, theme_impact

ROOT = Path(__file__).resolve().parent.parent.parent
FILE = ROOT / "fixtures" / "comments" / "comments-seven-languages-non-answers-blanks-region-weeks.csv"
LEVEL = 0.95
MIN_BASE = 30
COLUMNS = [("Which channels did you use? - Other (please specify)", "other"), ("Any other comments?", "comment")]
EXCLUSIONS = ["blank", "noText", "notApplicable", "nothingToSay"]
LANGUAGES = ["en", "de", "fr", "es", "pt", "pl", "lv", "other", "undetermined"]
NOT_APPLICABLE = {"n/a", "N/A", "Weiß nicht"}
NOTHING_TO_SAY = {"none", "brak", "keine", "Brak uwag."}
# The language each comment of the fixture is written in, by hand.
WRITTEN_IN = {
    "Fast delivery and friendly staff, thank you!": "en",
    "The courier was two days late and nobody answered the phone.": "en",
    "Great service 👍👍 will order again soon": "en",
    "Die Lieferung kam pünktlich, aber die Verpackung war beschädigt.": "de",
    "Sehr freundlicher Kundendienst, gerne wieder.": "de",
    "Livraison rapide, mais le prix est un peu élevé.": "fr",
    "Le service client ne répond jamais aux courriels.": "fr",
    "El pedido llegó tarde y el producto estaba roto.": "es",
    "Muy buena atención, volveré a comprar.": "es",
    "A entrega foi rápida e o atendimento muito simpático.": "pt",
    "Gostaria que o site tivesse mais opções de pagamento.": "pt",
    "Dostawa szybka, ale paczka była uszkodzona.": "pl",
    "Brakuje mi możliwości płatności przy odbiorze.": "pl",
    "Piegāde kavējās par divām dienām, ļoti nepatīkami.": "lv",
    "Ļoti laipns personāls, noteikti iesakīšu draugiem.": "lv",
    "De bezorging was snel en de medewerkers waren vriendelijk.": "other",  # Dutch
    "La consegna è stata veloce e il personale gentile.": "other",  # Italian
    "Post office counter": "en",
    "Social media, mostly Instagram": "en",
    "Ok 👍": "undetermined",
    "Super!": "undetermined",
    "Fax": "undetermined",
    "WhatsApp": "undetermined",
    "Kurier": "undetermined",
}


TONES = ["praise", "mixed", "criticism", "neutral"]
THEMES_ORDER = ["delivery", "pricing", "complaints", "trust", "service", "needs", "praise"]
# What each comment talks about, read by hand.
THEMES = {
    "Fast delivery and friendly staff, thank you!": {"delivery", "service", "praise"},
    "The courier was two days late and nobody answered the phone.": {"delivery", "complaints", "service"},
    "Great service 👍👍 will order again soon": {"service", "trust", "praise"},
    "Die Lieferung kam pünktlich, aber die Verpackung war beschädigt.": {"delivery", "complaints", "praise"},
    "Sehr freundlicher Kundendienst, gerne wieder.": {"service", "trust", "praise"},
    "Livraison rapide, mais le prix est un peu élevé.": {"delivery", "pricing", "praise"},
    "Le service client ne répond jamais aux courriels.": {"service", "complaints"},
    "El pedido llegó tarde y el producto estaba roto.": {"delivery", "complaints"},
    "Muy buena atención, volveré a comprar.": {"service", "trust", "praise"},
    "A entrega foi rápida e o atendimento muito simpático.": {"delivery", "service", "praise"},
    "Gostaria que o site tivesse mais opções de pagamento.": {"needs"},
    "Dostawa szybka, ale paczka była uszkodzona.": {"delivery", "complaints", "praise"},
    "Brakuje mi możliwości płatności przy odbiorze.": {"needs"},
    "Piegāde kavējās par divām dienām, ļoti nepatīkami.": {"delivery", "complaints"},
    "Ļoti laipns personāls, noteikti iesakīšu draugiem.": {"service", "praise"},
    "De bezorging was snel en de medewerkers waren vriendelijk.": set(),  # Dutch: no words for it
    "La consegna è stata veloce e il personale gentile.": set(),  # Italian: no words for it
    "Post office counter": set(),
    "Social media, mostly Instagram": set(),
    "Ok 👍": set(),
    "Super!": {"praise"},
    "Fax": set(),
    "WhatsApp": set(),
    "Kurier": {"delivery"},
}


# The tone of the "Other" texts' words (README: praise words only praise, criticism words only
# criticism, both mixed, neither neutral), by hand.
WORD_TONES = {"Fax": "neutral", "Post office counter": "neutral", "WhatsApp": "neutral", "Kurier": "neutral", "Social media, mostly Instagram": "neutral"}


def tone(row, header, text=None):
    if text is not None:
        return WORD_TONES[text]
    recommend = row[header.index("How likely are you to recommend us? (0-10)")].strip()
    if recommend != "":
        value = int(recommend)
        return "praise" if value >= 9 else "criticism" if value <= 6 else "mixed"
    overall = row[header.index("Overall satisfaction (1-5)")].strip()
    if overall != "":
        value = int(overall)
        return "praise" if value >= 4 else "criticism" if value <= 2 else "mixed"
    raise ValueError("every row of the fixture has a rating")


def reason(text):
    if text == "" or text == "NA":
        return "blank"
    if not any(ch.isalnum() for ch in text):
        return "noText"
    if text in NOT_APPLICABLE:
        return "notApplicable"
    if text in NOTHING_TO_SAY:
        return "nothingToSay"
    return None


def language(text):
    if sum(ch.isalpha() for ch in text) < 10:
        return "undetermined"
    return WRITTEN_IN[text]


def ratings(row, header):
    """(overall, recommend, index, weight) as theme_impact reads them: no index, no weights here."""
    cell = lambda name: row[header.index(name)].strip()
    number = lambda text: None if text == "" else int(text)
    return (number(cell("Overall satisfaction (1-5)")), number(cell("How likely are you to recommend us? (0-10)")), None, 1.0)


def summary(rows, header, impact=True):
    """The comments of `rows`; with `impact`, each theme's impact too (the whole sample's report alone has it)."""
    out = []
    impacts = []
    for name, kind in COLUMNS:
        i = header.index(name)
        cells = [row[i].strip() for row in rows]
        comments = [c for c in cells if reason(c) is None]
        tones = [tone(row, header, row[i].strip() if kind == "other" else None) for row in rows if reason(row[i].strip()) is None]
        n = len(rows)
        ci = stats.binomtest(len(comments), n).proportion_ci(confidence_level=LEVEL, method="wilson")
        counts = {l: sum(1 for c in comments if language(c) == l) for l in LANGUAGES}
        out.append(OrderedDict([
            ("column", name),
            ("kind", kind),
            ("respondents", n),
            ("comments", len(comments)),
            ("share", len(comments) / n),
            ("ci", {"low": ci.low, "high": ci.high, "level": LEVEL}),
            ("meanLength", sum(len(c) for c in comments) / len(comments) if comments else None),
            ("excluded", {r: sum(1 for c in cells if reason(c) == r) for r in EXCLUSIONS}),
            ("languages", {l: {"count": counts[l], "share": counts[l] / len(comments) if comments else None} for l in LANGUAGES}),
            ("tones", {"fromRatings": len(comments) if kind == "comment" else 0, **{t: {"count": tones.count(t), "share": tones.count(t) / len(comments) if comments else None} for t in TONES}}),
            *([] if kind == "other" else [("themes", [theme_row(theme, comments, tones) for theme in THEMES_ORDER])]),
        ]))
        if not impact or kind == "other":
            continue
        scored = [ratings(row, header) for row in rows]
        impacts += [theme_impact(scored, [reason(c) is None and theme in THEMES[c] for c in cells], MIN_BASE, LEVEL) for theme in THEMES_ORDER]
    if not impact:
        return {"columns": out}
    settled = settle(impacts, "holm", LEVEL)
    themed = [column for column in out if "themes" in column]
    for c, column in enumerate(themed):
        for t, theme in enumerate(column["themes"]):
            theme["impact"] = settled[c * len(THEMES_ORDER) + t]
    return {"columns": out}


def fnv1a(text):
    units = text.encode("utf-16-le")
    h = 0x811C9DC5
    for i in range(0, len(units), 2):
        h ^= units[i] | (units[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def verbatims(texts):
    distinct = sorted({(fnv1a(t), t) for t in texts})
    return [" ".join(t.split()) for _, t in distinct[:3]]


def theme_row(theme, comments, tones):
    mentioning = [(c, t) for c, t in zip(comments, tones) if theme in THEMES[c]]
    kinds = [t for _, t in mentioning]
    return OrderedDict([
        ("theme", theme), ("comments", len(mentioning)), ("share", len(mentioning) / len(comments) if comments else None),
        *[(t, kinds.count(t)) for t in TONES],
        ("verbatims", {t: verbatims([c for c, k in mentioning if k == t]) for t in TONES}),
    ])


def main():
    with open(FILE, newline="", encoding="utf-8") as f:
        header, *rows = list(csv.reader(f))
    region = header.index("Region")
    submitted = header.index("Submitted")

    def week(row):
        year, number, _ = date.fromisoformat(row[submitted][:10]).isocalendar()
        return f"{year}-W{number:02d}"

    result = {"overall": summary(rows, header), "segments": {}, "periods": {}}
    for value in sorted({r[region] for r in rows}):
        members = [r for r in rows if r[region] == value]
        result["segments"][value] = summary(members, header, impact=False)
        if len(members) < MIN_BASE:
            for column in result["segments"][value]["columns"]:
                for theme in column.get("themes", []):
                    theme["verbatims"] = {t: [] for t in TONES}
    for period in sorted({week(r) for r in rows}):
        members = [r for r in rows if week(r) == period]
        result["periods"][period] = summary(members, header, impact=False)
        # A period under --min-base shows no verbatims either, as a segment's.
        if len(members) < MIN_BASE:
            for column in result["periods"][period]["columns"]:
                for theme in column.get("themes", []):
                    theme["verbatims"] = {t: [] for t in TONES}
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
