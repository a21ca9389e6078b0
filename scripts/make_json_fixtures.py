#!/usr/bin/env python3
"""Writes fixtures/json/: survey responses as JSON APIs hand them out, each beside the CSV of the
same data, flattened here independently of satisfy's reader (keys in the order first met over the
file, `question.subquestion` for nested objects, `question [choice]` for arrays of choices).

    python3 scripts/make_json_fixtures.py

- responses-array.json: an array of plain response objects, pretty-printed (one over several
  lines), with a nested object of ratings, a checkbox array, booleans, nulls, and a key first met
  in the 25th response (an effort rating); responses.ndjson: the same, one a line; responses.csv:
  the same as CSV.
- surveyjs-results.json: SurveyJS results (survey.data of each respondent: a matrix as
  {row: column}, a checkbox as an array, a boolean, a `-Comment` key); surveyjs-results.csv.
- typeform-responses.json: a page of Typeform's Responses API ({"total_items", "page_count",
  "items": [{response_id, landed_at, submitted_at, token, metadata, hidden, answers: [{field:
  {id, ref, type}, type, choice|choices|number|boolean|text}]}]}); typeform-responses.csv: the
  answers under each field's ref. typeform-pages-array.json: the same responses as two pages of
  the API saved as one JSON array of pages (what `jq -s` makes of paging through it).
- formbricks-responses.json: Formbricks' Management API ({"data": [{id, createdAt, updatedAt,
  surveyId, finished, data: {questionId: value}, meta, ttc, tags}]}), one response unfinished
  (finished: false); formbricks-responses.csv: the data's keys lifted to the top.
- Errors: truncated-array.json (cut inside a response), invalid-ndjson.ndjson (a line that is not
  JSON), values-not-objects.json (an array with a number, a string and null among responses),
  no-responses.json (an empty array).
"""
import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "json"
CHANNELS = ["Email", "Phone", "Live chat", "Social media"]
REGIONS = ["North", "South", "East"]
COMMENTS = ["Delivery was quick and the price fair", "Support took three days to answer", "Great staff, slow delivery", "Too expensive for what it is"]


def base(n=40):
    """The answers of n respondents, the same every run."""
    rng = random.Random(19)
    people = []
    for i in range(n):
        day = 5 + i
        people.append({
            "i": i,
            "id": f"R{100 + i}",
            "submitted": f"2026-01-{1 + day % 28:02d} {9 + i % 8:02d}:{(i * 7) % 60:02d}:00",
            "region": REGIONS[i % 3],
            "overall": rng.randint(1, 5),
            "nps": rng.randint(0, 10),
            "delivery": rng.randint(1, 5),
            "price": None if i % 9 == 4 else rng.randint(1, 5),
            "support": rng.randint(1, 5),
            "channels": None if i % 10 == 3 else [c for c in CHANNELS if rng.random() < 0.45],
            "problem": rng.random() < 0.3,
            "comment": COMMENTS[i % 4] if i % 3 == 0 else None,
            "effort": rng.randint(1, 7) if i >= 24 else None,
        })
    return people


def text(value):
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def flatten(objects):
    """Columns in the order keys are first met over all objects, and each object's fields."""
    order = []  # list of (key-path, kind, choice)
    seen = set()
    paths = []  # every key path, in the order first met (an empty array's key too)

    def walk(prefix, value):
        if tuple(prefix) not in paths:
            paths.append(tuple(prefix))
        if isinstance(value, dict):
            for key, sub in value.items():
                walk(prefix + [key], sub)
        elif isinstance(value, list):
            for choice in value:
                entry = (tuple(prefix), "choice", text(choice))
                if entry not in seen:
                    seen.add(entry)
                    order.append(entry)
        else:
            entry = (tuple(prefix), "scalar", None)
            if entry not in seen:
                seen.add(entry)
                order.append(entry)

    for o in objects:
        walk([], o)

    # Group as a tree would: a key's columns (its own, its choices, then its children) stay together.
    tree_order = []
    placed = set()

    def place(prefix):
        own = [e for e in order if e[0] == prefix and e[1] == "scalar"]
        choices = [e for e in order if e[0] == prefix and e[1] == "choice"]
        for e in own + choices:
            if e not in placed:
                placed.add(e)
                tree_order.append(e)
        children = [q for q in paths if len(q) == len(prefix) + 1 and q[: len(prefix)] == prefix]
        for child in children:
            place(child)

    place(())
    names = [".".join(p) + (f" [{c}]" if kind == "choice" else "") for p, kind, c in tree_order]

    def row(o):
        fields = []
        for p, kind, c in tree_order:
            value = o
            for key in p:
                value = value.get(key) if isinstance(value, dict) else None
            if kind == "scalar":
                fields.append("" if isinstance(value, (dict, list)) else text(value))
            else:
                fields.append(c if isinstance(value, list) and c in [text(v) for v in value] else "")
        return fields

    return names, [row(o) for o in objects]


