#!/usr/bin/env python3
"""Writes fixtures/languages/*.csv: one small customer survey per lexicon language other than
English, with headers and answers in that language, saved the way that locale's Excel saves
"CSV (semicolon-separated)": its ANSI code page, semicolons, CRLF, decimal commas.

    python3 scripts/make_language_fixtures.py

SPEC below says what each column means; tests/reference/language_reference.py reads the files
back with Python's csv module and that meaning, and computes the figures satisfy must report.
"""
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "languages"
ROWS = 60

# Per language: file name, encoding, headers (in the order of COLUMNS), the words of the answers.
SPEC = {
    "pl": {
        "file": "polish-semicolon-cp1250.csv", "encoding": "cp1250",
        "headers": ["Identyfikator", "Sygnatura czasowa", "Województwo", "Kanał kontaktu", "Szybkość dostawy (od 1 do 5)", "Jak oceniasz stan przesyłki?", "Ceny są przystępne", "Czy wystąpił problem z zamówieniem?", "Zadowolenie z rozpatrzenia reklamacji", "Rodzaj problemu", "Mam zaufanie do tej firmy", "Ogólne zadowolenie", "Jak prawdopodobne jest, że polecisz nas znajomym? (0-10)", "Wartość zamówienia (zł)", "Komentarz"],
        "date": "{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}",
        "regions": ["Mazowieckie", "Małopolskie", "Śląskie"], "channels": ["Telefon", "E-mail", "Czat"],
        "quality": ["Bardzo źle", "Źle", "Przeciętnie", "Dobrze", "Bardzo dobrze"],
        "agreement": ["Zdecydowanie się nie zgadzam", "Raczej się nie zgadzam", "Ani się zgadzam, ani się nie zgadzam", "Raczej się zgadzam", "Zdecydowanie się zgadzam"],
        "satisfaction": ["Bardzo niezadowolony", "Niezadowolony", "Ani zadowolony, ani niezadowolony", "Zadowolony", "Bardzo zadowolony"],
        "yes": "Tak", "no": "Nie", "na": ["Nie wiem", "Nie dotyczy"],
        "categories": ["Opóźnienie dostawy", "Uszkodzona paczka", "Zły produkt"],
        "comments": ["Szybka dostawa, dziękuję!", "Paczka była zgnieciona; kurier się spóźnił.", "Żółta koszulka – świetna jakość"],
    },
    "lv": {
        "file": "latvian-semicolon-cp1257.csv", "encoding": "cp1257",
        "headers": ["Respondenta ID", "Laikspiedols", "Reģions", "Saziņas kanāls", "Piegādes ātrums (no 1 līdz 5)", "Sūtījuma stāvoklis", "Cenas ir pieņemamas", "Vai radās problēma ar pasūtījumu?", "Cik apmierināts esat ar sūdzības risināšanu?", "Problēmas veids", "Uzņēmums ir uzticams", "Kopējā apmierinātība", "Cik ticams, ka jūs ieteiktu mūs draugam? (0-10)", "Pasūtījuma vērtība (EUR)", "Komentāri"],
        "date": "{d:02d}.{m:02d}.{y} {H:02d}:{M:02d}",
        "regions": ["Rīga", "Kurzeme", "Latgale"], "channels": ["Tālrunis", "E-pasts", "Čats"],
        "quality": ["Ļoti slikti", "Slikti", "Viduvēji", "Labi", "Ļoti labi"],
        "agreement": ["Pilnībā nepiekrītu", "Drīzāk nepiekrītu", "Ne piekrītu, ne nepiekrītu", "Drīzāk piekrītu", "Pilnībā piekrītu"],
        "satisfaction": ["Ļoti neapmierināts", "Neapmierināts", "Ne apmierināts, ne neapmierināts", "Apmierināts", "Ļoti apmierināts"],
        "yes": "Jā", "no": "Nē", "na": ["Nezinu", "Nav attiecināms"],
        "categories": ["Kavēta piegāde", "Bojāts sūtījums", "Nepareiza prece"],
        "comments": ["Ātra piegāde, paldies!", "Kurjers kavējās; sūtījums bija bojāts.", "Ļoti laba kvalitāte"],
    },
    "de": {
        "file": "german-semicolon-cp1252.csv", "encoding": "cp1252",
        "headers": ["Teilnehmer-ID", "Zeitstempel", "Region", "Kontaktkanal", "Wie schnell war die Lieferung? (1 bis 5)", "Zustand des Pakets", "Die Preise sind fair", "Gab es ein Problem mit Ihrer Bestellung?", "Zufriedenheit mit der Bearbeitung Ihrer Beschwerde", "Art des Problems", "Ich vertraue dem Unternehmen", "Gesamtzufriedenheit", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)", "Bestellwert (EUR)", "Anmerkungen"],
        "date": "{d:02d}.{m:02d}.{y} {H:02d}:{M:02d}",
        "regions": ["Bayern", "Hessen", "Sachsen"], "channels": ["Telefon", "E-Mail", "Chat"],
        "quality": ["Sehr schlecht", "Schlecht", "Mittelmäßig", "Gut", "Sehr gut"],
        "agreement": ["Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Teils, teils", "Stimme eher zu", "Stimme voll und ganz zu"],
        "satisfaction": ["Sehr unzufrieden", "Unzufrieden", "Weder zufrieden noch unzufrieden", "Zufrieden", "Sehr zufrieden"],
        "yes": "Ja", "no": "Nein", "na": ["Weiß nicht", "Keine Angabe"],
        "categories": ["Lieferverzug", "Beschädigte Ware", "Falscher Artikel"],
        "comments": ["Schnelle Lieferung, danke!", "Paket war beschädigt; Lieferung zu spät.", "Größe passt, Qualität überzeugt"],
    },
    "fr": {
        "file": "french-semicolon-cp1252.csv", "encoding": "cp1252",
        "headers": ["Identifiant", "Horodateur", "Région", "Canal de contact", "Rapidité de livraison (de 1 à 5)", "État du colis", "Les prix sont raisonnables", "Avez-vous rencontré un problème ?", "Satisfaction quant au traitement de votre réclamation", "Type de problème", "J'ai confiance en l'entreprise", "Satisfaction globale", "Recommanderiez-vous notre entreprise à un ami ? (0-10)", "Montant de la commande (EUR)", "Commentaires"],
        "date": "{d:02d}/{m:02d}/{y} {H:02d}:{M:02d}",
        "regions": ["Île-de-France", "Bretagne", "Occitanie"], "channels": ["Téléphone", "E-mail", "Chat"],
        "quality": ["Très mauvais", "Mauvais", "Moyen", "Bon", "Très bon"],
        "agreement": ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"],
        "satisfaction": ["Très insatisfait", "Insatisfait", "Ni satisfait ni insatisfait", "Satisfait", "Très satisfait"],
        "yes": "Oui", "no": "Non", "na": ["Je ne sais pas", "Non concerné"],
        "categories": ["Retard de livraison", "Colis endommagé", "Mauvais article"],
        "comments": ["Livraison rapide, merci !", "Colis abîmé ; livreur en retard.", "Très bonne qualité, à recommander"],
    },
    "es": {
        "file": "spanish-semicolon-cp1252.csv", "encoding": "cp1252",
        "headers": ["Identificador", "Marca temporal", "Región", "Canal de contacto", "Rapidez de la entrega (1-5)", "Estado del paquete", "Los precios son justos", "¿Tuvo algún problema con su pedido?", "Satisfacción con la gestión de su queja", "Tipo de problema", "Tengo confianza en la empresa", "Satisfacción general", "¿Qué probabilidad hay de que nos recomiende? (0-10)", "Importe del pedido (EUR)", "Comentarios"],
        "date": "{d:02d}/{m:02d}/{y} {H:02d}:{M:02d}",
        "regions": ["Andalucía", "Cataluña", "Galicia"], "channels": ["Teléfono", "Correo", "Chat"],
        "quality": ["Muy malo", "Malo", "Regular", "Bueno", "Muy bueno"],
        "agreement": ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"],
        "satisfaction": ["Muy insatisfecho", "Insatisfecho", "Ni satisfecho ni insatisfecho", "Satisfecho", "Muy satisfecho"],
        "yes": "Sí", "no": "No", "na": ["No sé", "No aplica"],
        "categories": ["Retraso en la entrega", "Paquete dañado", "Artículo equivocado"],
        "comments": ["Entrega rápida, ¡gracias!", "El paquete llegó dañado; el mensajero tardó.", "Muy buena calidad, señor"],
    },
    "pt": {
        "file": "portuguese-semicolon-cp1252.csv", "encoding": "cp1252",
        "headers": ["Identificador", "Carimbo de data/hora", "Região", "Canal de contato", "Rapidez da entrega (1-5)", "Estado da encomenda", "Os preços são justos", "Teve algum problema com a sua encomenda?", "Satisfação com o tratamento da sua reclamação", "Tipo de problema", "Tenho confiança na empresa", "Satisfação geral", "Qual a probabilidade de nos recomendar a um amigo? (0-10)", "Valor da encomenda (EUR)", "Comentários"],
        "date": "{d:02d}/{m:02d}/{y} {H:02d}:{M:02d}",
        "regions": ["Lisboa", "Porto", "Algarve"], "channels": ["Telefone", "E-mail", "Chat"],
        "quality": ["Péssimo", "Ruim", "Regular", "Bom", "Ótimo"],
        "agreement": ["Discordo totalmente", "Discordo", "Não concordo nem discordo", "Concordo", "Concordo totalmente"],
        "satisfaction": ["Muito insatisfeito", "Insatisfeito", "Nem satisfeito nem insatisfeito", "Satisfeito", "Muito satisfeito"],
        "yes": "Sim", "no": "Não", "na": ["Não sei", "Não se aplica"],
        "categories": ["Atraso na entrega", "Encomenda danificada", "Artigo errado"],
        "comments": ["Entrega rápida, obrigado!", "A encomenda chegou danificada; atraso de três dias.", "Ótima qualidade, recomendo"],
    },
}

