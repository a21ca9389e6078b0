#!/usr/bin/env python3
"""Writes fixtures/input/: one small export for each way a real export can be written
(encodings, delimiters, line ends, platform header shapes, bad input), named after what it holds.

    python3 scripts/make_input_fixtures.py

Every fixture carries the same six answers where it can, so tests can check the same figures
whatever the file's shape: delivery 5 4 4 2 3 5, recommend 10 9 8 3 7 10. The bytes are the point,
so the files are written here, not by hand; the script is kept so that they can be read and made
again.
"""
import gzip
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "input"
OUT.mkdir(parents=True, exist_ok=True)

DELIVERY = [5, 4, 4, 2, 3, 5]
RECOMMEND = [10, 9, 8, 3, 7, 10]


def write(name, text, encoding="utf-8", bom=b"", newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    (OUT / name).write_bytes(bom + data)


def quote(value):
    value = str(value)
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',;"\n\r\t|') else value


def table(header, rows, delimiter=","):
    return "".join(delimiter.join(quote(v) for v in row) + "\n" for row in [header] + rows)


english = ["Response ID", "Delivery speed (1-5)", "Had a problem?", "How likely are you to recommend us? (0-10)", "Comment"]
english_rows = [[f"r{i + 1}", d, "Yes" if d <= 2 else "No", r, c] for i, (d, r, c) in enumerate(zip(DELIVERY, RECOMMEND, [
    "Great, thanks", "", 'Box was "fine"', "Late.\nVery late.", "", "Zażółć gęślą jaźń — très bien"]))]

# Encodings of the same English export.
write("utf8-bom.csv", table(english, english_rows), bom=b"\xef\xbb\xbf")
write("utf16le-bom.csv", table(english, english_rows), "utf-16-le", bom=b"\xff\xfe", newline="\r\n")
write("utf16be-bom.csv", table(english, english_rows), "utf-16-be", bom=b"\xfe\xff", newline="\r\n")

# European Excel: semicolons, a Windows code page, decimal commas, CRLF.
polish = ["Identyfikator", "Szybkość dostawy (1-5)", "Czy był problem?", "Polecenie (0-10)", "Komentarz"]
polish_rows = [[f"p{i + 1}", d, "Tak" if d <= 2 else "Nie", r, c] for i, (d, r, c) in enumerate(zip(DELIVERY, RECOMMEND, [
    "Przesyłka dotarła szybko, dziękuję", "", "Kurier był miły; wszystko w porządku", "Źle zapakowane", "", "Żółw by szybciej dotarł"]))]
polish_rows[1][1] = "4,5"  # a decimal comma: 4.5, not an integer on a 1-5 scale
write("semicolon-cp1250-decimal-comma.csv", table(polish, polish_rows, ";"), "cp1250", newline="\r\n")
write("iso-8859-2-polish.csv", table(polish, [r[:1] + [str(DELIVERY[i])] + r[2:] for i, r in enumerate(polish_rows)], ";"), "iso8859_2", newline="\r\n")

latvian = ["ID", "Piegādes ātrums (1-5)", "Vai bija problēma?", "Ieteiktu (0-10)", "Komentārs"]
latvian_rows = [[f"l{i + 1}", d, "Jā" if d <= 2 else "Nē", r, c] for i, (d, r, c) in enumerate(zip(DELIVERY, RECOMMEND, [
    "Paldies, viss kārtībā", "", "Kurjers bija ļoti laipns", "Piegāde kavējās, iepakojums saplīsis", "", "Ātri un ērti"]))]
write("semicolon-cp1257-latvian.csv", table(latvian, latvian_rows, ";"), "cp1257", newline="\r\n")

german = ["ID", "Liefergeschwindigkeit (1-5)", "Gab es ein Problem?", "Weiterempfehlung (0-10)", "Kommentar"]
german_rows = [[f"g{i + 1}", d, "Ja" if d <= 2 else "Nein", r, c] for i, (d, r, c) in enumerate(zip(DELIVERY, RECOMMEND, [
    "Schnelle Lieferung, grüße aus Köln", "", "Alles gut; danke", "Verspätet und beschädigt", "", "Größte Zufriedenheit"]))]
write("semicolon-cp1252-german.csv", table(german, german_rows, ";"), "cp1252", newline="\r\n")