def csv_field(value):
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if any(ch in value for ch in ',"\n') else value


def write_csv(name, objects):
    names, rows = flatten(objects)
    lines = [",".join(csv_field(n) for n in names)] + [",".join(csv_field(f) for f in r) for r in rows]
    (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")


def write_json(name, value, indent=None):
    (OUT / name).write_text(json.dumps(value, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8", newline="")


def plain(p):
    o = {"id": p["id"], "submitted_at": p["submitted"], "region": p["region"], "Overall satisfaction (1-5)": p["overall"], "How likely are you to recommend us? (0-10)": p["nps"]}
    o["ratings"] = {"Delivery speed": p["delivery"], "Price": p["price"], "Support staff": p["support"]}
    if p["channels"] is not None:
        o["Which channels did you use to contact us?"] = p["channels"]
    o["Did you have a problem with your order?"] = p["problem"]
    if p["comment"] is not None:
        o["comments"] = p["comment"]
    if p["effort"] is not None:
        o["How easy was it to get help? (1-7)"] = p["effort"]
    return o


def surveyjs(p):
    o = {"satisfaction": p["overall"], "nps_score": p["nps"], "quality": {"delivery_speed": p["delivery"], "support_staff": p["support"]}}
    if p["price"] is not None:
        o["quality"]["price"] = p["price"]
    if p["channels"]:
        o["contact_channels"] = p["channels"]
    o["had_problem"] = p["problem"]
    if p["comment"] is not None:
        o["comments"] = p["comment"]
        o["comments-Comment"] = "left a note"
    o["region"] = p["region"]
    return o


def typeform(p):
    answers = [
        {"field": {"id": "Xq1", "ref": "overall_satisfaction", "type": "opinion_scale"}, "type": "number", "number": p["overall"]},
        {"field": {"id": "Xq2", "ref": "likely_to_recommend", "type": "nps"}, "type": "number", "number": p["nps"]},
        {"field": {"id": "Xq3", "ref": "delivery_speed", "type": "rating"}, "type": "number", "number": p["delivery"]},
    ]
    if p["price"] is not None:
        answers.append({"field": {"id": "Xq4", "ref": "price_rating", "type": "rating"}, "type": "number", "number": p["price"]})
    if p["channels"]:
        answers.append({"field": {"id": "Xq5", "ref": "contact_channels", "type": "multiple_choice"}, "type": "choices", "choices": {"labels": p["channels"]}})
    answers.append({"field": {"id": "Xq6", "ref": "region", "type": "multiple_choice"}, "type": "choice", "choice": {"label": p["region"]}})
    answers.append({"field": {"id": "Xq7", "type": "yes_no"}, "type": "boolean", "boolean": p["problem"]})
    if p["comment"] is not None:
        answers.append({"field": {"id": "Xq8", "ref": "comments", "type": "long_text"}, "type": "text", "text": p["comment"]})
    stamp = p["submitted"].replace(" ", "T") + "Z"
    return {
        "landing_id": f"land{p['i']}",
        "token": f"tok{p['i']}",
        "response_id": f"resp{p['i']}",
        "landed_at": stamp,
        "submitted_at": stamp,
        "metadata": {"user_agent": "Mozilla/5.0", "platform": "other", "referer": "https://example.typeform.com/to/abc", "network_id": f"net{p['i'] % 7}", "browser": "default"},
        "hidden": {"plan": ["basic", "pro"][p["i"] % 2]},
        "answers": answers,
    }


def typeform_flat(item):
    """A Typeform item as satisfy reads it: response_id, landed_at, submitted_at, the answers by ref (or id), then the rest."""
    out = {k: item[k] for k in ("response_id", "landed_at", "submitted_at") if k in item}
    for a in item["answers"]:
        name = a["field"].get("ref") or a["field"]["id"]
        value = a[a["type"]]
        if a["type"] == "choice":
            value = value.get("label", value.get("other"))
        elif a["type"] == "choices":
            value = value["labels"] + ([value["other"]] if "other" in value else [])
        out[name] = value
    for k, v in item.items():
        if k != "answers" and k not in out:
            out[k] = v
    return out


def formbricks(p, unfinished):
    data = {"csat": p["overall"], "nps": p["nps"], "deliveryRating": p["delivery"], "supportRating": p["support"]}
    if p["channels"]:
        data["channels"] = p["channels"]
    data["problem"] = "Yes" if p["problem"] else "No"
    if p["comment"] is not None:
        data["feedback"] = p["comment"]
    stamp = p["submitted"].replace(" ", "T") + ".000Z"
    return {
        "id": f"clx{p['i']:04d}",
        "createdAt": stamp,
        "updatedAt": stamp,
        "surveyId": "clsurvey01",
        "finished": not unfinished,
        "data": data,
        "meta": {"source": "link", "url": "https://app.formbricks.com/s/clsurvey01", "userAgent": {"browser": "Firefox", "os": "Linux", "device": "desktop"}, "country": "DE"},
        "ttc": {"csat": 2100 + p["i"], "nps": 1800 + p["i"]},
        "tags": ["vip"] if p["i"] % 5 == 0 else [],
        "language": "default",
    }


def formbricks_flat(r):
    out = {k: r[k] for k in ("id", "createdAt", "updatedAt", "surveyId", "finished") if k in r}
    for k, v in r["data"].items():
        out.setdefault(k, v)
    for k, v in r.items():
        if k != "data" and k not in out:
            out[k] = v
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    people = base()

    objects = [plain(p) for p in people]
    write_csv("responses.csv", objects)
    # Pretty-printed, so that a response runs over several lines.
    write_json("responses-array.json", objects, indent=2)
    (OUT / "responses.ndjson").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8", newline="")

    results = [surveyjs(p) for p in people]
    write_csv("surveyjs-results.csv", results)
    write_json("surveyjs-results.json", results)

    items = [typeform(p) for p in people]
    write_csv("typeform-responses.csv", [typeform_flat(item) for item in items])
    write_json("typeform-responses.json", {"total_items": len(items), "page_count": 1, "items": items}, indent=1)
    # The same responses paged through the API (25 a page) and saved as one array of pages, as `jq -s` or json.dump(pages) writes them.
    write_json("typeform-pages-array.json", [{"total_items": len(items), "page_count": 2, "items": items[:25]}, {"total_items": len(items), "page_count": 2, "items": items[25:]}], indent=1)

    responses = [formbricks(p, p["i"] == 7) for p in people]
    # The CSV keeps the unfinished response; its test leaves it out with --where finished=true.
    write_csv("formbricks-responses.csv", [formbricks_flat(r) for r in responses])
    write_json("formbricks-responses.json", {"data": responses})

    whole = json.dumps(objects[:6], indent=2)
    (OUT / "truncated-array.json").write_text(whole[: len(whole) * 2 // 3], encoding="utf-8", newline="")
    lines = [json.dumps(o) for o in objects[:5]]
    lines[3] = lines[3][:-1] + ',}'
    (OUT / "invalid-ndjson.ndjson").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    write_json("values-not-objects.json", objects[:3] + [42, "a note", None] + objects[3:6], indent=1)
    write_json("no-responses.json", [])


if __name__ == "__main__":
    main()