# What each column is, in order: the reference reads the files with this.
COLUMNS = [
    ("id", None), ("timestamp", None), ("segment", None), ("segment", None),
    ("rating", "delivery"), ("quality", "delivery"), ("agreement", "pricing"),
    ("problem", "complaints"), ("satisfaction", "complaints"), ("categories", "complaints"),
    ("agreement", "trust"), ("csat", None), ("nps", None), ("money", None), ("comment", None),
]


def clamp(x, lo=1, hi=5):
    return max(lo, min(hi, x))


def rows_for(lang, spec, rng):
    rows = []
    for i in range(ROWS):
        attitude = rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5])
        near = lambda: clamp(attitude + rng.choice([-1, 0, 0, 0, 1]))
        na = lambda: rng.random() < 0.06
        problem = rng.random() < 0.35
        day = 1 + i % 28
        row = [
            f"{lang.upper()}{i + 1:03d}",
            spec["date"].format(y=2026, m=3 + i // 28, d=day, H=8 + i % 10, M=(7 * i) % 60),
            rng.choice(spec["regions"]),
            rng.choice(spec["channels"]),
            "" if rng.random() < 0.05 else str(near()),
            rng.choice(spec["na"]) if na() else spec["quality"][near() - 1],
            rng.choice(spec["na"]) if na() else spec["agreement"][near() - 1],
            spec["yes"] if problem else spec["no"],
            (rng.choice(spec["na"]) if na() else spec["satisfaction"][clamp(attitude - 1 + rng.choice([0, 1])) - 1]) if problem else "",
            ", ".join(rng.sample(spec["categories"], rng.choice([1, 1, 2]))) if problem else "",
            rng.choice(spec["na"]) if na() else spec["agreement"][near() - 1],
            spec["satisfaction"][near() - 1],
            str(clamp(2 * attitude + rng.choice([-1, 0, 0, 1]), 0, 10)),
            f"{rng.randint(1500, 40000) / 100:.2f}".replace(".", ","),
            rng.choice(spec["comments"] + ["", ""]),
        ]
        rows.append(row)
    return rows


def quote(cell):
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ';"\r\n') else cell


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for n, (lang, spec) in enumerate(SPEC.items()):
        rng = random.Random(20261123 + n)
        lines = [";".join(quote(h) for h in spec["headers"])] + [";".join(quote(c) for c in row) for row in rows_for(lang, spec, rng)]
        (OUT / spec["file"]).write_bytes(("\r\n".join(lines) + "\r\n").encode(spec["encoding"]))


if __name__ == "__main__":
    main()