# Excel on Windows in English: "Don’t know" with a curly apostrophe, byte 0x92 in windows-1252,
# twice among the delivery ratings; comments with more bytes of 0x80-0x9F (€ “ ” – —).
dont_know = [[f"k{i + 1}", d, "Yes" if d <= 2 else "No", r, c] for i, (d, r, c) in enumerate(zip(DELIVERY, RECOMMEND, [
    "Price in € was fair – “great”", "", "", "Late — again", "", ""]))]
dont_know.insert(1, ["k7", "Don’t know", "No", 8, ""])
dont_know.insert(4, ["k8", "Don’t know", "No", 6, "Didn’t order for delivery"])
write("cp1252-curly-apostrophe-dont-know.csv", table(english, dont_know, ";"), "cp1252", newline="\r\n")

# French Excel's "CSV (séparateur: point-virgule)" with its first line "sep=;", which names the
# delimiter and is no header: windows-1252, CRLF, a comment over two lines, then a row of too few
# fields (line 10) and an answer off the scale (line 11), so that line numbers can be checked.
french = ["Identifiant", "Rapidité de livraison (1-5)", "Avez-vous rencontré un problème ?", "Recommanderiez-vous notre entreprise à un ami ? (0-10)", "Commentaire"]
french_rows = [[f"f{i + 1}", d, "Oui" if d <= 2 else "Non", r, c] for i, (d, r, c) in enumerate(zip(DELIVERY, RECOMMEND, [
    "Livraison rapide, merci", "", "Très bien; rien à redire", "Colis abîmé.\nLivraison en retard.", "", "Élégant et soigné"]))]
french_rows.append(["f7", "4"])
french_rows.append(["f8", "7", "Non", "9", "Déçu"])
write("excel-sep-line-semicolon-cp1252.csv", "sep=;\n" + table(french, french_rows, ";"), "cp1252", newline="\r\n")
# Excel "CSV UTF-8": a byte-order mark before "sep=,", LF line ends.
write("excel-sep-line-comma-utf8-bom.csv", "sep=,\n" + table(english, english_rows), bom=b"\xef\xbb\xbf")

# Excel saves rows that look empty in the sheet as delimiters only (";;;;"), or delimiters and the
# spaces a cell held: they are no respondents. One on line 4, one of spaces on line 7, three at the end.
empty_rows = [r[:4] + [r[4].replace("\n", " ")] for r in english_rows]
empty_rows.insert(2, [""] * 5)
empty_rows.insert(5, [" ", "", "  ", "", " "])
write("excel-empty-rows-of-delimiters.csv", table(english, empty_rows + [[""] * 5] * 3, ";"), bom=b"\xef\xbb\xbf", newline="\r\n")

# Delimiters and line ends.
write("tab-delimited.tsv", table(english, english_rows, "\t"))
write("pipe-delimited.csv", table(english, english_rows, "|"))
write("cr-line-endings.csv", table(english, [r[:4] + [r[4].replace("\n", " ")] for r in english_rows]), newline="\r")
commas = [r[:4] + ["well, well, well, what a delivery, " + str(i)] for i, r in enumerate(english_rows)]
write("semicolon-commas-in-quotes.csv", table(english, commas, ";"))

# Qualtrics current export: 3 header rows, the third JSON; Finished=0 is partial; -99 is "no basis".
q_names = ["StartDate", "EndDate", "Status", "Progress", "Finished", "RecordedDate", "ResponseId", "UserLanguage", "Q1", "Q2", "Q3"]
q_text = ["Start Date", "End Date", "Response Type", "Progress", "Finished", "Recorded Date", "Response ID", "User Language",
          "How satisfied are you with the speed of delivery?", "How likely are you to recommend us to a friend?", "Any comments?"]
q_import = ['{"ImportId":"startDate"}', '{"ImportId":"endDate"}', '{"ImportId":"status"}', '{"ImportId":"progress"}', '{"ImportId":"finished"}',
            '{"ImportId":"recordedDate"}', '{"ImportId":"_recordId"}', '{"ImportId":"userLanguage"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}', '{"ImportId":"QID3_TEXT"}']
q_rows = [["2026-02-0%d 10:00:00" % (i + 1), "2026-02-0%d 10:05:00" % (i + 1), "0", "100", "1", "2026-02-0%d 10:05:00" % (i + 1), "R_%d" % (i + 1), "EN", d, r, ""]
          for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
q_rows.append(["2026-02-07 10:00:00", "2026-02-07 10:01:00", "0", "40", "0", "2026-02-07 10:01:00", "R_7", "EN", "1", "", ""])
q_rows.append(["2026-02-08 10:00:00", "2026-02-08 10:04:00", "0", "100", "1", "2026-02-08 10:04:00", "R_8", "EN", "-99", "9", "no basis to judge delivery"])
write("qualtrics-3-header-rows.csv", table(q_names, [q_text, q_import] + q_rows), bom=b"\xef\xbb\xbf", newline="\r\n")
q2016 = [s.replace('{"ImportId":"', "{'ImportId': '").replace('"}', "'}") for s in q_import]
write("qualtrics-2016-single-quote-importid.csv", table(q_names, [q_text, q2016] + q_rows[:6]))

# Qualtrics legacy: BOM, V1..Vn then labels, a comma at the end of every line.
legacy_ids = ["V1", "V2", "V3", "V4", "V5", "Q1", "Q2", ""]
legacy_labels = ["ResponseID", "ResponseSet", "StartDate", "EndDate", "Finished", "How satisfied are you with the speed of delivery?", "How likely are you to recommend us?", ""]
legacy_rows = [["R_%d" % (i + 1), "Default Response Set", "2016-05-27 11:33:34", "2016-05-27 11:40:00", "1", d, r, ""] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("qualtrics-legacy-trailing-comma.csv", table(legacy_ids, [legacy_labels] + legacy_rows), bom=b"\xef\xbb\xbf", newline="\r\n")

# SurveyMonkey: 2 header rows; a matrix question's text stands over its first column only.
sm_head = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "How satisfied are you with our delivery?", "", "How likely are you to recommend us?"]
sm_sub = ["", "", "", "", "", "Speed", "Condition", "Response"]
sm_rows = [[str(1000 + i), "42", "02/01/2026 10:00:00 AM", "02/01/2026 10:05:00 AM", "10.0.0.%d" % i, d, 6 - d if d > 1 else 5, r] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("surveymonkey-2-header-rows.csv", table(sm_head, [sm_sub] + sm_rows), newline="\r\n")

# Google Forms from a French account: "Horodateur" first, a grid as "Question [Row]".
gf_head = ["Horodateur", "Adresse e-mail", "Satisfaction with our service [Delivery speed]", "Satisfaction with our service [Packaging]", "How likely are you to recommend us? (0-10)"]
gf_rows = [["2026/02/0%d 9:09:26 PM GMT+1" % (i + 1), "a%d@example.com" % i, d, d, r] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("google-forms-horodateur-grid.csv", table(gf_head, gf_rows).replace("\n", "\n"), newline="\n")

# Typeform: "#" first, HTML in headers, trailing dates and network id.
tf_head = ["#", "<strong>How satisfied are you with the speed of delivery?</strong> (1-5)", "How likely are you to <em>recommend</em> us? (0-10)", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"]
tf_rows = [["t%032d" % i, d, r, "2026-02-01 10:00:00", "2026-02-01 10:05:00", "abc%d" % i] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("typeform-hash-html.csv", table(tf_head, tf_rows))

# LimeSurvey: semicolons, BOM, CRLF, every value quoted, codes as headers; no submitdate = incomplete.
ls_head = ["id", "submitdate", "lastpage", "startlanguage", "seed", "DELIV[SQ001]", "NPS", "COMMENT"]
ls_rows = [[str(i + 1), "2026-02-01 10:00:00", "2", "en", "123", d, r, ""] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
ls_rows.append(["7", "", "1", "en", "456", "1", "", ""])
ls_text = "".join(";".join('"%s"' % str(v).replace('"', '""') for v in row) + "\n" for row in [ls_head] + ls_rows)
write("limesurvey-semicolon-bom-codes.csv", ls_text, bom=b"\xef\xbb\xbf", newline="\r\n")

# KoboToolbox: semicolons, start/end, underscore metadata.
kb_head = ["start", "end", "delivery_speed", "recommend", "_id", "_uuid", "_submission_time", "_index"]
kb_rows = [["2026-02-01T10:00:00.000+01:00", "2026-02-01T10:05:00.000+01:00", d, r, str(500 + i), "uuid-%d" % i, "2026-02-01T09:05:00", str(i + 1)] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("kobotoolbox-semicolon.csv", table(kb_head, kb_rows, ";"))

# Formbricks: metadata columns, Finished Yes/No, and a value starting with "-" escaped as "'-".
fb_head = ["No.", "Response ID", "Timestamp", "Finished", "Survey ID", "Formbricks ID (internal)", "User ID", "Notes", "Tags", "userAgent - browser",
           "1. How satisfied are you with the speed of delivery? (1-5)", "2. How likely are you to recommend us? (0-10)"]
fb_rows = [[str(i + 1), "resp-%d" % i, "2024-05-03 14:05:09 UTC", "Yes", "s1", "", "", "", "", "Chrome", d, r] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
fb_rows.append(["7", "resp-7", "2024-05-03 15:00:00 UTC", "Yes", "s1", "", "", "", "", "Firefox", "'-1", "8"])
fb_rows.append(["8", "resp-8", "2024-05-03 16:00:00 UTC", "No", "s1", "", "", "", "", "Firefox", "3", ""])
write("formbricks-quote-prefix.csv", table(fb_head, fb_rows))

# Bad input.
write("duplicate-column-names.csv", table(["ID", "Delivery speed (1-5)", "Delivery speed (1-5)", "Recommend (0-10)"],
                                          [[f"d{i}", d, d, r] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]))
(OUT / "binary-zip-named-csv.csv").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200) + b"xl/workbook.xml" + bytes(100))

# Several files of one survey: the second has its columns in another order; the third is another survey.
write("several-files-part-1.csv", table(english, english_rows[:3]))
reordered = [english[3], english[0], english[1], english[2], english[4]]
write("several-files-part-2-reordered.csv", table(reordered, [[r[3], r[0], r[1], r[2], r[4]] for r in english_rows[3:]]))
semicolon_half = [r[:1] + ["4,5" if i == 0 else r[1]] + r[2:] for i, r in enumerate(english_rows[3:])]
write("several-files-part-2-semicolon-decimal-comma.csv", table(english, semicolon_half, ";"))
write("several-files-other-survey.csv", table(["Response ID", "Price (1-5)"], [["x1", "4"]]))

# gzip, as archives keep old exports.
(OUT / "utf8-gzip.csv.gz").write_bytes(gzip.compress(table(english, english_rows).encode("utf-8"), mtime=0))
# Microsoft Forms (Responses > Open in Excel), as the workbook reader hands it on (date cells as
# "2026-02-01 10:05:00"): ID, start and completion times, the respondent's e-mail and name
# ("anonymous" and blank when the form does not record them), then the questions. Newer exports
# add "Last modified time"; the column names follow the form owner's language.
ms_rows = [[str(i + 1), "2026-02-0%d 10:0%d:00" % (i + 1, i), "2026-02-0%d 10:1%d:00" % (i + 1, i),
            "anonymous" if i % 2 else "person%d@example.com" % i, "" if i % 2 else "Person %d" % i, "", d, r] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
ms_en = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", "How satisfied are you with the speed of delivery? (1-5)", "How likely are you to recommend us? (0-10)"]
write("microsoft-forms-english.csv", table(ms_en, ms_rows), bom=b"\xef\xbb\xbf", newline="\r\n")
ms_fr = ["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom", "Heure de la dernière modification",
         "Êtes-vous satisfait de la rapidité de livraison ? (1-5)", "Quelle est la probabilité que vous nous recommandiez ? (0-10)"]
write("microsoft-forms-french.csv", table(ms_fr, ms_rows, ";"), bom=b"\xef\xbb\xbf", newline="\r\n")

# SurveyMonkey in the account's language (Spanish): its metadata columns and row 2's "Respuesta",
# "Respuesta abierta" and "Otro (especifique)" are translated; the layout is the English one.
sm_es_head = ["ID del encuestado", "ID del recopilador", "Fecha de inicio", "Fecha de finalización", "Dirección IP", "Datos personalizados 1",
              "¿Qué tan satisfecho está con la entrega?", "", "¿Qué tan probable es que nos recomiende?", "¿Cómo nos conoció?", "", "¿Algo más que quiera comentarnos?"]
sm_es_sub = ["", "", "", "", "", "", "Rapidez", "Estado del paquete", "Respuesta", "Respuesta", "Otro (especifique)", "Respuesta abierta"]
sm_es_found = ["Internet", "Un amigo", "Internet", "Otro", "Un amigo", "Otro"]
sm_es_other = ["", "", "", "Por la radio local", "", "Un cartel en la calle"]
sm_es_said = ["Todo perfecto, gracias", "", "El paquete llegó abierto", "Tardó dos semanas en llegar", "", "Muy buen servicio"]
sm_es_rows = [[str(114000000000 + i), "431872615", "10/06/2026 03:01:02 PM", "10/06/2026 03:08:11 PM", "10.0.0.%d" % i, "", d, 6 - d if d > 1 else 5, r, found, other, said]
              for i, (d, r, found, other, said) in enumerate(zip(DELIVERY, RECOMMEND, sm_es_found, sm_es_other, sm_es_said))]
write("surveymonkey-account-language-spanish.csv", table(sm_es_head, [sm_es_sub] + sm_es_rows), newline="\r\n")

# LimeSurvey with "Question code & question text" headings: each heading is its code, a full stop
# and the text ("submitdate. Datum Abgeschickt", "G02Q03[SQ001]. … [Row]"); no submitdate = incomplete.
lsq_head = ["id. Antwort ID", "submitdate. Datum Abgeschickt", "lastpage. Letzte Seite", "startlanguage. Start-Sprache",
            "G01Q01[SQ001]. Wie zufrieden sind Sie mit unserer Lieferung? [Liefergeschwindigkeit (1-5)]",
            "G02Q02. Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)", "G03Q03. Was können wir verbessern?"]
lsq_said = ["Alles bestens", "", "Schneller liefern", "Die Verpackung war kaputt", "", "Nichts"]
lsq_rows = [[str(i + 1), "2026-02-0%d 10:05:00" % (i + 1), str(3 + i % 2), "de", d, r, said] for i, (d, r, said) in enumerate(zip(DELIVERY, RECOMMEND, lsq_said))]
lsq_rows.append(["7", "", "1", "de", "2", "", ""])
write("limesurvey-code-and-question-text-headings.csv", table(lsq_head, lsq_rows))

# LimeSurvey with "Question text" headings: no codes, the metadata named in the exporting account's
# language ("Response ID", "Date submitted", "Last page", "Start language", "Seed"; German, French);
# an empty submission date is an incomplete response.
LIMESURVEY_TEXT = {
    "en": (["Response ID", "Date submitted", "Last page", "Start language", "Seed", "Date started", "Date last action"],
           ["How satisfied are you with our delivery? [Delivery speed (1-5)]", "How likely are you to recommend us? (0-10)", "What could we improve?"],
           ["All good", "", "Faster delivery", "The box was broken", "", "Nothing"], "en"),
    "de": (["Antwort ID", "Datum Abgeschickt", "Letzte Seite", "Start-Sprache", "Zufallsstartwert", "Datum gestartet", "Datum letzte Aktivität"],
           ["Wie zufrieden sind Sie mit unserer Lieferung? [Liefergeschwindigkeit (1-5)]", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)", "Was können wir verbessern?"],
           ["Alles bestens", "", "Schneller liefern", "Die Verpackung war kaputt", "", "Nichts"], "de"),
    "fr": (["ID de la réponse", "Date de soumission", "Dernière page", "Langue de départ", "Tête de série", "Date de lancement", "Date de la dernière action"],
           ["Êtes-vous satisfait de notre livraison ? [Rapidité de livraison (1-5)]", "Quelle est la probabilité que vous nous recommandiez ? (0-10)", "Que pourrions-nous améliorer ?"],
           ["Tout va bien", "", "Livrer plus vite", "Le carton était abîmé", "", "Rien"], "fr"),
}
for language, (meta, questions, said, code) in LIMESURVEY_TEXT.items():
    rows = [[str(i + 1), "2026-02-0%d 10:05:00" % (i + 1), str(3 + i % 2), code, str(1000 + i), "2026-02-0%d 10:01:00" % (i + 1), "2026-02-0%d 10:05:00" % (i + 1), d, r, t]
            for i, (d, r, t) in enumerate(zip(DELIVERY, RECOMMEND, said))]
    rows.append(["7", "", "1", code, "1006", "2026-02-07 10:01:00", "2026-02-07 10:02:00", "2", "", ""])
    write(f"limesurvey-question-text-headings-{language}.csv", table(meta + questions, rows), bom=b"\xef\xbb\xbf")

# Typeform with partial responses: "Response Type" completed or partial, and "Stage Date (UTC)" (when
# the response reached its stage) beside "Submit Date (UTC)", which a partial response lacks.
tfp_head = ["#", "How satisfied are you with the speed of delivery? (1-5)", "How likely are you to recommend us? (0-10)", "Response Type",
            "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]
tfp_rows = [["p%031d" % i, d, r, "completed", "2026-02-0%d 10:00:00" % (i + 1), "2026-02-0%d 10:04:00" % (i + 1), "2026-02-0%d 10:04:00" % (i + 1), "net%d" % i, ""]
            for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
tfp_rows.insert(2, ["p%031d" % 6, "1", "", "partial", "2026-02-07 10:00:00", "2026-02-07 10:02:00", "", "net6", ""])
tfp_rows.append(["p%031d" % 7, "", "", "partial", "2026-02-08 10:00:00", "2026-02-08 10:01:00", "", "net7", ""])
write("typeform-response-type-partial-stage-date.csv", table(tfp_head, tfp_rows))

# Qualtrics writes beside an NPS question its own group code of each answer, "Q2_NPS_GROUP" (1
# detractor, 2 passive, 3 promoter), its row 2 the question and " - Group".
def nps_group(score):
    return 3 if score >= 9 else 2 if score >= 7 else 1


qn_names = ["StartDate", "EndDate", "Finished", "RecordedDate", "ResponseId", "Q1", "Q2", "Q2_NPS_GROUP"]
qn_text = ["Start Date", "End Date", "Finished", "Recorded Date", "Response ID", "How satisfied are you with the speed of delivery?",
           "How likely are you to recommend us to a friend?", "How likely are you to recommend us to a friend? - Group"]
qn_import = ['{"ImportId":"startDate"}', '{"ImportId":"endDate"}', '{"ImportId":"finished"}', '{"ImportId":"recordedDate"}', '{"ImportId":"_recordId"}',
             '{"ImportId":"QID1"}', '{"ImportId":"QID2"}', '{"ImportId":"QID2_NPS_GROUP"}']
qn_rows = [["2026-02-0%d 10:00:00" % (i + 1), "2026-02-0%d 10:05:00" % (i + 1), "1", "2026-02-0%d 10:05:00" % (i + 1), "R_%d" % (i + 1), d, r, nps_group(r)]
           for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("qualtrics-nps-group-column.csv", table(qn_names, [qn_text, qn_import] + qn_rows), bom=b"\xef\xbb\xbf", newline="\r\n")

# Typeform with "Stage Date (UTC)" and no "Submit Date (UTC)": the stage date is then the only
# date a response was given, so it is the timestamp.
tfs_head = ["#", "How satisfied are you with the speed of delivery? (1-5)", "How likely are you to recommend us? (0-10)",
            "Start Date (UTC)", "Stage Date (UTC)", "Network ID"]
tfs_rows = [["s%031d" % i, d, r, "2026-%02d-10 10:00:00" % (i // 2 + 1), "2026-%02d-10 10:04:00" % (i // 2 + 1), "net%d" % i]
            for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("typeform-stage-date-without-submit-date.csv", table(tfs_head, tfs_rows))

print(f"wrote {len(list(OUT.iterdir()))} fixtures to {OUT}")

# A comment card exported as one column: the comments hold commas (quoted, as an export writes a
# field with its delimiter in it) and other punctuation, as many as each writer put there; the
# header holds none of them as often as each comment. One column of free text, not a wrong delimiter.
oc_comments = ["Fast delivery, friendly staff, fair prices", "Too expensive", "Box was damaged, again!", "",
               "Great: quick, cheap, polite", "Could be better?", "Late, late, late... and no apology", "ok"]
write("one-column-comments-commas-in-free-text.csv", table(["Any other comments?"], [[c] for c in oc_comments]))

# Qualtrics with one header row: the legacy export of choice text, or a current export whose two
# extra rows were removed. Its own metadata columns tell it. "Finished" False is unfinished;
# "Status" (the response type) Survey Preview and Spam are no respondent's; the NPS question's group
# is written as text. The numeric export writes Finished 1/0 and Status as codes: 0 IP Address,
# 1 Survey Preview, 8 Spam, 17 Offline Survey Preview.
q1_text = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId",
           "DistributionChannel", "UserLanguage", "Delivery_speed", "Recommend", "Recommend_NPS_GROUP"]
q1_group = {1: "Detractor", 2: "Passive", 3: "Promoter"}
q1_rows = [["2026-02-0%d 10:00:00" % (i + 1), "2026-02-0%d 10:05:00" % (i + 1), "IP Address", "10.0.0.%d" % i, "100", "300", "True",
            "2026-02-0%d 10:05:00" % (i + 1), "R_%d" % (i + 1), "anonymous", "EN", d, r, q1_group[nps_group(r)]] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
q1_rows.insert(2, ["2026-02-07 10:00:00", "2026-02-07 10:02:00", "IP Address", "10.0.0.7", "40", "120", "False", "2026-02-08 10:02:00", "R_7", "anonymous", "EN", "1", "", ""])
q1_rows.insert(4, ["2026-01-30 09:00:00", "2026-01-30 09:01:00", "Survey Preview", "", "100", "60", "True", "2026-01-30 09:01:00", "R_8", "preview", "EN", "5", "10", "Promoter"])
q1_rows.append(["2026-02-09 03:00:00", "2026-02-09 03:00:20", "Spam", "10.9.9.9", "100", "20", "True", "2026-02-09 03:00:20", "R_9", "anonymous", "EN", "1", "0", "Detractor"])
write("qualtrics-one-header-row-choice-text.csv", table(q1_text, q1_rows), bom=b"\xef\xbb\xbf", newline="\r\n")

q1_legacy = ["ResponseID", "ResponseSet", "IPAddress", "StartDate", "EndDate", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
             "ExternalDataReference", "Finished", "Status", "Delivery_speed", "Recommend", "Recommend_NPS_GROUP"]
q1_numeric = [["R_%d" % (i + 1), "Default Response Set", "10.0.0.%d" % i, "2026-02-0%d 10:00:00" % (i + 1), "2026-02-0%d 10:05:00" % (i + 1), "", "", "", "",
               "1", "0", d, r, nps_group(r)] for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
q1_numeric.insert(1, ["R_7", "Default Response Set", "", "2026-01-30 09:00:00", "2026-01-30 09:01:00", "", "", "", "", "1", "1", "5", "10", "3"])
q1_numeric.insert(3, ["R_8", "Default Response Set", "10.0.0.8", "2026-02-07 10:00:00", "2026-02-07 10:02:00", "", "", "", "", "0", "0", "1", "", ""])
q1_numeric.insert(6, ["R_9", "Default Response Set", "", "2026-02-08 11:00:00", "2026-02-08 11:04:00", "", "", "", "", "1", "17", "4", "9", "3"])
q1_numeric.append(["R_10", "Default Response Set", "10.9.9.9", "2026-02-09 03:00:00", "2026-02-09 03:00:20", "", "", "", "", "1", "8", "1", "0", "1"])
write("qualtrics-one-header-row-numeric-codes.csv", table(q1_legacy, q1_numeric))

# KoboToolbox with the form's own records: a geopoint ("latitude longitude altitude accuracy"), the
# meta group (meta/instanceID and meta/rootUuid as "uuid:…", meta/instanceName as the form names
# each record) and "__version__": none of them is an answer or a comment.
kbm_head = ["start", "end", "delivery_speed", "recommend", "comment", "gps", "_gps_latitude", "_gps_longitude", "meta/instanceID", "meta/rootUuid",
            "meta/instanceName", "_id", "_uuid", "_submission_time", "__version__"]
kbm_said = ["Fast, thanks", "", "Driver was rude", "Late again", "", "Fine"]
kbm_rows = [["2026-02-01T10:00:00.000+01:00", "2026-02-01T10:05:00.000+01:00", d, r, said, "14.56%d -4.68%d 333.0 4.8" % (i, i), "14.56%d" % i, "-4.68%d" % i,
             "uuid:0000000%d-8300-ae52-a853-8bd0eafb771b" % i, "uuid:0000000%d-8300-ae52-a853-8bd0eafb771b" % i, "Household %d - Sikasso" % (i + 1),
             str(500 + i), "0000000%d-8300-ae52-a853-8bd0eafb771b" % i, "2026-02-01T09:05:00", "vH7kXb9aQ"] for i, (d, r, said) in enumerate(zip(DELIVERY, RECOMMEND, kbm_said))]
write("kobotoolbox-geopoint-and-meta-group.csv", table(kbm_head, kbm_rows, ";"))

# Not Qualtrics, though four of its metadata names head the file: StartDate, EndDate, Progress and
# Finished (1/0) are any tool's words, and an LMS writes Name, Status, Progress and Finished. No name
# only Qualtrics writes (ResponseId, RecordedDate, IPAddress, DistributionChannel …): generic, every
# row kept.
g4_head = ["StartDate", "EndDate", "Progress", "Finished", "Delivery (1-5)", "Recommend (0-10)"]
g4_rows = [["2026-03-0%d 09:00" % (i + 1), "2026-03-0%d 09:04" % (i + 1), "100" if i % 3 else "60", "1" if i % 3 else "0", d, r]
           for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("generic-four-qualtrics-names-finished-1-0.csv", table(g4_head, g4_rows))
lms_head = ["Name", "Status", "Progress", "Finished", "Course rating (1-5)", "Recommend (0-10)"]
lms_rows = [["Student %d" % (i + 1), "Completed" if i % 2 else "In progress", "%d%%" % (100 - 10 * i), "Yes" if i % 2 else "No", d, r]
            for i, (d, r) in enumerate(zip(DELIVERY, RECOMMEND))]
write("generic-lms-name-status-progress-finished.csv", table(lms_head, lms_rows))

# Exports of a week each joined by `cat` (or a sheet pasted under another): the second file's header
# rows stand in the data, with its byte-order mark. Each is skipped as a repeated header, the rows
# of both weeks kept: the six answers, then the same six again.
week_rows = [[f"w1-{i + 1}", "2026-03-0%d 09:00" % (i + 1), d, r, c] for i, (d, r, c) in enumerate(zip(DELIVERY, RECOMMEND, ["Fast", "", "Late", "", "ok", ""]))]
week2_rows = [[f"w2-{i + 1}", "2026-03-1%d 09:00" % (i + 1), d, r, c] for i, (d, r, c) in enumerate(zip(DELIVERY, RECOMMEND, ["", "Slow", "", "Fine", "", ""]))]
week_head = ["Response ID", "Submitted", "Delivery speed (1-5)", "How likely are you to recommend us? (0-10)", "Any other comments?"]
write("weekly-exports-joined-repeat-the-header.csv", table(week_head, week_rows) + "\ufeff" + table(week_head, week2_rows), bom=b"\xef\xbb\xbf")
q_second = [row[:] for row in q_rows[:6]]
for row in q_second:
    row[6] = row[6].replace("R_", "R_2")
write("qualtrics-exports-joined-repeat-3-header-rows.csv", table(q_names, [q_text, q_import] + q_rows[:6]) + "\ufeff" + table(q_names, [q_text, q_import] + q_second), bom=b"\xef\xbb\xbf", newline="\r\n")
# A respondent whose every answer is its column's name (a checkbox export writes the option as the
# answer) is one, so long as another column holds an answer: the header's other names are not there.
cb_head = ["Response ID", "Email", "Phone", "Chat", "Overall satisfaction (1-5)"]
cb_rows = [["1", "Email", "", "Chat", "4"], ["2", "", "Phone", "", "3"], ["3", "", "", "", ""], ["", "Email", "Phone", "Chat", ""], ["5", "Email", "", "", "5"]]
write("checkbox-answers-named-as-their-columns-are-no-header.csv", table(cb_head, cb_rows))
# The same, every field quoted as LimeSurvey writes them: the second file's byte-order mark stands
# before its header's first quote, and the reader takes those quotes for text.
def quoted_table(header, rows):
    return "".join(",".join('"' + str(v).replace('"', '""') + '"' for v in row) + "\n" for row in [header] + rows)
write("weekly-exports-quoted-joined-repeat-the-header.csv", quoted_table(week_head, week_rows) + "\ufeff" + quoted_table(week_head, week2_rows), bom=b"\xef\xbb\xbf")
