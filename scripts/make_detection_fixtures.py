#!/usr/bin/env python3
"""Writes fixtures/detection/: one small export per pattern that real exports share and that a
detection rule of satisfy names (see README, "How columns are recognised"). Each file is named
after the pattern it holds; tests/survey/detection-patterns.test.ts says what each column must be
read as. Seeded, so the files are the same on every run.

    python3 scripts/make_detection_fixtures.py
"""
import csv
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "detection"
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(8)


def write(name, header, rows, delimiter=","):
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def rating(low=1, high=5):
    return str(rng.randint(low, high))


def near_point(generator, point):
    """A point of 1-5 near `point`: one below, the same (as likely as both others) or one above, kept within 1-5."""
    return min(5, max(1, point + generator.choice([-1, 0, 0, 1])))


def numbered_ratings(generator, headers):
    """N rows numbered from 1, each with a random point of 1-5 for each of `headers`, drawn row by row."""
    return [[str(i + 1)] + [str(generator.randint(1, 5)) for _ in headers] for i in range(N)]


def with_and_against(generator, runs):
    """One respondent's points of 1-5 around a latent one: each near it where `runs` says "with", near its mirror (6 − it) where "against"."""
    good = generator.randint(1, 5)
    return [near_point(generator, good if run == "with" else 6 - good) for run in runs]


N = 40

# Qualtrics multiple answer: each option a column, "1" when ticked, blank when not.
write("checkbox-ticked-one-or-blank.csv",
      ["ResponseId", "Q3_1", "Q3_2", "Q3_3", "Q3_4", "Q4"],
      [[f"R_{i}"] + [("1" if rng.random() < 0.4 else "") for _ in range(4)] + [rating()] for i in range(N)])

# Typeform and Google Forms split checkboxes into columns holding the option's own text or nothing.
channels = ["Email", "Phone", "Live chat"]
write("checkbox-option-text-or-blank.csv",
      ["#", "Which channels did you use? - Email", "Which channels did you use? - Phone", "Which channels did you use? - Live chat", "How satisfied are you overall?"],
      [[str(i)] + [(c if rng.random() < 0.5 else "") for c in channels] + [rating()] for i in range(N)])

# SurveyMonkey's "Not selected" beside the option text.
write("checkbox-not-selected.csv",
      ["Respondent ID", "Which products do you own? - Laptop", "Which products do you own? - Tablet", "Which products do you own? - Phone"],
      [[str(1000 + i)] + [(p if rng.random() < 0.5 else "Not selected") for p in ["Laptop", "Tablet", "Phone"]] for i in range(N)])

# LimeSurvey via Excel: one Ja/Nein column per option under the question.
write("checkbox-yes-no-per-option.csv",
      ["Welche Kanäle nutzen Sie? [E-Mail]", "Welche Kanäle nutzen Sie? [Telefon]", "Welche Kanäle nutzen Sie? [Chat]", "Wie zufrieden sind Sie insgesamt? (1-5)"],
      [[("Ja" if rng.random() < 0.5 else "Nein") for _ in range(3)] + [rating()] for _ in range(N)], delimiter=";")


def permutation(k):
    ranks = list(range(1, k + 1))
    rng.shuffle(ranks)
    return [str(r) for r in ranks]


# A ranking: each respondent gives each of k options a different rank 1..k.
write("ranking-permutation-1-to-k.csv",
      ["id", "Rank what matters most - Price", "Rank what matters most - Speed", "Rank what matters most - Support", "Rank what matters most - Design"],
      [[str(i)] + permutation(4) for i in range(N)])

# A ranking by position: each column is a rank, its value names the option put there.
fruits = ["Apple", "Banana", "Cherry", "Mango", "Pear"]
write("ranking-by-position.csv",
      ["Response ID", "Your favourite fruits, best first [Rank 1]", "Your favourite fruits, best first [Rank 2]", "Your favourite fruits, best first [Rank 3]"],
      [[str(i)] + rng.sample(fruits, 3) for i in range(N)])

# A restaurant rated 0 (bad), 1 (fine) or 2 (good) on three points.
write("short-scale-0-to-2.csv",
      ["userID", "rating", "food_rating", "service_rating"],
      [[f"U{i}", rating(0, 2), rating(0, 2), rating(0, 2)] for i in range(N)])

# A battery of four-point items: nobody could answer 5.
write("short-scale-battery-1-to-4.csv",
      ["Q2_1", "Q2_2", "Q2_3"],
      [[rating(1, 4) for _ in range(3)] for _ in range(N)])


def with_zero(share_zero):
    return "0" if rng.random() < share_zero else str(rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 6, 5])[0])


# An airline survey: 1-5 services, 0 where the passenger did not use the service.
write("zero-not-applicable-on-1-to-5.csv",
      ["id", "Inflight wifi service", "Food and drink", "Seat comfort", "satisfaction"],
      [[str(i), with_zero(0.25), with_zero(0.15), rating(1, 5), rng.choice(["satisfied", "neutral or dissatisfied"])] for i in range(60)])

# Counts, durations and amounts are quantities, not ratings, however small their numbers.
write("quantities-not-ratings.csv",
      ["id", "How many children do you have?", "Hours per week online", "Order amount (EUR)", "Age", "How satisfied are you with our delivery? (1-5)"],
      [[str(i), str(rng.randint(0, 3)), f"{rng.uniform(1, 30):.1f}", f"{rng.uniform(5, 200):.2f}", str(rng.randint(18, 80)), rating()] for i in range(N)])

# Yes/no and 0/1 answers are facts about the respondent unless the question asks about a problem.
write("yes-no-facts-and-problems.csv",
      ["id", "Are you self-employed?", "Do you have children?", "Did you have a problem with your order?", "How satisfied are you with the delivery of your order?"],
      [[str(i), str(rng.randint(0, 1)), rng.choice(["Yes", "No"]), rng.choice(["Yes", "No", "No"]), rating()] for i in range(N)])

# Words that name a dimension or role elsewhere mean something else in these questions.
write("weak-keywords-without-context.csv",
      ["Timestamp",
       "Would you feel comfortable discussing a mental health issue with your direct supervisor?",
       "How often do you have math problems at school?",
       "Please state whether you would take this course again",
       "Overall, how much importance does your employer place on mental health?",
       "How customizable is the dashboard for your team?",
       "How satisfied are you with your job overall?"],
      [[f"2026-03-{(i % 28) + 1:02d} 10:00:00", rng.choice(["Yes", "No", "Maybe"]), rating(), rng.choice(["Yes", "No"]), rating(0, 10), rating(), rating()] for i in range(N)])

# The survey's only rating of its subject is its CSAT.
write("single-overall-rating-is-csat.csv",
      ["order_id", "customer_city", "review_comment_title", "review_score"],
      [[f"o{i}", rng.choice(["Porto", "Lisboa", "Braga"]), rng.choice(["", "", "ok", "good", "late"]), rating()] for i in range(N)])

# Statistics packages write -99 (or -9, -999) for a missing answer.
write("missing-code-minus-99.csv",
      ["id", "cusa", "qual_1", "qual_2"],
      [[str(i), ("-99" if i % 9 == 0 else rating(1, 7)), rating(1, 7), rating(1, 7)] for i in range(N)], delimiter=";")

# Demographics coded as small numbers are categories.
write("coded-demographics-are-segments.csv",
      ["id", "gender", "age", "education", "serviceprovider", "Trust in the company (1-7)"],
      [[str(i), rating(1, 2), rating(1, 6), rating(1, 5), rating(1, 4), rating(1, 7)] for i in range(N)])

# Importance beside satisfaction, per service.
write("importance-beside-satisfaction.csv",
      ["StudentId", "Delivery - Satisfaction", "Delivery - Importance", "Support - Satisfaction", "Support - Importance"],
      [[str(i), rating(1, 7), rating(1, 7), rating(1, 7), rating(1, 7)] for i in range(N)])

# Polish "ogólne" is "general", not "overall satisfaction", without a word of satisfaction beside it.
write("polish-general-terms-not-csat.csv",
      ["Identyfikator", "Ogólne warunki umowy są dla mnie jasne", "Jak oceniasz szybkość dostawy zamówienia?", "Ogólne zadowolenie z zakupu", "Czy wystąpił problem z zamówieniem?", "Komentarz do zamówienia i dostawy"],
      [[str(i), rating(), rating(), rating(), rng.choice(["Tak", "Nie", "Nie"]), (f"Zamówienie nr {i}: " + rng.choice(["wszystko w porządku, dziękuję", "dostawa była za późno niestety", "polecam ten sklep wszystkim znajomym"]) if i % 3 else "")] for i in range(N)], delimiter=";")

# Too few answers to show the scale: 1..3 could be a 1-3 or a 1-5 scale. A guess is no headline.
write("guessed-scale-left-out.csv",
      ["id", "Overall satisfaction", "Delivery speed"],
      [[str(i), str(rng.randint(1, 3)), str(rng.randint(1, 5))] for i in range(6)])

# LimeSurvey's and Qualtrics' metadata in an export no platform recogniser names: numbers, no ratings.
write("platform-metadata-in-a-generic-export.csv",
      ["Response ID", "Last page", "Seed", "Progress", "Total time", "Question time: satisfaction", "Overall satisfaction (1-5)"],
      [[str(i), str(rng.randint(1, 4)), str(rng.randint(10**8, 10**9)), str(rng.choice([100, 100, 80])), f"{rng.uniform(30, 400):.2f}", "", rating()] for i in range(N)])

# A yes/no "would you recommend us?" is the share who would, not an NPS; a happy (1) / not happy
# (0) outcome is a CSAT share.
write("yes-no-recommend-and-happy-outcome.csv",
      ["id", "Would you recommend us to a friend?", "Overall, are you happy with our service?", "How satisfied are you with the delivery of your order?"],
      [[str(i), rng.choice(["Yes", "Yes", "No"]), str(rng.randint(0, 1)), rating()] for i in range(N)])

# Customer effort: "How easy was it to get your issue resolved?" on 1-7, beside an overall rating.
write("customer-effort-beside-csat.csv",
      ["id", "How easy was it to get your issue resolved? (1-7)", "Overall satisfaction (1-5)"],
      [[str(i), rating(1, 7), rating(1, 5)] for i in range(N)])

# Review findings, each a pattern of ordinary CX exports: a few stray codes (99, -1) beside 1-5
# answers; yes/no questions of whether a problem was put right; a recommend question whose
# answers happen to hold no 0; a range in the wording that is no scale.
write("stray-codes-resolved-and-recommend.csv",
      ["id", "Overall satisfaction", "Satisfaction with delivery", "Was the problem with your order resolved?", "How likely are you to recommend us to a friend?", "Was your order delivered within 1-3 days?"],
      [[str(i), ("99" if i % 20 == 0 else rating()), ("-1" if i % 15 == 0 else rating()), rng.choice(["Yes", "No"]), str(rng.randint(5, 10)), rng.choice(["Yes", "No"])] for i in range(60)])

# Customer service as customers meet it (staff, support, responsiveness, channels, policies),
# beside a problem and how it was handled, which are complaints.
write("service-items-beside-complaints.csv",
      ["id", "The staff were friendly and helpful", "Customer support answered my questions promptly", "It was easy to reach you by phone, e-mail or chat", "The returns policy is clear", "Did you have a problem with your order?", "How well was your problem handled? (1-5)", "Overall satisfaction (1-5)"],
      [[str(i), rating(), rating(), rating(), rating(), rng.choice(["Yes", "No", "No", "No"]), rating(), rating()] for i in range(N)])

# A usability item and an employer's support of its employees are no customer service.
write("usability-and-employer-support-not-service.csv",
      ["id", "user_friendly", "How well does your employer support its employees? (1-5)", "Overall satisfaction (1-5)"],
      [[str(i), rating(), rating(), rating()] for i in range(N)])


def likert(latent, against=False):
    """A 1-5 answer that rises with the respondent's latent satisfaction (falls, when against)."""
    value = min(5, max(1, round(3 + 1.2 * latent + rng.gauss(0, 0.6))))
    return str(6 - value if against else value)


def respondents(n):
    return [rng.gauss(0, 1) for _ in range(n)]


# Negatively worded statements beside positive ones in one dimension, answered on one agreement
# scale: "rude and unhelpful" and "slow" are agreed with by the unhappy. A negation of a bad thing
# ("never had to wait") is a positive statement.
people = respondents(60)
write("negative-wording-reversed.csv",
      ["id", "The staff were friendly and helpful (1-5)", "Customer support answered my questions promptly (1-5)", "The staff were rude and unhelpful (1-5)", "I never had to wait long for customer support (1-5)", "Delivery was fast (1-5)", "The delivery was slow (1-5)", "My parcel arrived in good condition (1-5)"],
      [[str(i), likert(u), likert(u), likert(u, True), likert(u), likert(u), likert(u, True), likert(u)] for i, u in enumerate(people)])

# The same in Polish: "nieuprzejma" is the bad pole of politeness, "nie" turns a statement round.
people = respondents(60)
write("negative-wording-reversed-pl.csv",
      ["id", "Obsługa klienta była uprzejma (1-5)", "Konsultant był kompetentny (1-5)", "Obsługa klienta była nieuprzejma (1-5)", "Pracownik nie odpowiedział na moje pytania (1-5)"],
      [[str(i), likert(u), likert(u), likert(u, True), likert(u, True)] for i, u in enumerate(people)], delimiter=";")

# An item whose header says nothing of its direction, but whose answers run against the rest of
# its dimension: coded the other way round (5 = worst), as some platforms export a reversed item.
people = respondents(80)
write("item-runs-against-its-dimension.csv",
      ["id", "Trust in the company (1-5)", "The company is honest with me (1-5)", "I can rely on the company (1-5)", "Reliability of the company, coded 1 = best (1-5)"],
      [[str(i), likert(u), likert(u), likert(u), likert(u, True)] for i, u in enumerate(people)])

# A negatively worded item that the platform has already reversed: its answers run with the rest
# as they are, so they win over the wording.
people = respondents(80)
write("negative-wording-already-reversed.csv",
      ["id", "Trust in the company (1-5)", "The company is honest with me (1-5)", "I can rely on the company (1-5)", "I do not trust the company, reverse-scored (1-5)"],
      [[str(i), likert(u), likert(u), likert(u), likert(u)] for i, u in enumerate(people)])

# Attention checks: a row of an agreement matrix that asks for one answer ("select 'Somewhat agree'
# for this row"), and a numbered one (select 3); most respondents pass, a few answer otherwise or
# skip it. Every third failure fails both.
AGREE = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
rows = []
for i in range(50):
    u = rng.gauss(0, 1)
    first = "Agree" if i % 9 == 4 else ("" if i % 17 == 8 else "Somewhat agree")
    second = "5" if i % 9 == 4 and i % 27 == 4 else ("2" if i % 13 == 6 else "3")
    rows.append([str(i), AGREE[int(likert(u)) - 1], AGREE[int(likert(u)) - 1], first, AGREE[int(likert(u)) - 1], second, likert(u)])
write("attention-check-select-answer.csv",
      ["id", "The staff were friendly", "Customer support was helpful", "Please select 'Somewhat agree' for this row", "The returns policy is clear", "To show you are reading, please select 3 (1-5)", "Overall satisfaction (1-5)"],
      rows)

# The same in Polish: "zaznacz odpowiedź „Raczej się zgadzam”".
PL = ["Zdecydowanie się nie zgadzam", "Nie zgadzam się", "Ani się zgadzam, ani się nie zgadzam", "Zgadzam się", "Zdecydowanie się zgadzam"]
write("attention-check-polish.csv",
      ["id", "Obsługa była uprzejma", "Konsultant był kompetentny", "Proszę zaznaczyć odpowiedź „Raczej się zgadzam”", "Ogólne zadowolenie (1-5)"],
      [[str(i), PL[int(likert(u)) - 1], PL[int(likert(u)) - 1], ("Zgadzam się" if i % 8 == 3 else "Raczej się zgadzam"), likert(u)] for i, u in enumerate(respondents(40))], delimiter=";")

# "Never, Rarely, Sometimes, Often": a four-point frequency scale with no "Always" above it.
write("frequency-four-points-never-to-often.csv",
      ["id", "How often do you contact our customer service?", "Overall satisfaction (1-5)"],
      [[str(i), rng.choice(["Never", "Rarely", "Sometimes", "Often"]), rating()] for i in range(N)])

# A recommend question whose ends carry their labels ("0 - Not at all likely", "10 - Extremely
# likely") and whose middle answers are bare numbers, none of them 1: the 0-10 recommend scale.
write("recommend-with-labelled-ends.csv",
      ["id", "How likely are you to recommend us to a friend?", "Overall satisfaction (1-5)"],
      [[str(i), rng.choice(["0 - Not at all likely", "2", "3", "5", "6", "7", "8", "9", "10 - Extremely likely", "10 - Extremely likely"]), rating()] for i in range(N)])

# Words of customer service that also rate a product or a website: no service without its context.
write("product-and-website-words-not-service.csv",
      ["id", "Battery life of the phone", "The website is responsive on mobile", "The user manual was helpful", "Our privacy policy is clear", "Overall satisfaction (1-5)"],
      [[str(i), rating(), rating(), rating(), rating(), rating()] for i in range(N)])

# German five-point ease scale: its middle is "Weder leicht noch schwierig" (either word of ease
# with either of difficulty), or "Teils/teils" as on other German scales.
EASE_DE = ["Sehr schwierig", "Schwierig", "Weder leicht noch schwierig", "Leicht", "Sehr leicht"]
EASE_DE_TEILS = ["Sehr schwierig", "Schwierig", "Teils/teils", "Leicht", "Sehr leicht"]
write("ease-five-points-de.csv",
      ["id", "Wie einfach war die Bestellung?", "Die Bedienung der Website"],
      [[str(i), EASE_DE[int(likert(u)) - 1], EASE_DE_TEILS[int(likert(u)) - 1]] for i, u in enumerate(respondents(N))])

# Spanish "Nada / Poco / Algo / Bastante / Muy satisfecho": how much of one quality, "bastante"
# (quite) above "algo" (somewhat) and below "muy".
SAT_ES = ["Nada satisfecho", "Poco satisfecho", "Algo satisfecho", "Bastante satisfecho", "Muy satisfecho"]
USE_ES = ["Nada útil", "Poco útil", "Algo útil", "Bastante útil", "Muy útil"]
write("intensity-nada-to-muy-es.csv",
      ["id", "¿Está satisfecho con la entrega?", "¿Fue útil la información?"],
      [[str(i), SAT_ES[int(likert(u)) - 1], USE_ES[int(likert(u)) - 1]] for i, u in enumerate(respondents(N))])

# French "Je n'ai pas d'avis" (no opinion), with a straight or a curly apostrophe: a non-answer.
SAT_FR = ["Très insatisfait", "Insatisfait", "Ni satisfait ni insatisfait", "Satisfait", "Très satisfait"]
write("no-opinion-is-a-non-answer-fr.csv",
      ["id", "Êtes-vous satisfait de la livraison ?"],
      [[str(i), ("Je n'ai pas d'avis" if i % 10 == 3 else "Je n’ai pas d’avis" if i % 10 == 7 else SAT_FR[int(likert(u)) - 1])] for i, u in enumerate(respondents(N))])

# What shipping costs is a price, not delivery ("Versandkosten", "koszty wysyłki", "gastos de
# envío", which is no amount spent either), and so is a fair price; the items worded against the
# scale ("zu hoch", "za wysokie", "demasiado caros") run against the others.
people = respondents(60)
write("shipping-costs-are-pricing.csv",
      ["id", "Versandkosten", "Die Versandkosten sind zu hoch", "Koszty wysyłki są za wysokie", "Ceny są uczciwe", "Los gastos de envío son demasiado caros"],
      [[str(i), likert(u), likert(u, True), likert(u, True), likert(u), likert(u, True)] for i, u in enumerate(people)])

# Header keywords: trust said as a verb ("Confío", "Confio"), waiting on the phone is service,
# order fulfilment is delivery, and the welcome in a shop ("L'accueil en magasin", elided) is a
# rated service item, not the shop as a segment.
write("trust-verbs-phone-waits-and-shop-welcome.csv",
      ["id", "Confío en esta empresa", "Confio nesta empresa", "Tiempo de espera en el teléfono", "Czas realizacji zamówienia", "L'accueil en magasin"],
      [[str(i), rating(), rating(), rating(), rating(), rating()] for i in range(N)])

# Qualtrics' legacy export of a multiple-answer question: 1 where an option was chosen, -99 where it
# was seen and not chosen. One value and a missing code in each column: options, never ratings.
write("checkbox-ticked-one-or-seen-unanswered.csv",
      ["ResponseID", "Q7_1", "Q7_2", "Q7_3", "Q8"],
      [[f"R_{i}"] + [("1" if rng.random() < 0.4 else "-99") for _ in range(3)] + [rating()] for i in range(N)])

# Statistics packages code a dichotomy 1 and 2 (a type of contract, a yes/no fact): many answers of
# 1 and 2 alone under no word of a rating are two categories. A dimension's keyword still rates them.
write("two-codes-1-and-2-are-categories.csv",
      ["id", "contract", "Delivery was on time (1-2)", "Overall satisfaction (1-5)"],
      [[str(i), str(rng.randint(1, 2)), str(rng.randint(1, 2)), rating()] for i in range(N)])

# The words of a scale's ends in its header ("1 = sehr leicht, 7 = sehr schwierig") say which end
# is which: an effort question asked as difficulty has its easy end at 1.
write("effort-scale-ends-in-the-header.csv",
      ["id", "Wie schwierig war es, Ihr Anliegen zu lösen? (1 = sehr leicht, 7 = sehr schwierig)", "Gesamtzufriedenheit (1-5)"],
      [[str(i), rating(1, 7), rating()] for i in range(N)], delimiter=";")

# An item whose answers run against its dimension, worded as the others are, beside one that runs
# with it loosely and one that runs with it closely: judged all at once against the unturned item,
# the close one ran against the rest too and was turned round with it. One at a time, worst first.
def loose(latent):
    return str(min(5, max(1, round(3 + 0.4 * latent + rng.gauss(0, 1.2)))))


write("item-reversed-one-at-a-time.csv",
      ["id", "Prices are fair (1-5)", "The price compared with other shops (1-5)", "Value for money (1-5)", "Overall satisfaction (1-5)"],
      [[str(i), loose(u), likert(u, against=True), likert(u), likert(u)] for i, u in enumerate(respondents(120))])

# 1 and 2 under a word that asks for a rating ("Rating", "How would you rate …") are a rating of two
# points, not two codes of categories.
write("two-codes-under-a-rating-word.csv",
      ["id", "Rating", "How would you rate the app?", "Overall satisfaction (1-5)"],
      [[str(i), str(rng.randint(1, 2)), str(rng.randint(1, 2)), rating()] for i in range(N)])

# What was paid for shipping is an amount, however the shipping costs are named: a word of paying
# or of an amount beside them keeps the column a quantity; their price rated is pricing.
write("shipping-amounts-paid-are-quantities.csv",
      ["ID", "¿Cuánto pagó de gastos de envío?", "Gastos de envío pagados (€)", "Importe de los gastos de envío", "Los gastos de envío son demasiado caros (1-5)"],
      [[str(i), str(rng.choice([0, 2, 3, 5, 6, 9])), str(rng.choice([0, 2, 3, 5, 6, 9])), str(rng.choice([0, 2, 3, 5, 6, 9])), rating()] for i in range(N)], delimiter=";")

# Microsoft Forms writes the respondent's e-mail ("anonymous") and name beside the answers: its own
# metadata, not a question about e-mail as a channel of service.
write("forms-e-mail-column-de.csv",
      ["ID", "E-Mail", "Wie zufrieden waren Sie mit unserem Support per E-Mail? (1-5)", "Gesamtzufriedenheit (1-5)"],
      [[str(i), "anonymous", rating(), rating()] for i in range(N)], delimiter=";")

# Waiting on the phone is customer service, waiting for the parcel delivery: "Wartezeit" beside a
# channel of service says which wait it is, as "tiempo de espera" and "tempo de espera" do.
write("phone-wait-is-service-de.csv",
      ["id", "Wartezeit am Telefon (1-5)", "Wartezeit auf die Lieferung (1-5)", "Gesamtzufriedenheit (1-5)"],
      [[str(i), rating(), rating(), rating()] for i in range(N)], delimiter=";")

# French elides an article or a preposition before a vowel ("l'emballage", "centre d'appel",
# "qu'avez-vous"): the word after the apostrophe is read as itself, its keywords those of the word,
# with a typographic apostrophe too. A word that names nothing ("l'ambiance") still names nothing,
# and what shipping costs ("coût d'expédition") is still a price.
write("french-elided-article-before-keyword.csv",
      ["id", "Comment évaluez-vous l'emballage ?", "Êtes-vous satisfait du centre d’appel ?", "L'aide apportée par l'équipe", "Temps d'attente",
       "Qu'avez-vous pensé de l'ambiance ?", "Coût d'expédition", "Satisfaction globale"],
      [[str(i)] + [likert(u) for _ in range(7)] for i, u in enumerate(respondents(N))], delimiter=";")
# French "Sans avis" (no opinion) among the answers of a rating grid: a non-answer, as "Sans
# opinion" and "Pas d'avis" are, not a label that keeps the column from being scored.
QUAL_FR = ["Très mauvais", "Mauvais", "Moyen", "Bon", "Très bon"]
write("no-opinion-sans-avis-fr.csv",
      ["id", "Comment évaluez-vous les aspects suivants ? [Amabilité du service client]", "Comment évaluez-vous les aspects suivants ? [Délai de livraison]"],
      [[str(i), ("Sans avis" if i % 8 == 5 else QUAL_FR[int(likert(u)) - 1]), QUAL_FR[int(likert(u)) - 1]] for i, u in enumerate(respondents(N))])

# "Do you trust …?" asked with the verb in the second person ("¿Confías …?", "Tu confias …?",
# "Czy ufasz …?", "Vai jūs uzticaties …?") is a question of trust, as "Confío" and "ufam" are.
write("trust-asked-as-do-you-trust.csv",
      ["id", "¿Confías en nuestra tienda?", "Confias na nossa loja?", "Czy ufasz naszemu sklepowi?", "Vai jūs uzticaties mūsu veikalam?", "Vertrauen Sie unserem Shop?", "Overall satisfaction (1-5)"],
      [[str(i), likert(u), likert(u), likert(u), likert(u), likert(u), likert(u)] for i, u in enumerate(respondents(N))])

# SurveyMonkey's question bank answers "Extremely X / Very X / Somewhat X / Not so X / Not at all
# X" for any quality X (trustworthy, well, helpful …), and its translations "Nicht so X", "Pas
# très X": an intensity scale of five points.
SM_LEVELS = ["Not at all {}", "Not so {}", "Somewhat {}", "Very {}", "Extremely {}"]
write("intensity-not-so-surveymonkey.csv",
      ["id", "How trustworthy is Northwind Supplies?", "How well was your problem resolved?", "How helpful was our support team?", "Overall, how satisfied are you with Northwind Supplies? (1-5)"],
      [[str(i), SM_LEVELS[int(likert(u)) - 1].format("trustworthy"), SM_LEVELS[int(likert(u)) - 1].format("well"), SM_LEVELS[int(likert(u)) - 1].format("helpful"), likert(u)] for i, u in enumerate(respondents(N))])
SM_LEVELS_DE = ["Überhaupt nicht {}", "Nicht so {}", "Einigermaßen {}", "Sehr {}", "Äußerst {}"]
SM_LEVELS_FR = ["Pas du tout {}", "Pas très {}", "Assez {}", "Très {}", "Extrêmement {}"]
write("intensity-not-so-de.csv",
      ["id", "Wie zuverlässig ist Northwind?", "Wie hilfreich war unser Kundenservice?", "Gesamtzufriedenheit (1-5)"],
      [[str(i), SM_LEVELS_DE[int(likert(u)) - 1].format("zuverlässig"), SM_LEVELS_DE[int(likert(u)) - 1].format("hilfreich"), likert(u)] for i, u in enumerate(respondents(N))], delimiter=";")
write("intensity-not-so-fr.csv",
      ["id", "Dans quelle mesure Northwind est-elle fiable ?", "Notre service client vous a-t-il été utile ?", "Satisfaction globale (1-5)"],
      [[str(i), SM_LEVELS_FR[int(likert(u)) - 1].format("fiable"), SM_LEVELS_FR[int(likert(u)) - 1].format("utile"), likert(u)] for i, u in enumerate(respondents(N))], delimiter=";")

# A segment word inside a question that asks for a rating ("¿Cómo valoras la tienda?", a brand
# name such as "Tienda Verde" in "¿Confías en que …?"): the numbers 1-5 rate what the word names.
# Asked as a choice ("¿En qué tienda compraste?") or named alone ("Región"), they are codes.
write("segment-word-in-a-rating-question-es.csv",
      ["id", "¿Cómo valoras la tienda?", "¿Confías en que Tienda Verde cumple lo que promete?", "¿En qué tienda compraste?", "Región", "Satisfacción general (1-5)"],
      [[str(i), rating(), rating(), rating(), rating(), rating()] for i in range(N)], delimiter=";")

# Answers most of which say how much of one quality ("Extremely well", "Very well", "Not at all
# well") beside one no scale knows ("Kind of well"), under a header that names nothing ("How well
# did the visit go?"): ordered by their shape, so the column, left a segment, is named as not
# scored and its labels are listed for mapping.
WELL = ["Not at all well", "Kind of well", "Somewhat well", "Very well", "Extremely well"]
write("graded-answers-of-no-scale-not-scored.csv",
      ["id", "How well did the visit go?", "Overall, how satisfied are you? (1-5)"],
      [[str(i), WELL[int(likert(u)) - 1], likert(u)] for i, u in enumerate(respondents(N))])

# "How easy was it to …" is the effort question when it is about getting help (the help needed, as
# "get help" or "support" are): the weak "how easy" beside "help". Out of that context ("How easy is
# it to find the menu?") it names nothing.
EASE_EN = ["Very difficult", "Difficult", "Neither easy nor difficult", "Easy", "Very easy"]
write("how-easy-to-get-the-help-needed.csv",
      ["id", "How easy was it to get the help you needed?", "How easy is it to find the menu? (1-5)", "Overall satisfaction (1-5)"],
      [[str(i), rng.choice(EASE_EN), rating(), rating()] for i in range(N)])

# "How much effort …" answered "Very low effort" … "Very high effort" (CES 1.0 as surveys list it):
# a known ordered scale of effort, 1 the least, so that the effort question is scored.
AUFWAND = ["Sehr geringer Aufwand", "Geringer Aufwand", "Weder noch", "Hoher Aufwand", "Sehr hoher Aufwand"]
write("effort-labels-low-to-high-de.csv",
      ["ID", "Wie viel Aufwand war es für Sie, Ihre Bestellung aufzugeben?", "Wie zufrieden sind Sie insgesamt mit unserem Onlineshop? (1-5)", "Region"],
      [[str(i), rng.choice(AUFWAND), rating(), rng.choice(["Nord", "Süd", "West"])] for i in range(N)], delimiter=";")
ESFUERZO = ["Muy poco esfuerzo", "Poco esfuerzo", "Ni mucho ni poco", "Mucho esfuerzo", "Muchísimo esfuerzo"]
write("effort-labels-low-to-high-es.csv",
      ["ID", "¿Cuánto esfuerzo te costó resolver tu consulta?", "En general, ¿qué tan satisfecho está con nuestro servicio? (1-5)"],
      [[str(i), rng.choice(ESFUERZO), rating()] for i in range(N)])

# A word of ease or difficulty in a statement about a dimension ("Il est difficile de joindre le
# service client") says how easy that was: an item of the dimension, reversed by its wording, not
# the effort question; the survey's own effort question stays the effort question.
write("difficult-statement-about-a-dimension-fr.csv",
      ["id", "Était-il facile de passer votre commande ? (1 = très difficile, 5 = très facile)", "Il est difficile de joindre le service client", "Le service client est aimable", "Le service client répond rapidement", "Dans l'ensemble, quel est votre niveau de satisfaction ? (1-5)"],
      [[str(i), rating(), rating(), rating(), rating(), rating()] for i in range(N)], delimiter=";")
write("difficult-statement-about-a-dimension-de.csv",
      ["id", "Der Kundenservice ist nicht einfach zu erreichen (1-5)", "Die Lieferung war pünktlich (1-5)", "Gesamtzufriedenheit (1-5)"],
      [[str(i), rating(), rating(), rating()] for i in range(N)], delimiter=";")

# An effort question answered in words no scale knows: its answers are listed for mapping, as a
# dimension's are, not taken for a segment without a word.
write("effort-question-in-unknown-labels-de.csv",
      ["ID", "Wie viel Mühe hat Sie Ihre Bestellung gekostet?", "Gesamtzufriedenheit (1-5)"],
      [[str(i), rng.choice(["Kaum", "Etwas", "Ziemlich viel", "Enorm"]), rating()] for i in range(N)], delimiter=";")
# The text typed beside a choice question's "Other (please specify)" answer is that option's free
# text, however few and repeated its values are and whatever its question's keywords ("channel",
# "region" name a segment): a comment, in `inspect` as in the report's comments.
order_channels = ["Website", "Phone", "Sales rep", "Other (please specify)"]
other_channels = ["EDI", "trade show", "Email to my account manager"]
other_rows = []
for i in range(N):
    channel = rng.choice(order_channels)
    region = rng.choice(["West", "Northeast", "South", "Other"])
    other_rows.append([str(i), channel, rng.choice(other_channels) if channel.startswith("Other") else "", region, rng.choice(["Yukon", "abroad"]) if region == "Other" else "", rating()])
write("other-text-beside-a-named-choice.csv",
      ["Respondent ID", "Which channel did you use to place your order?", "Which channel did you use to place your order? - Other (please specify)", "Which region are you located in?", "Which region are you located in? - Other", "Overall satisfaction (1-5)"],
      other_rows)

# An open question ("Was können wir verbessern?", "¿Hay algo que podamos mejorar?") whose answers
# repeat a few sentences, as a small sample or a form that offers suggestions does: free text, by
# its wording, in every lexicon language alike. Repeated long answers under no such wording, and a
# few labels of a word or two under it ("Was sollen wir zuerst verbessern?" Lieferung, Preise),
# stay the options of a choice question.
improve_de = ["Die Lieferung könnte schneller sein.", "Bitte mehr Zahlungsarten anbieten.", "Der Kundenservice sollte besser erreichbar sein.", "Die Preise sind zu hoch für die Qualität.", "Alles bestens, weiter so!", "Die Verpackung war leider beschädigt.", "Mehr Auswahl bei den Produkten wäre schön.", "Die Rechnung kam erst nach zwei Wochen.", "Die App stürzt beim Bezahlen oft ab.", "Nichts, ich bin rundum zufrieden."]
write("open-question-repeated-sentences-de.csv",
      ["ID", "Wie zufrieden sind Sie insgesamt mit unserem Shop? (1-5)", "Wie zufrieden sind Sie mit der Lieferung? (1-5)", "Was können wir verbessern?", "Wo haben Sie bestellt?", "Was sollen wir zuerst verbessern?"],
      [[str(i), rating(), rating(), rng.choice(improve_de), rng.choice(["Über die Website unseres Shops", "Telefonisch beim Kundenservice", "Per E-Mail an den Vertrieb"]), rng.choice(["Lieferung", "Preise", "Kundenservice", "Verpackung"])] for i in range(N)], delimiter=";")
improve_es = ["La entrega podría ser más rápida.", "Por favor, añadan más formas de pago.", "El servicio al cliente debería contestar antes.", "Los precios son demasiado altos.", "Todo perfecto, seguid así.", "El paquete llegó dañado.", "Más variedad de productos estaría bien.", "La factura tardó dos semanas en llegar.", "La aplicación falla al pagar.", "Nada, estoy muy contento."]
write("open-question-repeated-sentences-es.csv",
      ["ID", "¿Qué tan satisfecho está en general con nuestra tienda? (1-5)", "¿Qué tan satisfecho está con la entrega? (1-5)", "¿Hay algo que podamos mejorar?", "¿Dónde hizo su pedido?", "¿Qué deberíamos mejorar primero?"],
      [[str(i), rating(), rating(), rng.choice(improve_es), rng.choice(["En la página web de la tienda", "Por teléfono con el servicio al cliente", "Por correo electrónico al vendedor"]), rng.choice(["La entrega", "Los precios", "La atención", "El embalaje"])] for i in range(N)], delimiter=";")
# KoboToolbox and ODK name a question under its groups (`grupo_problema/teve_problema`): the
# variable's own name, after the last slash, is the bare name where a weak keyword counts, so a
# yes/no "had a problem" and "problem resolved" in a group are the complaint and its resolution.
def kobo_problem_row(i):
    had = rng.random() < 0.3
    return [str(i), rating(), "sim" if had else "nao", rng.choice(["sim", "nao"]) if had else ""]


write("group-path-names-kobo.csv",
      ["_id", "grupo_geral/satisfacao_geral", "grupo_problema/teve_problema", "grupo_problema/problema_resolvido"],
      [kobo_problem_row(i) for i in range(60)], delimiter=";")

# A problem and how it was put right, in each lexicon language: "did you have a problem?" said
# with the language's verb of having one (had, teve, tuviste, hatten, eu, miał, bija) is the
# complaint question; a yes/no "was your problem resolved?" is an item of complaints on which yes
# scores 100, the word of its resolution giving the weak "problem" its meaning; a rated "how well
# was it resolved?" is an item of complaints where it names the problem (the de and es rated
# questions name a request and a solution only: see resolution-without-a-problem-word-*).
PROBLEM_AND_RESOLUTION = {
    "en": (["Overall satisfaction (1-5)", "Did you have a problem?", "Was your problem resolved?", "How well was your issue resolved? (1-5)"], ("Yes", "No")),
    "pt": (["Satisfação geral (1-5)", "Você teve algum problema?", "O seu problema foi resolvido?", "Quão satisfeito ficou com a solução do problema? (1-5)"], ("Sim", "Não")),
    "es": (["Satisfacción general (1-5)", "¿Tuviste algún problema?", "¿Se resolvió tu problema?", "¿Cómo de satisfecho quedaste con la solución que te dimos? (1-5)"], ("Sí", "No")),
    "de": (["Gesamtzufriedenheit (1-5)", "Hatten Sie ein Problem?", "Wurde Ihr Problem gelöst?", "Wie gut wurde Ihr Anliegen gelöst? (1-5)"], ("Ja", "Nein")),
    "fr": (["Satisfaction globale (1-5)", "Avez-vous eu un problème ?", "Si oui, votre problème a-t-il été résolu ?", "Comment évaluez-vous la résolution de votre problème ? (1-5)"], ("Oui", "Non")),
    "pl": (["Ogólne zadowolenie (1-5)", "Czy miał(a) Pan(i) jakiś problem?", "Czy problem został rozwiązany?", "Jak oceniasz sposób rozwiązania problemu? (1-5)"], ("Tak", "Nie")),
    "lv": (["Kopējā apmierinātība (1-5)", "Vai jums bija kāda problēma?", "Vai jūsu problēma tika atrisināta?", "Kā vērtējat problēmas risināšanu? (1-5)"], ("Jā", "Nē")),
}


def problem_row(i, yes, no):
    had = rng.random() < 0.35
    return [str(i), rating(), yes if had else no, rng.choice([yes, no]) if had else "", rating() if had else ""]


for language, (questions, (yes, no)) in PROBLEM_AND_RESOLUTION.items():
    write(f"problem-and-its-resolution-{language}.csv", ["id"] + questions, [problem_row(i, yes, no) for i in range(60)], delimiter=";")

# The price of shipping, written with a word of price rather than of cost ("Shipping price",
# "Prix de la livraison", "Lieferpreis", "Valor do frete", "Piegādes maksa"), is a price, as
# "shipping cost" is; the time of the shipping ("Prazo do frete") and its speed stay delivery.
write("shipping-price-is-pricing.csv",
      ["id", "Shipping price (1-5)", "Price of delivery (1-5)", "Prix de la livraison (1-5)", "Tarif de livraison (1-5)", "Lieferpreis (1-5)",
       "Valor do frete (1-5)", "Prazo do frete (1-5)", "Piegādes maksa (1-5)", "Delivery speed (1-5)"],
      [[str(i)] + [rating() for _ in range(9)] for i in range(N)], delimiter=";")

# A comment's noun ("Any other comments?", "Anmerkungen") keeps short answers that repeat ("No",
# "None", "Great service", "Thanks") a comment column; only a question of what to improve ("What
# should we improve first?") makes a few short labels chosen again and again its options.
SHORT_COMMENTS = ["No", "None", "Nothing", "Good", "Great service", "Thanks", "", ""]
AREAS = ["Delivery", "Prices", "Support", "Website"]
write("short-repeated-answers-under-a-comment-noun.csv",
      ["id", "Overall satisfaction (1-5)", "Any other comments?", "What should we improve first?"],
      [[str(i), rating(), rng.choice(SHORT_COMMENTS), rng.choice(AREAS)] for i in range(80)])

# A survey in a language without a lexicon (Italian, Dutch): ELD names it, the nearest lexicon
# language scoring well under it; keywords of every language are tried, and the report says that
# its columns may be missed or misread. The Italian one is exported in numbers (its ratings are
# read from them), the Dutch one in its labels, which no lexicon knows: nothing can be scored.
foreign_rng = random.Random(2026_12_05)
FOREIGN_SURVEYS = {
    "it": (["Nel complesso, quanto è soddisfatto del nostro negozio?", "Quanto è soddisfatto della rapidità della consegna?", "Quanto è soddisfatto del rapporto qualità-prezzo?", "Come valuta la cortesia del personale?", "Ha qualche suggerimento per migliorare il nostro servizio?"],
           ["Per niente soddisfatto", "Poco soddisfatto", "Né soddisfatto né insoddisfatto", "Abbastanza soddisfatto", "Molto soddisfatto"],
           ["La consegna è arrivata in ritardo di una settimana.", "Tutto perfetto, grazie mille!", "I prezzi sono un po' alti rispetto ad altri negozi.", ""]),
    "nl": (["Hoe tevreden bent u in het algemeen over onze winkel?", "Hoe tevreden bent u over de snelheid van de levering?", "Hoe tevreden bent u over de prijs in verhouding tot de kwaliteit?", "Hoe beoordeelt u de vriendelijkheid van het personeel?", "Heeft u suggesties om onze dienstverlening te verbeteren?"],
           ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden"],
           ["De levering kwam een week te laat aan.", "Alles was perfect, hartelijk bedankt!", "De prijzen zijn wat hoog vergeleken met andere winkels.", ""]),
}
for language, (questions, levels, comments) in FOREIGN_SURVEYS.items():
    answers = [str(k) for k in range(1, 6)] if language == "it" else levels
    write(f"survey-in-a-language-without-keywords-{language}.csv", ["ID"] + questions,
          [[str(i)] + [foreign_rng.choice(answers) for _ in range(4)] + [foreign_rng.choice(comments)] for i in range(N)], delimiter=";")

# A header that only another language's keyword names ("Pünktlichkeit" in a Spanish survey) is not
# read by it: other languages' false friends are many, and only a survey in a language without a
# lexicon (survey-in-a-language-without-keywords-*) takes their suggestions.
write("another-languages-keyword-in-a-header-is-not-read.csv",
      ["ID", "¿Qué tan satisfecho está con nuestra tienda en general? (1-5)", "¿Cómo valora la rapidez de la entrega de su pedido? (1-5)",
       "¿Cómo valora la atención del personal de la tienda? (1-5)", "Pünktlichkeit (1-5)", "¿Recomendaría nuestra tienda a un amigo o familiar? (0-10)"],
      [[str(i), str(foreign_rng.randint(1, 5)), str(foreign_rng.randint(1, 5)), str(foreign_rng.randint(1, 5)), str(foreign_rng.randint(1, 5)), str(foreign_rng.randint(0, 10))] for i in range(N)])

# A question of how easy or hard something was ("Wie schwierig war die Rückgabe?", "¿Qué tan fácil
# fue resolver tu problema con nuestro servicio al cliente?") and a statement that it was easy
# ("The company made it easy for me to handle my issue", Gartner's CES 2.0) are the effort question,
# whatever dimension they name (the return, the customer service, the issue); only a statement
# that something was hard rates that thing (difficult-statement-about-a-dimension-*).
ease_rng = random.Random(5151)


def ease_answer(high):
    return str(ease_rng.randint(1, high))


AGREE_EN = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
EASE_QUESTIONS = {
    "en": (["The company made it easy for me to handle my issue", "Overall satisfaction (1-5)"], lambda: [ease_rng.choice(AGREE_EN), ease_answer(5)]),
    "en-contact": (["It was easy for me to contact customer service (1-7)", "Overall satisfaction (1-5)"], lambda: [ease_answer(7), ease_answer(5)]),
    "de": (["Wie einfach war es, Ihr Anliegen mit unserem Kundenservice zu klären? (1 = sehr schwierig, 7 = sehr einfach)", "Gesamtzufriedenheit (1-5)"], lambda: [ease_answer(7), ease_answer(5)]),
    "de-difficult": (["Wie schwierig war die Rückgabe? (1-5)", "Gesamtzufriedenheit (1-5)"], lambda: [ease_answer(5), ease_answer(5)]),
    "fr": (["Était-il facile de passer votre commande ?", "Satisfaction globale (1-5)"], lambda: [ease_answer(5), ease_answer(5)]),
    "es": (["¿Qué tan fácil fue resolver tu problema con nuestro servicio al cliente? (1-5)", "Satisfacción general (1-5)"], lambda: [ease_answer(5), ease_answer(5)]),
    "pl": (["Jak łatwo było załatwić sprawę z obsługą klienta? (1-5)", "Ogólne zadowolenie (1-5)"], lambda: [ease_answer(5), ease_answer(5)]),
    "pl-ease-of-use": (["Łatwość obsługi strony (1-5)", "Ogólne zadowolenie (1-5)"], lambda: [ease_answer(5), ease_answer(5)]),
}
for key, (questions, answers) in EASE_QUESTIONS.items():
    write(f"ease-question-naming-a-dimension-is-ces-{key}.csv", ["id"] + questions, [[str(i)] + answers() for i in range(N)], delimiter=";")

# A word of resolution names no problem of its own: "How satisfied are you with the resolution of
# your request?" (and "Wie zufrieden sind Sie mit der Lösung Ihres Anliegens?", "satisfait de la
# résolution de votre demande", "satisfecho con la solución ofrecida", "satisfeito com a solução
# apresentada") asks for satisfaction, "the screen resolution" rates a product, and a yes/no "Was
# your query resolved on first contact?" says what happened; only beside a word of a problem
# ("How well was your problem resolved?") is it complaints.
resolution_rng = random.Random(6262)


def resolution_answers(count):
    return [str(resolution_rng.randint(1, 5)) for _ in range(count)]


write("resolution-without-a-problem-word-en.csv",
      ["id", "How satisfied are you with the resolution of your request? (1-5)", "How would you rate the screen resolution? (1-5)", "How would you rate the camera resolution? (1-5)", "Was your query resolved on first contact?", "How well was your problem resolved? (1-5)"],
      [[str(i)] + resolution_answers(3) + [resolution_rng.choice(["Yes", "No"])] + resolution_answers(1) for i in range(N)])
RESOLUTION_SATISFACTION = {
    "de": ["Wie zufrieden sind Sie mit der Lösung Ihres Anliegens? (1-5)", "Wie gut wurde Ihr Problem gelöst? (1-5)"],
    "fr": ["Dans quelle mesure êtes-vous satisfait de la résolution de votre demande ? (1-5)", "Comment évaluez-vous la résolution de votre problème ? (1-5)"],
    "es": ["¿Qué tan satisfecho está con la solución ofrecida? (1-5)", "¿Qué tan bien se resolvió su problema? (1-5)"],
    "pt": ["Quão satisfeito está com a solução apresentada? (1-5)", "Quão bem foi resolvido o seu problema? (1-5)"],
}
for language, questions in RESOLUTION_SATISFACTION.items():
    write(f"resolution-without-a-problem-word-{language}.csv", ["id"] + questions, [[str(i)] + resolution_answers(2) for i in range(N)], delimiter=";")

# A refund promised ("Satisfait ou remboursé", "Garantie de remboursement", "Garantía de reembolso",
# "Erstattung garantiert", "Refund guarantee") names a policy, not a refund a customer had to
# claim: no complaints; a refund asked about ("Le remboursement a-t-il été rapide ?") still is.
guarantee_rng = random.Random(7373)
GUARANTEES = {
    "en": ["Refund guarantee (1-5)", "How quickly did you receive your refund? (1-5)", "Overall satisfaction (1-5)"],
    "fr": ["Satisfait ou remboursé (1-5)", "Garantie de remboursement (1-5)", "Le remboursement a-t-il été rapide ? (1-5)", "Satisfaction globale (1-5)"],
    "es": ["Garantía de reembolso (1-5)", "¿Qué tan rápido recibió su reembolso? (1-5)", "Satisfacción general (1-5)"],
    "de": ["Erstattung garantiert (1-5)", "Wie zufrieden waren Sie mit der Erstattung? (1-5)", "Gesamtzufriedenheit (1-5)"],
}
for language, questions in GUARANTEES.items():
    write(f"refund-promised-by-a-guarantee-{language}.csv", ["id"] + questions, [[str(i)] + [str(guarantee_rng.randint(1, 5)) for _ in questions] for i in range(N)], delimiter=";")

# A header that lists its question's choices, "other" the last of them ("Gender (male / female /
# other)", "Device: desktop, mobile or other"), holds the choice made: a segment (or the problem's
# categories), not the free text of an "Other" answer. A header that ends with the "Other" answer
# alone ("Other (please specify)", "[Other]", "(Sonstiges, bitte angeben)") holds that text.
def choice_list_rows():
    local = random.Random(9101)
    texts = ["EDI", "trade show", "Email to my account manager", "a friend told me", ""]
    return [[str(i), str(local.randint(1, 5)), local.choice(["male", "female", "other"]), local.choice(["Desktop", "Mobile", "Other"]),
             local.choice(["Delivery", "Product", "Billing", "Other", "Delivery; Billing"]), local.choice(["kobieta", "mężczyzna", "inne"]),
             local.choice(["Web", "Phone", "Other"]), local.choice(texts), local.choice(texts), local.choice(texts)] for i in range(60)]


write("choice-list-ending-in-other.csv",
      ["id", "Overall satisfaction (1-5)", "Gender (male / female / other)", "Device: desktop, mobile or other",
       "What was the problem? (delivery, product, billing, other)", "Płeć (kobieta / mężczyzna / inne)", "Which channel did you use?",
       "Which channel did you use? - Other (please specify)", "Role (Other, please specify)", "Wie haben Sie von uns erfahren? - Sonstiges"],
      choice_list_rows())


# The "Other" box of a checkbox question exported on its own, ticked "Yes"/"No", "Checked" or blank,
# or 1 or blank: that option, chosen or not, not the text typed for it.
def other_ticked_rows():
    local = random.Random(9102)
    return [[str(i), str(local.randint(1, 5)), local.choice(["Yes", "No"]), local.choice(["Checked", ""]), local.choice(["1", ""]),
             local.choice(["my cousin", "a billboard", "radio ad", "", ""])] for i in range(60)]


write("other-checkbox-ticked.csv",
      ["id", "Overall satisfaction (1-5)", "Reason for contact: Other", "Channel [Other]", "Preferred store - Other", "Where did you hear about us? - Other (please specify)"],
      other_ticked_rows())

# "Anything else" asks for a comment where it asks to tell or add it ("¿Algo más que quiera
# decirnos?", "Möchten Sie uns sonst noch etwas mitteilen?"); in a question of a purchase ("¿Compró
# algo más durante su visita?", answered Sí/No or with what was bought) it asks for a choice.
ANYTHING_ELSE = {
    "es": ("Satisfacción general (1-5)", "¿Compró algo más durante su visita?", ["Sí", "No"], "¿Qué más compró?", ["Una bebida", "Palomitas", "Nada"],
           "¿Algo más que quiera decirnos?", ["El cine estaba muy limpio y el personal fue amable.", "Las butacas son incómodas para películas largas.", "Los precios de la comida son demasiado altos.", "Todo perfecto, volveremos pronto.", "La película empezó con veinte minutos de retraso.", ""]),
    "pt": ("Satisfação geral (1-5)", "Comprou algo mais durante a visita?", ["Sim", "Não"], "Comprou algo mais? Qual?", ["Uma bebida", "Pipocas", "Nada"],
           "Há algo mais que nos queira dizer?", ["O cinema estava muito limpo e o pessoal foi simpático.", "As cadeiras são desconfortáveis para filmes longos.", "Os preços da comida são altos demais.", "Tudo perfeito, voltaremos em breve.", "O filme começou com vinte minutos de atraso.", ""]),
    "fr": ("Satisfaction globale (1-5)", "Avez-vous acheté autre chose pendant votre visite ?", ["Oui", "Non"], "Autre chose acheté ?", ["Une boisson", "Du pop-corn", "Rien"],
           "Autre chose à ajouter ?", ["La salle était très propre et le personnel aimable.", "Les fauteuils sont inconfortables pour les longs films.", "Les prix de la nourriture sont trop élevés.", "Tout était parfait, nous reviendrons.", "Le film a commencé avec vingt minutes de retard.", ""]),
    "de": ("Gesamtzufriedenheit (1-5)", "Haben Sie sonst noch etwas gekauft?", ["Ja", "Nein"], "Was haben Sie sonst noch gekauft?", ["Ein Getränk", "Popcorn", "Nichts"],
           "Möchten Sie uns sonst noch etwas mitteilen?", ["Der Saal war sehr sauber und das Personal freundlich.", "Die Sitze sind für lange Filme unbequem.", "Die Preise für Essen sind viel zu hoch.", "Alles bestens, wir kommen wieder.", "Der Film begann zwanzig Minuten zu spät.", ""]),
    "pl": ("Ogólne zadowolenie (1-5)", "Czy kupił(a) Pan(i) coś jeszcze podczas wizyty?", ["Tak", "Nie"], "Co jeszcze Pan(i) kupił(a)? Coś jeszcze?", ["Napój", "Popcorn", "Nic"],
           "Czy chce Pan(i) dodać coś jeszcze?", ["Sala była bardzo czysta, a obsługa miła.", "Fotele są niewygodne przy długich filmach.", "Ceny jedzenia są zdecydowanie za wysokie.", "Wszystko super, na pewno wrócimy.", "Film zaczął się dwadzieścia minut później.", ""]),
    "en": ("Overall satisfaction (1-5)", "Did you buy anything else during your visit?", ["Yes", "No"], "Anything else bought?", ["A drink", "Popcorn", "Nothing"],
           "Is there anything else you would like to tell us?", ["The cinema was very clean and the staff friendly.", "The seats are uncomfortable for long films.", "Food prices are far too high.", "All perfect, we will be back.", "The film started twenty minutes late.", ""]),
}


def anything_else_rows(seed, yes_no, bought, comments):
    local = random.Random(seed)
    return [[str(i), str(local.randint(1, 5)), local.choice(yes_no), local.choice(bought), local.choice(comments)] for i in range(60)]


for seed, (language, (overall, purchase, yes_no, what, bought, open_question, comments)) in enumerate(ANYTHING_ELSE.items(), start=9201):
    write(f"anything-else-purchase-question-{language}.csv", ["id", overall, purchase, what, open_question],
          anything_else_rows(seed, yes_no, bought, comments), delimiter=";")

# Once the survey's language is known, only its own words of negation turn a statement round:
# Portuguese "no" is "in the" ("cobra o valor correto no meu cartão", "chegou no prazo"), a word
# of negation in Spanish and English, the languages whose keywords a Portuguese survey tries too.
# "não" in Portuguese and "no" in Spanish still reverse. Fewer than 30 respondents, so that the
# answers (random) decide no direction and the wording alone is tested.
foreign_negation_rng = random.Random(601)
FOREIGN_NEGATION = {
    "pt": (["Confio que a loja cobra o valor correto no meu cartão", "O pedido chegou no prazo combinado", "Os preços no site são justos", "O atendimento não foi cordial"],
           ["Discordo totalmente", "Discordo", "Nem concordo nem discordo", "Concordo", "Concordo totalmente"]),
    "es": (["Confío en que la tienda cobra el importe correcto en mi tarjeta", "El pedido no llegó en el plazo acordado", "Los precios en la web son justos", "La atención al cliente fue amable"],
           ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"]),
}
for language, (statements, agreement) in FOREIGN_NEGATION.items():
    write(f"foreign-negation-word-in-a-statement-{language}.csv", ["id"] + statements,
          [[str(i)] + [foreign_negation_rng.choice(agreement) for _ in statements] for i in range(25)])

# The complaint question asked with the verb of complaining rather than its noun ("Haben Sie sich
# bei uns beschwert?", "Vous êtes-vous plaint(e) ?", "¿Se quejó?", "Você se queixou?", "Czy
# reklamował(a) Pan/Pani?", "Vai sūdzējāties?"), answered yes or no, is the complaint question.
complaint_verb_rng = random.Random(602)
COMPLAINT_VERBS = {
    "en": ("Overall satisfaction (1-5)", "Have you complained to us in the last 12 months?", ("Yes", "No")),
    "de": ("Gesamtzufriedenheit (1-5)", "Haben Sie sich in den letzten 12 Monaten bei uns beschwert?", ("Ja", "Nein")),
    "fr": ("Satisfaction globale (1-5)", "Vous êtes-vous plaint(e) auprès de nous au cours des 12 derniers mois ?", ("Oui", "Non")),
    "es": ("Satisfacción general (1-5)", "¿Se quejó con nosotros en los últimos 12 meses?", ("Sí", "No")),
    "pt": ("Satisfação geral (1-5)", "Você se queixou de nós nos últimos 12 meses?", ("Sim", "Não")),
    "pl": ("Ogólne zadowolenie (1-5)", "Czy reklamował(a) Pan/Pani u nas zakup w ostatnich 12 miesiącach?", ("Tak", "Nie")),
    "lv": ("Kopējā apmierinātība (1-5)", "Vai pēdējo 12 mēnešu laikā esat sūdzējies par mums?", ("Jā", "Nē")),
}
for language, (overall, complained, (yes, no)) in COMPLAINT_VERBS.items():
    write(f"complaint-asked-with-a-verb-{language}.csv", ["id", overall, complained],
          [[str(i), str(complaint_verb_rng.randint(1, 5)), yes if complaint_verb_rng.random() < 0.3 else no] for i in range(40)], delimiter=";")
# What the complaint was about, after it: LimeSurvey's checkbox options, each named with its own
# code (so not grouped as one question), ticked "Ja" or left blank, never "Nein": options, not
# more complaint questions.
COMPLAINT_TOPICS = ["Abrechnung", "Erreichbarkeit", "Zählerstand"]


def complaint_topics_row(i):
    complained = complaint_verb_rng.random() < 0.3
    return [str(i), str(complaint_verb_rng.randint(1, 5)), "Ja" if complained else "Nein"] + [("Ja" if complained and complaint_verb_rng.random() < 0.5 else "") for _ in COMPLAINT_TOPICS]


write("complaint-asked-with-a-verb-limesurvey-de.csv",
      ["id. Antwort ID", "G01Q01. Gesamtzufriedenheit (1-5)", "G03Q04. Haben Sie sich in den letzten 12 Monaten bei uns beschwert?"]
      + [f"G03Q06[SQ00{k + 1}]. Worüber haben Sie sich beschwert? [{topic}]" for k, topic in enumerate(COMPLAINT_TOPICS)],
      [complaint_topics_row(i) for i in range(40)])

# Statements of an agreement matrix worded against their dimension by a word the German lexicon
# lacked: information "unverständlich und intransparent", service that left one "im Stich
# gelassen". Reversed by their wording; fewer than 30 respondents, so that the answers (random)
# decide no direction.
negative_de_rng = random.Random(603)
AGREEMENT_DE = ["Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Weder noch", "Stimme eher zu", "Stimme voll und ganz zu"]
NEGATIVE_DE = ["Die Preise sind angemessen", "Die Informationen zu Preiserhöhungen waren unverständlich und intransparent",
               "Der Kundenservice ist freundlich", "Der Kundenservice hat mich im Stich gelassen"]
write("negative-wording-de-unclear-and-let-down.csv",
      ["ID"] + [f"Wie sehr stimmen Sie den folgenden Aussagen zu? [{statement}]" for statement in NEGATIVE_DE],
      [[str(i)] + [negative_de_rng.choice(AGREEMENT_DE) for _ in NEGATIVE_DE] for i in range(25)])

# The bill is a matter of price, as in an energy supplier's or a telecom's survey ("Meine
# Jahresabrechnung ist klar und nachvollziehbar", "My invoice is clear", "La facture est claire"):
# pricing; a problem with it, or a complaint about it, stays the complaint question.
billing_rng = random.Random(604)
BILLING = {
    "en": ["My invoice is clear and easy to understand (1-5)"],
    "de": ["Meine Jahresabrechnung ist klar und nachvollziehbar (1-5)", "Die Rechnung ist korrekt (1-5)", "Hatten Sie ein Problem mit Ihrer Rechnung?"],
    "fr": ["La facture est claire (1-5)"],
    "es": ["La factura es clara (1-5)"],
    "pt": ["A fatura é clara (1-5)"],
    "pl": ["Fakturowanie jest czytelne (1-5)"],
    "lv": ["Rēķins ir saprotams (1-5)"],
}
for language, headers in BILLING.items():
    write(f"billing-is-pricing-{language}.csv", ["id"] + headers,
          [[str(i)] + [billing_rng.choice(["Ja", "Nein", "Nein"]) if h.endswith("?") else str(billing_rng.randint(1, 5)) for h in headers] for i in range(40)])

# The overall question beside another question of satisfaction ("… mit der Lösung Ihres
# Anliegens?"): the one that says "overall" (insgesamt, overall, en général …) is the CSAT. A yes/no
# "was your request resolved?" is how complaints were handled, with or without a word of a
# problem; a refund promised ("satisfait ou remboursé") is no question of satisfaction.
overall_rng = random.Random(1205)
OVERALL_BESIDE_RESOLUTION = {
    "de": (["Wie zufrieden sind Sie insgesamt mit unserem Unternehmen?", "Wie zufrieden sind Sie mit der Lösung Ihres Anliegens?", "Wurde Ihr Anliegen beim ersten Kontakt gelöst?"], ("Ja", "Nein")),
    "en": (["How satisfied are you with us overall?", "How satisfied are you with the resolution of your request?", "Was your request resolved on first contact?"], ("Yes", "No")),
    "fr": (["Globalement, êtes-vous satisfait de nos services ?", "Avez-vous demandé un remboursement au titre de la garantie satisfait ou remboursé ?", "Votre demande a-t-elle été résolue ?"], ("Oui", "Non")),
}
for language, (questions, (yes, no)) in OVERALL_BESIDE_RESOLUTION.items():
    rated_second = language != "fr"
    write(f"overall-question-beside-a-resolution-question-{language}.csv", ["id"] + questions,
          [[str(i), str(overall_rng.randint(1, 5)), str(overall_rng.randint(1, 5)) if rated_second else overall_rng.choice([yes, no]), overall_rng.choice([yes, no])] for i in range(N)], delimiter=";")

# Words of the bill, of complaining and of the bad pole with another meaning: "reclamar" is to
# claim points or a gift too; "facturación" is checking in luggage, "faktura" a fabric's texture,
# "rachunek bankowy" a bank account, "rēķināties" to count on someone; a form's "Billing address"
# or "Rechnungsadresse" is no rating; "ohne versteckte Kosten", "sans … conditions injustes" are
# the good pole. Each a yes/no question, or a statement rated 1-5 in agreement with its neighbours;
# the statements of prices by fewer than 30 respondents, so that their answers decide no direction.
other_meaning_rng = random.Random(605)


def other_meaning_rows(headers, yes_no, count):
    rows = []
    for i in range(count):
        mood = other_meaning_rng.randint(1, 5)
        row = [str(i + 1)]
        for h in headers:
            if h in yes_no:
                row.append(other_meaning_rng.choice(yes_no[h]))
            elif h.startswith("Billing") or h.startswith("Bill ") or h.startswith("Rechnungs"):
                row.append(other_meaning_rng.choice(["12 High St", "3 Park Rd", "5 Main Ave", "Bahnhofstr. 4"]))
            else:
                row.append(str(near_point(other_meaning_rng, mood)))
        rows.append(row)
    return rows


OTHER_MEANINGS = {
    "claim-is-no-complaint-es": (["¿Ha reclamado ya sus puntos de fidelidad?", "¿Quiere reclamar su regalo de bienvenida?"], ("Sí", "No")),
    "claim-is-no-complaint-pt": (["Já reclamou o seu bónus de boas-vindas?", "Pretende reclamar os seus pontos?"], ("Sim", "Não")),
    "bill-word-other-meaning-es": (["Satisfacción general (1-5)", "Facturación del equipaje (1-5)"], None),
    "bill-word-other-meaning-pl": (["Ogólne zadowolenie (1-5)", "Faktura materiału (1-5)", "Jak oceniasz fakturę i miękkość tkaniny? (1-5)", "Bezpieczeństwo rachunku bankowego (1-5)"], None),
    "bill-word-other-meaning-lv": (["Kopējā apmierinātība (1-5)", "Es vienmēr varu rēķināties ar šo uzņēmumu (1-5)", "Ar šo banku var rēķināties (1-5)"], None),
    "bill-word-in-a-form-field": (["Overall satisfaction (1-5)", "Billing address", "Billing postcode", "Bill to", "Rechnungsadresse"], None),
    "without-hidden-costs-de": (["Die Preise sind angemessen (1-5)", "Transparente Preise ohne versteckte Kosten (1-5)", "Das Preis-Leistungs-Verhältnis stimmt (1-5)"], None),
    "without-hidden-costs-fr": (["Les prix sont corrects (1-5)", "Des prix clairs, sans frais cachés ni conditions injustes (1-5)", "Le rapport qualité prix est bon (1-5)"], None),
}
for name, (headers, yes_no) in OTHER_MEANINGS.items():
    count = 25 if name.startswith("without-") else 50
    write(f"{name}.csv", ["id"] + headers, other_meaning_rows(headers, {h: yes_no for h in headers} if yes_no else {}, count))

# A closing "anything else?" asks for a comment however short and repeated its answers ("No", "All
# good"), in every language, with or without a verb of telling; only a verb of buying beside it
# ("Did you buy anything else?", anything-else-purchase-question-*) asks what else was bought.
closing_rng = random.Random(3112)
CLOSING = {
    "en": ("Anything else on your mind?", ["No", "Nothing", "All good", "Great service", "Thanks"]),
    "de": ("Sonst noch etwas?", ["Nein", "Nichts", "Alles gut", "Weiter so", "Danke"]),
    "fr": ("Y a-t-il autre chose ?", ["Non", "Rien", "Tout va bien", "Merci", "Continuez"]),
    "pl": ("Czy jest coś jeszcze?", ["Nie", "Nic", "Wszystko dobrze", "Dziękuję", "Super"]),
    "pt": ("Há algo mais?", ["Não", "Nada", "Tudo bem", "Obrigado", "Continuem assim"]),
    "es": ("¿Hay algo más que quiera?", ["No", "Nada", "Todo bien", "Gracias", "Sigan así"]),
}
for language, (question, answers) in CLOSING.items():
    write(f"anything-else-closing-question-short-answers-{language}.csv", ["id", "rating (1-5)", question],
          [[str(i), str(closing_rng.randint(1, 5)), closing_rng.choice(answers + ["", ""])] for i in range(60)])

# A battery of questions of how easy each thing was (reaching customer service, understanding the
# prices, tracking the delivery) rates the ease of each: items of their dimensions. A question of
# the battery that names no dimension ("… eine Bestellung aufzugeben?") is the effort question;
# one ease question alone stays it whatever it names (ease-question-naming-a-dimension-is-ces-*).
battery_rng = random.Random(1705)
EASE_BATTERIES = {
    "de": ["Wie zufrieden sind Sie insgesamt?", "Wie einfach war es, den Kundenservice zu erreichen?", "Wie einfach war es, die Preise zu verstehen?", "Wie einfach war es, Ihre Lieferung zu verfolgen?", "Wie einfach war es, alles zu erledigen?"],
    "es": ["En general, ¿qué tan satisfecho está?", "¿Qué tan fácil fue contactar al servicio al cliente?", "¿Qué tan fácil fue entender los precios?", "¿Qué tan fácil fue seguir su entrega?", "¿Qué tan fácil fue hacer todo?"],
}
for language, questions in EASE_BATTERIES.items():
    write(f"ease-battery-naming-dimensions-{language}.csv", ["id"] + [f"{q} (1-5)" for q in questions],
          [[str(i)] + [str(battery_rng.randint(1, 5)) for _ in questions] for i in range(N)], delimiter=";")

# Two questions of ease, one naming a dimension and one naming none: the first rates that thing,
# the second is the effort question; a question of the effort itself ("Wie viel Aufwand …?") is
# it before any question of ease. A word of "overall" that qualifies a noun ("the overall look of
# the website") says nothing of the satisfaction asked: two such candidates leave no CSAT.
pair_rng = random.Random(2712)
write("ease-question-naming-a-dimension-beside-one-naming-none-de.csv",
      ["id", "Wie einfach war es, Ihre Lieferung zu verfolgen? (1-5)", "Wie einfach war es, unsere Website zu nutzen? (1-5)", "Wie zufrieden sind Sie insgesamt? (1-5)"],
      [[str(i)] + [str(pair_rng.randint(1, 5)) for _ in range(3)] for i in range(N)], delimiter=";")
write("effort-question-beside-ease-questions-de.csv",
      ["id", "Wie einfach war es, Ihre Lieferung zu verfolgen? (1-5)", "Wie einfach war es, Ihr Anliegen zu klären? (1-5)", "Wie viel Aufwand mussten Sie persönlich betreiben, um Ihr Anliegen zu erledigen? (1-7)", "Wie zufrieden sind Sie insgesamt? (1-5)"],
      [[str(i), str(pair_rng.randint(1, 5)), str(pair_rng.randint(1, 5)), str(pair_rng.randint(1, 7)), str(pair_rng.randint(1, 5))] for i in range(N)], delimiter=";")
write("overall-qualifying-a-noun-is-no-overall-question.csv",
      ["id", "How satisfied are you with our company? (1-5)", "How satisfied are you with the overall look of the website? (1-5)", "How likely are you to recommend us? (0-10)"],
      [[str(i), str(pair_rng.randint(1, 5)), str(pair_rng.randint(1, 5)), str(pair_rng.randint(0, 10))] for i in range(N)])

# "Is there anything else we can help you with?" answered yes or no asks a question, not for a
# comment, whatever its comment keyword.
yes_no_rng = random.Random(3001)
write("anything-else-answered-yes-or-no.csv",
      ["id", "Overall satisfaction (1-5)", "Is there anything else we can help you with?", "Anything else to add?"],
      [[str(i), str(yes_no_rng.randint(1, 5)), yes_no_rng.choice(["Yes", "No"]), yes_no_rng.choice(["Thanks, all good.", "The courier was late again.", "Please add more payment options.", "Great service as always!", "Nothing to add.", ""])] for i in range(N)])

# A satisfaction guarantee ("satisfaction guaranteed or your money back", "Zufriedenheitsgarantie",
# "satisfação garantida", "gwarancja satysfakcji") asked about with yes or no is no question of
# satisfaction: the survey's overall question stays its CSAT.
slogan_rng = random.Random(1912)
SLOGANS = {
    "en": ("Did you use our satisfaction guarantee?", "Overall satisfaction (1-5)", ("Yes", "No")),
    "de": ("Kennen Sie unsere Zufriedenheitsgarantie?", "Gesamtzufriedenheit (1-5)", ("Ja", "Nein")),
    "es": ("¿Conocía nuestra satisfacción garantizada?", "Satisfacción general (1-5)", ("Sí", "No")),
    "pt": ("Conhecia a nossa satisfação garantida?", "Satisfação geral (1-5)", ("Sim", "Não")),
    "pl": ("Czy znasz naszą gwarancję satysfakcji?", "Ogólne zadowolenie (1-5)", ("Tak", "Nie")),
}
for language, (slogan, overall, (yes, no)) in SLOGANS.items():
    write(f"satisfaction-guarantee-asked-yes-or-no-{language}.csv", ["id", slogan, overall],
          [[str(i), slogan_rng.choice([yes, no]), str(slogan_rng.randint(1, 5))] for i in range(N)], delimiter=";")

# The text typed for "Other", the same sentence twice and blanks besides, is that text, not the
# ticked box of a checkbox question (other-checkbox-ticked), whose one value is a word or two.
write("other-text-typed-twice-is-no-tick.csv",
      ["id", "Overall satisfaction (1-5)", "What did you complain about? [Other]"],
      [[str(i), str(1 + i % 5), "My move was not taken into account" if i in (7, 23) else ""] for i in range(N)])

# LimeSurvey's "Question code & question text" headings of a checkbox question: one column per
# option, `G03Q04[SQ001]. Worüber haben Sie sich beschwert? [Abrechnung]`, ticked "Ja" or left
# blank, and its `[other]` column of text (typed once or several times). The options share their
# question's code without the option's; the "Other" text is no option.
lime_rng = random.Random(4104)
lime_head = ["id. Antwort ID", "submitdate. Datum Abgeschickt", "lastpage. Letzte Seite", "startlanguage. Start-Sprache",
             "G01Q01. Wie zufrieden sind Sie insgesamt mit uns? (1-5)",
             "G03Q04[SQ001]. Worüber haben Sie sich beschwert? [Lieferung]", "G03Q04[SQ002]. Worüber haben Sie sich beschwert? [Abrechnung]",
             "G03Q04[SQ003]. Worüber haben Sie sich beschwert? [Produkt]", "G03Q04[other]. Worüber haben Sie sich beschwert? [Sonstiges]"]
for other_texts, name in ((["Verpackung", "Rückgabe", "Hotline nicht erreichbar"], "limesurvey-checkbox-code-and-text-de"),
                          (["Verpackung"], "limesurvey-checkbox-code-and-text-one-other-de")):
    lime_rows = []
    for i in range(N):
        ticked = i % 3 != 0
        lime_rows.append([str(i + 1), "2026-03-%02d 10:00:00" % (i % 28 + 1), "2", "de", str(lime_rng.randint(1, 5))]
                         + ["Ja" if ticked and lime_rng.random() < 0.5 else "" for _ in range(3)]
                         + [other_texts[i % len(other_texts)] if ticked and i % 4 == 1 else ""])
    write(f"{name}.csv", lime_head, lime_rows)

# An order or customer number, a code distinct in every row, is an id in each lexicon language
# ("Bestellnummer", "N° de commande" …): not an unknown column, and its codes are shown as written.
order_rng = random.Random(5150)
ORDER_NUMBERS = {
    "en": ("Order number", "Customer number", "Overall satisfaction (1-5)"),
    "de": ("Bestellnummer", "Kundennummer", "Gesamtzufriedenheit (1-5)"),
    "fr": ("Numéro de commande", "Numéro client", "Satisfaction globale (1-5)"),
    "es": ("Número de pedido", "Número de cliente", "Satisfacción general (1-5)"),
    "pt": ("Número do pedido", "Número do cliente", "Satisfação geral (1-5)"),
    "pl": ("Numer zamówienia", "Numer klienta", "Ogólne zadowolenie (1-5)"),
    "lv": ("Pasūtījuma numurs", "Klienta numurs", "Kopējā apmierinātība (1-5)"),
}
for language, (order, customer, overall) in ORDER_NUMBERS.items():
    write(f"order-and-customer-number-is-id-{language}.csv", [order, customer, overall],
          [[f"ORD/2026/{100234 + 7 * i}", f"K{10000 + 13 * i}", str(order_rng.randint(1, 5))] for i in range(N)], delimiter=";")
# A statement that the staff were unfriendly, rude, impolite or unhelpful runs against its scale in
# every language, as one that they were friendly runs with it; the same word under a negation ("were
# not rude") is a positive statement again. Three items of service: the unhappy agree with the second.
staff_rng = random.Random(2105)
STAFF = {
    "en": ("How much do you agree with the following statements?", "The staff were courteous", "The staff were discourteous", "The staff were never discourteous"),
    "de": ("Inwieweit stimmen Sie den folgenden Aussagen zu?", "Die Mitarbeiter waren freundlich", "Die Mitarbeiter waren respektlos", "Die Mitarbeiter waren nie respektlos"),
    "fr": ("Dans quelle mesure êtes-vous d'accord avec les affirmations suivantes ?", "Le personnel était aimable", "Le personnel était peu aimable", "Le personnel n'était jamais grossier"),
    "es": ("¿En qué medida está de acuerdo con las siguientes afirmaciones?", "Los empleados fueron amables", "Los empleados fueron groseros", "Los empleados nunca fueron groseros"),
    "pt": ("Em que medida concorda com as seguintes afirmações?", "Os funcionários foram simpáticos", "Os funcionários foram mal-educados", "Os funcionários nunca foram grosseiros"),
    "pl": ("W jakim stopniu zgadza się Pan/Pani z poniższymi stwierdzeniami?", "Pracownicy byli uprzejmi", "Pracownicy byli niegrzeczni", "Pracownicy nie byli opryskliwi"),
    "lv": ("Lūdzu, novērtējiet, cik lielā mērā piekrītat šiem apgalvojumiem.", "Darbinieki bija laipni", "Darbinieki bija nelaipni", "Darbinieki nebija nelaipni"),
}


def staff_answer(latent, against):
    value = min(5, max(1, round(3 + 1.2 * latent + staff_rng.gauss(0, 0.6))))
    return str(6 - value if against else value)


for language, (stem, *statements) in STAFF.items():
    people = [staff_rng.gauss(0, 1) for _ in range(60)]
    write(f"negative-wording-staff-unfriendly-{language}.csv", ["id"] + [f"{stem} - {s} (1-5)" for s in statements],
          [[str(i), staff_answer(u, False), staff_answer(u, True), staff_answer(u, False)] for i, u in enumerate(people)], delimiter=";")

# Being on time, at the agreed time or punctual is delivery in every language: the installation,
# connection or visit that a service delivers ("Pakalpojums tika pieslēgts norunātajā laikā"), as a
# parcel on time is. The time support takes to answer stays service.
timely_rng = random.Random(2610)
TIMELY = {
    "en": ("The service was connected at the agreed time (1-5)", "The engineer was punctual (1-5)", "Response time of customer support (1-5)"),
    "de": ("Der Anschluss erfolgte zum vereinbarten Termin (1-5)", "Der Techniker war pünktlich (1-5)", "Antwortzeit des Kundenservice (1-5)"),
    "fr": ("Le raccordement a été effectué à la date convenue (1-5)", "Le technicien est venu à l'heure convenue (1-5)", "Temps de réponse du service client (1-5)"),
    "es": ("La conexión se realizó en la fecha acordada (1-5)", "El técnico llegó a la hora acordada (1-5)", "Tiempo de respuesta de atención al cliente (1-5)"),
    "pt": ("A ligação foi feita na data combinada (1-5)", "O técnico chegou na hora marcada (1-5)", "Tempo de resposta do apoio ao cliente (1-5)"),
    "pl": ("Usługa została podłączona w umówionym terminie (1-5)", "Technik był punktualny (1-5)", "Czas odpowiedzi obsługi klienta (1-5)"),
    "lv": ("Pakalpojums tika pieslēgts norunātajā laikā (1-5)", "Tehniķis bija punktuāls (1-5)", "Klientu atbalsta atbildes laiks (1-5)"),
}
for language, headers in TIMELY.items():
    write(f"on-time-at-the-agreed-time-is-delivery-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(min(5, max(1, round(3 + 1.2 * u + timely_rng.gauss(0, 0.6))))) for _ in headers] for i, u in enumerate(timely_rng.gauss(0, 1) for _ in range(N))], delimiter=";")

# A bill said fair, accurate or clear is pricing, also where a variable's name drops the article
# ("q5_bill_fair" in KoboToolbox, "Bill accuracy"); a form's "Bill to" address stays text.
bill_rng = random.Random(1512)
BILL_TO = ["12 Main St, Springfield", "4 Elm Rd, Leeds", "Flat 2, 9 Park Lane, York", "77 High St, Bath"]
write("bill-fair-accurate-clear-is-pricing.csv",
      ["id", "Overall satisfaction (1-5)", "q5_bill_fair", "Bill accuracy (1-5)", "Clear bill each month (1-5)", "Bill to"],
      [[str(i)] + [str(min(5, max(1, round(3 + 1.2 * u + bill_rng.gauss(0, 0.6))))) for _ in range(4)] + [bill_rng.choice(BILL_TO)]
       for i, u in enumerate(bill_rng.gauss(0, 1) for _ in range(N))], delimiter=";")
# KoboToolbox exported with XML names writes a question in a group as its group path, then its field
# name (`group_service/q1_overall`, nested `grp_visit/grp_staff/q4_staff`): the field name says what
# the column asks, the group only where the form put it. "service" in the group is no keyword of
# the overall question under it.
kobo_rng = random.Random(4711)
write("kobo-group-path-is-no-keyword.csv",
      ["start", "end", "group_service/q1_overall", "group_service/q2_recommend", "group_service/q3_staff_courteous", "grp_visit/grp_price/q4_price_fair", "_id", "_uuid", "_submission_time", "_index"],
      [[f"2026-03-{1 + i % 28:02d}T10:00:00", f"2026-03-{1 + i % 28:02d}T10:09:00", str(kobo_rng.randint(1, 5)), str(kobo_rng.randint(0, 10)), str(kobo_rng.randint(1, 5)), str(kobo_rng.randint(1, 5)), str(1000 + i), f"uuid-{i:04d}", f"2026-03-{1 + i % 28:02d}T10:09:30", str(i + 1)] for i in range(N)], delimiter=";")

# Qualtrics writes a multiple-choice question one of whose choices takes text as its column of the
# choice made ("… - Selected Choice", a code 1..k) and the text typed beside it (`Q6_4_TEXT`, or
# `Q7_TEXT` in 2016 exports): the choice is a segment, never a rating, whatever its codes. A matrix
# row with a text entry (`Q4_1` beside `Q4_1_TEXT`) is still a rated row of its question.
choice_rng = random.Random(6262)
CHOICE_HEADER = ["ResponseId", "Finished", "Q1", "Q4_1", "Q4_1_TEXT", "Q4_2", "Q6", "Q6_4_TEXT", "Q7", "Q7_TEXT"]
CHOICE_QUESTIONS = ["Response ID", "Finished", "Overall, how satisfied are you with us?",
                    "Please rate - Delivery speed", "Please rate - Delivery speed - Text", "Please rate - Prices",
                    "Which of our offers do you use? - Selected Choice", "Which of our offers do you use? - Other, please specify - Text",
                    "Where did you hear of us?", "Where did you hear of us? - Text"]
CHOICE_IDS = ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID1"}', '{"ImportId":"QID4_1"}', '{"ImportId":"QID4_1_TEXT"}', '{"ImportId":"QID4_2"}',
              '{"ImportId":"QID6"}', '{"ImportId":"QID6_4_TEXT"}', '{"ImportId":"QID7"}', '{"ImportId":"QID7_TEXT"}']


def choice_row(i):
    plan = choice_rng.randint(1, 4)
    heard = choice_rng.randint(1, 5)
    return [f"R_{i:05d}", "1", str(choice_rng.randint(1, 5)), str(choice_rng.randint(1, 5)), choice_rng.choice(["", "", "Too slow at weekends"]), str(choice_rng.randint(1, 5)),
            str(plan), "Prepaid abroad" if plan == 4 else "", str(heard), "A colleague" if heard == 5 else ""]


write("choice-question-with-text-entry-qualtrics.csv", CHOICE_HEADER,
      [CHOICE_QUESTIONS, CHOICE_IDS] + [choice_row(i) for i in range(N)])

# Consent to take part or to the processing of one's data, in each lexicon language, is a gate
# before the survey and no answer to score, whatever words of satisfaction it holds ("… w celu
# badania satysfakcji"); answered yes or no, or coded 1 and 2.
consent_rng = random.Random(2412)
CONSENTS = {
    "en": ("I consent to the processing of my data for this satisfaction survey", "Overall satisfaction (1-5)", ("Yes", "No")),
    "pl": ("Wyrażam zgodę na przetwarzanie moich danych w celu badania satysfakcji", "Ogólne zadowolenie (1-5)", ("Tak", "Nie")),
    "de": ("Ich bin einverstanden, dass meine Antworten zur Zufriedenheitsmessung ausgewertet werden.", "Gesamtzufriedenheit (1-5)", ("Ja", "Nein")),
    "fr": ("J'accepte le traitement de mes données pour cette enquête de satisfaction", "Satisfaction globale (1-5)", ("Oui", "Non")),
    "es": ("Doy mi consentimiento para el tratamiento de mis datos en esta encuesta de satisfacción", "Satisfacción general (1-5)", ("Sí", "No")),
    "pt": ("Dou o meu consentimento para o tratamento dos meus dados neste inquérito de satisfação", "Satisfação geral (1-5)", ("Sim", "Não")),
    "lv": ("Vai piekrītat piedalīties apmierinātības aptaujā?", "Kopumā, cik apmierināts esat ar mums? (1-5)", ("1", "2")),
}
# A respondent who declines is sent to the end, as at any gate: the rating is left blank (the draws
# are those of before, so that the other answers stay as they were).
for language, (consent, overall, (yes, no)) in CONSENTS.items():
    rows = []
    for i in range(N):
        consented = consent_rng.random() < 0.9
        score = str(consent_rng.randint(1, 5))
        rows.append([str(i), yes if consented else no, score if consented else ""])
    write(f"consent-is-no-answer-{language}.csv", ["id", consent, overall], rows, delimiter=";")

# A question answered on a labelled scale of satisfaction beside one answered yes or no, both on
# weak words of satisfaction: neither is taken for the overall question on that alone (the labelled
# one may rate the parking, the yes/no one ask "all in all"); Polish "Jak ogólnie oceniasz …?" asks
# for the overall rating as "Ogólnie, jak oceniasz …?" does, and is the CSAT.
labelled_rng = random.Random(3107)
LABELLED_OVERALL = {
    "en": ("Were you satisfied?", ("Yes", "No"), "Your satisfaction with your last visit", ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"]),
    "pl": ("Czy jesteś zadowolony?", ("Tak", "Nie"), "Jak ogólnie oceniasz swoją ostatnią wizytę?", ["Bardzo niezadowolony", "Niezadowolony", "Ani zadowolony, ani niezadowolony", "Zadowolony", "Bardzo zadowolony"]),
}
for language, (yes_no, (yes, no), overall, labels) in LABELLED_OVERALL.items():
    write(f"labelled-satisfaction-beside-yes-no-{language}.csv", ["id", yes_no, overall],
          [[str(i), labelled_rng.choice([yes, no]), labelled_rng.choice(labels)] for i in range(N)])

# KoboToolbox writes a select_multiple question as the options chosen joined with spaces
# (`grp_contact/channels` = "web shop"), then one 0/1 column per option named under it
# (`grp_contact/channels/web` … `/other`): the 0/1 columns are the options of one checkbox
# question, the joined one is counted from them. An "other" option answered 1 or 0 is a ticked
# box, not the text typed for it, also where no joined column stands before it (`grp_source/…`).
select_rng = random.Random(5150)
CHANNELS = ["web", "phone", "shop", "other"]
SOURCES = ["friend", "advert", "other"]


def select_row(i):
    chosen = [c for c in CHANNELS if select_rng.random() < 0.35] or ["web"]
    sources = [s for s in SOURCES if select_rng.random() < 0.3]
    return ([f"2026-04-{1 + i % 28:02d}T09:00:00", str(select_rng.randint(1, 5)), " ".join(chosen)] + ["1" if c in chosen else "0" for c in CHANNELS]
            + [select_rng.choice(["a letter from the council", "my neighbour told me", "on the radio", "walked past the office"]) if "other" in chosen else ""] + ["1" if s in sources else "0" for s in SOURCES]
            + [f"uuid-{i:04d}", f"2026-04-{1 + i % 28:02d}T09:05:00"])


write("kobo-select-multiple-options.csv",
      ["start", "grp_visit/q1_overall", "grp_contact/channels"] + [f"grp_contact/channels/{c}" for c in CHANNELS] + ["grp_contact/channels_other"]
      + [f"grp_source/source/{s}" for s in SOURCES] + ["_uuid", "_submission_time"],
      [select_row(i) for i in range(N)], delimiter=";")

# A gate before the survey ("Are you happy to take part …?", "Yes" from all), whatever its word of
# satisfaction, is no rating and no candidate for the overall question, which is then the other one.
alike_rng = random.Random(808)
write("one-answer-from-everyone-is-no-csat.csv",
      ["id", "Are you happy to take part in our satisfaction survey?", "How satisfied were you with your visit? (1-5)"],
      [[str(i), "Yes", str(alike_rng.randint(1, 5))] for i in range(N)])

# A yes/no question everyone answered alike, with no keyword at all ("I understand that …": Yes from
# all), splits nobody and rates nothing; one answered both ways stays a segment.
alike_plain_rng = random.Random(809)
write("one-answer-from-everyone-splits-nobody.csv",
      ["id", "I understand that my answers will be published anonymously.", "Do you hold a loyalty card?", "How satisfied are you overall? (1-5)"],
      [[str(i), "Yes", alike_plain_rng.choice(["Yes", "No"]), str(alike_plain_rng.randint(1, 5))] for i in range(N)])

# A variable's name after the question's number (KoboToolbox, ODK and SPSS names: q3_speed_ok,
# q7_valor_justo) is a name of two words: its weak keywords count as in "speed_ok", "valor_justo".
qnum_rng = random.Random(1412)
write("question-number-before-a-variable-name.csv",
      ["id", "q1_overall", "q3_speed_ok", "q6_problem_rozwiazany", "q7_valor_justo"],
      [[str(i)] + [str(qnum_rng.randint(1, 5)) for _ in range(4)] for i in range(N)], delimiter=";")

# A text column beside a rating, named after it, is not the sign of a choice question outside
# Qualtrics ("csat" and "csat_text" in a data set: the rating and why), nor in Qualtrics where the
# rating says what it is: an overall question with a "please explain" text stays the CSAT.
text_rng = random.Random(7373)
write("rating-beside-its-text-is-no-choice.csv",
      ["id", "csat", "csat_text", "nps", "nps_text", "delivery", "delivery_text"],
      [[str(i), str(text_rng.randint(1, 5)), text_rng.choice(["", "Fine", "Too slow"]), str(text_rng.randint(0, 10)), text_rng.choice(["", "Good value"]),
        str(text_rng.randint(1, 5)), text_rng.choice(["", "Late again"])] for i in range(N)])
write("overall-question-beside-its-text-qualtrics.csv", ["ResponseId", "Finished", "Q3", "Q3_TEXT", "Q5", "Q5_6_TEXT"],
      [["Response ID", "Finished", "Overall, how satisfied are you with us?", "Overall, how satisfied are you with us? - Text",
        "How likely are you to recommend us to a friend? - Selected Choice", "How likely are you to recommend us to a friend? - Other - Text"],
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID3"}', '{"ImportId":"QID3_TEXT"}', '{"ImportId":"QID5"}', '{"ImportId":"QID5_6_TEXT"}']]
      + [[f"R_{i:05d}", "1", str(text_rng.randint(1, 5)), text_rng.choice(["", "Why not"]), str(text_rng.randint(0, 10)), ""] for i in range(N)])

# A question of satisfaction everyone answered "Yes" is a finding, 100 % satisfied, not a gate: it
# stays the CSAT (and a recommend question so answered its item).
all_yes_rng = random.Random(810)
write("everyone-satisfied-is-a-finding.csv",
      ["id", "Were you satisfied with the workshop?", "Would you recommend the workshop to a colleague?", "What did you like most?"],
      [[str(i), "Yes", "Yes", all_yes_rng.choice(["The examples", "The pace", "Meeting others", ""])] for i in range(N)])

# A word of being on time says when, not what: beside a word of another dimension it names none. An
# agent who called back at the agreed time rates service, a complaint handled by the date foreseen
# complaints, a bill sent on time pricing. Alone it is delivery (`q3_tech_on_time`, a technician
# who was punctual). Polish "na czas" is "for the duration of" too ("auto zastępcze na czas trwania
# naprawy"): no word of delivery.
when_rng = random.Random(2611)
WHEN_NOT_WHAT = {
    "en": ("Did our agent call you back at the promised time? (1-5)", "Was your complaint handled at the agreed time? (1-5)", "Was your invoice sent on the agreed date? (1-5)", "q3_tech_on_time"),
    "de": ("Hat unser Berater Sie zum vereinbarten Zeitpunkt zurückgerufen? (1-5)", "Wurde Ihre Reklamation termingerecht bearbeitet? (1-5)", "Wurde die Rechnung termingerecht zugestellt? (1-5)"),
    "fr": ("Le conseiller vous a-t-il rappelé à l'heure convenue ? (1-5)", "Votre réclamation a-t-elle été traitée à la date prévue ? (1-5)", "La facture a-t-elle été envoyée à la date convenue ? (1-5)"),
    "es": ("¿El agente le llamó a la hora acordada? (1-5)", "¿Su reclamación fue resuelta en la fecha prevista? (1-5)", "¿La factura llegó en la fecha acordada? (1-5)"),
    "pt": ("O atendente ligou na hora marcada? (1-5)", "A sua reclamação foi tratada na data prevista? (1-5)", "A fatura foi enviada na data acordada? (1-5)"),
    "pl": ("Czy konsultant oddzwonił o umówionej godzinie? (1-5)", "Czy skarga została załatwiona w terminie? (1-5)", "Czy e-faktura została wysłana w terminie? (1-5)", "Czy otrzymał Pan auto zastępcze na czas trwania naprawy? (1-5)"),
    "lv": ("Vai konsultants atzvanīja norunātajā laikā? (1-5)", "Vai jūsu sūdzība tika izskatīta noteiktajā laikā? (1-5)", "Vai rēķins tika nosūtīts paredzētajā laikā? (1-5)"),
}
for language, headers in WHEN_NOT_WHAT.items():
    people = [when_rng.gauss(0, 1) for _ in range(N)]
    write(f"on-time-beside-another-dimension-is-that-dimension-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(min(5, max(1, round(3 + 1.2 * u + when_rng.gauss(0, 0.6))))) for _ in headers] for i, u in enumerate(people)], delimiter=";")

# Free text under a header that speaks of consent ("By writing here you consent to its publication")
# is a comment: consent is a gate only where it is answered as one (yes or no, a few choices).
testimonial_rng = random.Random(811)
TESTIMONIALS = ["Great service, the courier was friendly.", "Delivery took a week, far too long.", "Prices went up again this year.",
                "Support solved my issue in one call.", "I would like more payment options.", "The app keeps crashing at checkout.",
                "Very happy with the quality.", "Please add a pick-up point near the station.", "The invoice was wrong twice.", ""]
write("consent-word-over-free-text-is-a-comment.csv",
      ["id", "Overall satisfaction (1-5)", "Any comments? By writing here you consent to your comment being published on our website."],
      [[str(i), str(testimonial_rng.randint(1, 5)), f"{testimonial_rng.choice(TESTIMONIALS)} (#{i})" if i % 5 else ""] for i in range(N)])

# A KoboToolbox field name that names nothing (`grp_delivery/q2`, `pricing/rating`) leaves the group
# path to say what the question rates; a field name with words of its own (`q1_overall`,
# `q7_trust_utility`) still decides over its group's. A label with a slash and no spaces
# ("Price/quality") is read whole where its last part names nothing.
kobo_topic_rng = random.Random(2207)
write("kobo-group-path-when-field-name-names-nothing.csv",
      ["start", "grp_delivery/q2", "pricing/rating", "grp_staff/q4", "Price/quality", "group_service/q1_overall", "group_service/q7_trust_utility", "_uuid", "_submission_time"],
      [[f"2026-05-{1 + i % 28:02d}T08:00:00"] + [str(kobo_topic_rng.randint(1, 5)) for _ in range(6)] + [f"uuid-{i:04d}", f"2026-05-{1 + i % 28:02d}T08:06:00"] for i in range(N)], delimiter=";")

# Columns named under the column before them are a KoboToolbox select_multiple only where that
# column holds the options chosen, joined with spaces: a rating "Service" (1-5) before
# "Service/phone" … and a rating "2024" before "2024/05", "2024/06" (0/1 each) keep their readings;
# so does a rating "Q3" before the checkbox options "Q3_1" … "Q3_3" named after it.
under_rated_rng = random.Random(2208)
write("slash-names-under-a-rated-column.csv",
      ["id", "Service", "Service/phone", "Service/email", "Service/chat", "2024", "2024/05", "2024/06", "Q3", "Q3_1", "Q3_2", "Q3_3", "How satisfied are you overall? (1-5)"],
      [[str(i), str(under_rated_rng.randint(1, 5))] + [under_rated_rng.choice(["0", "1"]) for _ in range(3)] + [str(under_rated_rng.randint(1, 5))]
       + [under_rated_rng.choice(["0", "1"]) for _ in range(2)] + [str(under_rated_rng.randint(1, 5))] + [under_rated_rng.choice(["1", ""]) for _ in range(3)]
       + [str(under_rated_rng.randint(1, 5))] for i in range(N)])

# What a second cold review found after the mends, one fixture a pattern:
# a Qualtrics choice question says so ("- Selected Choice") whatever dimension it names;
second_rng = random.Random(9090)
write("selected-choice-naming-a-dimension-qualtrics.csv", ["ResponseId", "Finished", "Q1", "Q2", "Q2_4_TEXT"],
      [["Response ID", "Finished", "Overall, how satisfied are you with us?", "How did you contact customer service? - Selected Choice", "How did you contact customer service? - Other - Text"],
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}', '{"ImportId":"QID2_4_TEXT"}']]
      + [[f"R_{i:05d}", "1", str(second_rng.randint(1, 5)), str(second_rng.randint(1, 4)), ""] for i in range(N)])

# a group path says what dimension a field rates, not that a yes/no field asks for satisfaction; a
# LimeSurvey code before a yes/no question says nothing; a select_multiple's choices may be numbers;
write("group-and-code-words-ask-nothing-of-a-yes-no.csv",
      ["start", "satisfaction/first_visit", "grp_delivery/q2", "group_a/q5_issues", "group_a/q5_issues/1", "group_a/q5_issues/2", "group_a/q5_issues/99", "_uuid", "_submission_time"],
      [[f"2026-05-{1 + i % 28:02d}T09:00:00", second_rng.choice(["yes", "no"]), str(second_rng.randint(1, 5))]
       + (lambda chosen: [" ".join(chosen)] + [("1" if c in chosen else "0") for c in ("1", "2", "99")])([c for c in ("1", "2", "99") if second_rng.random() < 0.4])
       + [f"uuid-{i:04d}", f"2026-05-{1 + i % 28:02d}T09:05:00"] for i in range(N)], delimiter=";")
write("limesurvey-code-word-before-a-yes-no-de.csv",
      ["id. Antwort ID", "submitdate. Datum Abgeschickt", "lastpage. Letzte Seite", "startlanguage. Start-Sprache", "Zufriedenheit1. Haben Sie schon einmal bei uns bestellt?", "G01Q02. Gesamtzufriedenheit (1-5)"],
      [[str(i + 1), "2026-03-%02d 10:00:00" % (i % 28 + 1), "2", "de", second_rng.choice(["Ja", "Nein"]), str(second_rng.randint(1, 5))] for i in range(N)])

# and a notice read ("I understand that …") is a gate whatever words of satisfaction it holds.
write("notice-read-naming-the-satisfaction-survey.csv",
      ["id", "I understand that my answers to this satisfaction survey are anonymous", "How satisfied are you overall? (1-5)"],
      [[str(i), "Yes", str(second_rng.randint(1, 5))] for i in range(N)])

# Typeform writes a multiple selection as one column per option, headed by the option's text and
# holding that same text where it was chosen, blank where not; the question itself is not written.
# An option nobody chose is a blank column among them, an "Other" choice holds the text typed, the
# same options asked again in the next question repeat the headers, and a question nobody answered
# is a blank column.
own_text_rng = random.Random(3101)
OWN_TEXT_CHANNELS = ["Email", "Phone", "Letter", "Live chat", "Social media"]
OWN_TEXT_OTHER = ["WhatsApp", "In the shop", "Fax", "A friend at the company"]


def own_text_ticks(options, unticked, chance):
    return [("" if o in unticked or own_text_rng.random() >= chance else o) for o in options]


write("typeform-options-written-as-their-own-text.csv",
      ["#", "How satisfied are you with our service overall? (1-5)"] + OWN_TEXT_CHANNELS + ["Other"] + OWN_TEXT_CHANNELS + ["Other", "Is there anything else you would like to tell us?", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"],
      [[f"{own_text_rng.getrandbits(64):016x}", str(own_text_rng.randint(1, 5))]
       + own_text_ticks(OWN_TEXT_CHANNELS, {"Letter"}, 0.4) + [own_text_rng.choice(OWN_TEXT_OTHER) if own_text_rng.random() < 0.15 else ""]
       + own_text_ticks(OWN_TEXT_CHANNELS, {"Letter"}, 0.3) + [own_text_rng.choice(OWN_TEXT_OTHER) if own_text_rng.random() < 0.15 else ""]
       + ["", f"3/{1 + i % 28}/2026 10:{i % 60:02d}", f"3/{1 + i % 28}/2026 10:{(i + 4) % 60:02d}", f"{own_text_rng.getrandbits(40):010x}"] for i in range(N)])

# A Google Forms checkbox question split into one column per option (Sheets' "split text to
# columns", or an add-on): the same shape under a Google Forms header, beside a rating and a
# comment.
google_split_rng = random.Random(3102)
GOOGLE_SPLIT_OPTIONS = ["Website", "Mobile app", "Store", "Call centre"]
write("google-forms-checkbox-split-into-option-columns.csv",
      ["Timestamp", "How satisfied are you with our service overall? (1-5)"] + GOOGLE_SPLIT_OPTIONS + ["What could we do better?"],
      [[f"2026/04/{1 + i % 28:02d} 9:{i % 60:02d}:00 AM GMT+2", str(google_split_rng.randint(1, 5))]
       + [(o if google_split_rng.random() < 0.45 else "") for o in GOOGLE_SPLIT_OPTIONS]
       + [google_split_rng.choice(["Faster replies, please.", "Cheaper delivery would help.", "Nothing, all good.", ""])] for i in range(N)])

# A column nobody answered (every cell blank) is no question to map: a comment field, an "Other"
# field and a rating that no respondent filled in.
nobody_rng = random.Random(3104)
write("column-nobody-answered.csv",
      ["id", "How satisfied are you overall? (1-5)", "How would you rate our prices? (1-5)", "Which channel did you use?", "Other", "Any comments?"],
      [[str(i), str(nobody_rng.randint(1, 5)), "", nobody_rng.choice(["Email", "Phone", "Chat"]), "", ""] for i in range(N)])

# LimeSurvey writes a multiple choice question as one 0/1 column per option, blank where the
# question was not shown; an option nobody chose is answered 0 throughout, and is an option too.
zero_option_rng = random.Random(3103)
ZERO_OPTIONS = ["Primary school", "Secondary school", "University", "Doctorate"]
write("checkbox-zero-one-option-nobody-chose.csv",
      ["id", "How satisfied are you with the course overall? (1-5)"] + [f"Which schools have you attended? [{o}]" for o in ZERO_OPTIONS],
      [[str(i + 1), str(zero_option_rng.randint(1, 5))]
       + (["" for _ in ZERO_OPTIONS] if i % 4 == 3 else [("0" if o == "Doctorate" else zero_option_rng.choice(["0", "1"])) for o in ZERO_OPTIONS]) for i in range(N)])

# An overall phrase that names a dimension ("Overall satisfaction with delivery",
# "Gesamtzufriedenheit mit der Lieferung", "Jak ogólnie oceniasz dostawę?") rates that dimension
# beside an overall question that names none ("Overall, how satisfied are you with Acme?"): an
# item of it, and the other is the CSAT. Alone, it is the CSAT, beside a price question as beside
# a recommend question only. "Our service" alone is the company's offering,
# no dimension: the overall question beside one naming delivery.
overall_named_rng = random.Random(3113)
OVERALL_NAMING = {
    # language: (overall with delivery, overall with the price, overall naming nothing, a price item, recommend 0-10, overall with our service)
    "en": ("Overall satisfaction with delivery (1-5)", "Overall satisfaction with the price (1-5)", "Overall, how satisfied are you with Acme? (1-5)",
           "How fair are our prices? (1-5)", "How likely are you to recommend us to a friend? (0-10)", "Overall, how satisfied are you with our service? (1-5)"),
    "de": ("Gesamtzufriedenheit mit der Lieferung (1-5)", "Gesamtzufriedenheit mit dem Preis (1-5)", "Alles in allem, wie zufrieden sind Sie mit Acme? (1-5)",
           "Wie fair sind unsere Preise? (1-5)", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)", "Gesamtzufriedenheit mit unserem Service (1-5)"),
    "fr": ("Satisfaction globale avec la livraison (1-5)", "Satisfaction globale avec les prix (1-5)", "Dans l'ensemble, êtes-vous satisfait d'Acme ? (1-5)",
           "Nos prix sont-ils justes ? (1-5)", "Recommanderiez-vous Acme à un ami ? (0-10)", "Satisfaction globale avec notre service (1-5)"),
    "es": ("Satisfacción general con la entrega (1-5)", "Satisfacción general con el precio (1-5)", "En general, ¿qué tan satisfecho está con Acme? (1-5)",
           "¿Qué tan justos son nuestros precios? (1-5)", "¿Recomendaría Acme a un amigo? (0-10)", "Satisfacción general con nuestro servicio (1-5)"),
    "pt": ("Satisfação geral com a entrega (1-5)", "Satisfação geral com o preço (1-5)", "No geral, quão satisfeito está com a Acme? (1-5)",
           "Os nossos preços são justos? (1-5)", "Recomendaria a Acme a um amigo? (0-10)", "Satisfação geral com o nosso serviço (1-5)"),
    "pl": ("Jak ogólnie oceniasz dostawę? (1-5)", "Jak ogólnie oceniasz ceny? (1-5)", "Ogólne zadowolenie z firmy Acme (1-5)",
           "Jak oceniasz nasze ceny? (1-5)", "Czy poleciłbyś nas znajomym? (0-10)", "Ogólne zadowolenie z naszych usług (1-5)"),
    "lv": ("Kopējā apmierinātība ar piegādi (1-5)", "Kopējā apmierinātība ar cenām (1-5)", "Kopumā cik apmierināts esat ar Acme? (1-5)",
           "Kā vērtējat mūsu cenas? (1-5)", "Vai jūs ieteiktu mūs draugam? (0-10)", "Kopējā apmierinātība ar mūsu pakalpojumiem (1-5)"),
}


def overall_answers(headers):
    people = [overall_named_rng.gauss(0, 1) for _ in range(N)]
    def answer(header, u):
        if header.endswith("(0-10)"):
            return str(min(10, max(0, round(7 + 2 * u + overall_named_rng.gauss(0, 1)))))
        return str(min(5, max(1, round(3.5 + 1.1 * u + overall_named_rng.gauss(0, 0.6)))))
    return [[str(i)] + [answer(h, u) for h in headers] for i, u in enumerate(people)]


for language, (delivery, price, nothing, price_item, recommend, our_service) in OVERALL_NAMING.items():
    for name, headers in ((f"overall-naming-a-dimension-beside-an-overall-of-nothing-{language}.csv", [delivery, price, nothing]),
                          (f"sole-overall-naming-a-dimension-beside-rated-dimensions-{language}.csv", [delivery, price_item]),
                          (f"sole-overall-naming-a-dimension-alone-{language}.csv", [delivery, recommend]),
                          (f"overall-of-our-service-beside-an-overall-naming-delivery-{language}.csv", [our_service, delivery, price_item])):
        write(name, ["id"] + headers, overall_answers(headers))
# A Qualtrics rated question one of whose choices takes a text entry ("Not applicable, please
# explain") is exported as its codes beside `Q1_6_TEXT`: code 6 (or a 0 below a 1-5 scale) is that
# choice, no point of the scale, and its answers are not applicable. A numeric question without such
# a sibling (Q3, 1-6) keeps its scale, and so does the same file outside Qualtrics.
entry_rng = random.Random(6161)
ENTRY_NAMES = ["ResponseId", "Finished", "Q1", "Q1_6_TEXT", "Q2", "Q2_0_TEXT", "Q3"]
entry_rows = []
for i in range(N):
    overall = "6" if i % 7 == 3 else str(entry_rng.randint(1, 5))
    delivery = "0" if i % 6 == 2 else str(entry_rng.randint(1, 5))
    entry_rows.append([f"R_{i:05d}", "1", overall, "I have not used it yet" if overall == "6" else "", delivery,
                       "Collected it myself" if delivery == "0" else "", str(1 + i % 6)])
write("rated-choice-with-text-entry-qualtrics.csv", ENTRY_NAMES,
      [["Response ID", "Finished", "Overall, how satisfied are you with us? - Selected Choice", "Overall, how satisfied are you with us? - Not applicable, please explain - Text",
        "How satisfied are you with the delivery?", "How satisfied are you with the delivery? - Not applicable, please explain - Text", "How satisfied are you with our prices?"],
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID1"}', '{"ImportId":"QID1_6_TEXT"}', '{"ImportId":"QID2"}', '{"ImportId":"QID2_0_TEXT"}', '{"ImportId":"QID3"}']]
      + entry_rows)
write("rated-choice-with-text-entry-plain-csv.csv", ENTRY_NAMES, entry_rows)
# What a cold trial in Spanish and Portuguese found, one fixture a pattern, in each lexicon language.
# Whether the order came on time, answered yes or no: a delivery item, the share on time (a word of
# when names delivery); whether it was delivered at all, with no word of when, stays a fact.
on_time_yes_no_rng = random.Random(4401)
ON_TIME_YES_NO = {
    "en": ("Overall, how satisfied are you with your order? (1-5)", "Did your order arrive on time?", "Was your order delivered to your door?", ("Yes", "No")),
    "de": ("Wie zufrieden sind Sie insgesamt mit Ihrer Bestellung? (1-5)", "Wurde Ihre Bestellung pünktlich geliefert?", "Wurde Ihre Bestellung an die Haustür geliefert?", ("Ja", "Nein")),
    "fr": ("Dans l'ensemble, êtes-vous satisfait de votre commande ? (1-5)", "Votre commande a-t-elle été livrée à la date prévue ?", "Votre commande a-t-elle été livrée à domicile ?", ("Oui", "Non")),
    "es": ("En general, ¿qué tan satisfecho está con su pedido? (1-5)", "¿Recibió el pedido en la fecha prevista?", "¿Recibió la entrega en su domicilio?", ("Sí", "No")),
    "pt": ("No geral, quão satisfeito está com a sua encomenda? (1-5)", "A encomenda chegou na data prevista?", "A entrega foi feita em sua casa?", ("Sim", "Não")),
    "pl": ("Ogólnie, jak bardzo jest Pan(i) zadowolony(a) z zamówienia? (1-5)", "Czy zamówienie zostało dostarczone w terminie?", "Czy przesyłka została dostarczona do domu?", ("Tak", "Nie")),
    "lv": ("Kopumā, cik apmierināts esat ar pasūtījumu? (1-5)", "Vai pasūtījums tika piegādāts laicīgi?", "Vai sūtījums tika piegādāts uz mājām?", ("Jā", "Nē")),
}
for language, (overall, on_time, at_home, (yes, no)) in ON_TIME_YES_NO.items():
    write(f"on-time-yes-no-is-delivery-{language}.csv", ["id", overall, on_time, at_home],
          [[str(i), str(on_time_yes_no_rng.randint(1, 5)), yes if on_time_yes_no_rng.random() < 0.8 else no, yes if on_time_yes_no_rng.random() < 0.6 else no] for i in range(N)], delimiter=";")

# Waiting to be served (waiting time, on hold, in the queue) is service; waiting for a delivery is delivery.
waiting_rng = random.Random(4402)
WAITING = {
    "en": ("How satisfied are you overall? (1-5)", "Waiting time until you were served (1-5)", "Time on hold before speaking to someone (1-5)", "Waiting time for your parcel (1-5)"),
    "de": ("Wie zufrieden sind Sie insgesamt? (1-5)", "Wartezeit in der Filiale bis zur Bedienung (1-5)", "Zeit in der Warteschleife (1-5)", "Wartezeit auf Ihr Paket (1-5)"),
    "fr": ("Êtes-vous satisfait dans l'ensemble ? (1-5)", "Temps d'attente à l'agence avant d'être reçu (1-5)", "Temps passé en file d'attente au guichet (1-5)", "Temps d'attente de votre colis (1-5)"),
    "es": ("¿Qué tan satisfecho está en general? (1-5)", "Tiempo de espera en la oficina hasta ser atendido (1-5)", "La espera en la cola de la caja (1-5)", "Tiempo de espera de su paquete (1-5)"),
    "pt": ("No geral, quão satisfeito está? (1-5)", "Tempo de espera na clínica até ser atendido (1-5)", "Tempo na fila de espera da receção (1-5)", "Tempo de espera pela entrega da encomenda (1-5)"),
    "pl": ("Ogólnie, jak bardzo jest Pan(i) zadowolony(a)? (1-5)", "Czas oczekiwania w placówce na obsłużenie (1-5)", "Czas czekania w kolejce do okienka (1-5)", "Czas oczekiwania na przesyłkę (1-5)"),
    "lv": ("Kopumā, cik apmierināts esat? (1-5)", "Gaidīšanas laiks filiālē līdz apkalpošanai (1-5)", "Cik ilgi bija jāgaida rindā? (1-5)", "Gaidīšanas laiks līdz sūtījuma piegādei (1-5)"),
}
for language, headers in WAITING.items():
    write(f"waiting-to-be-served-is-service-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(waiting_rng.randint(1, 5)) for _ in headers] for i in range(N)], delimiter=";")

# Care received, as a service desk or a clinic asks it: service.
care_rng = random.Random(4403)
CARE_RECEIVED = {
    "en": ("How satisfied are you overall? (1-5)", "The care you received at the clinic (1-5)"),
    "de": ("Wie zufrieden sind Sie insgesamt? (1-5)", "Betreuung vor Ort (1-5)"),
    "es": ("¿Qué tan satisfecho está en general? (1-5)", "Atención recibida en el teléfono de averías (1-5)"),
    "pl": ("Ogólnie, jak bardzo jest Pan(i) zadowolony(a)? (1-5)", "Jak został(a) Pan(i) obsłużony(a) w oddziale? (1-5)"),
    "lv": ("Kopumā, cik apmierināts esat? (1-5)", "Apkalpošana filiālē (1-5)"),
}
for language, headers in CARE_RECEIVED.items():
    write(f"care-received-is-service-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(care_rng.randint(1, 5)) for _ in headers] for i in range(N)], delimiter=";")

# An outage of supply, answered yes or no, is the problem the customer had; how its handling is
# rated after it, the handling of the problem.
outage_rng = random.Random(4404)
OUTAGE = {
    "en": ("Overall satisfaction with your energy supplier (1-10)", "Did you have a power outage in the last 12 months?", "If you had an outage, how do you rate the handling by the company? (1-5)", ("Yes", "No")),
    "de": ("Gesamtzufriedenheit mit Ihrem Versorger (1-10)", "Hatten Sie in den letzten 12 Monaten einen Stromausfall?", "Wie bewerten Sie die Bearbeitung der Versorgungsunterbrechung? (1-5)", ("Ja", "Nein")),
    "fr": ("Satisfaction globale à l'égard de votre fournisseur (1-10)", "Avez-vous eu une coupure de courant au cours des 12 derniers mois ?", "Si vous avez eu une coupure, comment évaluez-vous sa gestion par l'entreprise ? (1-5)", ("Oui", "Non")),
    "es": ("Satisfacción general con la compañía (1-10)", "¿Tuvo algún corte de suministro en los últimos 12 meses?", "Si tuvo un corte, ¿cómo valora la gestión que hizo la compañía? (1-5)", ("Sí", "No")),
    "pt": ("Satisfação global com o fornecedor (1-10)", "Teve alguma interrupção do fornecimento nos últimos 12 meses?", "Se teve um corte, como avalia a gestão feita pela empresa? (1-5)", ("Sim", "Não")),
    "pl": ("Ogólne zadowolenie z dostawcy energii (1-10)", "Czy w ostatnich 12 miesiącach wystąpiła przerwa w dostawie prądu?", "Jak ocenia Pan(i) obsługę zgłoszenia awarii? (1-5)", ("Tak", "Nie")),
    "lv": ("Kopējā apmierinātība ar piegādātāju (1-10)", "Vai pēdējo 12 mēnešu laikā bija elektroapgādes pārtraukums?", "Kā vērtējat pārtraukuma izskatīšanu? (1-5)", ("Jā", "Nē")),
}
for language, (overall, outage, handling, (yes, no)) in OUTAGE.items():
    rows = []
    for i in range(N):
        had = outage_rng.random() < 0.3
        rows.append([str(i), str(outage_rng.randint(1, 10)), yes if had else no, str(outage_rng.randint(1, 5)) if had else ""])
    write(f"outage-is-a-problem-{language}.csv", ["id", overall, outage, handling], rows, delimiter=";")
# A stray code just off a usual scale does not widen it: one 0 among some 240 answers 1-5 is out of
# scale, not the bottom of a 0-5 scale, and two 8s among 180 answers 1-7 do not make a 1-10 scale.
# Beside them, scales whose ends are chosen as the others are keep their reading: a 0-5 with a
# tenth of its answers 0, a 1-10 and a 1..8 spread over their range, and a 0-10 whose 0 is rare
# (0-10 is a usual scale, so a rare 0 is one of its points, not a stray below 1-10).
stray_rng = random.Random(3107)
STRAY_ROWS = 240


def weighted(values, weights):
    return str(stray_rng.choices(values, weights)[0])


write("stray-zero-below-1-to-5.csv",
      ["id", "Overall, how satisfied are you with your visit?", "How would you rate the cleanliness of the room?"],
      [[str(i), "0" if i == 17 else weighted([1, 2, 3, 4, 5], [1, 3, 7, 5, 4]), weighted([0, 1, 2, 3, 4, 5], [2, 4, 3, 5, 5, 3])] for i in range(STRAY_ROWS)])
write("stray-eight-above-1-to-7.csv",
      ["id", "How easy was it to get your issue resolved?", "How would you rate the checkout page?", "How would you rate our mobile app?", "How would you rate the variety of products?"],
      [[str(i), "8" if i in (40, 121) else weighted([1, 2, 3, 4, 5, 6, 7], [2, 3, 3, 5, 6, 5, 4]), weighted(list(range(1, 11)), [1, 1, 2, 2, 3, 3, 4, 4, 3, 2]),
        "0" if i == 99 else weighted(list(range(1, 11)), [1, 1, 2, 2, 3, 3, 4, 4, 3, 2]), weighted(list(range(1, 9)), [1, 2, 3, 3, 3, 3, 2, 2])] for i in range(STRAY_ROWS)])

# A matrix (Qualtrics' Q2_1 … Q2_4, one question's rows) whose "Not applicable" choice, coded 6, is
# offered in some rows only: Q2_1 and Q2_2 agree on 1-5 in hundreds of answers, so the 6 in Q2_3
# and Q2_4 is out of that scale, not a sixth point of theirs.
write("matrix-not-applicable-coded-above-the-scale-qualtrics.csv", ["ResponseId", "Finished", "Q2_1", "Q2_2", "Q2_3", "Q2_4", "Q3"],
      [["Response ID", "Finished"] + [f"How would you rate the following? - {row}" for row in ("Waiting time", "Friendliness of the reception", "Care of the doctor", "Clarity of the explanations")] + ["Overall, how satisfied are you with your visit?"],
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID2_1"}', '{"ImportId":"QID2_2"}', '{"ImportId":"QID2_3"}', '{"ImportId":"QID2_4"}', '{"ImportId":"QID3"}']]
      + [[f"R_{i:05d}", "1", weighted([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]), weighted([1, 2, 3, 4, 5], [1, 2, 4, 5, 4])]
         + ["6" if stray_rng.random() < 0.08 else weighted([1, 2, 3, 4, 5], [1, 2, 4, 4, 4]) for _ in range(2)] + [weighted([1, 2, 3, 4, 5], [1, 2, 5, 5, 4])] for i in range(STRAY_ROWS)])

# Easy to understand, read or follow says how clear something is, not the effort of getting
# something done: a bill easy to understand is a pricing item, instructions easy to read an item of
# no dimension; the effort of getting an issue handled stays the CES.
clear_rng = random.Random(3101)
CLEAR_NOT_EFFORT = {
    "en": ("The bill for my account is easy to understand (1-5)", "The account statement is easy to read (1-5)", "The company made it easy for me to handle my issue (1-5)"),
    "de": ("Die Rechnung ist leicht verständlich (1-5)", "Die Anleitung war einfach zu lesen (1-5)", "Wie einfach war es, Ihr Anliegen zu erledigen? (1-5)"),
    "fr": ("La facture est facile à comprendre (1-5)", "Le mode d'emploi est facile à lire (1-5)", "Il a été facile de faire traiter ma demande (1-5)"),
    "es": ("La factura es fácil de entender (1-5)", "El manual es fácil de leer (1-5)", "¿Qué tan fácil fue resolver su consulta? (1-5)"),
    "pt": ("A fatura é fácil de compreender (1-5)", "O manual é fácil de ler (1-5)", "Foi fácil resolver o meu pedido (1-5)"),
    "pl": ("Opłaty na rachunku są łatwe do zrozumienia (1-5)", "Instrukcja jest łatwa do odczytania (1-5)", "Łatwo było załatwić moją sprawę (1-5)"),
    "lv": ("Rēķins ir viegli saprotams (1-5)", "Instrukcija ir viegli lasāma (1-5)", "Cik viegli bija atrisināt jūsu jautājumu? (1-5)"),
}
for language, headers in CLEAR_NOT_EFFORT.items():
    write(f"easy-to-understand-is-clarity-not-effort-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(clear_rng.randint(1, 5)) for _ in headers] for i in range(N)], delimiter=";")

# A header that states its scale ("(1-5)", "1 = … 5 = …") and is answered within it asks for a
# rating, whatever word of an amount it holds: the amount of the bill matching one's usage rates
# pricing. An amount column answered in sums (12.50, 300) stays a quantity.
stated_rng = random.Random(3102)
STATED_SCALE_OVER_AMOUNT = {
    "en": ("The amount of my bill matches my actual usage (1-5)", "Invoice amount (EUR)"),
    "de": ("Der Betrag der Rechnung entspricht meinem Verbrauch (1 = trifft gar nicht zu, 5 = trifft voll zu)", "Betrag (EUR)"),
    "fr": ("Le montant de la facture est correct (1-5)", "Montant payé (EUR)"),
    "es": ("El importe de mi factura es correcto (1 = nada de acuerdo, 5 = totalmente de acuerdo)", "Importe pagado (EUR)"),
    "pt": ("O montante da fatura corresponde ao meu consumo (1-5)", "Montante pago (EUR)"),
    "pl": ("Kwota opłat na rachunku odpowiada mojemu zużyciu (1-5)", "Kwota zamówienia (PLN)"),
    "lv": ("Rēķina summa atbilst manam patēriņam (1-5)", "Summa (EUR)"),
}
for language, (rated, amount) in STATED_SCALE_OVER_AMOUNT.items():
    write(f"stated-scale-over-an-amount-word-is-a-rating-{language}.csv", ["id", rated, amount],
          [[str(i), str(stated_rng.randint(1, 5)), f"{stated_rng.uniform(5, 300):.2f}"] for i in range(N)], delimiter=";")

# A question of which one names a category: the unit visited, coded 1-3, is a segment; the kind of
# problem, answered in its names, is the complaints' problem categories, with no note to map its
# labels. A question of how much ("to what extent") holding the same word is still a rating.
which_rng = random.Random(3103)
WHICH_ONE = {
    "en": ("In which unit were you seen?", "What type of problem did you have with your order?", ["Late delivery", "Wrong item", "Damaged item", "Billing error"], "To what extent did the visit meet your expectations?"),
    "de": ("In welcher Einheit wurden Sie betreut?", "Welche Art von Problem hatten Sie mit Ihrer Bestellung?", ["Lieferverzug", "Falscher Artikel", "Beschädigte Ware", "Rechnungsfehler"], "In welchem Maße hat der Besuch Ihre Erwartungen erfüllt?"),
    "fr": ("Dans quelle unité avez-vous été reçu ?", "Quel type de problème avez-vous rencontré avec votre commande ?", ["Retard de livraison", "Mauvais article", "Article endommagé", "Erreur de facturation"], "Dans quelle mesure la visite a-t-elle répondu à vos attentes ?"),
    "es": ("¿En qué unidad le recibieron?", "¿Qué tipo de incidencia tuvo con su pedido?", ["Retraso", "Artículo equivocado", "Artículo dañado", "Error en la factura"], "¿En qué medida la visita cumplió sus expectativas?"),
    "pt": ("Em que unidade foi consultado?", "Que tipo de problema teve com a sua encomenda?", ["Atraso na entrega", "Artigo errado", "Artigo danificado", "Erro na fatura"], "Em que medida a visita correspondeu às suas expectativas?"),
    "pl": ("W której placówce odbyła się wizyta?", "Jakiego rodzaju problem miał Pan z zamówieniem?", ["Opóźnienie dostawy", "Zły produkt", "Uszkodzony produkt", "Błąd na fakturze"], "W jakim stopniu wizyta spełniła Pana oczekiwania?"),
    "lv": ("Kurā nodaļā jūs apmeklējāt?", "Kāda veida problēma jums radās ar pasūtījumu?", ["Piegādes kavēšanās", "Nepareiza prece", "Bojāta prece", "Kļūda rēķinā"], "Cik lielā mērā vizīte atbilda jūsu gaidām?"),
}
for language, (unit, problem, kinds, extent) in WHICH_ONE.items():
    write(f"which-one-questions-are-categories-{language}.csv", ["id", unit, problem, extent],
          [[str(i), str(which_rng.randint(1, 3)), which_rng.choice(kinds) if i % 3 == 0 else "", str(which_rng.randint(1, 5))] for i in range(N)], delimiter=";")

# A question of which one that names a dimension and holds a verb of choosing or using asks which
# option was chosen: its codes 1-3 are a segment, no item of the dimension it names; a statement
# of that dimension beside it stays its item, and overall satisfaction the CSAT.
chosen_rng = random.Random(3109)
WHICH_CHOSEN = {
    "en": ("Which delivery method did you choose?", "Which customer service channel did you use?", "The delivery arrived on time", "Overall, how satisfied are you?"),
    "de": ("Welche Versandart haben Sie gewählt?", "Welchen Kanal des Kundenservice haben Sie genutzt?", "Die Lieferung kam pünktlich an", "Wie zufrieden sind Sie insgesamt?"),
    "fr": ("Quel mode de livraison avez-vous choisi ?", "Quel canal du service client avez-vous utilisé ?", "La livraison est arrivée à temps", "Globalement, êtes-vous satisfait ?"),
    "es": ("¿Qué tipo de envío eligió?", "¿Qué canal de atención al cliente utilizó?", "La entrega llegó a tiempo", "En general, ¿qué tan satisfecho está?"),
    "pt": ("Qual o método de entrega que escolheu?", "Qual o canal de apoio ao cliente que utilizou?", "A entrega chegou a tempo", "De um modo geral, qual o seu grau de satisfação?"),
    "pl": ("Którą metodę dostawy Pan wybrał?", "Z którego kanału obsługi klienta Pan skorzystał?", "Dostawa dotarła na czas", "Ogólnie, jak bardzo jest Pan zadowolony?"),
    "lv": ("Kuru piegādes veidu jūs izvēlējāties?", "Kuru klientu apkalpošanas kanālu jūs izmantojāt?", "Piegāde ieradās laikā", "Kopumā, cik apmierināts jūs esat?"),
}
for language, (method, channel, statement, overall) in WHICH_CHOSEN.items():
    write(f"which-option-was-chosen-naming-a-dimension-is-a-segment-{language}.csv", ["id", method, channel, statement, overall],
          [[str(i), str(chosen_rng.randint(1, 3)), str(chosen_rng.randint(1, 4)), str(chosen_rng.randint(1, 5)), str(chosen_rng.randint(1, 5))] for i in range(N)], delimiter=";")

# A word of which one and a verb of choosing inside a rating stay a rating: not a question that
# opens with the word ("How easy was it to choose which …?", a statement), or one whose verb is far
# from it, in a clause of its own ("… the delivery option you chose?").
chosen_rating_rng = random.Random(3116)
write("which-and-a-verb-of-choosing-inside-a-rating-stay-an-item-en.csv",
      ["id", "How easy was it to choose which delivery option suits you?", "Which of the following best describes how you feel about the delivery option you chose?", "I know which support channel to use when I have a question"],
      [[str(i), str(chosen_rating_rng.randint(1, 5)), str(chosen_rating_rng.randint(1, 5)), str(chosen_rating_rng.randint(1, 5))] for i in range(N)])

# A word of counting beside a unit ratings are given in (stars), a verb of liking or a phrase of
# how much ("na ile", to what extent), under a stated scale, asks for a rating; a count with a
# stated range ("Number of calls needed … (1-5)") and one with none ("How many times …?") stay
# quantities. The Polish file has a header in English and Polish: the survey stays Polish.
counted_rating_rng = random.Random(3104)
COUNTED_RATING = {
    "en": ("Overall, how satisfied are you with the way we handled your request? (1-5)", ["How many stars would you give us after this visit? (1-5)"],
           "Number of calls needed to resolve your issue (1-5)", "How many times did you contact us before your issue was resolved?"),
    "de": ("Wie zufrieden sind Sie insgesamt mit der Bearbeitung Ihres Anliegens? (1-5)", ["Wie viele Sterne geben Sie uns nach diesem Besuch? (1-5)"],
           "Anzahl der Anrufe, die zur Lösung Ihres Anliegens nötig waren (1-5)", "Wie viele Kontakte mit uns hatten Sie, bevor Ihr Anliegen gelöst wurde?"),
    "fr": ("Dans l'ensemble, êtes-vous satisfait du traitement de votre demande ? (1-5)", ["Combien d'étoiles nous donneriez-vous après cette visite ? (1-5)"],
           "Nombre d'appels nécessaires pour résoudre votre problème (1-5)", "Combien de fois nous avez-vous contactés avant que votre problème ne soit résolu ?"),
    "es": ("En general, ¿qué tan satisfecho está con la gestión de su solicitud? (1-5)", ["¿Cuántas estrellas nos daría después de esta visita? (1-5)"],
           "Número de llamadas necesarias para resolver su problema (1-5)", "¿Cuántas veces nos contactó antes de que se resolviera su problema?"),
    "pt": ("No geral, quão satisfeito está com o tratamento do seu pedido? (1-5)", ["Quantas estrelas nos daria depois desta visita? (1-5)"],
           "Número de chamadas necessárias para resolver o seu problema (1-5)", "Quantas vezes nos contactou antes de o seu problema ser resolvido?"),
    "pl": ("Ogólnie, jak bardzo jest Pan zadowolony z załatwienia sprawy? (1-5)", ["How many stars would you give us? / Ile gwiazdek dałby nam Pan po tej wizycie? (1-5)", "Na ile ocenia Pan nasze ceny? (1-5)"],
           "Liczba połączeń potrzebnych do rozwiązania sprawy (1-5)", "Ile razy kontaktował się Pan z nami, zanim sprawa została rozwiązana?"),
    "lv": ("Cik kopumā apmierināts esat ar jūsu jautājuma risināšanu? (1-5)", ["Cik zvaigznes jūs mums dotu pēc šī apmeklējuma? (1-5)", "Cik daudz jums patika mūsu piedāvājums? (1-5)"],
           "Zvanu skaits, kas bija vajadzīgs jūsu problēmas atrisināšanai (1-5)", "Cik reizes jūs sazinājāties ar mums, pirms jūsu problēma tika atrisināta?"),
}
for language, (overall, rated, calls, times) in COUNTED_RATING.items():
    write(f"count-word-asking-for-stars-or-extent-is-a-rating-{language}.csv", ["id", overall] + rated + [calls, times],
          [[str(i)] + [str(counted_rating_rng.randint(1, 5)) for _ in range(1 + len(rated) + 1)] + [str(counted_rating_rng.randint(0, 4))] for i in range(N)], delimiter=";")

# A question of how easy something was to understand or read, its word order putting the verb
# apart from the word of ease ("Wie einfach war die Anleitung zu verstehen?", "Jak łatwo było
# zrozumieć …?", "¿Qué tan fácil fue entender …?"), asks how clear it is, as the statement "easy
# to understand" does: the bill's clarity is a pricing item, the instructions' an item of no
# dimension; how easy it was to get the issue handled stays the CES.
clear_question_rng = random.Random(3105)
CLEAR_QUESTIONS = {
    "en": ("Overall, how satisfied are you with our company? (1-5)", "How easy was it to understand the charges on your bill? (1-5)", "How easy were the installation instructions to understand? (1-5)", "How easy was it to get your issue resolved? (1-5)"),
    "de": ("Wie zufrieden sind Sie insgesamt mit unserem Unternehmen? (1-5)", "Wie einfach war Ihre Rechnung zu verstehen? (1-5)", "Wie einfach war die Anleitung zu verstehen? (1-5)", "Wie einfach war es, Ihr Anliegen zu erledigen? (1-5)"),
    "fr": ("Dans l'ensemble, êtes-vous satisfait de notre entreprise ? (1-5)", "À quel point était-il facile de comprendre votre facture ? (1-5)", "À quel point le mode d'emploi était-il facile à lire ? (1-5)", "À quel point était-il facile de faire traiter votre demande ? (1-5)"),
    "es": ("En general, ¿qué tan satisfecho está con nuestra empresa? (1-5)", "¿Qué tan fácil fue entender su factura? (1-5)", "¿Qué tan fácil fue entender el manual de instalación? (1-5)", "¿Qué tan fácil fue resolver su consulta? (1-5)"),
    "pt": ("No geral, quão satisfeito está com a nossa empresa e com o que lhe oferecemos este ano? (1-5)", "Quão fácil foi compreender a sua fatura? (1-5)", "Quão fácil foi entender o manual de instalação? (1-5)", "Quão fácil foi resolver o seu pedido? (1-5)"),
    "pl": ("Ogólnie, jak bardzo jest Pan zadowolony z naszej firmy i z tego, co oferujemy w tym roku? (1-5)", "Jak łatwo było zrozumieć opłaty na rachunku? (1-5)", "Jak łatwo było zrozumieć rachunek? (1-5)", "Jak łatwo było załatwić Pana sprawę? (1-5)"),
    "lv": ("Cik kopumā apmierināts esat ar mūsu uzņēmumu un to, ko mēs jums piedāvājam šogad? (1-5)", "Cik viegli bija saprast jūsu rēķinu? (1-5)", "Cik viegli bija saprast uzstādīšanas instrukciju? (1-5)", "Cik viegli bija atrisināt jūsu jautājumu? (1-5)"),
}
for language, headers in CLEAR_QUESTIONS.items():
    write(f"question-how-easy-to-understand-is-clarity-not-effort-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(clear_question_rng.randint(1, 5)) for _ in headers] for i in range(N)], delimiter=";")

# Overall questions that each name a dimension, and none that names none: items of those
# dimensions, no CSAT; the report's reason for the missing CSAT names them.
overall_items_rng = random.Random(3106)
OVERALL_ITEMS = {
    "en": ("Overall, how satisfied are you with our delivery? (1-5)", "Overall, how satisfied are you with our prices? (1-5)", "How likely are you to recommend us to a friend?"),
    "de": ("Wie zufrieden sind Sie insgesamt mit der Lieferung? (1-5)", "Wie zufrieden sind Sie insgesamt mit unseren Preisen? (1-5)", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?"),
}
for language, (delivery, prices, recommend) in OVERALL_ITEMS.items():
    write(f"overall-questions-each-naming-a-dimension-leave-no-csat-{language}.csv", ["id", delivery, prices, recommend],
          [[str(i), str(overall_items_rng.randint(1, 5)), str(overall_items_rng.randint(1, 5)), str(overall_items_rng.randint(0, 10))] for i in range(N)], delimiter=";")

# A matrix whose rows are named after a colon ("Satisfaction with: Website", as many platforms and
# hand-made exports write "Question: Row"; German "Zufriedenheit mit: Lieferung") is one question,
# as its dashed ("Satisfaction with - Website") and bracketed (Google Forms' "Satisfaction with
# [Website]") forms are: its rows share one 1-5 scale, and the "not applicable" coded 6 that one row
# alone holds is out of it. Free text under a colon ("Comments: delivery", "Comments: pricing") is
# no matrix, nor is a text row ("… : Other (please specify)") beside the rated ones.
colon_rng = random.Random(3201)
COLON_ROWS = 240


def colon_rating():
    return str(colon_rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 5, 4])[0])


COLON_MATRIX = {
    "en": (["Satisfaction with: Website", "Satisfaction with: Delivery", "Satisfaction with: Staff"], "Satisfaction with: Other (please specify)",
           ["Comments: delivery", "Comments: pricing"], "How satisfied are you overall? (1-5)",
           ["late again", "courier was rude", "arrived on time", "left at the door", "fine"], ["too expensive", "fair price", "cheaper elsewhere", "ok"], ["parking", "opening hours", "app"]),
    "de": (["Zufriedenheit mit: Website", "Zufriedenheit mit: Lieferung", "Zufriedenheit mit: Personal"], "Zufriedenheit mit: Sonstiges (bitte angeben)",
           ["Anmerkungen: Lieferung", "Anmerkungen: Preise"], "Wie zufrieden sind Sie insgesamt? (1-5)",
           ["wieder zu spät", "Fahrer war unfreundlich", "pünktlich angekommen", "vor der Tür abgestellt", "gut"], ["zu teuer", "fairer Preis", "anderswo günstiger", "in Ordnung"], ["Parkplatz", "Öffnungszeiten", "App"]),
}
for language, (rows, other, comments, overall, about_delivery, about_prices, others) in COLON_MATRIX.items():
    write(f"matrix-rows-after-a-colon-{language}.csv", ["id"] + rows + [other] + comments + [overall],
          [[str(i), colon_rating(), colon_rating(), "6" if colon_rng.random() < 0.05 else colon_rating(), colon_rng.choice(others) if colon_rng.random() < 0.2 else "",
            colon_rng.choice(about_delivery) if colon_rng.random() < 0.6 else "", colon_rng.choice(about_prices) if colon_rng.random() < 0.5 else "", colon_rating()] for i in range(COLON_ROWS)])
write("matrix-rows-after-a-dash.csv", ["id", "Satisfaction with - Website", "Satisfaction with - Delivery", "Satisfaction with - Staff", "How satisfied are you overall? (1-5)"],
      [[str(i), colon_rating(), colon_rating(), "6" if colon_rng.random() < 0.05 else colon_rating(), colon_rating()] for i in range(COLON_ROWS)])

# KoboToolbox exported with labels (not XML names) writes a select_multiple question as its label
# holding the labels of the options chosen, joined with spaces ("Web shop Email/SMS"), then one
# column per option named the question's label, "/" and the option's label, answered 1 or 0
# (blank where the question was skipped); with "include groups in headers" the group's label comes
# first ("About your order/What should we improve?"). A label holds spaces and slashes, so only the
# 0/1 columns tell the joined one apart: it is that checkbox question, not a segment, a comment or
# a rating, and the 0/1 columns are its options, whatever their labels name (delivery, prices).
labels_rng = random.Random(3202)
KOBO_CHANNELS = ["Web shop", "Phone", "Email/SMS", "Shop in town"]
KOBO_IMPROVE = ["Delivery time", "Prices", "Customer service", "Nothing"]


def kobo_labels_row(i):
    day = f"2026-06-{1 + i % 28:02d}"
    channels = [c for c in KOBO_CHANNELS if labels_rng.random() < 0.4] or ["Phone"]
    skipped = labels_rng.random() < 0.15
    improve = [] if skipped else ([c for c in KOBO_IMPROVE[:3] if labels_rng.random() < 0.35] or ["Nothing"])
    return ([f"{day}T10:00:00", str(labels_rng.randint(1, 5)), " ".join(channels)] + ["1" if c in channels else "0" for c in KOBO_CHANNELS]
            + [str(labels_rng.randint(1, 5)), " ".join(improve)] + [("" if skipped else "1" if c in improve else "0") for c in KOBO_IMPROVE]
            + [str(3000 + i), f"uuid-{i:04d}", f"{day}T10:07:00", str(i + 1)])


write("kobo-select-multiple-exported-with-labels.csv",
      ["start", "How satisfied are you with us overall?", "Which channels did you use to contact us?"] + [f"Which channels did you use to contact us?/{c}" for c in KOBO_CHANNELS]
      + ["About your order/How would you rate the delivery?", "About your order/What should we improve?"] + [f"About your order/What should we improve?/{c}" for c in KOBO_IMPROVE]
      + ["_id", "_uuid", "_submission_time", "_index"],
      [kobo_labels_row(i) for i in range(N)], delimiter=";")

# The same answers to "The company made it easy for me to handle my issue" (CES 2.0), agreement
# coded both ways, the ends named in the header: 1 = Strongly agree … 7 = Strongly disagree, or
# 1 = Strongly disagree … 7 = Strongly agree. Higher codes are more effort on the first, less on
# the second; its score and its top box are the least effort on both, so that a gate on
# ces.topBox.share means the same whichever way a survey codes its answers.
coded_rng = random.Random(3104)
CODED_AGREEMENT = [(coded_rng.randint(1, 5), coded_rng.choices(range(1, 8), [8, 10, 6, 4, 3, 2, 1])[0]) for _ in range(60)]
STATEMENT = "The company made it easy for me to handle my issue"
write("effort-agreement-ends-in-the-header-strongly-agree-first.csv",
      ["id", "Overall satisfaction (1-5)", f"{STATEMENT} (1 = Strongly agree, 7 = Strongly disagree)"],
      [[str(i), str(csat), str(agree)] for i, (csat, agree) in enumerate(CODED_AGREEMENT)])
write("effort-agreement-ends-in-the-header-strongly-disagree-first.csv",
      ["id", "Overall satisfaction (1-5)", f"{STATEMENT} (1 = Strongly disagree, 7 = Strongly agree)"],
      [[str(i), str(csat), str(8 - agree)] for i, (csat, agree) in enumerate(CODED_AGREEMENT)])

# A survey that opens with a consent question, as platforms build one (Qualtrics' "Building a
# Consent Form": the first question, "Yes"/"No" or "I consent"/"I do not consent", skip logic to
# the end of the survey when consent is not given): a respondent who declines answers nothing
# else and is left out, counted as declinedConsent; one who consents is analysed as ever. In each
# lexicon language, its consent question and its two answers as written.
declined_rng = random.Random(3104)
CONSENT_GATES = {
    "en": ("Do you consent to take part in this survey?", ("I consent", "I do not consent"), "Overall, how satisfied are you with our service? (1-5)", "The staff were friendly (1-5)", "Anything else you would like to tell us?", ("Friendly staff, thanks.", "The wait was too long.")),
    "pl": ("Zgadzam się na udział w badaniu", ("Tak, zgadzam się", "Nie zgadzam się"), "Ogólne zadowolenie (1-5)", "Uprzejmość personelu (1-5)", "Czy chciałby Pan coś dodać?", ("Miła obsługa, dziękuję.", "Za długo czekałem na odpowiedź.")),
    "de": ("Ich stimme der Teilnahme an dieser Umfrage zu", ("Ja, ich stimme zu", "Nein, ich lehne ab"), "Gesamtzufriedenheit (1-5)", "Freundlichkeit der Mitarbeiter (1-5)", "Möchten Sie uns sonst noch etwas mitteilen?", ("Sehr freundliches Personal.", "Die Wartezeit war zu lang.")),
    "fr": ("J'accepte de participer à cette enquête", ("J'accepte", "Je n'accepte pas"), "Satisfaction globale (1-5)", "Amabilité du personnel (1-5)", "Souhaitez-vous ajouter quelque chose ?", ("Personnel très aimable.", "L'attente était trop longue.")),
    "es": ("Acepto participar en esta encuesta", ("Sí, acepto", "No acepto"), "Satisfacción general (1-5)", "Amabilidad del personal (1-5)", "¿Desea añadir algo más?", ("Personal muy amable.", "La espera fue demasiado larga.")),
    "pt": ("Concordo em participar neste inquérito", ("Sim, concordo", "Não concordo"), "Satisfação geral (1-5)", "Simpatia dos funcionários (1-5)", "Gostaria de acrescentar alguma coisa?", ("Funcionários muito simpáticos.", "A espera foi demasiado longa.")),
    "lv": ("Vai piekrītat piedalīties aptaujā?", ("Jā, piekrītu", "Nē, nepiekrītu"), "Kopumā, cik apmierināts esat ar mums? (1-5)", "Darbinieku laipnība (1-5)", "Vai vēlaties vēl ko piebilst?", ("Ļoti laipni darbinieki.", "Gaidīšana bija pārāk ilga.")),
}
for language, (consent, (agree, decline), overall, staff, comment, remarks) in CONSENT_GATES.items():
    rows = []
    for i in range(N):
        if declined_rng.random() < 0.2:
            rows.append([str(i), decline, "", "", ""])
        else:
            rows.append([str(i), agree, str(declined_rng.randint(1, 5)), str(declined_rng.randint(1, 5)), declined_rng.choice(remarks) if declined_rng.random() < 0.5 else ""])
    write(f"consent-declined-is-left-out-{language}.csv", ["id", consent, overall, staff, comment], rows, delimiter=";")

# The same consents to take part, on a survey that did not send whoever declined to the end: the
# decliners answered its questions all the same. Its words name taking part, so who declined is
# left out all the same, counted as declinedConsent (a consent to be contacted is no gate then:
# consent-declined-but-answered-is-no-gate.csv).
answered_rng = random.Random(3112)
for language, (consent, (agree, decline), overall, staff, comment, remarks) in CONSENT_GATES.items():
    rows = [[str(i), decline if answered_rng.random() < 0.2 else agree, str(answered_rng.randint(1, 5)), str(answered_rng.randint(1, 5)),
             answered_rng.choice(remarks) if answered_rng.random() < 0.5 else ""] for i in range(N)]
    write(f"consent-to-take-part-declined-but-answered-gates-{language}.csv", ["id", consent, overall, staff, comment], rows, delimiter=";")

# A consent to the processing of one's data for marketing, asked first, whose decliners answered the
# survey: no gate, as for a consent to be contacted; the processing of data names no taking part.
marketing_rng = random.Random(3113)
write("consent-to-data-processing-for-marketing-declined-but-answered-is-no-gate.csv",
      ["id", "I consent to the processing of my personal data for marketing purposes", "Overall, how satisfied are you with our service? (1-5)", "The staff were friendly (1-5)"],
      [[str(i), "No" if marketing_rng.random() < 0.25 else "Yes", str(marketing_rng.randint(1, 5)), str(marketing_rng.randint(1, 5))] for i in range(N)])

# Nor is a consent to take part in something else than the survey (a prize draw), asked first.
draw_rng = random.Random(3115)
write("consent-to-a-prize-draw-declined-but-answered-is-no-gate.csv",
      ["id", "I agree to take part in the prize draw", "Overall, how satisfied are you with our service? (1-5)", "The staff were friendly (1-5)"],
      [[str(i), "No" if draw_rng.random() < 0.25 else "Yes", str(draw_rng.randint(1, 5)), str(draw_rng.randint(1, 5))] for i in range(N)])

# A consent asked after the questions (to be contacted about one's answers) gates nothing: a
# respondent who answers "No" to it has answered the survey and is kept.
after_rng = random.Random(3105)
write("consent-after-the-questions-keeps-everyone.csv",
      ["id", "Overall, how satisfied are you with our service? (1-5)", "The staff were friendly (1-5)", "I consent to being contacted about my answers"],
      [[str(i), str(after_rng.randint(1, 5)), str(after_rng.randint(1, 5)), "Yes" if after_rng.random() < 0.6 else "No"] for i in range(N)])

# A consent question whose every answer reads as declining ("No objection" starts with a no) has
# let everyone through, as they answered the survey: no answer of it is taken for a refusal.
objection_rng = random.Random(3106)
write("consent-answers-all-reading-as-no-leave-no-one-out.csv",
      ["id", "Do you agree to take part in this survey?", "Overall, how satisfied are you with our service? (1-5)", "The staff were friendly (1-5)"],
      [[str(i), "No objection", str(objection_rng.randint(1, 5)), str(objection_rng.randint(1, 5))] for i in range(N)])

# "No / Maybe / Yes" is a yes/no question with a hedge between its ends: an ordered three-point
# item (OSMI's mental-health surveys, on Google Forms in 2014 and Typeform in 2017, ask "Would you
# bring up a mental health issue with a potential employer in an interview?" so). A plain yes/no
# beside it stays a fact that splits respondents, and so does yes/no with "Don't know".
maybe_rng = random.Random(3104)
NO_MAYBE_YES = {
    "en": ("Would you recommend our shop to a colleague?", "Do you have a loyalty card?", ("No", "Maybe", "Yes"), "Don't know"),
    "de": ("Würden Sie unseren Shop einem Kollegen empfehlen?", "Haben Sie eine Kundenkarte?", ("Nein", "Vielleicht", "Ja"), "Weiß nicht"),
    "fr": ("Recommanderiez-vous notre boutique à un collègue ?", "Avez-vous une carte de fidélité ?", ("Non", "Peut-être", "Oui"), "Je ne sais pas"),
    "es": ("¿Recomendaría nuestra tienda a un colega?", "¿Tiene una tarjeta de cliente?", ("No", "Tal vez", "Sí"), "No sé"),
    "pt": ("Recomendaria a nossa loja a um colega?", "Tem cartão de cliente?", ("Não", "Talvez", "Sim"), "Não sei"),
    "pl": ("Czy poleciłby Pan nasz sklep koledze?", "Czy ma Pan kartę lojalnościową?", ("Nie", "Może", "Tak"), "Nie wiem"),
    "lv": ("Vai jūs ieteiktu mūsu veikalu kolēģim?", "Vai jums ir klienta karte?", ("Nē", "Varbūt", "Jā"), "Nezinu"),
}
for language, (hedged, fact, (no, maybe, yes), unknown) in NO_MAYBE_YES.items():
    write(f"no-maybe-yes-is-a-hedged-yes-no-{language}.csv", ["id", hedged, fact],
          [[str(i), maybe_rng.choices([no, maybe, yes], [2, 3, 4])[0], maybe_rng.choices([no, yes, unknown], [4, 4, 1])[0]] for i in range(N)], delimiter=";")

# A Qualtrics matrix whose choices were given recode values (Qualtrics codes a choice with any
# positive integer; QualtricsTools' "Single Answer Matrix Questions" survey recodes a four-point
# matrix 10-13, in its legacy and its Insights export alike): codes past 10 within a span a rating
# scale has are that scale. A matrix of counts, spread far wider and named by no word of a count,
# stays quantities by its values alone.
recode_rng = random.Random(3105)
write("qualtrics-matrix-recoded-10-to-14.csv", ["ResponseId", "Finished", "Q4_1", "Q4_2", "Q4_3", "Q5_1", "Q5_2"],
      [["Response ID", "Finished"] + [f"How would you rate the following? - {row}" for row in ("Choice of dishes", "Cleanliness of the dining room", "Music")]
       + [f"Your visits in the last year - {row}" for row in ("Lunch", "Dinner")],
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID4_1"}', '{"ImportId":"QID4_2"}', '{"ImportId":"QID4_3"}', '{"ImportId":"QID5_1"}', '{"ImportId":"QID5_2"}']]
      + [[f"R_{i:05d}", "1"] + [str(recode_rng.choices([10, 11, 12, 13, 14], [1, 2, 3, 4, 3])[0]) for _ in range(3)]
         + [str(recode_rng.randint(0, 60)) for _ in range(2)] for i in range(N)])

# Outside Qualtrics, nothing says a code was recoded: the same codes stay beyond any rating scale.
write("matrix-coded-10-to-14-outside-qualtrics.csv", ["id", "Q4_1", "Q4_2", "Q4_3"],
      [[str(i)] + [str(recode_rng.choices([10, 11, 12, 13, 14], [1, 2, 3, 4, 3])[0]) for _ in range(3)] for i in range(N)])

# Rows of one Qualtrics matrix given export tags of words (`Q6_taste`, `Q6_portion`) share no
# numbered stem; the ImportIds of the third header row (`QID6-1`, `QID6-2`, `QID6-2-TEXT`,
# `QID6-3`) tie them into one question, the text typed beside a row standing between two rows (as
# in QualtricsTools' "Single Answer Matrix Questions" and "Questions with Text Entry Components"
# Insights exports). Tied, they are one battery: recoded 10-13 here, a scale, not quantities.
tied_rng = random.Random(3106)
write("qualtrics-matrix-rows-tied-by-import-id.csv", ["ResponseId", "Finished", "Q6_taste", "Q6_portion", "Q6_portion_TEXT", "Q6_temperature"],
      [["Response ID", "Finished", "Rate your meal-Taste", "Rate your meal-Portion", "Rate your meal-Portion-TEXT", "Rate your meal-Temperature"],
       ["{'ImportId': '_recordId'}", "{'ImportId': 'finished'}", "{'ImportId': 'QID6-1'}", "{'ImportId': 'QID6-2'}", "{'ImportId': 'QID6-2-TEXT'}", "{'ImportId': 'QID6-3'}"]]
      + [[f"R_{i:05d}", "1", str(tied_rng.choices([10, 11, 12, 13], [1, 2, 4, 3])[0]), str(tied_rng.choices([10, 11, 12, 13], [2, 3, 3, 2])[0]),
          "" if i % 2 else f"{tied_rng.choice(['Too small', 'Just right', 'Generous'])} for a {tied_rng.choice(['lunch', 'dinner', 'main course', 'starter'])} on day {i}", str(tied_rng.choices([10, 11, 12, 13], [1, 3, 4, 2])[0])] for i in range(N)])

# A 6 above answers 1..5 is a stray where the answers lean to the 5 (a satisfaction question: its
# 5s are common, more than its 1s) and the 6 is a handful beside them: one 6 (an edited cell)
# among some 240 answers is out of the 1-5 scale. German school grades 1-6 are a scale: 1 is the
# best grade, the answers pile at 1-2, the 5s and the 6s are both rare, and their one 6 is the
# scale's worst grade, seldom given.
six_rng = random.Random(3121)
SIX_ROWS = 240


def six_weighted(values, weights):
    return str(six_rng.choices(values, weights)[0])


write("stray-six-above-1-to-5-beside-school-grades-1-to-6.csv",
      ["id", "Wie zufrieden sind Sie insgesamt mit Ihrem Einkauf?", "Welche Schulnote geben Sie unserem Kundenservice?", "Wie bewerten Sie die Lieferzeit?"],
      [[str(i), "6" if i == 57 else six_weighted([1, 2, 3, 4, 5], [1, 5, 8, 9, 5]), "6" if i == 131 else six_weighted([1, 2, 3, 4, 5], [20, 35, 25, 12, 7]),
        six_weighted([1, 2, 3, 4, 5], [2, 4, 7, 7, 4])] for i in range(SIX_ROWS)], delimiter=";")

# SurveyMonkey's numeric export of a matrix rated 1-10 whose last column is "Don't know" codes it
# 11, the next number after the scale's points, in every row that offers it: the grid shares the
# 1-10 scale, and 11 is its "not applicable" answer, whatever share of one row chose it (8 % of the
# value-for-money row; none of the cleanliness row). Two header rows: the question above the
# first column of the grid, the rows' texts below.
grid_rng = random.Random(3122)
GRID_ROWS = 300
GRID = [("Quality of the food", 0.03), ("Waiting time", 0.04), ("Value for money", 0.08), ("Cleanliness", 0.0)]


def grid_rating():
    return str(grid_rng.choices(range(1, 11), [1, 1, 2, 3, 5, 7, 8, 8, 6, 5])[0])


write("surveymonkey-grid-not-applicable-coded-after-1-to-10.csv",
      ["Respondent ID", "Collector ID", "Start Date", "End Date", "How satisfied are you overall with your visit?", "Please rate the following aspects of your visit:", "", "", "", "How likely are you to recommend us to a friend?"],
      [["", "", "", "", "Response"] + [row for row, _ in GRID] + ["Response"]]
      + [[str(114500000000 + 7919 * i), "431234567", f"10/{1 + i % 28:02d}/2025 12:{i % 60:02d}:00 PM", f"10/{1 + i % 28:02d}/2025 12:{(i + 7) % 60:02d}:00 PM", grid_rating()]
         + ["" if grid_rng.random() < 0.04 else "11" if grid_rng.random() < share else grid_rating() for _, share in GRID]
         + [str(grid_rng.choices(range(0, 11), [1, 1, 1, 2, 2, 4, 6, 9, 10, 8, 7])[0])] for i in range(GRID_ROWS)])

# A header that asks for a rating over answers that make the column a quantity: a lone question
# rated 1-10 whose "Don't know" is coded 11 in 8 % of the answers (values 1..11, no scale), and a
# slider of satisfaction 0-100 whose header states no range. Each is ignored as a quantity, as its
# values say, and named in the report's notes, since the rating it asks for is left out of the
# figures; a count under a header that asks for none ("How many times …") is not named.
quantity_rng = random.Random(3123)
QUANTITY_ROWS = 200
write("rating-header-over-values-of-a-quantity.csv",
      ["id", "Overall, how satisfied are you with us?", "How would you rate our prices?", "How satisfied are you with our delivery?", "How many times did you order from us this year?"],
      [[str(i), str(quantity_rng.choices(range(1, 6), [1, 2, 4, 5, 3])[0]), "11" if quantity_rng.random() < 0.08 else str(quantity_rng.choices(range(1, 11), [1, 1, 2, 3, 5, 7, 8, 8, 6, 5])[0]),
        str(quantity_rng.randint(20, 100)), str(quantity_rng.randint(1, 30))] for i in range(QUANTITY_ROWS)])

# German variable names write umlauts out (ä as ae, ö as oe, ü as ue; ß as ss): `Gebuehren_fair`
# is `Gebühren_fair`, pricing, as a Qualtrics export whose researcher renamed the export tags has it.
umlaut_rng = random.Random(4501)
UMLAUT_AGREEMENT = ["Stimme überhaupt nicht zu", "Stimme nicht zu", "Weder noch", "Stimme zu", "Stimme voll und ganz zu"]
UMLAUT_SATISFACTION = ["Sehr unzufrieden", "Unzufrieden", "Weder zufrieden noch unzufrieden", "Zufrieden", "Sehr zufrieden"]
write("german-variable-names-without-umlauts.csv",
      ["ResponseId", "Filiale", "Gebuehren_fair", "Hoeflichkeit", "Zuverlaessigkeit_Bank", "Puenktlichkeit_Termin", "Zufriedenheit_gesamt"],
      [[f"R_{i:05d}", umlaut_rng.choice(["Bonn", "Köln", "Düsseldorf"])] + [umlaut_rng.choice(UMLAUT_AGREEMENT) for _ in range(4)] + [umlaut_rng.choice(UMLAUT_SATISFACTION)] for i in range(N)])

# Transparency says how open something is, not what: transparent prices are pricing, in every
# lexicon language ("Transparent pricing", "Transparente Preise", "Przejrzystość cennika"); a
# company said transparent, with nothing else named, is trusted.
transparency_rng = random.Random(4502)
TRANSPARENT_PRICES = {
    "en": ("Transparent pricing (1-5)", "The company is transparent (1-5)"),
    "de": ("Transparente Preise (1-5)", "Das Unternehmen handelt transparent (1-5)"),
    "fr": ("Transparence des prix (1-5)", "L'entreprise est transparente (1-5)"),
    "es": ("Transparencia de precios (1-5)", "La empresa es transparente (1-5)"),
    "pt": ("Transparência dos preços (1-5)", "A empresa é transparente (1-5)"),
    "pl": ("Przejrzystość cennika (1-5)", "Przejrzystość działania firmy (1-5)"),
    "lv": ("Cenu caurspīdīgums (1-5)", "Uzņēmuma darbība ir caurspīdīga (1-5)"),
}
for language, headers in TRANSPARENT_PRICES.items():
    write(f"transparency-of-prices-is-pricing-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(transparency_rng.randint(1, 5)) for _ in headers] for i in range(N)], delimiter=";")

# Polish words of prices and of support, as a Formbricks matrix of a SaaS onboarding survey rates
# them: the price list (cennik), the subscription (abonament), the chat with support, the hotline.
polish_rng = random.Random(4503)
POLISH_QUALITY = ["Bardzo źle", "Źle", "Przeciętnie", "Dobrze", "Bardzo dobrze"]
POLISH_ROWS = ["Kreator projektów", "Przejrzystość cennika", "Abonament", "Czat ze wsparciem", "Kontakt z infolinią"]
write("polish-price-list-and-support-words.csv",
      ["Response ID", "Timestamp"] + [f"3. Jak oceniasz poszczególne elementy? - {row}" for row in POLISH_ROWS],
      [[f"resp{i:04d}", f"2025-03-{1 + i % 28:02d} 10:{i % 60:02d}:00"] + [polish_rng.choice(POLISH_QUALITY) for _ in POLISH_ROWS] for i in range(N)])

# Delivering as a verb delivers teaching, a talk, a service or a promise as well as goods: "The
# module was well organised and delivered" (a course evaluation) names no delivery, nor does
# "quickly" beside "delivered" alone; the verb beside an order, goods or a word of when does, and
# the noun "delivery" does, except of teaching ("Course delivery was engaging": none, as
# delivery-of-a-course-or-session-is-no-delivery-* holds). In each lexicon language where the verb
# has both meanings.
delivered_rng = random.Random(4504)
DELIVERED = {
    "en": ("The module was well organised and delivered (1-5)", "The company delivered what was promised (1-5)", "Feedback on my work was delivered quickly (1-5)",
           "My order was delivered on time (1-5)", "Delivered on the promised date (1-5)", "Course delivery was engaging (1-5)"),
    "de": ("Das Seminar lieferte praktische Impulse (1-5)", "Die Ware wurde vollständig geliefert (1-5)"),
    "fr": ("La formation a été livrée en ligne de façon claire (1-5)", "La commande a été livrée complète (1-5)"),
    "es": ("El curso fue entregado con claridad (1-5)", "El pedido fue entregado completo (1-5)"),
    "pt": ("A empresa soube entregar o que prometeu (1-5)", "O pedido foi entregue completo (1-5)"),
    "pl": ("Szkolenie dostarczyło praktycznej wiedzy (1-5)", "Zamówienie zostało dostarczone kompletne (1-5)"),
}
for language, headers in DELIVERED.items():
    write(f"delivered-teaching-or-a-promise-is-no-delivery-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(delivered_rng.randint(1, 5)) for _ in headers] for i in range(N)], delimiter=";")
# Qualtrics writes beside an NPS question its group of each answer, named after it (`Q5_NPS_GROUP`):
# Detractor/Passive/Promoter in an export of choice text, 1-3 in a numeric one. In a file cut to the
# questions (no metadata columns to tell the platform) it is still derived from that question, no
# segment whose labels are to be mapped.
group_rng = random.Random(3105)
GROUP_WORDS = {1: "Detractor", 2: "Passive", 3: "Promoter"}


def group_of(score):
    return 3 if score >= 9 else 2 if score >= 7 else 1


group_rows = []
for i in range(N):
    recommend, q5 = group_rng.randint(0, 10), group_rng.randint(0, 10)
    group_rows.append([f"R_{i:05d}", str(group_rng.randint(1, 5)), str(recommend), GROUP_WORDS[group_of(recommend)], str(q5), str(group_of(q5))])
write("nps-group-beside-its-question-without-platform-columns.csv", ["ResponseId", "How satisfied are you with our delivery? (1-5)", "Recommend", "Recommend_NPS_GROUP", "Q5", "Q5_NPS_GROUP"], group_rows)

# What a form records by itself, under any header: an ODK geopoint ("latitude longitude altitude
# accuracy", four numbers between spaces) is where the form was filled in, and `uuid:` and a UUID
# the record's own id (ODK's meta/instanceID, written by ODK Central, Briefcase and KoboToolbox).
# Neither is an answer nor free text; the comments beside them are.
geo_rng = random.Random(3104)


def geopoint():
    return f"{geo_rng.uniform(12, 15):.6f} {geo_rng.uniform(-7, -4):.6f} {geo_rng.uniform(200, 400):.1f} {geo_rng.choice(['3.9', '4.8', '5.0', '10.0'])}"


def instance_id():
    digits = "".join(geo_rng.choice("0123456789abcdef") for _ in range(32))
    return f"uuid:{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


GEO_COMMENTS = ["The water is clean now", "Pump broken for two weeks", "", "Too expensive for us", "", "Staff were polite and quick", ""]
write("geopoint-and-uuid-values-are-form-metadata.csv", ["SubmissionDate", "How satisfied are you with the water service? (1-5)", "Location", "Comments", "instanceID"],
      [[f"2025-03-{1 + i % 28:02d} 10:{i % 60:02d}:00", str(geo_rng.randint(1, 5)), geopoint(), geo_rng.choice(GEO_COMMENTS), instance_id()] for i in range(N)])

# Whether the problem was resolved, answered yes or no by those who had one, with no rated question
# of its handling: the handling score is the share resolved (yes scores 100, no 0) among those who
# had a problem; the problem question itself stays out of it.
resolved_rng = random.Random(4405)
RESOLVED_YES_NO = {
    "en": ("Overall, how satisfied are you with our service? (1-5)", "Did you have a problem with your order?", "Was your problem resolved?", ("Yes", "No")),
    "de": ("Wie zufrieden sind Sie insgesamt mit unserem Service? (1-5)", "Hatten Sie ein Problem mit Ihrer Bestellung?", "Problem gelöst?", ("Ja", "Nein")),
    "fr": ("Dans l'ensemble, êtes-vous satisfait de notre service ? (1-5)", "Avez-vous eu un problème avec votre commande ?", "Le problème a-t-il été résolu ?", ("Oui", "Non")),
    "es": ("En general, ¿qué tan satisfecho está con nuestro servicio? (1-5)", "¿Tuvo algún problema con su pedido?", "¿Se resolvió?", ("Sí", "No")),
    "pt": ("No geral, quão satisfeito está com o nosso serviço? (1-5)", "Teve algum problema com a sua encomenda?", "O problema foi resolvido?", ("Sim", "Não")),
    "pl": ("Ogólnie, jak bardzo jest Pan(i) zadowolony(a) z naszej obsługi? (1-5)", "Czy wystąpił problem z zamówieniem?", "Czy problem został rozwiązany?", ("Tak", "Nie")),
}
for language, (overall, problem, resolved, (yes, no)) in RESOLVED_YES_NO.items():
    rows = []
    for i in range(N):
        had = resolved_rng.random() < 0.4
        answer = "" if not had or resolved_rng.random() < 0.1 else (yes if resolved_rng.random() < 0.5 else no)
        rows.append([str(i), str(resolved_rng.randint(1, 5)), yes if had else no, answer])
    write(f"resolved-yes-no-is-handling-{language}.csv", ["id", overall, problem, resolved], rows, delimiter=";")

# Answers that repeat word for word but are sentences (canned answers, a small sample, a generator)
# under a header with no comment word ("What did you like most?", "Conte-nos mais …"): free text,
# a comment. Beside them, long category labels with no full stop ("Very satisfied with the
# service") stay a choice question's options, a segment, and a checkbox question's options written
# as sentences stay its options.
sentences_rng = random.Random(4406)
REPEATED_SENTENCES = {
    "en": ("What did you like most about the visit?",
           ["The staff were friendly and explained everything clearly.", "Breakfast was excellent and served until late.", "We waited far too long for the main course.", "Clean rooms and a quiet floor, we will come back!", "The price was fair for what we got."],
           "How would you describe your stay?", ["Very satisfied with the service", "Satisfied with the room but not the food", "Not satisfied with the check-in"],
           "What did you notice?", ["The staff greeted me at the door.", "My room was ready early."]),
    "pt": ("Conte-nos mais sobre a sua experiência:",
           ["Esperámos quase uma hora pela sobremesa.", "A sopa veio fria e sem sabor.", "O empregado trocou os nossos pratos duas vezes.", "Sala limpa e confortável, bom ambiente.", "Atendimento rápido, vamos voltar com certeza!"],
           "Como descreveria a sua visita?", ["Muito satisfeito com o atendimento", "Satisfeito com a comida mas não com o preço", "Insatisfeito com a espera"],
           "O que notou?", ["A equipa recebeu-me à porta.", "A mesa estava pronta a tempo."]),
    "de": ("Was hat Ihnen am besten gefallen?",
           ["Das Personal war sehr freundlich und hilfsbereit.", "Die Lieferung kam einen Tag früher als erwartet.", "Wir mussten viel zu lange auf das Essen warten.", "Die Zimmer waren sauber und ruhig!", "Der Preis war für die Leistung angemessen."],
           "Wie würden Sie Ihren Aufenthalt beschreiben?", ["Sehr zufrieden mit dem Service", "Zufrieden mit dem Zimmer, nicht mit dem Essen", "Unzufrieden mit dem Check-in"],
           "Was ist Ihnen aufgefallen?", ["Das Personal hat mich an der Tür begrüßt.", "Mein Zimmer war früh fertig."]),
    "fr": ("Qu'avez-vous le plus apprécié lors de votre visite ?",
           ["Le personnel était aimable et a tout expliqué clairement.", "La livraison est arrivée un jour plus tôt que prévu.", "Nous avons attendu beaucoup trop longtemps le plat.", "Les chambres étaient propres et calmes !", "Le prix était correct pour ce que nous avons eu."],
           "Quel choix décrit le mieux votre séjour ?", ["Très satisfait du service", "Satisfait de la chambre mais pas du repas", "Pas satisfait de l'accueil"],
           "Qu'avez-vous remarqué ?", ["Le personnel m'a accueilli à la porte.", "Ma chambre était prête tôt."]),
    "es": ("¿Qué fue lo que más le gustó de la visita?",
           ["El personal fue muy amable y lo explicó todo.", "El pedido llegó un día antes de lo previsto.", "Esperamos demasiado tiempo por el plato principal.", "¡Las habitaciones estaban limpias y tranquilas!", "El precio fue justo para lo que recibimos."],
           "¿Cómo describiría su estancia?", ["Muy satisfecho con el servicio", "Satisfecho con la habitación pero no con la comida", "Insatisfecho con la recepción"],
           "¿Qué notó?", ["El personal me recibió en la puerta.", "Mi habitación estaba lista temprano."]),
    "pl": ("Co podobało się Panu/Pani najbardziej?",
           ["Personel był bardzo miły i wszystko jasno wyjaśnił.", "Przesyłka dotarła dzień wcześniej niż planowano.", "Czekaliśmy zdecydowanie za długo na danie główne.", "Pokoje były czyste i ciche!", "Cena była uczciwa za to, co dostaliśmy."],
           "Jak opisał(a)by Pan(i) swój pobyt?", ["Bardzo zadowolony z obsługi", "Zadowolony z pokoju, ale nie z jedzenia", "Niezadowolony z zameldowania"],
           "Co Pan(i) zauważył(a)?", ["Personel przywitał mnie przy drzwiach.", "Mój pokój był gotowy wcześniej."]),
}
for language, (open_question, sentences, stay, labels, noticed, options) in REPEATED_SENTENCES.items():
    write(f"repeated-sentences-are-comments-{language}.csv", ["id", open_question, stay] + [f"{noticed} - {o}" for o in options],
          [[str(i), sentences_rng.choice(sentences) if sentences_rng.random() < 0.7 else "", sentences_rng.choice(labels)] + [o if sentences_rng.random() < 0.4 else "" for o in options] for i in range(N)], delimiter=";")

# A consent to something else than taking part (marketing emails, being contacted for an interview)
# is no gate: who declines it answers the survey and is kept. After a segment question ("Which
# store did you visit?"), a question of the survey, it opens nothing; first in the file, the
# decliners' answers show it (at a gate they are sent to the end, their rows blank). A real gate
# bears a decliner who answered a question: nine of its ten decliners left the survey blank.
optin_rng = random.Random(3107)
write("consent-after-a-segment-gates-nothing.csv",
      ["id", "Which store did you visit?", "I consent to receive marketing emails from us", "Overall, how satisfied are you with our service? (1-5)", "The staff were friendly (1-5)"],
      [[str(i), optin_rng.choice(["Riga", "Tallinn", "Vilnius"]), "Yes" if optin_rng.random() < 0.4 else "No", str(optin_rng.randint(1, 5)), str(optin_rng.randint(1, 5))] for i in range(N)])
write("consent-declined-but-answered-is-no-gate.csv",
      ["id", "Do you consent to be contacted by our team for a follow-up interview?", "Overall, how satisfied are you with our service? (1-5)", "The staff were friendly (1-5)"],
      [[str(i), "Yes" if optin_rng.random() < 0.5 else "No", str(optin_rng.randint(1, 5)), str(optin_rng.randint(1, 5))] for i in range(N)])
gate_rows = []
for i in range(N):
    overall, staff = str(optin_rng.randint(1, 5)), str(optin_rng.randint(1, 5))
    if i % 4 == 0:
        gate_rows.append([str(i), "No", overall if i == 0 else "", ""])
    else:
        gate_rows.append([str(i), "Yes", overall, staff])
write("consent-declined-few-answered-still-gates.csv",
      ["id", "Do you consent to take part in this survey?", "Overall, how satisfied are you with our service? (1-5)", "The staff were friendly (1-5)"], gate_rows)
# A grid rated 0-10 and coded 1-11, whose 11 is its top: a fifth of the grid's answers, beside
# nearly as many 10s, is no "don't know" column (a choice apart from the scale, which a minority
# picks). Its 11 is not counted as not applicable, and the 10s and 11s are not read as the same
# reading of a 1-10 grid.
top_rng = random.Random(5107)
TOP_GRID = ["Staff", "Rooms", "Breakfast", "Price"]
write("grid-coded-1-to-11-whose-11-is-its-top.csv",
      ["id"] + [f"Rate the following: {row}" for row in TOP_GRID] + ["Overall satisfaction (1-10)"],
      [[str(i + 1)] + [str(top_rng.choice([7, 8, 9, 9, 10, 10, 10, 11, 11]) if top_rng.random() < 0.9 else top_rng.randint(1, 6)) for _ in TOP_GRID]
       + [str(top_rng.randint(1, 10))] for i in range(120)])

# German school grades (1-6, 1 the best) under a header that names a grade ("Note für …"), given
# by customers who were mostly unhappy: many 5s, one 6 among 400. The 6 is their worst grade, not a
# stray above 1..5 (which the same answers under a header of satisfaction would be), and the
# grades are scored from the top down: a 1 scores 100. A grade column of 1..5 alone is 1-6 too.
note_rng = random.Random(6211)
NOTE_ROWS = 400
note_grades = [note_rng.choice([1, 2, 2, 3, 3, 5, 5, 5, 5, 5]) for _ in range(NOTE_ROWS)]
note_grades[17] = 6
note_stray = [note_rng.choice([1, 2, 2, 3, 3, 5, 5, 5, 5, 5]) for _ in range(NOTE_ROWS)]
note_stray[23] = 6
write("school-grades-named-in-the-header-keep-their-6.csv",
      ["id", "Note für die Lieferung", "Welche Note geben Sie unserem Kundenservice?", "Wie zufrieden sind Sie mit der Verpackung?", "Gesamtzufriedenheit (1-5)"],
      [[str(i + 1), str(note_grades[i]), str(note_rng.choice([1, 2, 2, 3, 4, 4, 5, 5])), str(note_stray[i]), str(note_rng.randint(1, 5))] for i in range(NOTE_ROWS)])

# The place of delivering is what was delivered as much as the goods: "Delivered to my door" names
# a delivery, in each lexicon language where the verb has other meanings.
door_rng = random.Random(4611)
DELIVERED_TO_THE_DOOR = {
    "en": ("Delivered to my door (1-5)", "Delivered to my home address (1-5)"),
    "de": ("Bis an die Haustür geliefert (1-5)", "An meine Adresse geliefert (1-5)"),
    "fr": ("Livrée à ma porte (1-5)", "Livrée à domicile (1-5)"),
    "es": ("Entregado en mi puerta (1-5)", "Entregado a domicilio (1-5)"),
    "pt": ("Entregue à minha porta (1-5)", "Entregue em casa (1-5)"),
    "pl": ("Dostarczone pod drzwi (1-5)", "Dostarczone do domu (1-5)"),
}
for language, headers in DELIVERED_TO_THE_DOOR.items():
    write(f"delivered-to-the-door-is-delivery-{language}.csv", ["id"] + list(headers),
          [[str(i)] + [str(door_rng.randint(1, 5)) for _ in headers] for i in range(N)], delimiter=";")

# A consent gate asked as a question ("¿Acepta participar en esta encuesta?", "Acceptez-vous de
# participer … ?", "Aceita participar …?") or stated ("Li e aceito …", "Piekrītu piedalīties …"),
# answered yes or no in the survey's language or in words of agreeing and declining ("Acepto" /
# "No acepto", "Piekrītu" / "Nepiekrītu"): a respondent who declines answers nothing else and is
# left out, counted as declinedConsent, as with the consent gates above.
asked_rng = random.Random(7301)
CONSENT_ASKED = {
    "es": (("question-answered-yes-no", "¿Acepta participar en esta encuesta?", "Sí", "No"),
           ("question-answered-in-words", "¿Está de acuerdo en participar en esta encuesta?", "Acepto", "No acepto"),
           ("statement-answered-yes-no", "Doy mi consentimiento para participar en esta encuesta", "Sí", "No"),
           "Satisfacción general (1-5)", "Amabilidad del personal (1-5)"),
    "fr": (("question-answered-yes-no", "Acceptez-vous de participer à cette enquête ?", "Oui", "Non"),
           ("question-answered-in-words", "Êtes-vous d'accord pour participer à cette enquête ?", "J'accepte", "Je refuse"),
           ("statement-answered-yes-no", "J'accepte de participer à cette enquête", "Oui", "Non"),
           "Satisfaction globale (1-5)", "Amabilité du personnel (1-5)"),
    "lv": (("question-answered-yes-no", "Vai piekrītat piedalīties aptaujā?", "Jā", "Nē"),
           ("question-answered-in-words", "Vai piekrītat dalībai aptaujā?", "Piekrītu", "Nepiekrītu"),
           ("statement-answered-yes-no", "Piekrītu piedalīties aptaujā", "Jā", "Nē"),
           "Kopumā, cik apmierināts esat ar mums? (1-5)", "Darbinieku laipnība (1-5)"),
    "pt": (("question-answered-yes-no", "Aceita participar nesta pesquisa?", "Sim", "Não"),
           ("question-answered-in-words", "Concorda em participar neste inquérito?", "Concordo", "Não concordo"),
           ("statement-answered-yes-no", "Li e aceito as informações acima", "Sim", "Não"),
           "Satisfação geral (1-5)", "Simpatia dos funcionários (1-5)"),
}
for language, (*forms, overall, staff) in CONSENT_ASKED.items():
    for form, consent, agree, decline in forms:
        rows = []
        for i in range(N):
            if asked_rng.random() < 0.2:
                rows.append([str(i), decline, "", ""])
            else:
                rows.append([str(i), agree, str(asked_rng.randint(1, 5)), str(asked_rng.randint(1, 5))])
        write(f"consent-{form}-gates-{language}.csv", ["id", consent, overall, staff], rows, delimiter=";")

# A question whether there was a problem answered No / Maybe / Yes (a yes/no complaint question
# with a hedge between its ends): yes is the worst answer, as the yes/no complaint question scores
# yes 0, so the item of complaints is scored reversed. Whether it was resolved, No / Maybe / Yes,
# runs the usual way (yes is put right). In each lexicon language.
hedged_rng = random.Random(7302)
HEDGED_PROBLEM = {
    "en": ("Have you had a problem with your order?", "Was your problem resolved?", "Overall satisfaction (1-5)", ("No", "Maybe", "Yes")),
    "de": ("Hatten Sie ein Problem mit Ihrer Bestellung?", "Wurde Ihr Problem gelöst?", "Gesamtzufriedenheit (1-5)", ("Nein", "Vielleicht", "Ja")),
    "fr": ("Avez-vous eu un problème avec votre commande ?", "Votre problème a-t-il été résolu ?", "Satisfaction globale (1-5)", ("Non", "Peut-être", "Oui")),
    "es": ("¿Ha tenido algún problema con su pedido?", "¿Se resolvió su problema?", "Satisfacción general (1-5)", ("No", "Quizás", "Sí")),
    "pt": ("Teve algum problema com a sua encomenda?", "O seu problema foi resolvido?", "Satisfação geral (1-5)", ("Não", "Talvez", "Sim")),
    "pl": ("Czy miał Pan problem z zamówieniem?", "Czy Pana problem został rozwiązany?", "Ogólne zadowolenie (1-5)", ("Nie", "Może", "Tak")),
    "lv": ("Vai jums bija problēma ar pasūtījumu?", "Vai jūsu problēma tika atrisināta?", "Kopumā, cik apmierināts esat ar mums? (1-5)", ("Nē", "Varbūt", "Jā")),
}
for language, (problem, resolved, overall, answers) in HEDGED_PROBLEM.items():
    # Who had more of a problem had it put right less often: the two run together once the first is reversed.
    rows = []
    for i in range(N):
        had = hedged_rng.choice([0, 0, 0, 1, 2])
        put_right = 2 - had if hedged_rng.random() < 0.8 else hedged_rng.randint(0, 2)
        rows.append([str(i), answers[had], answers[put_right], str(hedged_rng.randint(1, 5))])
    write(f"problem-no-maybe-yes-scores-yes-worst-{language}.csv", ["id", problem, resolved, overall], rows, delimiter=";")
# A question's time frame ("in the last 90 days", "en los últimos 90 días") says over what time it
# asks, not that it asks for a number of days: a yes/no question of a problem so framed is the
# complaint question. A shipment that arrived damaged is a problem with a delivery, in each
# lexicon language. A word of quantity outside the frame ("How many times … in the last 30 days?")
# still asks for a number.
frame_rng = random.Random(9001)
TIME_FRAMED_PROBLEM = {
    "en": ("Did any shipment arrive damaged in the last 90 days?", "Overall, how satisfied are you with our service? (1-5)"),
    "de": ("Ist in den letzten 90 Tagen eine Sendung beschädigt angekommen?", "Wie zufrieden sind Sie insgesamt mit unserem Service? (1-5)"),
    "fr": ("Un colis est-il arrivé endommagé au cours des 90 derniers jours ?", "Dans l'ensemble, êtes-vous satisfait de notre service ? (1-5)"),
    "es": ("¿Llegó algún envío dañado en los últimos 90 días?", "En general, ¿qué tan satisfecho está con nuestro servicio? (1-5)"),
    "pt": ("Alguma encomenda chegou danificada nos últimos 90 dias?", "No geral, qual é a sua satisfação com o nosso serviço? (1-5)"),
    "pl": ("Czy w ciągu ostatnich 90 dni jakaś przesyłka dotarła uszkodzona?", "Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszych usług? (1-5)"),
    "lv": ("Vai pēdējās 90 dienās kāds sūtījums tika piegādāts bojāts?", "Kopumā, cik apmierināts esat ar mūsu pakalpojumu? (1-5)"),
}
for language, (problem, overall) in TIME_FRAMED_PROBLEM.items():
    counted = ["How many times did you contact us in the last 30 days?"] if language == "en" else []
    write(f"time-frame-of-a-problem-question-is-no-quantity-{language}.csv", ["id", problem, overall] + counted,
          [[str(i), "1" if frame_rng.random() < 0.2 else "0", str(frame_rng.randint(1, 5))] + ([str(frame_rng.randint(0, 4))] if counted else []) for i in range(N)])

# A Qualtrics numeric export writes a yes/no question's choices as 1 (Yes) and 2 (No), their order
# in the survey, with no labels in its header rows. "Did you have a problem …?" and "Was your
# problem resolved?" so coded are the complaint question and its resolution, not 2-point ratings;
# outside Qualtrics nothing says which code is yes, and the same columns stay what they were.
yes12_rng = random.Random(9002)
YES12_QUESTIONS = ["In the last 3 months, did you have a problem or make a complaint about your service?", "Was your problem resolved?", "Overall, how satisfied are you with our service?"]


def yes12_row(i):
    problem = yes12_rng.random() < 0.25
    resolved = ("1" if yes12_rng.random() < 0.4 else "2") if problem else ""
    return [f"R_{i:05d}", "1", "1" if problem else "2", resolved, str(yes12_rng.randint(1, 5))]


yes12_rows = [yes12_row(i) for i in range(120)]
write("yes-no-coded-1-2-in-a-qualtrics-numeric-export.csv", ["ResponseId", "Finished", "Q3", "Q4", "Q5"],
      [["Response ID", "Finished"] + YES12_QUESTIONS,
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID3"}', '{"ImportId":"QID4"}', '{"ImportId":"QID5"}']] + yes12_rows)
write("yes-no-coded-1-2-outside-qualtrics.csv", ["id"] + YES12_QUESTIONS, [[str(i)] + row[2:] for i, row in enumerate(yes12_rows)])

# A word of quantity in one row of a rated matrix ("The amount I pay each month is fair", "El
# precio que pago es excesivo": pago, I pay, is no pagó, paid) names what the row rates; rated 1-5
# beside its sibling rows it is a rated statement. One in the question every row shares ("Hours
# per week spent on …") keeps the matrix quantities, as "¿Cuánto pagó …?" stays an amount.
row_rng = random.Random(9003)
write("quantity-word-in-one-row-of-a-rated-matrix.csv",
      ["id"] + [f"How much do you agree with the following? - {row}" for row in ("The staff are friendly", "The website is easy to use", "The amount I pay each month is fair", "My bills are clear")]
      + [f"Hours per week spent on: [{row}]" for row in ("Email", "Phone", "Chat")],
      [[str(i)] + [str(row_rng.randint(1, 5)) for _ in range(4)] + [str(row_rng.randint(0, 6)) for _ in range(3)] for i in range(N)])
write("quantity-word-in-one-row-of-a-rated-matrix-es.csv",
      ["id"] + [f"¿Qué tan de acuerdo está con las siguientes afirmaciones? - {row}" for row in ("El personal es amable", "La cobertura de la red es buena", "El precio que pago es excesivo", "Mi plan ofrece buena relación calidad-precio")]
      + ["¿Cuánto pagó de gastos de envío?"],
      [[str(i)] + [str(row_rng.randint(1, 5)) for _ in range(4)] + [str(row_rng.randint(0, 9))] for i in range(N)])

# Categories of a problem follow a problem: a question of which one answered by nearly everyone,
# those who had no problem too ("Um welche Art von Schaden handelte es sich?" Kfz, Hausrat …), is
# a segment; one answered only by those who had a problem keeps its reading.
cat_rng = random.Random(9004)


def categories_row(i):
    problem = cat_rng.random() < 0.15
    return [str(i), cat_rng.choice(["Kfz", "Hausrat", "Wohngebäude", "Haftpflicht"]), cat_rng.choice(["Lange Bearbeitung", "Zu geringe Zahlung", "Schlechte Erreichbarkeit"]) if problem else "",
            "Ja" if problem else "Nein", str(cat_rng.randint(1, 5))]


write("problem-categories-answered-without-a-problem-are-a-segment.csv",
      ["id", "Um welche Art von Schaden handelte es sich?", "Welches Problem hatten Sie?", "Haben Sie sich bei uns beschwert?", "Wie zufrieden sind Sie insgesamt? (1-5)"],
      [categories_row(i) for i in range(120)])

# LimeSurvey's CSV export writes answer codes by default (A1, A2 …, -oth- for "Other", its text in
# `code[other]`), with no text for them: a segment so answered is shown by its codes, and the
# report says so.
codes_rng = random.Random(9005)
write("limesurvey-answer-codes-without-their-text.csv",
      ["id. Antwort ID", "submitdate. Datum Abgeschickt", "lastpage. Letzte Seite", "G01Q01. Welche Filiale haben Sie besucht?", "G01Q01[other]. Welche Filiale haben Sie besucht? [Sonstiges]", "G02Q02. Wie zufrieden sind Sie insgesamt? (1-5)"],
      [[str(i), f"2025-05-{i % 28 + 1:02d} 10:00:00", "2"] + (["-oth-", codes_rng.choice(["Bahnhof", "Flughafen"])] if codes_rng.random() < 0.1 else [codes_rng.choice(["A1", "A2", "A3"]), ""]) + [str(codes_rng.randint(1, 5))] for i in range(N)])

# A count word asks for a rating only beside a verb of giving or rating ("How many stars would you
# give us?"): the stars a hotel has are its category, a fact, and a count of days before booking
# ("Na ile dni przed wyjazdem …?", Polish "na ile" being "to what extent" as well as "for how
# many") is a quantity, whatever range the header states.
counts_rng = random.Random(7307)
COUNTED_QUANTITIES = {
    "en": ("Overall, how satisfied are you with your stay? (1-5)", "How many stars would you give us? (1-5)", "How many stars does the hotel have? (1-5)", "How many days before your trip did you book the room? (1-10)"),
    "de": ("Wie zufrieden sind Sie insgesamt mit Ihrem Aufenthalt? (1-5)", "Wie viele Sterne geben Sie uns? (1-5)", "Wie viele Sterne hat das Hotel? (1-5)", "Wie viele Tage vor der Reise haben Sie das Zimmer gebucht? (1-10)"),
    "fr": ("Dans l'ensemble, êtes-vous satisfait de votre séjour ? (1-5)", "Combien d'étoiles nous donneriez-vous ? (1-5)", "Combien d'étoiles l'hôtel a-t-il ? (1-5)", "Combien de jours avant votre voyage avez-vous réservé la chambre ? (1-10)"),
    "es": ("En general, ¿qué tan satisfecho está con su estancia? (1-5)", "¿Cuántas estrellas nos daría? (1-5)", "¿Cuántas estrellas tiene el hotel? (1-5)", "¿Cuántos días antes del viaje reservó la habitación? (1-10)"),
    "pt": ("No geral, quão satisfeito está com a sua estadia? (1-5)", "Quantas estrelas nos daria? (1-5)", "Quantas estrelas tem o hotel? (1-5)", "Quantos dias antes da viagem reservou o quarto? (1-10)"),
    "pl": ("Ogólnie, jak bardzo jest Pan zadowolony z pobytu? (1-5)", "Ile gwiazdek dałby nam Pan? (1-5)", "Ile gwiazdek ma hotel? (1-5)", "Na ile dni przed wyjazdem zarezerwował Pan/Pani pokój? (1-10)"),
    "lv": ("Cik kopumā apmierināts esat ar uzturēšanos? (1-5)", "Cik zvaigznes jūs mums dotu? (1-5)", "Cik zvaigznes ir viesnīcai? (1-5)", "Cik dienas pirms brauciena jūs rezervējāt istabu? (1-10)"),
}
for language, headers in COUNTED_QUANTITIES.items():
    write(f"counted-days-or-a-hotels-stars-are-quantities-{language}.csv", ["id"] + list(headers),
          [[str(i + 1), str(counts_rng.randint(1, 5)), str(counts_rng.randint(1, 5)), str(counts_rng.choice([3, 4, 4, 5])), str(counts_rng.randint(1, 10))] for i in range(N)], delimiter=";")

# A short word of the bad pole that is another language's everyday word (Portuguese "má", bad,
# folded "ma": French "ma", my, Polish "ma", has; Spanish "mal": German "mal", times) reverses no
# header in a file too short to tell its language: "Livrée à ma porte" is no bad delivery. In a
# survey read as Portuguese, "A entrega foi má" still is.
everyday_rng = random.Random(8111)
EVERYDAY_ELSEWHERE = {
    "fr": ["Livrée à ma porte (1-5)"],
    "pl": ["Paczka ma solidne opakowanie (1-5)"],
    "de": ["Die Lieferung kam beim ersten Mal vollständig an (1-5)"],
}
for language, headers in EVERYDAY_ELSEWHERE.items():
    write(f"another-languages-everyday-word-reverses-nothing-{language}.csv", ["id"] + headers,
          numbered_ratings(everyday_rng, headers), delimiter=";")
write("another-languages-everyday-word-reverses-nothing-pt.csv",
      ["id", "No geral, quão satisfeito está com a nossa empresa? (1-5)", "A qualidade da entrega da encomenda foi má (1-5)", "O preço dos produtos é justo para o que recebi (1-5)", "Tem algum comentário ou sugestão para a nossa equipa?"],
      [[str(i + 1), str(everyday_rng.randint(1, 5)), str(everyday_rng.randint(1, 5)), str(everyday_rng.randint(1, 5)),
        everyday_rng.choice(["Gostei muito do atendimento e da rapidez.", "A entrega demorou mais do que o previsto.", "Os preços podiam ser mais baixos.", ""])] for i in range(N)], delimiter=";")

# French "Comment" is how: "Comment nous avez-vous connus ?" asks where the customer heard of the
# shop (a choice among a few sources, repeated), "Comment évaluez-vous … ?" for a rating, neither
# for a comment, whatever English "comment*" says. "Commentaires", and "Comment" alone, still do.
how_rng = random.Random(9203)
HOW_SOURCES = ["Internet", "Un ami", "Publicité", "Réseaux sociaux", "Journal", "Radio", "Télévision", "Salon", "Affiche", "Moteur de recherche"]
HOW_COMMENTS = ["Très bien, rien à dire de plus sur la commande.", "La livraison était un peu lente mais le produit est correct.", "Les prix sont trop élevés pour la qualité proposée.", "Service client très aimable et efficace.", ""]
write("french-comment-asks-how-not-for-a-comment.csv",
      ["id", "Dans l'ensemble, êtes-vous satisfait de votre commande ? (1-5)", "Comment nous avez-vous connus ?", "Comment évaluez-vous la rapidité de livraison ? (1-5)", "Comment s'est passé le contact avec notre service client ? (1-5)", "Commentaires", "Comment"],
      [[str(i + 1), str(how_rng.randint(1, 5)), how_rng.choice(HOW_SOURCES), str(how_rng.randint(1, 5)), str(how_rng.randint(1, 5)), how_rng.choice(HOW_COMMENTS), how_rng.choice(HOW_COMMENTS)] for i in range(60)], delimiter=";")

# School grades whose header names an end ("6 = sehr gut", as Swiss grades run; "1 = sehr gut", as
# German ones do) run the way it says. In a file that says it is Swiss (de-CH, CHF) a grade header
# that names no end cannot be told (Swiss grades rise to 6, the best; German ones fall to it, the
# worst) and is not scored until the config says which way it runs.
grades_rng = random.Random(6343)
write("school-grades-run-the-way-their-header-names-an-end.csv",
      ["id", "Gesamtzufriedenheit (1-5)", "Note für die Lieferung (1-6, 6 = sehr gut)", "Note für den Kundenservice (1 = sehr gut, 6 = ungenügend)"],
      [[str(i + 1), str(grades_rng.randint(1, 5)), str(grades_rng.choice([4, 5, 5, 6, 6, 3])), str(grades_rng.choice([1, 1, 2, 2, 3, 4]))] for i in range(N)], delimiter=";")
write("school-grades-in-a-swiss-file-naming-no-end-are-not-scored.csv",
      ["id", "Sprache", "Gesamtzufriedenheit mit dem Kurs (1-5)", "Schulnote für die Kursleitung (1-6)", "Note für das Kursmaterial (1-6, 6 = sehr gut)", "Kursgebühr in CHF"],
      [[str(i + 1), "de-CH", str(grades_rng.randint(1, 5)), str(grades_rng.choice([4, 5, 5, 6, 6, 3])), str(grades_rng.choice([4, 5, 5, 6, 6, 3])), str(grades_rng.choice([120, 150, 180]))] for i in range(N)], delimiter=";")

# A 0-10 question exported as the codes of its 11 points, 1..11 (SurveyMonkey's numeric export,
# LimeSurvey's codes): no 0, and the 11s as many as the 10s, the top of the scale, under a header
# that states 0-10 ("On a scale from 0 to 10", "(0-10)") or asks how likely one is to recommend.
# Read as 0-10, each answer one less than its code; without the statement it is no rating.
eleven_rng = random.Random(1111)
def eleven_code():
    return str(eleven_rng.choice([1, 3, 5, 6, 7, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 11, 11, 11]))
ELEVEN_CODED = {
    "en": ("On a scale from 0 to 10, how satisfied are you with our support?", "How likely are you to recommend us to a friend?", "How satisfied are you with delivery? (0-10)"),
    "de": ("Wie zufrieden sind Sie auf einer Skala von 0 bis 10 mit unserem Kundenservice?", "Wie wahrscheinlich ist es, dass Sie uns einem Freund empfehlen?", "Wie zufrieden sind Sie mit der Lieferung? (0-10)"),
    "pl": ("W skali od 0 do 10, jak bardzo jest Pan zadowolony z obsługi klienta?", "Jak prawdopodobne jest, że poleci nas Pan znajomemu?", "Jak ocenia Pan dostawę? (0-10)"),
}
for language, headers in ELEVEN_CODED.items():
    write(f"zero-to-ten-coded-one-to-eleven-{language}.csv", ["id"] + list(headers),
          [[str(i + 1)] + [eleven_code() for _ in headers] for i in range(80)], delimiter=";")
# Answers typed into a short-answer field (Google Forms, a paper form keyed in) slip: a "44" for a
# 4, a 0 for nothing. A 0 among typed answers that lean to the 5, as rare as a slip (one in 240),
# is a stray below 1..5, not a reason to read the scale as 0-5, however few 1s stand beside it;
# answers chosen from points, with no such slip beside them, keep a 0-5 whose 0 and 1 are rare.
typed_rng = random.Random(5303)
TYPED_ROWS = 240
typed_overall = [str(typed_rng.choices([2, 3, 4, 5], [3, 7, 9, 8])[0]) for _ in range(TYPED_ROWS)]
typed_overall[11], typed_overall[57], typed_overall[130] = "0", "44", "1"
typed_stars = [str(typed_rng.choices([2, 3, 4, 5], [3, 7, 9, 8])[0]) for _ in range(TYPED_ROWS)]
typed_stars[23], typed_stars[98] = "0", "1"
write("typed-answers-with-a-stray-zero.csv",
      ["id", "Overall, how satisfied are you with your visit?", "How would you rate the room?"],
      [[str(i + 1), typed_overall[i], typed_stars[i]] for i in range(TYPED_ROWS)])

# Numeric exports (LimeSurvey, SPSS, SurveyMonkey) code "don't know" or "refused" far above the
# scale: 99 (a LimeSurvey "Weiß nicht"), 999, or 9 beside a 1-5. Under a header that asks a rating, a scale's
# points and one such code are that scale, the code counted as not applicable, however many chose
# it (7 %, 12 %); under a header that asks for a count the numbers stay a quantity.
dont_know_rng = random.Random(7411)
DONT_KNOW_ROWS = 200


def rated_or_code(code, share, top=5):
    return str(code) if dont_know_rng.random() < share else str(dont_know_rng.choices(range(1, top + 1), [1, 2, 4, 5, 3][:top] if top == 5 else [1, 1, 2, 3, 4, 3, 2])[0])


write("rating-with-dont-know-coded-far-above-its-scale.csv",
      ["id", "I trust that the company will stand by me.", "How satisfied are you with the price?", "Overall satisfaction with our service", "How many calls did it take to resolve your issue?"],
      [[str(i + 1), rated_or_code(99, 0.07), rated_or_code(9, 0.12), rated_or_code(999, 0.05, top=7), rated_or_code(99, 0.07)] for i in range(DONT_KNOW_ROWS)])

# A statement that something is too high, too dear, too slow or too long says the bad end of its
# scale: agreeing with "Piegādes izmaksas ir pārāk augstas" (shipping costs are too high) is
# dissatisfaction, and the item is reversed, in each lexicon language ("pārāk", "za", "zu", "trop",
# "demasiado", "demais"; Portuguese "muito" is "very", not "too"). Fewer than 30 respondents, so
# that the answers (random) decide no direction and the wording alone is tested.
too_much_rng = random.Random(7523)
TOO_MUCH = {
    "en": ["The delivery charges are too costly (1-5)", "The waiting time on the phone was too long (1-5)", "The prices are fair (1-5)"],
    "de": ["Die Versandkosten sind zu hoch (1-5)", "Die Lieferzeit war zu lang (1-5)", "Die Preise sind fair (1-5)"],
    "fr": ["Les frais de livraison sont trop élevés (1-5)", "Le délai de livraison était trop long (1-5)", "Les prix sont justes (1-5)"],
    "es": ["Los gastos de envío son demasiado altos (1-5)", "La espera de la entrega fue demasiado larga (1-5)", "Los precios son justos (1-5)"],
    "pt": ["Os custos de envio são altos demais (1-5)", "O prazo de entrega foi longo demais (1-5)", "Os preços são justos (1-5)"],
    "pl": ["Koszty dostawy są za wysokie (1-5)", "Czas oczekiwania na dostawę był za długi (1-5)", "Ceny są uczciwe (1-5)"],
    "lv": ["Piegādes izmaksas ir pārāk augstas (1-5)", "Piegādes laiks bija pārāk ilgs (1-5)", "Cenas ir godīgas (1-5)"],
}
for language, statements in TOO_MUCH.items():
    write(f"too-high-or-too-long-statement-is-reversed-{language}.csv", ["id"] + statements,
          [[str(i)] + [str(too_much_rng.randint(1, 5)) for _ in statements] for i in range(25)], delimiter=";")

# Two items of a dimension that run against each other (one worded in reverse in words no lexicon
# holds, or coded the other way round): with two items no answers decide a direction, the
# dimension's Cronbach's alpha falls below zero, and the report's notes say so, naming both.
against_rng = random.Random(7607)
against_rows = []
for i in range(200):
    fair = against_rng.choices([1, 2, 3, 4, 5], [1, 2, 3, 4, 3])[0]
    against_rows.append([str(i + 1), str(fair), str(min(5, max(1, 6 - fair + against_rng.choice([-1, 0, 0, 1])))), str(against_rng.randint(1, 5))])
write("two-items-running-against-each-other-give-a-negative-alpha.csv",
      ["id", "The prices are fair (1-5)", "The price compared with other shops (1-5)", "Overall satisfaction (1-5)"], against_rows)

# Microsoft Forms names its own columns in the form owner's language, in a fixed order: the id, the
# start and completion times, the respondent's e-mail ("anonymous" when not signed in) and name.
# In a language whose words are not listed (Czech here) they are known by what they hold: the
# completion time is the timestamp, the others metadata and personal data, not answers.
msforms_rng = random.Random(7717)
msforms_rows = []
for i in range(60):
    day, hour, minute = 1 + i % 28, 8 + i % 10, msforms_rng.randint(0, 54)
    msforms_rows.append([str(i + 1), f"9/{day}/25 {hour}:{minute:02d}:00", f"9/{day}/25 {hour}:{minute + msforms_rng.randint(1, 5):02d}:00",
                         "anonymous" if msforms_rng.random() < 0.8 else f"user{i}@example.com", "", "",
                         str(msforms_rng.randint(1, 5)), msforms_rng.choice(["", "Rychlé doručení", "Drahé poštovné", "Vše v pořádku"])])
write("microsoft-forms-columns-in-an-unlisted-language.csv",
      ["ID", "Čas zahájení", "Čas dokončení", "E-mail", "Název", "Čas poslední úpravy", "Jak jste celkově spokojeni s nákupem? (1-5)", "Co bychom mohli zlepšit?"], msforms_rows)

# A checkbox question written into one column, the options chosen joined by ", " (Google Forms):
# six options make up to 63 ways of choosing, too many to list as labels, but every part of every
# cell is one of six short options chosen again and again. They are the question's options, not
# free text; text whose parts between commas are many and seldom repeated stays a comment.
joined_rng = random.Random(7801)
JOINED_OPTIONS = ["Check-up", "Hygiene / scaling", "Filling (composite)", "Root canal treatment", "Orthodontics", "Implants"]
OPENINGS = ["The receptionist was kind", "Parking was hard to find", "I waited a while", "The dentist explained everything", "The room was cold", "Booking online worked well",
            "My appointment started late", "The bill was higher than expected", "Staff were patient with my son", "The chair was comfortable", "Music was too loud", "Coffee in the lobby was nice"]
joined_rows = []
for i in range(200):
    chosen = [o for o in JOINED_OPTIONS if joined_rng.random() < 0.3] or [joined_rng.choice(JOINED_OPTIONS)]
    note = ", ".join(joined_rng.sample(OPENINGS, joined_rng.randint(1, 2))) + f", visit {i + 1}" if joined_rng.random() < 0.6 else ""
    joined_rows.append([str(i + 1), ", ".join(chosen), str(joined_rng.randint(1, 5)), note])
write("checkbox-options-joined-by-comma-in-one-column.csv",
      ["id", "Which of our services did you use?", "Overall, how satisfied are you with your visit? (1-5)", "Your visit in your own words"], joined_rows)

# The staff who handle one's case, the company's letters, a clinic's reception desk and what the
# staff explained are service, in each language where they are asked so; the speed of handling a
# claim is no delivery ("Wie zufrieden waren Sie …": "waren" is "were", not goods).
service_words_rng = random.Random(7907)
SERVICE_WORDS = {
    "de": ("Wie zufrieden waren Sie mit der Bearbeitung Ihres Anliegens?", ["Kommunikation mit Ihrem Sachbearbeiter", "Verständlichkeit unserer Schreiben", "Schnelligkeit der Bearbeitung"]),
    "pl": ("Jak ocenia Pan/Pani poszczególne elementy wizyty?", ["Rejestracja", "Wyjaśnienie planu leczenia", "Uprzejmość personelu"]),
}
for language, (stem, rows) in SERVICE_WORDS.items():
    write(f"case-handler-letters-and-reception-are-service-{language}.csv", ["id"] + [f"{stem} [{row}]" for row in rows],
          [[str(i)] + [str(service_words_rng.randint(1, 5)) for _ in rows] for i in range(40)], delimiter=";")

# An export of its own that leads as Microsoft Forms does, with an id, two dates and an e-mail,
# and asks its first question next: no Microsoft Forms (whose fifth column is the respondent's
# name, blank, "anonymous" or a name), and the rating there is a question like the others.
not_msforms_rng = random.Random(7723)
not_msforms_rows = []
for i in range(60):
    day = 1 + i % 28
    not_msforms_rows.append([str(1000 + i), f"2025-03-{day:02d} 10:00:00", f"2025-03-{day:02d} 10:05:00", f"user{i}@example.com",
                             str(not_msforms_rng.randint(1, 5)), str(not_msforms_rng.randint(0, 10))])
write("id-dates-and-email-before-a-rating-are-no-microsoft-forms.csv",
      ["ID", "Created", "Submitted", "Email", "Overall satisfaction (1-5)", "How likely are you to recommend us? (0-10)"], not_msforms_rows)

# A header that states its own scale and what its 11 is ("(1-10, 11 = don't know)") says its codes
# are its answers: 1..11 there is no 0-10 scale coded 1-11, however many 11s it holds.
eleven_named_rng = random.Random(1112)
write("eleven-named-by-its-header-is-no-zero-to-ten-code.csv",
      ["id", "How likely are you to recommend us? (1-10, 11 = don't know)", "Overall satisfaction (1-5)"],
      [[str(i), str(eleven_named_rng.choice([3, 6, 8, 9, 10, 10, 11, 11])), str(eleven_named_rng.randint(1, 5))] for i in range(60)])

# A problem said to be absent ("Was your order free of problems?", "ohne", "sans", "sin", "sem",
# "bez") or solved ("Did our staff solve your problem?", "behoben", "résolu", "solucionó",
# "solucionou", "rozwiązał", "atrisināja"), answered No / Maybe / Yes or Yes / No: yes is the good
# answer, scored the usual way, not reversed as the question whether there was a problem is.
free_rng = random.Random(7311)
PROBLEM_FREE = {
    "en": ("Was your order free of problems?", "Did our staff solve your problem?", "Did your order arrive without problems?", "Overall satisfaction (1-5)", ("No", "Maybe", "Yes")),
    "de": ("Verlief Ihre Bestellung ohne Probleme?", "Hat unser Team Ihr Problem behoben?", "Hatten Sie keine Probleme mit Ihrer Bestellung?", "Gesamtzufriedenheit (1-5)", ("Nein", "Vielleicht", "Ja")),
    "fr": ("Votre commande s'est-elle déroulée sans problème ?", "Notre équipe a-t-elle résolu votre problème ?", "N'avez-vous eu aucun problème avec votre commande ?", "Satisfaction globale (1-5)", ("Non", "Peut-être", "Oui")),
    "es": ("¿Su pedido llegó sin problemas?", "¿Nuestro equipo solucionó su problema?", "¿No tuvo ningún problema con su pedido?", "Satisfacción general (1-5)", ("No", "Quizás", "Sí")),
    "pt": ("A sua encomenda chegou sem problemas?", "A nossa equipa solucionou o seu problema?", "Não teve nenhum problema com a sua encomenda?", "Satisfação geral (1-5)", ("Não", "Talvez", "Sim")),
    "pl": ("Czy zamówienie zostało zrealizowane bez problemów?", "Czy nasz zespół rozwiązał Pana problem?", "Czy nie miał Pan żadnych problemów z zamówieniem?", "Ogólne zadowolenie (1-5)", ("Nie", "Może", "Tak")),
    "lv": ("Vai pasūtījums tika piegādāts bez problēmām?", "Vai mūsu komanda atrisināja jūsu problēmu?", "Vai pirkums noritēja bez problēmām?", "Kopumā, cik apmierināts esat ar mums? (1-5)", ("Nē", "Varbūt", "Jā")),
}
for language, (free, solved, free_yes_no, overall, answers) in PROBLEM_FREE.items():
    # What went without a problem was mostly solved too: the two run together, yes with yes.
    rows = []
    for i in range(N):
        went_well = free_rng.choice([2, 2, 2, 1, 0])
        put_right = went_well if free_rng.random() < 0.8 else free_rng.randint(0, 2)
        plain = answers[2] if free_rng.random() < 0.7 else answers[0]
        rows.append([str(i), answers[went_well], answers[put_right], plain, str(free_rng.randint(1, 5))])
    write(f"problem-negated-or-solved-no-maybe-yes-keeps-yes-best-{language}.csv", ["id", free, solved, free_yes_no, overall], rows, delimiter=";")
# In a file too short to tell its language, the header itself tells whether "ma" or "mal" is the
# word of the bad pole: Portuguese "má" keeps the accent that French and Polish "ma" never have, and
# "El pedido llegó mal embalado" has Spanish "el" and ó where German "mal" (schon mal) has German
# words about it. Each is turned round, of medium confidence (wording alone).
told_rng = random.Random(8219)
TOLD_BY_HEADER = {
    "pt": ["Satisfação geral (1-5)", "A entrega foi má (1-5)", "O atendimento foi de má qualidade (1-5)"],
    "es": ["¿Qué tan satisfecho está? (1-5)", "El pedido llegó mal embalado (1-5)"],
}
for language, headers in TOLD_BY_HEADER.items():
    write(f"bad-word-told-by-its-header-in-a-short-file-{language}.csv", ["id"] + headers,
          numbered_ratings(told_rng, headers), delimiter=";")

# "Did you experience any problem …?" coded 1 (Yes) and 2 (No) in a Qualtrics numeric export is the
# complaint question as "Did you have a problem …?" is: "experience", a word of rating elsewhere
# ("How was your experience?"), is here part of the problem's own phrase and rates nothing.
experience_rng = random.Random(9004)
experience_rows = [[f"R_{i:05d}", "1", "1" if experience_rng.random() < 0.3 else "2", str(experience_rng.randint(1, 5))] for i in range(80)]
write("yes-no-coded-1-2-asked-as-experiencing-a-problem.csv", ["ResponseId", "Finished", "Q3", "Q5"],
      [["Response ID", "Finished", "Did you experience any problem with your order?", "Overall, how satisfied are you with our service?"],
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID3"}', '{"ImportId":"QID5"}']] + experience_rows)

# A Qualtrics matrix whose rows were given export tags of words, one of them "Other (please
# specify)" with a text entry beside it (`sat_other`, `sat_other_TEXT`): the row is rated as its
# neighbours are, not a choice question with a text entry. Its ImportId (`QID4-3`, row 3 of
# QID4; the text's `QID4-3-TEXT`) says it is a row, where the names alone do not.
matrix_other_rng = random.Random(9117)
matrix_other_rows = []
for i in range(120):
    mood = matrix_other_rng.choice([2, 3, 4, 4, 5])
    rate = lambda: str(max(1, min(5, mood + matrix_other_rng.choice([-1, 0, 0, 1]))))
    other = matrix_other_rng.random() < 0.25
    matrix_other_rows.append([f"R_{i:05d}", "1", rate(), rate(), rate(), rate() if other else "",
                              matrix_other_rng.choice(["Loyalty card", "Parking", "Opening hours"]) if other else ""])
write("qualtrics-matrix-row-other-with-text-entry-is-rated.csv",
      ["ResponseId", "Finished", "Q1", "sat_website", "sat_app", "sat_other", "sat_other_TEXT"],
      [["Response ID", "Finished", "Overall, how satisfied are you with your visit?",
        "How satisfied are you with the following? - Our website",
        "How satisfied are you with the following? - Our app",
        "How satisfied are you with the following? - Other (please specify)",
        "How satisfied are you with the following? - Other (please specify) - Text"],
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID1"}', '{"ImportId":"QID4-1"}',
        '{"ImportId":"QID4-2"}', '{"ImportId":"QID4-3"}', '{"ImportId":"QID4-3-TEXT"}']] + matrix_other_rows)

# The text typed beside a choice of a Qualtrics question (`Q6_5_TEXT`, "… - Sonstiges - Text") is
# that choice's free text, a comment, however short and repeated its answers ("Werkzeug" again and
# again): no categories to break the report down by.
typed_rng = random.Random(9203)
typed_rows = []
for i in range(150):
    category = typed_rng.choice(["1", "2", "3", "4", "5"])
    typed_rows.append([f"R_{i:05d}", "1", category, typed_rng.choice(["Werkzeug", "Gartengeräte", "Spielzeug"]) if category == "5" else "", str(typed_rng.randint(1, 5))])
write("qualtrics-text-typed-beside-a-choice-is-a-comment-de.csv",
      ["ResponseId", "Finished", "Q6", "Q6_5_TEXT", "Q7"],
      [["Response ID", "Finished", "Aus welcher Produktkategorie stammte Ihre Bestellung? - Ausgewählte Auswahl",
        "Aus welcher Produktkategorie stammte Ihre Bestellung? - Sonstiges - Text", "Wie zufrieden sind Sie insgesamt mit uns?"],
       ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID6"}', '{"ImportId":"QID6_5_TEXT"}', '{"ImportId":"QID7"}']] + typed_rows)
# Typeform's export without a `Response Type` column (older exports, or one whose columns were
# chosen): a response never submitted has its answers up to where the respondent stopped and an
# empty `Submit Date (UTC)`. It is unfinished, as LimeSurvey's empty `submitdate` says.
typeform_unsubmitted_rng = random.Random(4417)
typeform_unsubmitted_rows = []
for i in range(50):
    day = 1 + i % 28
    submitted = i % 5 != 3
    satisfaction = str(typeform_unsubmitted_rng.randint(1, 5))
    recommend = str(typeform_unsubmitted_rng.randint(0, 10)) if submitted or i % 2 == 0 else ""
    delivery = str(typeform_unsubmitted_rng.randint(1, 5)) if submitted else ""
    comment = typeform_unsubmitted_rng.choice(["", "Fast delivery, thank you", "The parcel was late", "Good value"]) if submitted else ""
    typeform_unsubmitted_rows.append([f"{typeform_unsubmitted_rng.getrandbits(128):032x}", satisfaction, recommend, delivery, comment,
                                      f"2025-04-{day:02d} 09:{i % 60:02d}:00", f"2025-04-{day:02d} 09:{i % 60:02d}:40" if submitted else "",
                                      f"{typeform_unsubmitted_rng.getrandbits(40):010x}"])
write("typeform-empty-submit-date-is-unfinished-en.csv",
      ["#", "<strong>Overall</strong>, how satisfied are you with us? (1-5)", "How likely are you to <em>recommend</em> us to a friend? (0-10)",
       "How satisfied are you with the delivery? (1-5)", "Anything else you would like to tell us?", "Start Date (UTC)", "Submit Date (UTC)", "Network ID"],
      typeform_unsubmitted_rows)

# Qualtrics' `Status` (Response Type) and `DistributionChannel`: survey previews (1, 17), generated
# test responses (2, channel `test`) and spam (8, 9, 12) beside real responses (0 IP Address, 4
# Imported, 16 Offline; channel anonymous or email) are no respondent's answers; an export whose
# every row is a test or a preview is read whole, the figures then being those of the tests. Both as
# Qualtrics writes them: numeric values and choice text, three header rows (names, question text,
# ImportId JSON).
QUALTRICS_STATUS_NAMES = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId",
                          "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude",
                          "DistributionChannel", "UserLanguage", "Q1", "Q2", "Q3", "Q4"]
QUALTRICS_STATUS_TEXTS = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date", "Response ID",
                          "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference", "Location Latitude", "Location Longitude",
                          "Distribution Channel", "User Language", "Overall, how satisfied are you with our service?",
                          "How likely are you to recommend us to a friend or colleague?", "How satisfied are you with the delivery of your order?",
                          "Is there anything else you would like to tell us?"]
QUALTRICS_STATUS_IDS = ['{"ImportId":"%s"}' % i for i in ["startDate", "endDate", "status", "ipAddress", "progress", "duration", "finished", "recordedDate", "_recordId",
                                                          "recipientLastName", "recipientFirstName", "recipientEmail", "externalDataReference", "locationLatitude",
                                                          "locationLongitude", "distributionChannel", "userLanguage", "QID1", "QID2", "QID3", "QID4_TEXT"]]
QUALTRICS_STATUS_LABELS = {"0": "IP Address", "1": "Survey Preview", "2": "Survey Test", "4": "Imported", "8": "Spam", "9": "Survey Preview Spam", "16": "Offline", "17": "Offline Survey Preview"}
QUALTRICS_SATISFACTION = ["Extremely dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Extremely satisfied"]
QUALTRICS_CHANNEL = {"0": "anonymous", "1": "preview", "2": "test", "4": "imported", "8": "anonymous", "9": "preview", "16": "offline", "17": "preview"}


def qualtrics_status_rows(rng, statuses, labels):
    rows = []
    for i, status in enumerate(statuses):
        day = 1 + i % 28
        real = status in ("0", "4", "16")
        # A real respondent leans to the good end; a generated test answers anything, a preview its author's clicks.
        overall = rng.choice([3, 4, 4, 5, 5]) if real else rng.randint(1, 5)
        recommend = rng.choice([6, 8, 9, 9, 10, 10]) if real else rng.randint(0, 10)
        delivery = rng.choice([2, 3, 4, 5, 5]) if real else rng.randint(1, 5)
        comment = rng.choice(["", "", "Quick delivery", "The parcel came a day late", "Friendly staff"]) if real else rng.choice(["", "test", "asdf"])
        channel = "email" if real and status == "0" and i % 3 == 0 else QUALTRICS_CHANNEL[status]
        rows.append([f"2025-05-{day:02d} 10:00:00", f"2025-05-{day:02d} 10:04:00", QUALTRICS_STATUS_LABELS[status] if labels else status,
                     f"10.0.{i // 250}.{i % 250}" if status in ("0", "8") else "", "100", "240", "True" if labels else "1", f"2025-05-{day:02d} 10:04:01",
                     f"R_{rng.getrandbits(60):015x}", "", "", "", "", "", "", channel, "EN",
                     QUALTRICS_SATISFACTION[overall - 1] if labels else str(overall), str(recommend),
                     QUALTRICS_SATISFACTION[delivery - 1] if labels else str(delivery), comment])
    return rows


qualtrics_status_rng = random.Random(6170)
mixed_statuses = ["0"] * 52 + ["4"] * 3 + ["16"] * 3 + ["2"] * 8 + ["1"] * 3 + ["17"] + ["8"] * 2 + ["9"]
qualtrics_status_rng.shuffle(mixed_statuses)
every_test_statuses = ["2"] * 38 + ["1"] * 2
qualtrics_status_rng.shuffle(every_test_statuses)
for labels, kind in ((False, "numeric"), (True, "labels")):
    head = [QUALTRICS_STATUS_TEXTS, QUALTRICS_STATUS_IDS]
    write(f"qualtrics-tests-and-previews-beside-real-responses-{kind}-en.csv", QUALTRICS_STATUS_NAMES,
          head + qualtrics_status_rows(qualtrics_status_rng, mixed_statuses, labels))
    write(f"qualtrics-every-response-a-test-or-preview-{kind}-en.csv", QUALTRICS_STATUS_NAMES,
          head + qualtrics_status_rows(qualtrics_status_rng, every_test_statuses, labels))
# Points or stars given to what a header names ("How many points would you give our room? (1-10)",
# "Wie viele Punkte geben Sie unserem Zimmer?"): a rating of the room on the scale the header
# states, the room no unit counted; nights stayed, beside it, stay a count.
points_rng = random.Random(4417)
POINTS_GIVEN = {
    "en": ("Overall, how satisfied are you with your stay? (1-5)", "How many points would you give our room? (1-10)", "How many stars would you give our guest service? (1-5)", "How many nights did you stay with us?"),
    "de": ("Wie zufrieden sind Sie insgesamt mit Ihrem Aufenthalt? (1-5)", "Wie viele Punkte geben Sie unserem Zimmer? (1-10)", "Wie viele Sterne geben Sie unserem Gästeservice? (1-5)", "Wie viele Nächte haben Sie bei uns übernachtet?"),
    "fr": ("Dans l'ensemble, êtes-vous satisfait de votre séjour ? (1-5)", "Combien de points donneriez-vous à notre chambre ? (1-10)", "Combien d'étoiles donneriez-vous à notre accueil des invités ? (1-5)", "Combien de nuits avez-vous passées chez nous ?"),
}
for language, (overall, points, stars, nights) in POINTS_GIVEN.items():
    write(f"points-given-rate-what-they-name-{language}.csv", ["id", overall, points, stars, nights],
          [[str(i + 1), str(points_rng.randint(1, 5)), str(points_rng.randint(3, 10)), str(points_rng.randint(2, 5)), str(points_rng.randint(1, 9))] for i in range(N)], delimiter=";")

# A count of people recommended to ("How many people would you recommend us to? (0-10)", "Wie
# vielen Personen würden Sie uns empfehlen?"), beside the question how likely one is to recommend:
# a quantity, not a second recommend question.
recommended_rng = random.Random(5521)
RECOMMENDED_TO = {
    "en": ("How likely are you to recommend us to a friend or colleague? (0-10)", "How many people would you recommend us to? (0-10)", "How many friends have you already recommended us to?", "Overall satisfaction (1-5)"),
    "de": ("Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen? (0-10)", "Wie vielen Personen würden Sie uns empfehlen? (0-10)", "Wie vielen Freunden haben Sie uns bereits empfohlen?", "Gesamtzufriedenheit (1-5)"),
}
for language, (likely, people, friends, overall) in RECOMMENDED_TO.items():
    write(f"count-of-people-recommended-to-is-a-quantity-{language}.csv", ["id", likely, people, friends, overall],
          [[str(i + 1), str(recommended_rng.randint(0, 10)), str(recommended_rng.choice([0, 0, 1, 2, 3, 5])), str(recommended_rng.choice([0, 1, 1, 2, 4, 7])), str(recommended_rng.randint(1, 5))] for i in range(N)], delimiter=";")

# An insurer's survey: how a claim was handled ("Schnelligkeit der Schadenbearbeitung", "Gestion des
# sinistres", "Claims handling") is the service the survey is about, as the claims handler who did
# it is, and whether a claim was made in the year splits respondents (a claim is no complaint about
# the insurer).
claims_rng = random.Random(6163)
CLAIMS_HANDLING = {
    "en": (["Speed of claims handling", "Claims handling", "How satisfied are you with the handling of your claim?", "How satisfied are you with your claims handler?", "Did you make a claim in the last 12 months?", "Overall satisfaction (1-5)"], ("Yes", "No")),
    "de": (["Schnelligkeit der Schadenbearbeitung", "Schadenregulierung", "Wie zufrieden sind Sie mit der Bearbeitung Ihres Schadenfalls?", "Freundlichkeit Ihres Sachbearbeiters", "Haben Sie in den letzten 12 Monaten einen Schadenfall gemeldet?", "Gesamtzufriedenheit (1-5)"], ("Ja", "Nein")),
    "fr": (["Rapidité de la gestion des sinistres", "Gestion des sinistres", "Êtes-vous satisfait du traitement de votre sinistre ?", "Amabilité de votre gestionnaire de sinistre", "Avez-vous déclaré un sinistre au cours des 12 derniers mois ?", "Satisfaction globale (1-5)"], ("Oui", "Non")),
    "es": (["Rapidez de la gestión del siniestro", "Gestión de siniestros", "¿Está satisfecho con la tramitación de su siniestro?", "Amabilidad del tramitador", "¿Ha declarado un siniestro en los últimos 12 meses?", "Satisfacción general (1-5)"], ("Sí", "No")),
    "pl": (["Szybkość likwidacji szkody", "Likwidacja szkód", "Jak ocenia Pan/Pani likwidację szkody?", "Uprzejmość likwidatora", "Czy zgłaszał(a) Pan/Pani szkodę w ciągu ostatnich 12 miesięcy?", "Ogólne zadowolenie (1-5)"], ("Tak", "Nie")),
}
for language, (headers, (yes, no)) in CLAIMS_HANDLING.items():
    rows = []
    for i in range(N):
        handled = claims_rng.randint(1, 5)
        rows.append([str(i + 1)] + [str(max(1, min(5, handled + claims_rng.choice([-1, 0, 0, 1])))) for _ in range(3)]
                    + [str(claims_rng.randint(1, 5)), yes if claims_rng.random() < 0.4 else no, str(claims_rng.randint(1, 5))])
    write(f"insurance-claims-handling-is-service-{language}.csv", ["id"] + headers, rows, delimiter=";")

# A driver rated in a survey of deliveries ("How would you rate your driver?" beside "How satisfied
# were you with the delivery of your order?") is the one who brought the order: delivery. In a
# survey of rides the driver is the service itself, and "on time" or "Speed" there says nothing of
# deliveries: the driver keeps no dimension.
driver_rng = random.Random(7319)
DRIVER_OF_DELIVERIES = {
    "en": ("How satisfied were you with the delivery of your order? (1-5)", "How would you rate your driver? (1-5)", "Overall satisfaction (1-5)"),
    "de": ("Wie zufrieden waren Sie mit der Lieferung Ihrer Bestellung? (1-5)", "Wie bewerten Sie Ihren Fahrer? (1-5)", "Gesamtzufriedenheit (1-5)"),
    "fr": ("Êtes-vous satisfait de la livraison de votre commande ? (1-5)", "Comment évaluez-vous votre chauffeur ? (1-5)", "Satisfaction globale (1-5)"),
    "pl": ("Jak ocenia Pan/Pani dostawę zamówienia? (1-5)", "Jak ocenia Pan/Pani kierowcę? (1-5)", "Ogólne zadowolenie (1-5)"),
}
for language, headers in DRIVER_OF_DELIVERIES.items():
    rows = []
    for i in range(N):
        went = driver_rng.randint(1, 5)
        rows.append([str(i + 1), str(went), str(max(1, min(5, went + driver_rng.choice([-1, 0, 0, 1])))), str(driver_rng.randint(1, 5))])
    write(f"driver-in-a-survey-of-deliveries-is-delivery-{language}.csv", ["id"] + list(headers), rows, delimiter=";")
DRIVER_OF_RIDES = {
    "en": (("How would you rate your driver? (1-5)", "Did your driver arrive on time?", "Speed", "How satisfied were you with your ride overall? (1-5)"), ("Yes", "No")),
    "de": (("Wie bewerten Sie Ihren Fahrer? (1-5)", "Kam Ihr Fahrer pünktlich?", "Schnelligkeit", "Wie zufrieden waren Sie insgesamt mit Ihrer Fahrt? (1-5)"), ("Ja", "Nein")),
}
for language, (headers, (yes, no)) in DRIVER_OF_RIDES.items():
    write(f"driver-in-a-survey-of-rides-is-no-delivery-{language}.csv", ["id"] + list(headers),
          [[str(i + 1), str(driver_rng.randint(1, 5)), yes if driver_rng.random() < 0.8 else no, str(driver_rng.randint(1, 5)), str(driver_rng.randint(1, 5))] for i in range(N)], delimiter=";")

# The one who brings a parcel, named as such ("livreur", "repartidor"): delivery, whatever else the
# survey asks.
courier_rng = random.Random(7411)
COURIER = {
    "fr": ("Comment évaluez-vous votre livreur ? (1-5)", "Satisfaction globale (1-5)"),
    "es": ("¿Cómo valora a su repartidor? (1-5)", "Satisfacción general (1-5)"),
}
for language, headers in COURIER.items():
    write(f"courier-named-is-delivery-{language}.csv", ["id"] + list(headers),
          [[str(i + 1), str(courier_rng.randint(1, 5)), str(courier_rng.randint(1, 5))] for i in range(N)], delimiter=";")
# Trust worded as safety: feeling safe or secure as a customer, one's data kept safe, paying
# securely, one's privacy ("I feel safe paying here", "Meine Daten sind sicher", "Segurança dos
# meus dados", "Me sentí seguro", "Sécurité des paiements", "Bezpieczeństwo danych", "Datu
# drošība"): SERVQUAL's assurance ("feel safe in your transactions") and E-S-QUAL's privacy
# items, in each lexicon language. Goods packed or brought safely stay delivery: "gut und sicher
# verpackt", "arrived safely", "llegó seguro y bien embalado".
safe_rng = random.Random(9601)
SAFE_AS_TRUST = {
    "en": ("Overall, how satisfied are you with your experience with our online shop? (1-5)",
           ["I feel safe paying here", "My data is secure with them", "Paying by card on the website is secure and the payment security is good", "My order arrived safely and was securely packed"]),
    "de": ("Wie zufrieden sind Sie insgesamt mit Ihrem Einkauf in unserem Online-Shop? (1-5)",
           ["Ich fühle mich beim Bezahlen in diesem Shop sicher", "Meine Daten sind sicher", "Datenschutz", "Die Ware war gut und sicher verpackt"]),
    "fr": ("Dans l'ensemble, quelle est votre satisfaction globale concernant votre achat en ligne ? (1-5)",
           ["Je me sens en sécurité lorsque je paie sur le site", "Sécurité des paiements", "Protection de mes données personnelles", "Le colis a été livré en toute sécurité"]),
    "es": ("En general, ¿cuál es su grado de satisfacción general con la compra en nuestra tienda? (1-5)",
           ["Me sentí seguro al pagar en la tienda", "Seguridad de mis datos personales", "Pago seguro", "El pedido llegó seguro y bien embalado"]),
    "pt": ("De uma forma geral, qual é a sua satisfação geral com a compra na nossa loja? (1-5)",
           ["Segurança dos meus dados", "Meus dados estão seguros com a empresa", "Sinto-me seguro ao pagar na loja", "A encomenda chegou em segurança"]),
    "pl": ("Jak ogólnie ocenia Pan/Pani swoje zadowolenie z zakupów w naszym sklepie? (1-5)",
           ["Bezpieczeństwo danych osobowych", "Czuję się bezpiecznie, płacąc w tym sklepie", "Bezpieczeństwo płatności", "Paczka dotarła bezpiecznie"]),
    "lv": ("Kopumā, cik apmierināts esat ar pirkumu mūsu interneta veikalā? (1-5)",
           ["Datu drošība", "Es jūtos droši, maksājot šajā veikalā", "Maksājumu drošība", "Paka tika piegādāta droši"]),
}
for language, (overall, rows) in SAFE_AS_TRUST.items():
    data = []
    for i in range(60):
        mood = safe_rng.choice([2, 3, 4, 4, 5])
        data.append([str(i + 1), str(mood)] + [str(max(1, min(5, mood + safe_rng.choice([-1, 0, 0, 1])))) for _ in rows])
    write(f"trust-worded-as-safety-of-data-and-payment-{language}.csv", ["id", overall] + rows, data, delimiter=";")

# How customers are served where they are received: the room or the branch kept clean
# (cleanliness: "Limpieza de la habitación", "Das Zimmer war sauber", "Propreté de l'agence"),
# being served ("I was served promptly", "Rapidez en la atención", "Ich wurde schnell bedient")
# and checking in ("Rapidez del check-in", "Check-in was quick") are service, as the staff's
# friendliness is; a segment word beside the quality rated ("… de l'agence", "… of the branch")
# names what is rated, not a category; the branch itself coded 1..4 stays a segment.
served_rng = random.Random(9602)
SERVED_AND_CLEAN = {
    "en": ("Overall, how satisfied are you with your stay at our hotel? (1-5)",
           ["The room was clean", "I was served promptly", "Check-in was quick", "Cleanliness of the branch"], "Branch"),
    "de": ("Wie zufrieden sind Sie insgesamt mit Ihrem Aufenthalt in unserem Hotel? (1-5)",
           ["Das Zimmer war sauber", "Ich wurde schnell bedient", "Der Check-in ging schnell", "Sauberkeit der Filiale"], "Filiale"),
    "fr": ("Dans l'ensemble, quelle est votre satisfaction globale concernant votre visite en agence ? (1-5)",
           ["Propreté de l'agence", "J'ai été servi rapidement", "Rapidité du check-in", "La chambre était propre"], "Agence"),
    "es": ("En general, ¿cuál es su grado de satisfacción general con su estancia en el hotel? (1-5)",
           ["Limpieza de la habitación", "Rapidez del check-in", "Rapidez en la atención", "Limpieza del hotel"], "Sucursal"),
    "pt": ("De uma forma geral, qual é a sua satisfação geral com a sua estadia no nosso hotel? (1-5)",
           ["Limpeza do quarto", "Fui atendido rapidamente", "Rapidez do check-in", "Atendimento na loja"], "Loja"),
}
for language, (overall, rows, branch) in SERVED_AND_CLEAN.items():
    data = []
    for i in range(60):
        mood = served_rng.choice([2, 3, 4, 4, 5])
        data.append([str(i + 1), str(mood)] + [str(max(1, min(5, mood + served_rng.choice([-1, 0, 0, 1])))) for _ in rows] + [str(served_rng.randint(1, 4))])
    write(f"cleanliness-check-in-and-being-served-are-service-{language}.csv", ["id", overall] + rows + [branch], data, delimiter=";")

# A KoboToolbox field name of words no lexicon holds ("qualite_eau", water quality; "continuite",
# continuity of supply) under a group that names a dimension ("qualite_service/") takes the group's
# dimension, and the evidence says the word is the group path's, not the field's: an analyst sees
# where to map it otherwise. A field name that names one keeps its own ("amabilite_agents").
kobo_group_rng = random.Random(9603)
kobo_group_rows = []
for i in range(60):
    mood = kobo_group_rng.choice([2, 3, 4, 4, 5])
    near = lambda: str(max(1, min(5, mood + kobo_group_rng.choice([-1, 0, 0, 1]))))
    kobo_group_rows.append([f"2026-05-{1 + i % 28:02d}T08:00:00", str(mood), near(), near(), near(), f"uuid-{i:04d}", f"2026-05-{1 + i % 28:02d}T08:06:00"])
write("kobo-field-name-of-unknown-words-takes-its-group-dimension.csv",
      ["start", "satisfaction_globale", "qualite_service/qualite_eau", "qualite_service/continuite", "qualite_service/amabilite_agents", "_uuid", "_submission_time"],
      kobo_group_rows, delimiter=";")
# A checkbox question written into one column, the options chosen joined by ", " (Google Forms) or
# "; " (Formbricks), the text typed for "Other" inline among them: a checkbox question whose options
# are counted one by one, as split option columns are, never a segment of the combinations chosen.
# A part chosen by one respondent only is a text typed for "Other", pooled as Other.
joined_other_rng = random.Random(9231)
JOINED_OTHER = {
    "es": (", ", "¿Qué servicios del hotel utilizó?", "En general, ¿cuál es su grado de satisfacción con su estancia? (1-5)",
           ["Restaurante", "Spa", "Parking", "Gimnasio"], ["Lavandería", "Lavandería", "Lavandería", "Traslado al aeropuerto", "Alquiler de bicis para toda la familia"]),
    "pt": ("; ", "7. Quais módulos você mais usa?", "3. No geral, qual o seu nível de satisfação com o Fluxo? (1-5)",
           ["Faturamento", "Relatórios", "Integrações", "App mobile"], ["Estoque", "Estoque", "Portal do cliente", "API própria para o ERP"]),
}
for language, (joiner, question, overall, options, others) in JOINED_OTHER.items():
    rows = []
    for i in range(120):
        chosen = [o for o in options if joined_other_rng.random() < 0.4]
        if joined_other_rng.random() < 0.08:
            chosen.append(joined_other_rng.choice(others))
        cell = joiner.join(chosen) if joined_other_rng.random() < 0.9 else ""
        rows.append([str(i + 1), str(joined_other_rng.randint(1, 5)), cell])
    write(f"checkbox-joined-in-one-column-other-typed-inline-{language}.csv", ["id", overall, question], rows)

# A SurveyMonkey checkbox question: one column per option, its text, then the text typed for
# "Other (please specify)" in a column of its own under the question's header. A text there means
# Other was ticked: a respondent who only typed one is in the question's base, Other an option.
monkey_other_rng = random.Random(9233)
MONKEY_OPTIONS = ["Deposit or withdrawal", "Open a new account", "Card issue"]
monkey_other_rows = []
for i in range(100):
    ticked = [o if monkey_other_rng.random() < 0.4 else "" for o in MONKEY_OPTIONS]
    typed = monkey_other_rng.choice(["Foreign currency", "Safe deposit box", "Notary service"]) if monkey_other_rng.random() < 0.12 else ""
    monkey_other_rows.append([str(114500000000 + i), str(monkey_other_rng.randint(1, 5))] + ticked + [typed])
write("surveymonkey-checkbox-other-please-specify-text-ticks-other.csv",
      ["Respondent ID", "Overall, how satisfied were you with your visit? (1-5)", "What was the purpose of your visit? (Select all that apply)", "", "", ""],
      [["", "Response"] + MONKEY_OPTIONS + ["Other (please specify)"]] + monkey_other_rows)
# "Didn't use it" in a rated grid of services or amenities (a hotel's breakfast, its spa): the
# usual non-answer of such grids, excluded as not applicable as "N/A" is, so the column stays on
# its scale and is scored on those who used the service. Two wordings per language.
unused_rng = random.Random(9611)
DID_NOT_USE = {
    "en": ("How satisfied were you with the following?", ("Room", "Breakfast", "Spa"), ("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"), ("Did not use", "Not used")),
    "es": ("¿Qué tan satisfecho quedó con lo siguiente?", ("Habitación", "Desayuno", "Spa"), ("Muy insatisfecho", "Insatisfecho", "Neutral", "Satisfecho", "Muy satisfecho"), ("No lo utilicé", "No lo usé")),
    "pt": ("Quão satisfeito ficou com o seguinte?", ("Quarto", "Pequeno-almoço", "Spa"), ("Muito insatisfeito", "Insatisfeito", "Neutro", "Satisfeito", "Muito satisfeito"), ("Não utilizei", "Não usei")),
    "de": ("Wie zufrieden waren Sie mit Folgendem?", ("Zimmer", "Frühstück", "Spa"), ("Sehr unzufrieden", "Unzufrieden", "Neutral", "Zufrieden", "Sehr zufrieden"), ("Nicht genutzt", "Nicht in Anspruch genommen")),
    "fr": ("Êtes-vous satisfait des éléments suivants ?", ("Chambre", "Petit-déjeuner", "Spa"), ("Très insatisfait", "Insatisfait", "Neutre", "Satisfait", "Très satisfait"), ("Je ne l'ai pas utilisé", "Non utilisé")),
    "pl": ("Jak bardzo jest Pan zadowolony z poniższych?", ("Pokój", "Śniadanie", "Spa"), ("Bardzo niezadowolony", "Niezadowolony", "Neutralnie", "Zadowolony", "Bardzo zadowolony"), ("Nie korzystałem/am", "Nie korzystałam")),
    "lv": ("Cik apmierināts esat ar sekojošo?", ("Numurs", "Brokastis", "Spa"), ("Ļoti neapmierināts", "Neapmierināts", "Neitrāli", "Apmierināts", "Ļoti apmierināts"), ("Neizmantoju", "Neesmu izmantojis")),
}
for language, (stem, things, labels, unused) in DID_NOT_USE.items():
    rows = []
    for i in range(120):
        mood = unused_rng.choice([2, 3, 4, 4, 5])
        rate = lambda: labels[max(1, min(5, mood + unused_rng.choice([-1, 0, 0, 1]))) - 1]
        breakfast = unused_rng.choice(unused) if unused_rng.random() < 0.25 else rate()
        spa = unused_rng.choice(unused) if unused_rng.random() < 0.45 else rate()
        rows.append([str(i + 1), str(mood), rate(), breakfast, spa])
    write(f"did-not-use-in-a-rated-grid-is-not-applicable-{language}.csv",
          ["id", "Overall (1-5)"] + [f"{stem} [{thing}]" for thing in things], rows, delimiter=";")

# A question of how easy it was to do something, answered from very difficult to very easy, is the
# effort question (CES) whatever was done: "How easy was it to get done what you came in for?" named
# nothing English reads beside "how easy" and was an item of no dimension. Where several questions
# of ease compete, the one of getting one's issue resolved is the CES and the others items.
ease_rng = random.Random(9623)
EASE_LABELS = {
    "en": ("Very difficult", "Difficult", "Neither easy nor difficult", "Easy", "Very easy"),
    "es": ("Muy difícil", "Difícil", "Ni fácil ni difícil", "Fácil", "Muy fácil"),
    "pt": ("Muito difícil", "Difícil", "Nem fácil nem difícil", "Fácil", "Muito fácil"),
    "de": ("Sehr schwierig", "Schwierig", "Weder noch", "Einfach", "Sehr einfach"),
    "fr": ("Très difficile", "Difficile", "Ni facile ni difficile", "Facile", "Très facile"),
    "pl": ("Bardzo trudno", "Trudno", "Ani łatwo, ani trudno", "Łatwo", "Bardzo łatwo"),
    "lv": ("Ļoti grūti", "Grūti", "Ne viegli, ne grūti", "Viegli", "Ļoti viegli"),
}
EASE_OF_A_TASK = {
    "en": ("Overall, how satisfied are you with your visit? (1-5)", "How easy or difficult was it to get done what you came in for?"),
    "es": ("Satisfacción general (1-5)", "¿Qué tan fácil fue hacer lo que vino a hacer?"),
    "pt": ("Satisfação geral (1-5)", "Quão fácil foi fazer o que veio fazer?"),
    "de": ("Gesamtzufriedenheit (1-5)", "Wie einfach war es, das zu erledigen, weshalb Sie gekommen sind?"),
    "fr": ("Satisfaction globale (1-5)", "Était-il facile de faire ce pour quoi vous êtes venu ?"),
    "pl": ("Ogólne zadowolenie (1-5)", "Jak łatwo było załatwić to, po co Pan przyszedł?"),
    "lv": ("Kopumā, cik apmierināts esat ar mums? (1-5)", "Cik viegli bija paveikt to, kādēļ ieradāties?"),
}
for language, (overall, ease) in EASE_OF_A_TASK.items():
    labels = EASE_LABELS[language]
    rows = []
    for i in range(100):
        mood = ease_rng.choice([2, 3, 4, 4, 5])
        rows.append([str(i + 1), str(mood), labels[max(1, min(5, mood + ease_rng.choice([-1, 0, 0, 1]))) - 1]])
    write(f"ease-question-of-any-task-is-the-ces-{language}.csv", ["id", overall, ease], rows, delimiter=";")
EASE_OF_SEVERAL = {
    "en": ("Overall, how satisfied are you with your visit? (1-5)", ["How easy was it to get done what you came in for?", "How easy was it to resolve your issue today?", "How easy was it to open your account?", "How easy was it to get what you needed?"]),
    "de": ("Gesamtzufriedenheit (1-5)", ["Wie einfach war es, Ihr Konto zu eröffnen?", "Wie einfach war es, Ihr Anliegen zu lösen?", "Wie einfach war es, das zu erledigen, weshalb Sie gekommen sind?"]),
}
for language, (overall, eases) in EASE_OF_SEVERAL.items():
    labels = EASE_LABELS[language]
    rows = []
    for i in range(100):
        mood = ease_rng.choice([2, 3, 4, 4, 5])
        rows.append([str(i + 1), str(mood)] + [labels[max(1, min(5, mood + ease_rng.choice([-1, 0, 0, 1]))) - 1] for _ in eases])
    write(f"ease-questions-of-tasks-beside-one-of-resolving-the-issue-{language}.csv", ["id", overall] + eases, rows, delimiter=";")

# Formbricks writes `<question> - Option ID` beside each choice and ranking question: the ids of the
# choices made (random, "other" for a typed answer), joined with ", ". Derived from the question
# beside it, not an answer: ignored, with or without Formbricks' own columns (an export cut to the
# questions). Its complaint question's ids were read as a scale to map, its others' as segments.
option_id_rng = random.Random(9637)
OPTION_IDS = {
    "en": (True, "Overall, how satisfied are you with Acme? (1-5)", "Did you contact support about a problem in the last 3 months?", ("Yes", "No"),
           "Which modules do you use most?", ("Invoices", "Reports", "Payroll", "Inventory"), "What is your current plan?", ("Free", "Pro", "Enterprise")),
    "pt": (False, "No geral, qual o seu nível de satisfação com o Fluxo? (1-5)", "Você abriu alguma reclamação com o nosso suporte nos últimos 3 meses?", ("Sim", "Não"),
           "Quais módulos você mais usa?", ("Faturas", "Relatórios", "Folha de pagamento", "Estoque"), "Qual é o seu plano atual?", ("Grátis", "Pro", "Empresarial")),
}
def option_id():
    return "".join(option_id_rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(25))
for language, (platform, overall, complaint, yes_no, modules, module_names, plan, plans) in OPTION_IDS.items():
    ids = {label: option_id() for label in yes_no + module_names + plans}
    questions = [f"1. {overall}", f"2. {complaint}", f"2. {complaint} - Option ID", f"3. {modules}", f"3. {modules} - Option ID", f"4. {plan}", f"4. {plan} - Option ID"]
    meta = ["No.", "Response ID", "Timestamp", "Finished", "Survey ID", "Formbricks ID (internal)", "User ID", "Tags"] if platform else []
    survey = option_id()
    rows = []
    for i in range(120):
        answered = yes_no[0] if option_id_rng.random() < 0.25 else yes_no[1]
        chosen = sorted(option_id_rng.sample(module_names, option_id_rng.randint(1, 3)), key=module_names.index)
        typed = option_id_rng.random() < 0.08
        picked = option_id_rng.choice(plans)
        cells = [str(option_id_rng.randint(1, 5)), answered, ids[answered], "; ".join(chosen + (["Outro" if language == "pt" else "Other tools"] if typed else [])),
                 ", ".join([ids[m] for m in chosen] + (["other"] if typed else [])), picked, ids[picked]]
        head = [str(i + 1), option_id(), f"2026-05-{1 + i % 28:02d} {8 + i % 10:02d}:{i % 60:02d}:00", "Yes", survey, "", "", ""] if platform else []
        rows.append(head + cells)
    write(f"formbricks-option-ids-beside-choice-questions-{language}.csv", meta + questions, rows)

# Names written "Surname, First name" and places "City, State" hold two parts in every cell, each
# part met in other cells: the parts of one name, no options of a checkbox question (whose
# respondents choose one option, or several). Read as before the one-column checkbox: no table of
# the parts (which would print people's names).
names_rng = random.Random(9311)
surnames, first_names = ["Smith", "Miller", "Jones", "Nowak"], ["Anna", "John", "Sue", "Tom"]
places = ["Portland, Oregon", "Portland, Maine", "Salem, Oregon", "Salem, Massachusetts"]
names_rows = [[str(i + 1), f"{names_rng.choice(surnames)}, {names_rng.choice(first_names)}", names_rng.choice(places),
               str(names_rng.randint(1, 5))] for i in range(120)]
write("names-and-places-with-a-comma-are-no-checkbox.csv", ["ID", "Your agent", "Store", "Overall satisfaction (1-5)"], names_rows)

# "Clean" said of no place (clean energy, a clean design, a product cleanly made) is no cleanliness
# of the place where customers are served: no service. The cleanliness words are nouns, or a room
# or a branch said to be clean.
clean_rng = random.Random(9412)
CLEAN_ELSEWHERE = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "Our commitment to clean energy (1-5)", "The app has a clean, simple design (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está con nosotros? (1-5)", "Nuestra energía limpia (1-5)", "El diseño de la app es limpio (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Das Produkt ist sauber verarbeitet (1-5)", "Unser Angebot an sauberer Energie (1-5)"],
}
for language, headers in CLEAN_ELSEWHERE.items():
    write(f"clean-said-of-no-place-is-no-service-{language}.csv", ["id"] + headers,
          numbered_ratings(clean_rng, headers), delimiter=";")

# "Never used" answers how often (Never used, Weekly, Daily): an answer of the question, no
# non-answer as "Did not use" beside a rated grid's points is; its respondents are not left out.
never_rng = random.Random(9533)
never_rows = [[str(i + 1), str(never_rng.randint(1, 5)), never_rng.choice(["Never used", "Weekly", "Daily"]),
               never_rng.choice(["Nie genutzt", "Wöchentlich", "Täglich"])] for i in range(N)]
write("never-used-answers-how-often.csv", ["id", "Overall satisfaction (1-5)", "How often do you use the gym?", "Wie oft nutzen Sie das Fitnessstudio?"], never_rows)

# A checkbox question written into one column, the options chosen joined by ";" with a trailing ";"
# (Microsoft Forms) or by ", " (Google Forms), under a header that asks what to improve and for
# several answers ("What should we improve? (select all that apply)"): its options, not free text;
# so under a header that asks what to improve alone, where every part is chosen again and again.
# Beside them, short answers that repeat ("Nothing", "All good", "Nothing, all good") under an open
# question stay no options: a comment, or what to improve said in a word.
improve_rng = random.Random(9661)
IMPROVE_CHECKBOX = {
    "en": (";", "Overall, how satisfied are you with us? (1-5)", "What should we improve? (select all that apply)",
           ["Delivery speed", "SMS/e-mail notifications", "Contact with the courier", "Price"],
           "Anything else you would like to tell us?", ["Nothing", "All good", "Nothing, all good", "Thanks"],
           "Which area should we improve in our app?", ["Search", "Checkout", "Order tracking"], "What else could we improve?"),
    "pl": (";", "Ogólnie, jak bardzo jest Pan/Pani zadowolony(a)? (1-5)", "Co powinniśmy poprawić? (zaznacz wszystkie pasujące odpowiedzi)",
           ["Szybkość dostawy", "Powiadomienia SMS/e-mail", "Kontakt z kurierem", "Cena"],
           "Czy chciałby Pan/Pani coś jeszcze dodać? Uwagi", ["Nic", "Wszystko w porządku", "Nic, wszystko w porządku", "Dziękuję"],
           "Co powinniśmy poprawić w aplikacji?", ["Wyszukiwanie", "Płatność", "Śledzenie przesyłki"], "Co jeszcze moglibyśmy poprawić?"),
    "fr": (", ", "Dans l'ensemble, êtes-vous satisfait de nous ? (1-5)", "Que devrions-nous améliorer ? (cochez toutes les réponses qui conviennent)",
           ["Rapidité de livraison", "Notifications SMS", "Contact avec le livreur", "Prix"],
           "Autres commentaires", ["Rien", "Tout va bien", "Rien, tout va bien", "Merci"],
           "Que devrions-nous améliorer dans l'application ?", ["Recherche", "Paiement", "Suivi de commande"], "Que pourrions-nous améliorer d'autre ?"),
    "es": (", ", "En general, ¿qué tan satisfecho está con nosotros? (1-5)", "¿Qué deberíamos mejorar? (seleccione todas las que apliquen)",
           ["Rapidez de entrega", "Notificaciones SMS", "Contacto con el repartidor", "Precio"],
           "Otros comentarios", ["Nada", "Todo bien", "Nada, todo bien", "Gracias"],
           "¿Qué deberíamos mejorar en la app?", ["Búsqueda", "Pago", "Seguimiento del pedido"], "¿Qué más podríamos mejorar?"),
    "de": (";", "Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Was sollten wir verbessern? (alle zutreffenden Antworten ankreuzen)",
           ["Liefergeschwindigkeit", "SMS-Benachrichtigungen", "Kontakt mit dem Zusteller", "Preis"],
           "Weitere Anmerkungen", ["Nichts", "Alles gut", "Nichts, alles gut", "Danke"],
           "Was sollten wir in der App verbessern?", ["Suche", "Bezahlung", "Sendungsverfolgung"], "Was könnten wir sonst noch verbessern?"),
    "pt": (", ", "No geral, qual o seu nível de satisfação conosco? (1-5)", "O que devemos melhorar? (marque todas as opções que se aplicam)",
           ["Rapidez da entrega", "Notificações SMS", "Contato com o entregador", "Preço"],
           "Outros comentários", ["Nada", "Tudo bem", "Nada, tudo bem", "Obrigado"],
           "O que devemos melhorar no aplicativo?", ["Busca", "Pagamento", "Rastreamento do pedido"], "O que mais poderíamos melhorar?"),
}
for language, (joiner, overall, improve, options, comment, said, app, app_options, more) in IMPROVE_CHECKBOX.items():
    rows = []
    for i in range(60):
        chosen = [] if improve_rng.random() < 0.2 else sorted(improve_rng.sample(options, improve_rng.choice([1, 1, 2, 3])), key=options.index)
        cell = "".join(o + ";" for o in chosen) if joiner == ";" and language != "de" else joiner.join(chosen)
        in_app = [] if improve_rng.random() < 0.3 else sorted(improve_rng.sample(app_options, improve_rng.choice([1, 1, 2])), key=app_options.index)
        rows.append([str(i + 1), str(improve_rng.randint(1, 5)), cell, improve_rng.choice(said + ["", "", ""]), ", ".join(in_app), improve_rng.choice(said + [""])])
    write(f"checkbox-joined-in-one-column-under-an-improve-header-{language}.csv", ["id", overall, improve, comment, app, more], rows)

# A question of several answers written as one column per option, each headed and ticked by the
# option's own text (Typeform's multiple selection), whose "Other" choice is a column headed by the
# word "Other" alone holding the text typed: a text there ticks Other, so that a respondent who
# chose only Other is in the question's base; the text is still a comment.
other_tick_rng = random.Random(9787)
OTHER_TICKS = {
    "en": ("How satisfied are you with our shop overall? (1-5)", ["Prices", "Fast delivery", "Product range", "Customer service"], "Other",
           ["Gift wrapping", "The loyalty card", "Opening hours", "Parking"]),
    "fr": ("Dans l'ensemble, êtes-vous satisfait de notre boutique ? (1-5)", ["Les prix", "La livraison rapide", "Le choix de produits", "Le service à la clientèle"], "Autre",
           ["L'emballage cadeau", "La carte de fidélité", "Les horaires d'ouverture", "Le stationnement"]),
}
for language, (overall, options, other, typed) in OTHER_TICKS.items():
    rows = []
    for i in range(60):
        ticks = [(o if other_tick_rng.random() < 0.3 else "") for o in options]
        text = other_tick_rng.choice(typed) if other_tick_rng.random() < (0.5 if not any(ticks) else 0.1) else ""
        rows.append([f"{other_tick_rng.getrandbits(64):016x}", str(other_tick_rng.randint(1, 5))] + ticks + [text,
                     f"3/{1 + i % 28}/2026 10:{i % 60:02d}", f"3/{1 + i % 28}/2026 10:{(i + 4) % 60:02d}", f"{other_tick_rng.getrandbits(40):010x}"])
    write(f"options-written-as-their-own-text-other-text-ticks-other-{language}.csv",
          ["#", overall] + options + [other, "Start Date (UTC)", "Submit Date (UTC)", "Network ID"], rows)

# LimeSurvey's default export, "Answer codes" under code headings: every closed answer a code (A1 …
# A5, an array's A1 … A6 whose A6 is its "don't know"), no text. The codes number the answers in
# the order they were added, not for certain the order shown, and say nothing of which end is best:
# a column named by --map is not read by them, and the error prints the config that reads each
# column of three codes or more in code order, for the user to check.
coded_map_rng = random.Random(9811)
coded_map_rows = []
for i in range(80):
    finished = coded_map_rng.random() > 0.1
    overall = f"A{coded_map_rng.choice([1, 2, 2, 3, 3, 4, 4, 4, 5, 5])}"
    grid = [f"A{coded_map_rng.choice([1, 2, 3, 3, 4, 4, 5, 5, 6])}" if coded_map_rng.random() > 0.1 else "" for _ in range(3)]
    coded_map_rows.append([str(i + 1), f"2024-02-{1 + i % 28:02d} 10:{i % 60:02d}:00" if finished else "", "3" if finished else "2", "lv",
                           f"A{coded_map_rng.randint(1, 4)}", overall] + grid + [str(coded_map_rng.randint(0, 10)), coded_map_rng.choice(["Y", "N", "N", "N"])])
write("limesurvey-answer-codes-named-by-map.csv",
      ["id", "submitdate", "lastpage", "startlanguage", "REG", "Q1", "Q3[SQ001]", "Q3[SQ002]", "Q3[SQ003]", "Q4", "Q5"], coded_map_rows, delimiter=";")
# SurveyMonkey's default rating scale in each language, Poor / Fair / Good / Very good / Excellent
# ("Malo / Regular / Bueno / Muy bueno / Excelente"), with "N/A": the excellence-5 set, whose
# "good" is its middle. Its words are also those of the quality set (Very poor … Very good), where
# "Very good" and "Excellent" are one point: the set that tells every label apart is read.
excellence_rng = random.Random(9654)
EXCELLENCE = {
    "es": ("En general, ¿qué tan satisfecho está con la aerolínea? (1-5)", ["Documentación", "Tripulación de cabina"], ["Malo", "Regular", "Bueno", "Muy bueno", "Excelente"], "No aplica"),
    "pt": ("No geral, qual o seu nível de satisfação com a companhia? (1-5)", ["Check-in", "Tripulação"], ["Ruim", "Regular", "Bom", "Muito bom", "Excelente"], "Não se aplica"),
    "fr": ("Dans l'ensemble, êtes-vous satisfait de la compagnie ? (1-5)", ["Enregistrement", "Équipage"], ["Médiocre", "Passable", "Bien", "Très bien", "Excellent"], "Sans objet"),
    "de": ("Wie zufrieden sind Sie insgesamt mit der Airline? (1-5)", ["Check-in", "Kabinenpersonal"], ["Schlecht", "Mittelmäßig", "Gut", "Sehr gut", "Ausgezeichnet"], "Nicht zutreffend"),
    "pl": ("Ogólnie, jak bardzo jest Pan zadowolony z linii lotniczej? (1-5)", ["Odprawa", "Załoga"], ["Słabo", "Przeciętnie", "Dobrze", "Bardzo dobrze", "Doskonale"], "Nie dotyczy"),
    "lv": ("Kopumā, cik apmierināts esat ar aviokompāniju? (1-5)", ["Reģistrācija", "Salona apkalpe"], ["Slikti", "Viduvēji", "Labi", "Ļoti labi", "Izcili"], "Neattiecas"),
    "en": ("Overall, how satisfied are you with the airline? (1-5)", ["Check-in", "Cabin crew"], ["Poor", "Fair", "Good", "Very good", "Excellent"], "N/A"),
}
for language, (overall, rated, labels, not_applicable) in EXCELLENCE.items():
    rows = []
    for i in range(N):
        cells = [excellence_rng.choices(labels + [not_applicable], weights=[1, 2, 4, 4, 3, 1])[0] for _ in rated]
        rows.append([str(i + 1), str(excellence_rng.randint(1, 5))] + cells)
    write(f"excellence-scale-poor-to-excellent-{language}.csv", ["ID", overall] + rated, rows)

# A 5-point matrix with a "Don't know" choice, exported as numbers: Qualtrics numbers the added
# choice after the scale's points (6), as does an SPSS file without its value labels or a
# LimeSurvey array with one more option. Every row offers it, so every column holds a few 6s, far
# rarer than the 5s while the points 1..5 run smoothly: no top of a 1-6 scale. Beside it, a real
# 6-point agreement matrix, whose 6 is chosen about as often as its 5: its top stays a point.
after_top_rng = random.Random(9771)
after_top_rows = []
for i in range(150):
    dont_know = [str(after_top_rng.choices([1, 2, 3, 4, 5, 6], weights=[2, 4, 6, 6, 5, 1])[0]) for _ in range(4)]
    six_point = [str(after_top_rng.choices([1, 2, 3, 4, 5, 6], weights=[1, 2, 3, 4, 4, 3])[0]) for _ in range(3)]
    after_top_rows.append([f"R_{i:05d}", str(after_top_rng.randint(1, 5))] + dont_know + six_point)
write("matrix-dont-know-coded-after-the-scale-in-every-column.csv",
      ["ResponseId", "Q1", "Q3_1", "Q3_2", "Q3_3", "Q3_4", "Q4_1", "Q4_2", "Q4_3"], after_top_rows)

# What a header judges, a price or trust, names its dimension beside what it is judged of, a
# delivery, a parcel, a service or its hygiene, however many words of that stand there: "The price
# of the delivery was fair" is pricing, "Ufam, że moja przesyłka jest u Was bezpieczna" trust.
# A question of the delivery alone stays delivery.
judged_rng = random.Random(9661)
JUDGED = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "The price of the delivery was fair (1-5)", "I trust this restaurant's food-safety and hygiene standards (1-5)",
           "I trust the courier with my parcel (1-5)", "The delivery was on time (1-5)"],
    "pl": ["Jak ogólnie oceniasz naszą usługę? (1-5)", "Cena przesyłki jest adekwatna do jakości usługi (1-5)", "Ufam, że moja przesyłka jest u Was bezpieczna (1-5)",
           "Przesyłka dotarła w obiecanym terminie (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Der Preis für die Zustellung des Pakets war fair (1-5)", "Ich vertraue darauf, dass mein Paket beim Versand sicher ist (1-5)",
           "Die Lieferung kam pünktlich (1-5)"],
    "fr": ["Êtes-vous satisfait de nous dans l'ensemble ? (1-5)", "Le prix payé pour l'expédition du colis était juste (1-5)", "J'ai confiance dans le transporteur pour livrer mon colis (1-5)",
           "La livraison était rapide (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está con nosotros? (1-5)", "El precio del envío del paquete fue justo (1-5)", "Confío en que el repartidor entregue mi paquete (1-5)",
           "La entrega fue puntual (1-5)"],
    "pt": ["No geral, qual o seu nível de satisfação connosco? (1-5)", "O preço da entrega da encomenda foi justo (1-5)", "Confio que a transportadora entrega a minha encomenda em segurança (1-5)",
           "A entrega foi rápida (1-5)"],
    "lv": ["Cik kopumā esat apmierināts ar mums? (1-5)", "Cena par paku un tās piegādi bija atbilstoša (1-5)", "Es uzticos kurjeram, ka paka tiks piegādāta droši (1-5)",
           "Piegāde bija ātra (1-5)"],
}
for language, headers in JUDGED.items():
    write(f"judged-price-or-trust-beats-what-it-is-judged-of-{language}.csv", ["id"] + headers,
          numbered_ratings(judged_rng, headers))

# Prices said honest or fair by trust's words of honesty rate the prices, not confidence in the
# company ("Ceny produktów są uczciwe", a cold trial's Microsoft Forms export); a statement of trust
# in the company stays trust.
honest_rng = random.Random(9672)
HONEST = {
    "en": ["Our prices are honest (1-5)", "I trust this company (1-5)"],
    "pl": ["Ceny produktów są uczciwe (1-5)", "Ufam tej firmie (1-5)"],
    "de": ["Die Preise sind ehrlich (1-5)", "Ich vertraue diesem Unternehmen (1-5)"],
    "fr": ["Les prix sont honnêtes (1-5)", "J'ai confiance dans cette entreprise (1-5)"],
    "es": ["Los precios son honestos (1-5)", "Confío en esta empresa (1-5)"],
    "pt": ["Os preços são honestos (1-5)", "Confio nesta empresa (1-5)"],
    "lv": ["Cenas ir godīgas (1-5)", "Es uzticos šim uzņēmumam (1-5)"],
}
for language, headers in HONEST.items():
    headers = [JUDGED[language][0]] + headers
    write(f"prices-said-honest-are-pricing-{language}.csv", ["id"] + headers,
          numbered_ratings(honest_rng, headers))

# A parcel that arrived damaged, was lost or came late, agreed with, is a bad delivery: the
# statement runs against its scale and is reversed, in every language as in English ("arrived"
# beside a parcel is a word of delivery, as the damage is a word of the bad pole). The answers run
# with the wording: a respondent pleased overall disagrees.
arrived_rng = random.Random(9743)
ARRIVED_BAD = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "My parcel arrived on time (1-5)", "My parcel arrived damaged or opened (1-5)", "My parcel was lost (1-5)"],
    "pl": ["Jak ogólnie oceniasz naszą usługę? (1-5)", "Przesyłka dotarła w obiecanym terminie (1-5)", "Paczka dotarła uszkodzona lub otwarta (1-5)", "Moja przesyłka została zgubiona (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Das Paket wurde pünktlich zugestellt (1-5)", "Die Sendung kam beschädigt an (1-5)", "Das Paket ging verloren (1-5)"],
    "fr": ["Êtes-vous satisfait de nous dans l'ensemble ? (1-5)", "Le colis a été livré à temps (1-5)", "Le colis est arrivé endommagé ou ouvert (1-5)", "Mon colis a été perdu (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está con nosotros? (1-5)", "El paquete llegó a tiempo (1-5)", "El paquete llegó dañado o abierto (1-5)", "Mi paquete fue extraviado (1-5)"],
    "pt": ["No geral, qual o seu nível de satisfação connosco? (1-5)", "A encomenda foi entregue dentro do prazo (1-5)", "A encomenda chegou danificada ou aberta (1-5)", "A minha encomenda foi extraviada (1-5)"],
    "lv": ["Cik kopumā esat apmierināts ar mums? (1-5)", "Paka tika piegādāta laicīgi (1-5)", "Paka pienāca bojāta vai atvērta (1-5)", "Mana paka pazuda (1-5)"],
}
for language, headers in ARRIVED_BAD.items():
    rows = []
    for i in range(120):
        mood = arrived_rng.randint(1, 5)
        near = lambda centre: str(max(1, min(5, centre + arrived_rng.choice([-1, 0, 0, 1]))))
        rows.append([str(i + 1), near(mood), near(mood), near(6 - mood), near(6 - mood)])
    write(f"parcel-arrived-damaged-or-lost-is-reversed-{language}.csv", ["id"] + headers, rows)

# An order received correct and complete (the right items, none missing) is how well it was
# delivered: delivery, E-S-QUAL's fulfilment. The words of correct, complete or accurate name it
# beside the order, the items or the product; alone they name nothing.
order_rng = random.Random(9857)
ORDER_CORRECT = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "My order was correct and complete (1-5)", "Order accuracy (1-5)", "The answers were correct (1-5)"],
    "pl": ["Jak ogólnie oceniasz naszą usługę? (1-5)", "Zamówienie było kompletne i poprawne (1-5)", "Towar był zgodny z zamówieniem (1-5)", "Formularz był poprawny (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Bestellung vollständig und korrekt (1-5)", "Die Vollständigkeit der Bestellung (1-5)", "Die Angaben waren korrekt (1-5)"],
    "fr": ["Êtes-vous satisfait de nous dans l'ensemble ? (1-5)", "Commande complète et exacte (1-5)", "Les produits reçus étaient conformes à ma commande (1-5)", "Les informations étaient exactes (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está con nosotros? (1-5)", "Pedido correcto y completo (1-5)", "Recibí los productos correctos (1-5)", "La información era correcta (1-5)"],
    "pt": ["No geral, qual o seu nível de satisfação connosco? (1-5)", "A encomenda chegou completa e correta (1-5)", "Recebi os produtos corretos (1-5)", "A informação era correta (1-5)"],
    "lv": ["Cik kopumā esat apmierināts ar mums? (1-5)", "Pasūtījums bija pilnīgs un pareizs (1-5)", "Saņēmu pareizos produktus (1-5)", "Informācija bija pareiza (1-5)"],
}
for language, headers in ORDER_CORRECT.items():
    rows = []
    for i in range(N):
        mood = order_rng.randint(1, 5)
        rows.append([str(i + 1)] + [str(max(1, min(5, mood + order_rng.choice([-1, 0, 0, 1])))) for _ in headers])
    write(f"order-correct-and-complete-is-delivery-{language}.csv", ["id"] + headers, rows)
# "Ease of resolving my issue", "Ease of handling my request": the effort question written as a
# noun phrase rated on a scale, as CES batteries word their one line ("Facilidad para resolver mi
# problema", "Facilité à obtenir de l'aide", "Einfachheit der Lösung", "Łatwość załatwienia
# sprawy", "Facilidade para resolver o meu problema"). A word of a problem beside the verb of
# resolving makes no complaints item of it.
ease_noun_rng = random.Random(9641)
EASE_NOUN_PHRASES = {
    "en": ["Overall, how satisfied are you with our service? (1-5)", "Ease of resolving my issue (1-5)"],
    "en-request": ["Overall, how satisfied are you with our service? (1-5)", "Ease of handling my request (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está con nuestro servicio? (1-5)", "Facilidad para resolver mi problema (1-5)"],
    "fr": ["Dans l'ensemble, êtes-vous satisfait de notre service ? (1-5)", "Facilité à obtenir de l'aide (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit unserem Service? (1-5)", "Einfachheit der Lösung meines Anliegens (1-5)"],
    "pl": ["Ogólnie, jak bardzo jest Pan zadowolony z naszej obsługi? (1-5)", "Łatwość załatwienia sprawy (1-5)"],
    "pt": ["No geral, qual o seu grau de satisfação com o nosso serviço? (1-5)", "Facilidade para resolver o meu problema (1-5)"],
}
for language, headers in EASE_NOUN_PHRASES.items():
    write(f"ease-of-resolving-the-issue-noun-phrase-is-the-ces-{language}.csv", ["id"] + headers,
          numbered_ratings(ease_noun_rng, headers), delimiter=";")

# "How easy was it to get what you needed? (1-7)" answered in numbers, as a CES 2.0 question is
# exported with no labels: the effort question whatever was done, as it is answered in labels of
# ease (ease-question-of-any-task-is-the-ces-*). The original CES wording ("How much effort did you
# personally have to put forth to handle your request?", 1-5) runs the other way: higher is more
# effort, scored from the top down.
numbered_ease_rng = random.Random(9752)
NUMBERED_EASE = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "How easy was it to get what you needed? (1-7)"],
    "en-effort": ["Overall, how satisfied are you with us? (1-5)", "How much effort did you personally have to put forth to handle your request? (1-5)"],
}
for key, headers in NUMBERED_EASE.items():
    write(f"numbered-ease-question-of-any-task-is-the-ces-{key}.csv", ["id"] + headers,
          [[str(i + 1), str(numbered_ease_rng.randint(1, 5)), str(numbered_ease_rng.randint(1, 7 if key == "en" else 5))] for i in range(N)], delimiter=";")

# Several questions of ease in one survey: the one about the whole interaction, getting one's issue
# handled (help, one's request, dealing with the company, overall), is the effort question, and
# those about one step each (finding the product, using the website) are items, whether the answers
# are labels of ease or numbers; asked last, it is no first come. Where every question is about one
# step, the first is taken and its evidence says why.
whole_rng = random.Random(9863)
EASE_LABELS_EN = ["Very difficult", "Difficult", "Neither easy nor difficult", "Easy", "Very easy"]
WHOLE_INTERACTION = {
    "en": (["How easy was it to find the product you wanted?", "How easy was it to navigate the website?", "How easy was it to get help today?"], True),
    "en-numbered": (["How easy was it to find the product you wanted? (1-7)", "How easy was it to navigate the website? (1-7)", "Overall, how easy was it to deal with us? (1-7)"], False),
    "de": (["Wie einfach war es, das Produkt zu finden? (1-7)", "Wie einfach war es, unsere Website zu nutzen? (1-7)", "Wie einfach war es, Hilfe zu bekommen? (1-7)"], False),
    "es": (["¿Qué tan fácil fue encontrar el producto? (1-7)", "¿Qué tan fácil fue navegar por el sitio web? (1-7)", "¿Qué tan fácil fue obtener ayuda con su solicitud? (1-7)"], False),
    "fr": (["Était-il facile de trouver le produit ? (1-7)", "Était-il facile de naviguer sur le site ? (1-7)", "Était-il facile d'obtenir de l'aide ? (1-7)"], False),
    "pt": (["Quão fácil foi encontrar o produto? (1-7)", "Quão fácil foi navegar pelo site? (1-7)", "Quão fácil foi obter ajuda? (1-7)"], False),
    "pl": (["Jak łatwo było znaleźć produkt? (1-7)", "Jak łatwo było poruszać się po stronie? (1-7)", "Jak łatwo było uzyskać pomoc? (1-7)"], False),
    "lv": (["Cik viegli bija sameklēt produktu? (1-7)", "Cik viegli bija pārvietoties vietnē? (1-7)", "Cik viegli bija saņemt palīdzību? (1-7)"], False),
    "steps-en": (["How easy was it to find the product you wanted?", "How easy was it to navigate the website?"], True),
    "steps-en-numbered": (["How easy was it to find the product you wanted? (1-7)", "How easy was it to navigate the website? (1-7)"], False),
}
OVERALL_BY_LANGUAGE = {"de": "Gesamtzufriedenheit (1-5)", "es": "Satisfacción general (1-5)", "fr": "Satisfaction globale (1-5)", "pt": "Satisfação geral (1-5)",
                       "pl": "Ogólne zadowolenie (1-5)", "lv": "Kopējā apmierinātība (1-5)"}
for key, (questions, labelled) in WHOLE_INTERACTION.items():
    name = f"ease-questions-of-steps-the-first-is-the-ces-{key[6:]}" if key.startswith("steps-") else f"ease-questions-of-steps-beside-the-whole-interaction-{key}"
    write(f"{name}.csv", ["id", OVERALL_BY_LANGUAGE.get(key, "Overall satisfaction (1-5)")] + questions,
          [[str(i + 1), str(whole_rng.randint(1, 5))] + [whole_rng.choice(EASE_LABELS_EN) if labelled else str(whole_rng.randint(1, 7)) for _ in questions] for i in range(N)], delimiter=";")

# A transport survey's "Delivery of information about delays" ("Information delivery", "Entrega de
# información", "Lieferung von Informationen", "Dostarczanie informacji", "Informācijas piegāde")
# delivers no goods: no delivery item, and no reason to read "How would you rate your driver?" as
# the driver who brings an order (driverOfDeliveries), where no other header names a ride.
info_rng = random.Random(9974)
INFORMATION_DELIVERY = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "Delivery of information about delays (1-5)", "Information delivery at the stops (1-5)", "How would you rate your driver? (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está con nosotros? (1-5)", "Entrega de información sobre retrasos (1-5)", "¿Cómo calificaría a su conductor? (1-5)"],
    "pt": ["No geral, quão satisfeito está connosco? (1-5)", "Entrega de informações sobre atrasos (1-5)", "Como avalia o seu motorista? (1-5)"],
    "fr": ["Dans l'ensemble, êtes-vous satisfait de nous ? (1-5)", "Livraison des informations sur les retards (1-5)", "Comment évaluez-vous votre chauffeur ? (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Lieferung von Informationen über Verspätungen (1-5)", "Übermittlung von Informationen an den Haltestellen (1-5)", "Wie bewerten Sie Ihren Fahrer? (1-5)"],
    "pl": ["Ogólnie, jak bardzo jest Pan zadowolony z nas? (1-5)", "Dostarczanie informacji o opóźnieniach (1-5)", "Jak ocenia Pan kierowcę? (1-5)"],
    "lv": ["Cik kopumā esat apmierināts ar mums? (1-5)", "Informācijas piegāde par kavējumiem (1-5)", "Kā vērtējat vadītāju? (1-5)"],
}
for language, headers in INFORMATION_DELIVERY.items():
    write(f"delivery-of-information-is-no-delivery-{language}.csv", ["id"] + headers,
          numbered_ratings(info_rng, headers), delimiter=";")
# Information about a delivery ("Delivery information was accurate", "Información de entrega") is
# about the delivery of goods: still delivery.
write("delivery-information-is-about-a-delivery.csv",
      ["id", "Overall satisfaction (1-5)", "Delivery information was accurate (1-5)", "Información de entrega (1-5)"],
      [[str(i + 1)] + [str(info_rng.randint(1, 5)) for _ in range(3)] for i in range(N)], delimiter=";")

# Feeling safe during a ride, a trip or a flight is the safety of the ride, a quality of the
# service the passenger had (EN 13816 counts security among a transport service's quality criteria,
# beside comfort and customer care): service; feeling safe paying and one's data kept secure stay
# trust (trust-worded-as-safety-of-data-and-payment-*).
ride_rng = random.Random(10085)
SAFE_RIDE = {
    "en": ["Overall, how satisfied are you with your trip? (1-5)", "I felt safe during the ride (1-5)", "I felt safe during the flight (1-5)", "I feel safe paying here (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt? (1-5)", "Ich habe mich während der Fahrt sicher gefühlt (1-5)", "Ich fühle mich beim Bezahlen sicher (1-5)"],
    "fr": ["Dans l'ensemble, êtes-vous satisfait ? (1-5)", "Je me suis senti en sécurité pendant le trajet (1-5)", "Je me sens en sécurité pour payer ici (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está? (1-5)", "Me sentí seguro durante el viaje (1-5)", "Me siento seguro pagando aquí (1-5)"],
    "pt": ["No geral, quão satisfeito está? (1-5)", "Senti-me seguro durante a viagem (1-5)", "Sinto-me seguro ao pagar aqui (1-5)"],
    "pl": ["Ogólnie, jak bardzo jest Pan zadowolony? (1-5)", "Czułem się bezpiecznie podczas przejazdu (1-5)", "Czuję się bezpiecznie płacąc tutaj (1-5)"],
    "lv": ["Cik kopumā esat apmierināts? (1-5)", "Brauciena laikā jutos droši (1-5)", "Jūtos droši, maksājot šeit (1-5)"],
}
for language, headers in SAFE_RIDE.items():
    write(f"feeling-safe-during-a-ride-is-service-{language}.csv", ["id"] + headers,
          numbered_ratings(ride_rng, headers), delimiter=";")

# French exports name the overall rating "Note globale" or "Appréciation globale" (as English
# "Overall rating"): the overall satisfaction question, where no other question says "satisfaction
# globale" (the overall rating of the delivery stays a delivery item); and their id "N° de réponse" ("Nº de réponse"), the "Numéro de réponse" written short.
global_rng = random.Random(10211)
write("overall-rating-named-globale-is-the-csat-fr.csv",
      ["N° de réponse", "Note globale (1-5)", "Note globale de la livraison (1-5)", "Rapport qualité-prix (1-5)"],
      [[f"R{i + 1:04d}"] + [str(global_rng.randint(1, 5)) for _ in range(3)] for i in range(N)], delimiter=";")
write("overall-appreciation-named-globale-is-the-csat-fr.csv",
      ["Nº de réponse", "Appréciation globale", "La livraison était rapide", "Le prix est juste"],
      [[str(1000 + i)] + [global_rng.choice(["Très insatisfait", "Insatisfait", "Neutre", "Satisfait", "Très satisfait"])] + [global_rng.choice(["Pas du tout d'accord", "Pas d'accord", "Neutre", "D'accord", "Tout à fait d'accord"]) for _ in range(2)] for i in range(N)], delimiter=";")
# Grades and excellence scales in the other wordings analysts meet. German and Polish school
# grades, best first on the form ("Sehr gut, Gut, Befriedigend, Ausreichend, Mangelhaft,
# Ungenügend"; "Celujący … Niedostateczny"): a scale of their own, "Sehr gut" its top, where the
# quality set knows "Sehr gut", "Gut", "Befriedigend" and "Mangelhaft" but not "Ausreichend".
# Six points from "Very poor" to "Excellent" ("Péssimo … Excelente", "Muy malo … Excelente"), one
# below the five of excellence; and the five of excellence in other words ("Ruim, Regular, Bom,
# Ótimo, Excelente"; "Insuffisant, Passable, Bien, Très bien, Excellent").
grade_rng = random.Random(10197)
GRADES = {
    "school-grade-scale-de": (["Wie bewerten Sie die Lieferung?", "Wie bewerten Sie den Kundenservice?", "Wie bewerten Sie die Preise?"],
                              ["Ungenügend", "Mangelhaft", "Ausreichend", "Befriedigend", "Gut", "Sehr gut"]),
    "school-grade-scale-five-de": (["Wie bewerten Sie die Lieferung?", "Wie bewerten Sie den Kundenservice?"],
                                   ["Mangelhaft", "Ausreichend", "Befriedigend", "Gut", "Sehr gut"]),
    "school-grade-scale-pl": (["Jak ocenia Pan/Pani dostawę?", "Jak ocenia Pan/Pani obsługę klienta?", "Jak ocenia Pan/Pani ceny?"],
                              ["Niedostateczna", "Dopuszczająca", "Dostateczna", "Dobra", "Bardzo dobra", "Celująca"]),
    "excellence-scale-very-poor-to-excellent-en": (["How would you rate the delivery?", "How would you rate customer service?"],
                                                   ["Very poor", "Poor", "Fair", "Good", "Very good", "Excellent"]),
    "excellence-scale-very-poor-to-excellent-es": (["¿Cómo califica la entrega?", "¿Cómo califica la atención al cliente?"],
                                                   ["Muy malo", "Malo", "Regular", "Bueno", "Muy bueno", "Excelente"]),
    "excellence-scale-very-poor-to-excellent-pt": (["Como avalia a entrega?", "Como avalia o atendimento?"],
                                                   ["Péssimo", "Ruim", "Regular", "Bom", "Muito bom", "Excelente"]),
    "excellence-scale-very-poor-to-excellent-fr": (["Comment évaluez-vous la livraison ?", "Comment évaluez-vous le service client ?"],
                                                   ["Très mauvais", "Mauvais", "Moyen", "Bon", "Très bon", "Excellent"]),
    "excellence-scale-very-poor-to-excellent-de": (["Wie bewerten Sie die Lieferung?", "Wie bewerten Sie den Kundenservice?"],
                                                   ["Sehr schlecht", "Schlecht", "Mittelmäßig", "Gut", "Sehr gut", "Ausgezeichnet"]),
    "excellence-scale-very-poor-to-excellent-pl": (["Jak ocenia Pan/Pani dostawę?", "Jak ocenia Pan/Pani obsługę klienta?"],
                                                   ["Bardzo słabo", "Słabo", "Przeciętnie", "Dobrze", "Bardzo dobrze", "Doskonale"]),
    "excellence-scale-very-poor-to-excellent-lv": (["Kā jūs vērtējat piegādi?", "Kā jūs vērtējat klientu apkalpošanu?"],
                                                   ["Ļoti slikti", "Slikti", "Viduvēji", "Labi", "Ļoti labi", "Izcili"]),
    "excellence-scale-in-other-words-pt": (["Como avalia a entrega?", "Como avalia o atendimento?"], ["Ruim", "Regular", "Bom", "Ótimo", "Excelente"]),
    "excellence-scale-in-other-words-fr": (["Comment évaluez-vous la livraison ?", "Comment évaluez-vous le service client ?"],
                                           ["Insuffisant", "Passable", "Bien", "Très bien", "Excellent"]),
}
for name, (rated, labels) in GRADES.items():
    weights = [1, 2, 4, 6, 5, 3][-len(labels):]
    # Every point is chosen at least once, in the first rows.
    write(f"{name}.csv", ["ID"] + rated,
          [[str(i + 1)] + [labels[i] if i < len(labels) else grade_rng.choices(labels, weights=weights)[0] for _ in rated] for i in range(N)])

# A word that names its dimension alone ("delivery", "Lieferung", "customer service") keeps the
# reading sure beside a weak word of the same dimension ("was complete", "schnell", "~service"):
# "The delivery was complete" is as sure as "The delivery was on time". Where a keyword of another
# dimension stands in the header too ("The delivery of the invoice was accurate": an invoice is
# priced), the weak word may be that one's, and the reading stays of medium confidence.
strong_rng = random.Random(10243)
STRONG_BESIDE_WEAK = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "The delivery was on time (1-5)", "The delivery was complete (1-5)", "How would you rate customer service? (1-5)", "The delivery of the invoice was accurate (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt? (1-5)", "Die Lieferung war vollständig (1-5)", "Die Lieferung war schnell (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está? (1-5)", "La entrega fue completa (1-5)", "La entrega fue rápida (1-5)"],
    "fr": ["Dans l'ensemble, êtes-vous satisfait ? (1-5)", "La livraison était complète (1-5)", "La livraison était rapide (1-5)"],
    "pt": ["No geral, quão satisfeito está? (1-5)", "A entrega foi completa (1-5)", "A entrega foi rápida (1-5)"],
    "pl": ["Ogólnie, jak bardzo jest Pan zadowolony? (1-5)", "Dostawa była kompletna (1-5)", "Dostawa była szybka (1-5)"],
}
for language, headers in STRONG_BESIDE_WEAK.items():
    write(f"strong-dimension-word-beside-a-weak-one-of-its-own-{language}.csv", ["id"] + headers,
          [[str(i + 1)] + [str(strong_rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 4, 6, 5])[0]) for _ in headers] for i in range(N)])

# The only question of ease, about one step (ordering, the website), inside a battery of items of
# dimensions ("The delivery was on time", "The staff were friendly", "Ease of ordering", "Prices
# were fair"), on their scale: it rates that step as they rate theirs, an item of no dimension, not
# the survey's CES (the effort of the whole interaction). Standing apart from the items, right
# after the overall question, it stays the effort question.
step_rng = random.Random(10311)
EASE_OF_A_STEP = {
    "en": ("Overall, how satisfied are you with us? (1-5)", ["The delivery was on time (1-5)", "The staff were friendly (1-5)", "Ease of ordering (1-5)", "Prices were fair (1-5)"]),
    "es": ("En general, ¿qué tan satisfecho está? (1-5)", ["La entrega llegó a tiempo (1-5)", "El personal fue amable (1-5)", "Facilidad para realizar el pedido (1-5)", "Los precios son justos (1-5)"]),
    "fr": ("Dans l'ensemble, êtes-vous satisfait ? (1-5)", ["La livraison était à l'heure (1-5)", "Le personnel était aimable (1-5)", "Facilité de commande (1-5)", "Les prix sont justes (1-5)"]),
    "de": ("Wie zufrieden sind Sie insgesamt? (1-5)", ["Die Lieferung kam pünktlich (1-5)", "Das Personal war freundlich (1-5)", "Einfachheit der Bestellung (1-5)", "Die Preise sind fair (1-5)"]),
    "pt": ("No geral, quão satisfeito está? (1-5)", ["A entrega chegou a tempo (1-5)", "O pessoal foi simpático (1-5)", "Facilidade de fazer o pedido (1-5)", "Os preços são justos (1-5)"]),
    "pl": ("Ogólnie, jak bardzo jest Pan zadowolony? (1-5)", ["Dostawa była na czas (1-5)", "Personel był uprzejmy (1-5)", "Łatwość składania zamówienia (1-5)", "Ceny są uczciwe (1-5)"]),
}
for language, (overall, items) in EASE_OF_A_STEP.items():
    write(f"ease-of-one-step-among-items-is-an-item-{language}.csv", ["id", overall] + items,
          [[str(i + 1)] + [str(step_rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 4, 6, 5])[0]) for _ in range(5)] for i in range(N)])
overall, items = EASE_OF_A_STEP["en"]
write("ease-of-one-step-apart-from-items-is-the-ces.csv", ["id", overall, items[2], items[0], items[1], items[3]],
      [[str(i + 1)] + [str(step_rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 4, 6, 5])[0]) for _ in range(5)] for i in range(N)])
# "La aerolínea me facilitó resolver mi trámite (cambio, reembolso o consulta)": a statement that the
# company made a task easy, CES 2.0's "The company made it easy for me to handle my issue", worded
# by a verb of making easy (facilitar + an infinitive, facilitar, ułatwić, atvieglot, erleichtern
# with whom it was made easy for): the effort question, whatever task it names (a refund, a
# complaint: what the effort was about). Spanish "facilitar" is also to provide: "me facilitó la
# información sobre mi reembolso", no infinitive after it, is no effort question (the refund it
# names makes it complaints).
made_easy_rng = random.Random(10196)
AGREEMENT_7 = {
    "es": ["Totalmente en desacuerdo", "En desacuerdo", "Algo en desacuerdo", "Ni de acuerdo ni en desacuerdo", "Algo de acuerdo", "De acuerdo", "Totalmente de acuerdo"],
    "pt": ["Discordo totalmente", "Discordo", "Discordo parcialmente", "Não concordo nem discordo", "Concordo parcialmente", "Concordo", "Concordo totalmente"],
    "de": ["Stimme überhaupt nicht zu", "Stimme nicht zu", "Stimme eher nicht zu", "Weder noch", "Stimme eher zu", "Stimme zu", "Stimme voll und ganz zu"],
    "pl": ["Zdecydowanie się nie zgadzam", "Nie zgadzam się", "Raczej się nie zgadzam", "Ani się zgadzam, ani się nie zgadzam", "Raczej się zgadzam", "Zgadzam się", "Zdecydowanie się zgadzam"],
    "lv": ["Pilnībā nepiekrītu", "Nepiekrītu", "Drīzāk nepiekrītu", "Ne piekrītu, ne nepiekrītu", "Drīzāk piekrītu", "Piekrītu", "Pilnībā piekrītu"],
}
MADE_EASY = {
    "es": ["En general, ¿qué tan satisfecho está con nuestra aerolínea? (1-5)", "¿Qué tan probable es que nos recomiende a un amigo? (0-10)",
           "La aerolínea me facilitó resolver mi trámite (cambio, reembolso o consulta).", "El agente me facilitó la información sobre mi reembolso."],
    "pt": ["No geral, qual o seu nível de satisfação com a companhia? (1-5)", "Qual a probabilidade de nos recomendar a um amigo? (0-10)",
           "A companhia aérea facilitou-me obter o reembolso do meu bilhete."],
    "de": ["Wie zufrieden sind Sie insgesamt mit unserer Airline? (1-5)", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)",
           "Die Airline hat mir die Erstattung meines Tickets erleichtert."],
    "pl": ["Ogólnie, jak bardzo jest Pan zadowolony z naszej linii? (1-5)", "Jak prawdopodobne jest, że poleci nas Pan znajomemu? (0-10)",
           "Linia lotnicza ułatwiła mi załatwienie sprawy (zmiana, zwrot lub pytanie)."],
    "lv": ["Cik kopumā esat apmierināts ar mūsu aviokompāniju? (1-5)", "Cik ticams, ka jūs mūs ieteiktu draugam? (0-10)",
           "Aviokompānija man atviegloja jautājuma nokārtošanu (maiņa, atmaksa vai jautājums)."],
}
for language, headers in MADE_EASY.items():
    rows = []
    for i in range(N):
        rows.append([str(i + 1), str(made_easy_rng.randint(1, 5)), str(made_easy_rng.randint(0, 10))] + [made_easy_rng.choice(AGREEMENT_7[language]) for _ in headers[2:]])
    write(f"made-it-easy-statement-naming-a-refund-is-the-ces-{language}.csv", ["id"] + headers, rows)

# A thing brought to the respondent, a pack, a kit, a box, a brochure, is delivered as goods are:
# "Delivery of the information pack", "The welcome pack was delivered quickly", "Lieferung der
# Informationsbroschüre" are delivery, the information they hold no "delivery of information"
# (delivery-of-information-is-no-delivery-*), which stays none beside them.
pack_rng = random.Random(10207)
PACK_DELIVERED = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "Delivery of the information pack (1-5)", "The welcome pack was delivered quickly (1-5)", "Delivery of information about delays (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Lieferung der Informationsbroschüre (1-5)", "Lieferung von Informationen über Verspätungen (1-5)"],
}
for language, headers in PACK_DELIVERED.items():
    write(f"delivery-of-a-pack-or-brochure-is-delivery-{language}.csv", ["id"] + headers,
          numbered_ratings(pack_rng, headers), delimiter=";")

# Teaching delivered, a course, a session, a workshop ("Delivery of the course", "Session delivery",
# "Entrega del curso", "Dostarczenie kursu", "Kursa piegāde"), delivers no goods, as training
# delivered does not ("Training delivery", delivery-of-information-is-no-delivery-*): no delivery item.
course_rng = random.Random(10218)
COURSE_DELIVERED = {
    "en": ["Overall, how satisfied are you with the course? (1-5)", "Delivery of the course (1-5)", "Session delivery (1-5)", "Workshop delivery was well paced (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está con el curso? (1-5)", "Entrega del curso (1-5)", "Entrega de las sesiones (1-5)"],
    "pt": ["No geral, quão satisfeito está com o curso? (1-5)", "Entrega do curso (1-5)"],
    "pl": ["Ogólnie, jak bardzo jest Pan zadowolony z kursu? (1-5)", "Dostarczenie kursu (1-5)"],
    "lv": ["Cik kopumā esat apmierināts ar kursu? (1-5)", "Kursa piegāde (1-5)"],
}
for language, headers in COURSE_DELIVERED.items():
    write(f"delivery-of-a-course-or-session-is-no-delivery-{language}.csv", ["id"] + headers,
          numbered_ratings(course_rng, headers), delimiter=";")

# The words of correct, complete or accurate name the order received right and whole
# (order-correct-and-complete-is-delivery-*), not what tells of it: a product's description, the
# order's confirmation e-mail, the details given about it are information, rated for how accurate
# they are, no delivery; an invoice's or a bill's accuracy is pricing (bill-fair-accurate-clear-is-pricing).
told_rng = random.Random(10229)
ACCURACY_TOLD = {
    "en": ["Overall, how satisfied are you with us? (1-5)", "Product description was accurate (1-5)", "Order confirmation email was accurate (1-5)", "Invoice accuracy (1-5)", "My order was correct and complete (1-5)"],
    "es": ["En general, ¿qué tan satisfecho está con nosotros? (1-5)", "La descripción del producto era correcta (1-5)", "La factura de mi pedido era correcta (1-5)", "Pedido correcto y completo (1-5)"],
    "pl": ["Jak ogólnie oceniasz naszą usługę? (1-5)", "Opis produktu był poprawny (1-5)", "E-mail z potwierdzeniem zamówienia był poprawny (1-5)", "Zamówienie było kompletne i poprawne (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Die Angaben zur Bestellung waren korrekt (1-5)", "Bestellung vollständig und korrekt (1-5)"],
    "fr": ["Êtes-vous satisfait de nous dans l'ensemble ? (1-5)", "La description du produit était exacte (1-5)", "Commande complète et exacte (1-5)"],
}
for language, headers in ACCURACY_TOLD.items():
    rows = []
    for i in range(N):
        mood = told_rng.randint(1, 5)
        rows.append([str(i + 1)] + [str(max(1, min(5, mood + told_rng.choice([-1, 0, 0, 1])))) for _ in headers])
    write(f"accuracy-of-a-description-or-email-is-no-delivery-{language}.csv", ["id"] + headers, rows)
# A dimension whose items are on different label sets: a value-for-money question answered "Very
# poor" … "Excellent" beside statements answered on agreement, one of them worded against the rest
# in words no lexicon holds ("I sometimes paid more than the price I was quoted"). Its answers run against the
# two others: it is reversed by them, the value-for-money question counting among the rest it is
# judged against, as a third statement would. In two lexicon languages.
mixed_rng = random.Random(11401)
MIXED_SETS = {
    "en": (["Overall satisfaction (1-5)", "How do you rate the value for money?", "Prices are clearly displayed", "I sometimes paid more than the price I was quoted"],
           ["Very poor", "Poor", "Fair", "Good", "Excellent"], ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]),
    "fr": (["Satisfaction globale (1-5)", "Comment jugez-vous le rapport qualité-prix ?", "Les prix affichés sont transparents", "J'ai parfois payé plus que le prix annoncé"],
           ["Très mauvais", "Mauvais", "Correct", "Bon", "Excellent"], ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"]),
}
for language, (headers, quality, agreement) in MIXED_SETS.items():
    rows = []
    for i in range(60):
        value = mixed_rng.randint(1, 5)
        point = lambda: min(5, max(1, value + mixed_rng.choice([-1, 0, 0, 0, 1])))
        rows.append([str(i + 1), str(point()), quality[point() - 1], agreement[point() - 1], agreement[5 - point()]])
    write(f"item-against-a-dimension-of-mixed-label-sets-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# "Was your problem resolved?" asked of those who had one and answered Yes / Partially / No (Kobo,
# SurveyMonkey and Typeform follow-ups): whether it was put right, a part of it the middle, the
# handling of complaints as a yes/no would be (yes 100, partially 50, no 0), not a segment. In each
# lexicon language.
partly_rng = random.Random(11402)
RESOLVED_PARTLY = {
    "en": ("Did you have a problem with your order?", "Was your problem resolved?", "Overall satisfaction (1-5)", ("No", "Yes"), ("No", "Partially", "Yes")),
    "de": ("Hatten Sie ein Problem mit Ihrer Bestellung?", "Wurde Ihr Problem gelöst?", "Gesamtzufriedenheit (1-5)", ("Nein", "Ja"), ("Nein", "Teilweise", "Ja")),
    "fr": ("Avez-vous eu un problème avec votre commande ?", "Votre problème a-t-il été résolu ?", "Satisfaction globale (1-5)", ("Non", "Oui"), ("Non", "En partie", "Oui")),
    "es": ("¿Ha tenido algún problema con su pedido?", "¿Se resolvió su problema?", "Satisfacción general (1-5)", ("No", "Sí"), ("No", "Parcialmente", "Sí")),
    "pt": ("Teve algum problema com a sua encomenda?", "O seu problema foi resolvido?", "Satisfação geral (1-5)", ("Não", "Sim"), ("Não", "Parcialmente", "Sim")),
    "pl": ("Czy miał Pan problem z zamówieniem?", "Czy Pana problem został rozwiązany?", "Ogólne zadowolenie (1-5)", ("Nie", "Tak"), ("Nie", "Częściowo", "Tak")),
    "lv": ("Vai jums bija problēma ar pasūtījumu?", "Vai jūsu problēma tika atrisināta?", "Kopumā, cik apmierināts esat ar mums? (1-5)", ("Nē", "Jā"), ("Nē", "Daļēji", "Jā")),
}
for language, (problem, resolved, overall, yes_no, partly) in RESOLVED_PARTLY.items():
    # Each of the three answers, in turn, from those who had a problem.
    rows, answered = [], 0
    for i in range(N):
        had = partly_rng.random() < 0.5
        rows.append([str(i + 1), yes_no[1] if had else yes_no[0], partly[(answered + partly_rng.randint(0, 1)) % 3] if had else "", str(partly_rng.randint(1, 5))])
        answered += had
    write(f"resolved-yes-partially-no-is-handling-{language}.csv", ["id", problem, resolved, overall], rows, delimiter=";")

# Asked how often (Never … Always), a header that counts a bad thing, a failure ("How often does
# your connection drop?", "Com que frequência a sua conexão cai?") or a problem ("How often have you
# had problems with your orders?"), runs never the best: reversed, in a dimension or none; one that
# counts a good thing ("How often does your order arrive on time?") keeps always the best. In each
# lexicon language.
often_rng = random.Random(11403)
FREQUENCY_OF_BAD = {
    "en": (["Overall satisfaction (1-5)", "How often does your connection drop?", "How often have you had problems with your orders?", "How often does your order arrive on time?"],
           ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "pt": (["Satisfação geral (1-5)", "Com que frequência a sua conexão cai?", "Com que frequência teve problemas com as suas encomendas?", "Com que frequência a sua encomenda chega a tempo?"],
           ["Nunca", "Raramente", "Às vezes", "Frequentemente", "Sempre"]),
    "fr": (["Satisfaction globale (1-5)", "À quelle fréquence votre connexion est-elle coupée ?", "À quelle fréquence avez-vous eu des problèmes avec vos commandes ?", "À quelle fréquence votre commande arrive-t-elle à l'heure ?"],
           ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie oft wird Ihre Verbindung unterbrochen?", "Wie oft hatten Sie Probleme mit Ihren Bestellungen?", "Wie oft kam Ihre Bestellung pünktlich an?"],
           ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
    "es": (["Satisfacción general (1-5)", "¿Con qué frecuencia se cae su conexión?", "¿Con qué frecuencia ha tenido problemas con sus pedidos?", "¿Con qué frecuencia llega su pedido a tiempo?"],
           ["Nunca", "Rara vez", "A veces", "A menudo", "Siempre"]),
    "pl": (["Ogólne zadowolenie (1-5)", "Jak często zrywa się połączenie?", "Jak często miał Pan problemy z zamówieniami?", "Jak często zamówienie dociera na czas?"],
           ["Nigdy", "Rzadko", "Czasami", "Często", "Zawsze"]),
    "lv": (["Kopējā apmierinātība (1-5)", "Cik bieži pārtrūkst savienojums?", "Cik bieži jums bija problēmas ar pasūtījumiem?", "Cik bieži pasūtījums pienāk laikā?"],
           ["Nekad", "Reti", "Dažreiz", "Bieži", "Vienmēr"]),
}
for language, (headers, often) in FREQUENCY_OF_BAD.items():
    rows = []
    for i in range(N):
        good = often_rng.randint(1, 5)
        near = lambda point: near_point(often_rng, point)
        rows.append([str(i + 1), str(near(good)), often[near(6 - good) - 1], often[near(6 - good) - 1], often[near(good) - 1]])
    write(f"frequency-of-a-bad-thing-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# Two dimensions, one of whose two items run against each other ("The price compared with other
# shops" coded the other way round, too few items to be turned by its answers): that dimension's
# alpha is below zero beyond its sampling error, its score mixes opposite directions, and the index,
# a mean over the dimensions, is withheld with the reason rather than made of it.
against_rng = random.Random(11404)
rows = []
for i in range(60):
    price, speed = against_rng.randint(1, 5), against_rng.randint(1, 5)
    near = lambda point: str(near_point(against_rng, point))
    rows.append([str(i + 1), near((price + speed + 1) // 2), near(price), near(6 - price), near(speed), near(speed)])
write("dimension-whose-items-run-against-each-other-makes-no-index.csv",
      ["id", "Overall satisfaction (1-5)", "The prices are fair (1-5)", "The price compared with other shops (1-5)", "Delivery speed (1-5)", "The delivery arrived on time (1-5)"], rows)
# One choice that joins two non-answers, "Don't know / Not applicable" (Kobo, SurveyMonkey and
# Qualtrics surveys offer a single opt-out for both): a non-answer as each half is, excluded as not
# applicable, so the column stays on its scale and its dimension is scored.
joined_rng = random.Random(11201)
JOINED_NON_ANSWERS = {
    "en": ("Please rate our service", ("Customer support (phone and chat)", "Friendliness of the installer"), ("Very poor", "Poor", "Fair", "Good", "Very good"), ("Don't know / Not applicable", "Don't know/N/A")),
    "pt": ("Avalie o nosso serviço", ("Atendimento ao cliente (central e chat)", "Cordialidade do técnico na instalação"), ("Muito ruim", "Ruim", "Regular", "Bom", "Muito bom"), ("Não sei / Não se aplica", "Não sei/Não se aplica")),
    "fr": ("Évaluez notre service", ("Service client (téléphone et chat)", "Amabilité du technicien"), ("Très mauvais", "Mauvais", "Moyen", "Bon", "Très bon"), ("Ne sais pas / Non applicable", "Je ne sais pas | Sans objet")),
    "es": ("Valore nuestro servicio", ("Atención al cliente (teléfono y chat)", "Amabilidad del técnico"), ("Muy malo", "Malo", "Regular", "Bueno", "Muy bueno"), ("No sé / No aplica", "No sabe / No aplica")),
    "de": ("Bitte bewerten Sie unseren Service", ("Kundenservice (Telefon und Chat)", "Freundlichkeit des Technikers"), ("Sehr schlecht", "Schlecht", "Mittelmäßig", "Gut", "Sehr gut"), ("Weiß nicht / Keine Angabe", "Weiß nicht / Nicht zutreffend")),
    "pl": ("Prosimy ocenić naszą obsługę", ("Obsługa klienta (telefon i czat)", "Uprzejmość instalatora"), ("Bardzo źle", "Źle", "Przeciętnie", "Dobrze", "Bardzo dobrze"), ("Nie wiem / Nie dotyczy", "Nie wiem/Nie dotyczy")),
    "lv": ("Lūdzu, novērtējiet mūsu apkalpošanu", ("Klientu apkalpošana (tālrunis un tērzēšana)", "Montētāja laipnība"), ("Ļoti slikti", "Slikti", "Viduvēji", "Labi", "Ļoti labi"), ("Nezinu / Neattiecas", "Nezinu / Nav attiecināms")),
}
for language, (stem, things, labels, opt_outs) in JOINED_NON_ANSWERS.items():
    rows = []
    for i in range(120):
        mood = joined_rng.choice([2, 3, 4, 4, 5])
        rate = lambda: labels[max(1, min(5, mood + joined_rng.choice([-1, 0, 0, 1]))) - 1]
        rows.append([str(i + 1), str(mood)] + [joined_rng.choice(opt_outs) if joined_rng.random() < 0.2 else rate() for _ in things])
    write(f"dont-know-and-not-applicable-joined-in-one-choice-{language}.csv",
          ["id", "Overall (1-5)"] + [f"{stem} [{thing}]" for thing in things], rows, delimiter=";")

# A checkbox question written into one column whose options hold a comma: Formbricks joins the
# options chosen with "; ", so the column's separator is ";" and a comma belongs to an option
# ("Integrationen (Slack, Teams)", "Slack, Teams" chosen alone too); Google Forms joins them with
# ", ", where a comma between parentheses still belongs to the option ("Integrations (Slack, Teams)").
comma_rng = random.Random(11202)
OPTIONS_WITH_COMMAS = {
    "semicolons-de": ("Welche Funktionen nutzen Sie regelmäßig?", ["Berichte", "Integrationen (Slack, Teams)", "Zeiterfassung", "Mobile App", "Export, Import"], "; "),
    "semicolons-en": ("Which features do you use regularly?", ["Reports", "Integrations (Slack, Teams)", "Time tracking", "Mobile app", "Export, import"], "; "),
    "commas-en": ("Which features do you use regularly?", ["Reports", "Integrations (Slack, Teams)", "Time tracking", "Mobile app"], ", "),
    "commas-es": ("¿Qué funciones utiliza habitualmente?", ["Informes", "Integraciones (Slack, Teams)", "Control horario", "App móvil"], ", "),
}
for key, (question, options, joint) in OPTIONS_WITH_COMMAS.items():
    rows = []
    for i in range(80):
        chosen = [o for o in options if comma_rng.random() < 0.4]
        rows.append([str(i + 1), str(comma_rng.randint(1, 5)), joint.join(chosen)])
    write(f"checkbox-in-one-column-options-holding-commas-joined-by-{key}.csv", ["id", "Overall satisfaction (1-5)", question], rows)

# A grid of a stay's aspects, some rows naming a dimension (the staff at reception, the price) and
# others none (breakfast, bedding, Wi-Fi): the index, the mean of the dimension scores, is given
# (most items have a dimension) and leaves the others out, which a note names.
left_out_rng = random.Random(11203)
LEFT_OUT_OF_INDEX = {
    "en": ("Please rate the following aspects of your stay", ("Friendliness of the reception staff", "Value for money", "Quality of the breakfast", "Comfort of the bedding", "Wi-Fi connection", "Helpfulness of the staff"), "Overall satisfaction (1-5)"),
    "fr": ("Veuillez évaluer les aspects suivants de votre séjour", ("Amabilité du personnel d'accueil", "Rapport qualité-prix", "Qualité du petit-déjeuner", "Confort de la literie", "Connexion Wi-Fi", "Serviabilité du personnel"), "Satisfaction globale (1-5)"),
}
for language, (stem, rows_named, overall) in LEFT_OUT_OF_INDEX.items():
    rows = []
    for i in range(100):
        mood = left_out_rng.choice([2, 3, 4, 4, 5])
        rows.append([str(i + 1), str(mood)] + [str(max(1, min(5, mood + left_out_rng.choice([-1, 0, 0, 1])))) for _ in rows_named])
    write(f"grid-rows-of-no-dimension-left-out-of-the-index-{language}.csv", ["id", overall] + [f"{stem} - {row} (1-5)" for row in rows_named], rows)

# A survey in a language satisfy has no keywords for (Italian, Dutch): a grid of aspects answered in
# that language's words (Pessimo … Ottimo), one row naming a dimension by another language's or
# English keyword, the others none; the one 0-10 question (recommend); in Italian, a yes/no
# question of a problem (Sì / No). What cannot be read is said of every column: each row of the
# grid is listed for mapping and noted as not scored, the 0-10 question is suggested as the NPS
# (never in the headline until --map confirms it), the yes/no question is noted as unread.
unread_rng = random.Random(11204)
UNREAD_LANGUAGE = {
    "it": ("Valuta i seguenti aspetti", ("Puntualità della consegna", "Temperatura del cibo all'arrivo", "Cortesia del rider", "Rapporto qualità/prezzo"), ("Pessimo", "Scarso", "Sufficiente", "Buono", "Ottimo"),
           "Quanto è probabile che consiglieresti PiattoVeloce a un amico o a un collega?", ("Negli ultimi 3 mesi hai avuto problemi con un ordine?", ("Sì", "No")),
           "Vuoi lasciarci un commento o un suggerimento?", ["Il rider è stato molto gentile e veloce.", "Il cibo è arrivato freddo, peccato.", "Tutto perfetto come sempre, grazie mille.", "I costi di consegna sono troppo alti per me."]),
    "nl": ("Beoordeel de volgende aspecten", ("Stiptheid van de bezorging", "Temperatuur van het eten bij aankomst", "Klantenservice en support", "Verhouding tussen prijs en kwaliteit"), ("Zeer slecht", "Slecht", "Matig", "Goed", "Uitstekend"),
           "Hoe waarschijnlijk is het dat je ons zou aanbevelen aan een vriend of collega?", None,
           "Wil je nog iets kwijt over je bestelling?", ["De bezorger was erg vriendelijk en snel.", "Het eten kwam koud aan, jammer.", "Alles was perfect zoals altijd, bedankt.", "De bezorgkosten zijn veel te hoog voor mij."]),
}
for language, (stem, aspects, labels, recommend, problem, comment, comments) in UNREAD_LANGUAGE.items():
    header = ["id"] + [f"{stem} [{aspect}]" for aspect in aspects] + [recommend] + ([problem[0]] if problem else []) + [comment]
    rows = []
    for i in range(80):
        mood = unread_rng.choice([1, 2, 3, 3, 4, 5])
        row = [str(i + 1)] + [labels[max(1, min(5, mood + unread_rng.choice([-1, 0, 0, 1]))) - 1] for _ in aspects]
        row.append(str(max(0, min(10, 2 * mood - 1 + unread_rng.choice([-1, 0, 1])))))
        if problem:
            row.append(problem[1][0] if unread_rng.random() < 0.3 else problem[1][1])
        row.append(unread_rng.choice(comments) if unread_rng.random() < 0.6 else "")
        rows.append(row)
    write(f"grid-and-scales-of-a-language-without-keywords-said-unread-{language}.csv", header, rows)
# A sheet an analyst built, or a report-style CSV, opens with a title, a blank row and group labels
# over the columns they span ("Respondent", "Ratings"), and its header comes below them: the
# header is found there, the rows above it left out and named in the notes (findHeaderRow).
above_rng = random.Random(10233)
with open(OUT / "title-above-the-header-en.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Customer satisfaction survey - Q1 2025 export"])
    w.writerow([])
    w.writerow(["id", "Overall satisfaction (1-5)", "How likely are you to recommend us? (0-10)", "Any comments?"])
    for i in range(N):
        w.writerow([str(i + 1), str(above_rng.randint(1, 5)), str(above_rng.randint(0, 10)), above_rng.choice(["", "Fast delivery", "Too expensive", "Friendly staff"])])
with open(OUT / "group-labels-above-the-header-de.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["Kundenzufriedenheit 2025", "", "", "", "", ""])
    w.writerow(["", "", "", "", "", ""])
    w.writerow(["Befragte", "", "Bewertungen (1 = sehr schlecht, 5 = sehr gut)", "", "Ergebnis", ""])
    w.writerow(["ID", "Region", "Gesamtzufriedenheit", "Pünktlichkeit der Lieferung", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)", "Kommentar"])
    for i in range(N):
        w.writerow([str(i + 1), above_rng.choice(["Nord", "Süd"]), str(above_rng.randint(1, 5)), str(above_rng.randint(1, 5)), str(above_rng.randint(0, 10)), above_rng.choice(["", "Alles gut", "Zu teuer"])])

# Rows of totals or averages an analyst writes below the data ("Average", "Median"; "Durchschnitt",
# "Summe"; ...), after a blank row, with whole numbers that a scale would take: skipped as
# summaryRow, not respondents (isSummaryRow). The same word as a segment's answer ("Media", a
# sector) is an answer: summary-word-as-a-segment-answer-es.csv.
summary_rng = random.Random(10334)
SUMMARY_ROWS = {
    "en": (["id", "Overall satisfaction (1-5)", "How likely are you to recommend us? (0-10)"], ["Average", "Median"]),
    "de": (["id", "Gesamtzufriedenheit (1-5)", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)"], ["Durchschnitt", "Summe:"]),
    "fr": (["id", "Satisfaction globale (1-5)", "Quelle est la probabilité que vous nous recommandiez ? (0-10)"], ["Moyenne", "Total"]),
    "es": (["id", "Satisfacción general (1-5)", "¿Qué probabilidad hay de que nos recomiende? (0-10)"], ["Promedio", "Media"]),
    "pt": (["id", "Satisfação geral (1-5)", "Qual a probabilidade de nos recomendar? (0-10)"], ["Média", "Total de respostas"]),
    "pl": (["id", "Ogólne zadowolenie (1-5)", "Jak prawdopodobne jest, że polecisz nas znajomym? (0-10)"], ["Średnia", "Suma"]),
    "lv": (["id", "Kopējā apmierinātība (1-5)", "Cik ticams, ka jūs mūs ieteiktu? (0-10)"], ["Vidējais", "Kopā"]),
}
for language, (header, words) in SUMMARY_ROWS.items():
    rows = [[str(i + 1), str(summary_rng.randint(1, 5)), str(summary_rng.randint(0, 10))] for i in range(N)]
    rows.append(["", "", ""])
    rows += [[word, str(summary_rng.randint(2, 4)), str(summary_rng.randint(3, 7))] for word in words]
    write(f"summary-rows-below-the-data-{language}.csv", header, rows)
write("summary-word-as-a-segment-answer-es.csv",
      ["Sector", "Satisfacción general (1-5)", "¿Qué probabilidad hay de que nos recomiende? (0-10)"],
      [[summary_rng.choice(["Media", "Banca", "Comercio"]), str(summary_rng.randint(1, 5)), str(summary_rng.randint(0, 10))] for _ in range(N)])

# Timestamps whose time is written with dots, as the sheets of Italian, Finnish and Danish locales
# write it (Google Forms' Italian sheet: "10/01/2024 1.17.56"; Finnish "14.2.2026 klo 9.30.00"):
# read as dates, so that --period splits them by month (parse-date's YEAR_LAST).
dotted_rng = random.Random(10447)
DOTTED_TIMES = {
    "it": (["Informazioni cronologiche", "Quanto sei soddisfatto complessivamente? (1-5)", "Quanto è probabile che ci consiglieresti a un amico? (0-10)"],
           lambda d, m, h, mi, s: f"{d:02d}/{m:02d}/2024 {h}.{mi:02d}.{s:02d}"),
    "fi": (["Aikaleima", "Overall satisfaction (1-5)", "How likely are you to recommend us? (0-10)"],
           lambda d, m, h, mi, s: f"{d}.{m}.2024 klo {h}.{mi:02d}.{s:02d}"),
}
for language, (header, stamp) in DOTTED_TIMES.items():
    rows = []
    for i in range(N):
        month = 1 + i * 3 // N
        rows.append([stamp(dotted_rng.randint(1, 28), month, dotted_rng.randint(0, 23), dotted_rng.randint(0, 59), dotted_rng.randint(0, 59)),
                     str(dotted_rng.randint(1, 5)), str(dotted_rng.randint(0, 10))])
    write(f"dotted-times-in-a-timestamp-{language}.csv", header, rows)

# A respondent's club or company whose name opens with a summary word ("Total Fitness (Leeds)",
# "Mean Machine Ltd"), in a column the sample does not show as words, is an answer: only the
# word alone (or a phrase of the lexicon, "Total responses") labels a row of totals.
club_rng = random.Random(10559)
write("summary-word-opening-a-club-name-is-a-respondent-en.csv",
      ["Club", "Overall satisfaction (1-5)", "Value for money (1-5)", "How likely are you to recommend us? (0-10)"],
      [[club_rng.choice(["Total Fitness (Leeds)", "PureGym (York)", "Total Fitness (Wigan)", "Mean Machine Ltd"]), str(club_rng.randint(1, 5)), str(club_rng.randint(1, 5)), str(club_rng.randint(0, 10))] for _ in range(N)])

# A header that leaves some columns unnamed (helper columns of a sheet, pandas' index cleared) is
# still the header: the row below it repeats its answers in its column ("Very satisfied"), no row
# of names (findHeaderRow's repeatsBelow).
sparse_rng = random.Random(10663)
write("header-leaving-columns-unnamed-stays-the-header-en.csv",
      ["Satisfaction", "", "Comment", "", ""],
      [[sparse_rng.choice(["Very satisfied", "Satisfied", "Neutral", "Dissatisfied"]), sparse_rng.choice(["app", "web"]), f"Fine #{i}", str(i % 3), "x"] for i in range(N)])

# Group labels written once over the columns they span ("Delivery" over "Speed" and "Condition",
# a merged cell of a sheet) are the question of those columns, as an analyst reads them: a bare
# sub-header ("Condition", "Knowledge") takes its dimension from the label above it (groupLabels).
group_rng = random.Random(10771)
GROUP_LABELS = {
    "en": (["Delivery", "Service"], ["Respondent", "Speed", "Condition", "Friendliness", "Knowledge", "Overall satisfaction (1-5)", "How likely are you to recommend us? (0-10)"], "Customer survey 2025"),
    "de": (["Lieferung", "Kundenservice"], ["Nr", "Schnelligkeit", "Zustand", "Freundlichkeit", "Fachwissen", "Gesamtzufriedenheit (1-5)", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)"], "Kundenumfrage 2025"),
}
for language, (labels, header, title) in GROUP_LABELS.items():
    with open(OUT / f"group-labels-name-the-dimension-of-the-columns-under-them-{language}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([title] + [""] * (len(header) - 1))
        w.writerow(["", labels[0], "", labels[1], "", "", ""])
        w.writerow(header)
        for i in range(N):
            mood = group_rng.randint(1, 5)
            w.writerow([str(i + 1)] + [str(max(1, min(5, mood + group_rng.choice([-1, 0, 0, 1])))) for _ in range(5)] + [str(max(0, min(10, 2 * mood - 1 + group_rng.choice([-1, 0, 1]))))])
# German "erleichtert" is made easy beside a word of whom in its own clause ("Die App hat mir die
# Rückgabe erleichtert", the effort question) and relief after a verb of being ("Ich war
# erleichtert, dass mir der Kundenservice geholfen hat", "Wir sind erleichtert, dass uns …"): the
# feeling, an item of what it names (service), never the CES. English "relieved" is a control.
relief_rng = random.Random(10771)
RELIEF = {
    "de": ["Gesamtzufriedenheit (1-5)", "Ich war erleichtert, dass mir der Kundenservice schnell geholfen hat",
           "Wir sind erleichtert, dass uns die Mitarbeiter freundlich beraten haben", "Die App hat mir die Rücksendung erleichtert"],
    "en": ["Overall satisfaction (1-5)", "I was relieved that customer service helped me quickly",
           "We were relieved that the staff advised us kindly", "The app made it easy for me to return my order"],
}
# The five-point agreement labels of each lexicon language.
AGREEMENT_5 = {
    "en": ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
    "de": ["Stimme überhaupt nicht zu", "Stimme nicht zu", "Weder noch", "Stimme zu", "Stimme voll und ganz zu"],
    "fr": ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"],
    "es": ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"],
    "pt": ["Discordo totalmente", "Discordo", "Nem concordo nem discordo", "Concordo", "Concordo totalmente"],
    "pl": ["Zdecydowanie się nie zgadzam", "Nie zgadzam się", "Ani się zgadzam, ani się nie zgadzam", "Zgadzam się", "Zdecydowanie się zgadzam"],
    "lv": ["Pilnībā nepiekrītu", "Nepiekrītu", "Ne piekrītu, ne nepiekrītu", "Piekrītu", "Pilnībā piekrītu"],
}
for language, headers in RELIEF.items():
    rows = []
    for i in range(N):
        # The two statements of relief at service go together, as one respondent's answers do.
        served = relief_rng.randint(0, 4)
        near = min(4, max(0, served + relief_rng.choice([-1, 0, 0, 1])))
        labels = AGREEMENT_5[language]
        rows.append([str(i + 1), str(relief_rng.randint(1, 5)), labels[served], labels[near], relief_rng.choice(labels)])
    write(f"relief-beside-a-pronoun-is-no-made-easy-{language}.csv", ["id"] + headers, rows)

# The account manager of a B2B workbook (key account, relationship or client manager;
# "gestionnaire de compte", "Kundenbetreuer", "Ansprechpartner", "gestor de cuenta", "gestor de
# conta", "opiekun klienta", "klientu menedžeris") is the customer's service contact: an item
# about him or her is service, however it is worded. The account itself is not: its fees are
# pricing, opening it no service.
account_rng = random.Random(10883)
ACCOUNT_MANAGER = {
    "en": ["Overall satisfaction (1-5)", "Account manager responsiveness (1-5)", "Responsiveness of the support team (1-5)", "My account manager understands our business (1-5)",
           "Account management fees are fair (1-5)", "Creating an account was easy (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "Réactivité de votre gestionnaire de compte (1-5)", "Votre chargé de clientèle comprend nos besoins (1-5)", "Les frais de tenue de compte sont justes (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Reaktionsschnelligkeit Ihres Kundenbetreuers (1-5)", "Ihr Ansprechpartner versteht unser Geschäft (1-5)"],
    "es": ["Satisfacción general (1-5)", "Capacidad de respuesta de su gestor de cuenta (1-5)", "Su ejecutivo de cuenta entiende nuestro negocio (1-5)", "Las comisiones de mantenimiento de la cuenta son justas (1-5)"],
    "pt": ["Satisfação geral (1-5)", "Rapidez de resposta do seu gestor de conta (1-5)", "O seu gerente de conta entende o nosso negócio (1-5)", "As taxas de manutenção da conta são justas (1-5)"],
    "pl": ["Ogólne zadowolenie (1-5)", "Szybkość reakcji opiekuna klienta (1-5)", "Nasz opiekun handlowy rozumie nasz biznes (1-5)"],
    "lv": ["Kopējā apmierinātība (1-5)", "Klientu menedžera atsaucība (1-5)", "Jūsu klientu menedžeris saprot mūsu biznesu (1-5)"],
}
for language, headers in ACCOUNT_MANAGER.items():
    rows = []
    for i in range(N):
        # One respondent's view of the account manager runs through the items about him or her.
        served = account_rng.randint(1, 5)
        rows.append([str(i + 1)] + [str(near_point(account_rng, served)) for _ in headers])
    write(f"account-manager-is-service-{language}.csv", ["id"] + headers, rows)

# Order accuracy judged against what told of it: the goods received named first ("the items you
# received", "die erhaltenen Artikel", "les articles reçus", "los artículos recibidos", "os artigos
# recebidos", "otrzymane produkty") are what is correct and complete, the confirmation e-mail or
# the website after them what they are compared with: delivery (E-S-QUAL's fulfilment). The
# description or the information itself said accurate, with nothing received before it, is none.
received_rng = random.Random(10997)
GOODS_RECEIVED = {
    "en": ["Overall satisfaction (1-5)", "Were the items you received correct and complete, as listed in your confirmation email? (1-5)",
           "Accuracy of the order received compared with the website (1-5)", "The product information you received was accurate (1-5)",
           "The product description on the website was accurate (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Die erhaltenen Artikel waren korrekt und vollständig, wie in der Bestellbestätigung angegeben (1-5)",
           "Die Produktbeschreibung auf der Website war korrekt (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "Les articles reçus étaient conformes à la description du site (1-5)", "La description du produit sur le site était exacte (1-5)"],
    "es": ["Satisfacción general (1-5)", "Los artículos recibidos estaban completos y correctos, según el correo de confirmación (1-5)",
           "La descripción del producto en la web era correcta (1-5)"],
    "pt": ["Satisfação geral (1-5)", "Os artigos recebidos estavam corretos e completos, conforme o e-mail de confirmação (1-5)",
           "A descrição do produto no site estava correta (1-5)"],
    "pl": ["Ogólne zadowolenie (1-5)", "Otrzymane produkty były kompletne i poprawne, zgodnie z e-mailem potwierdzającym (1-5)",
           "Opis produktu na stronie internetowej był poprawny (1-5)"],
}
for language, headers in GOODS_RECEIVED.items():
    rows = numbered_ratings(received_rng, headers)
    write(f"goods-received-judged-against-their-description-is-delivery-{language}.csv", ["id"] + headers, rows)

# Course materials, books and manuals are things brought, delivered as goods are ("Delivery of the
# course materials", "Entrega dos materiais do curso"), whatever course they serve; a webinar, a
# class, a lesson or a talk delivered is teaching, no delivery, also with a word of which one
# inside the phrase ("Delivery of the onboarding webinar", "Lieferung des Online-Webinars").
course_rng = random.Random(11113)
COURSE_DELIVERED = {
    "en": ["Overall satisfaction (1-5)", "Delivery of the course materials (1-5)", "Delivery of the onboarding webinar (1-5)", "Delivery of the workbooks for the class (1-5)", "Lesson delivery was engaging (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Lieferung der Unterlagen zum Kurs (1-5)", "Lieferung des Online-Webinars (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "Livraison des supports de cours (1-5)", "Livraison du webinaire d'intégration (1-5)"],
    "es": ["Satisfacción general (1-5)", "Entrega de los materiales del curso (1-5)", "Entrega del webinar de bienvenida (1-5)"],
    "pt": ["Satisfação geral (1-5)", "Entrega dos materiais do curso (1-5)", "Entrega da aula online (1-5)"],
}
for language, headers in COURSE_DELIVERED.items():
    rows = numbered_ratings(course_rng, headers)
    write(f"course-materials-delivered-are-delivery-a-webinar-none-{language}.csv", ["id"] + headers, rows)
# The survey's only question of ease, on its own labels of ease ("Very difficult" … "Very easy"),
# between two items of dimensions answered 1-5 in numbers: it is no row of their battery (their
# answers are another set), and stays the effort question (easeOfAStepAmongItems compares the
# answer set, not only the range). The textbook web-shop CES, "How easy was it to place your order?".
own_ease_rng = random.Random(10771)
OWN_EASE_LABELS = {
    "en": (["Overall satisfaction (1-5)", "How likely are you to recommend us? (0-10)", "Delivery speed (1-5)", "How easy was it to place your order?", "Price fairness (1-5)"],
           ["Very difficult", "Difficult", "Neither easy nor difficult", "Easy", "Very easy"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)", "Schnelligkeit der Lieferung (1-5)", "Wie einfach war es, Ihre Bestellung aufzugeben?", "Preis-Leistungs-Verhältnis (1-5)"],
           ["Sehr schwierig", "Schwierig", "Weder einfach noch schwierig", "Einfach", "Sehr einfach"]),
    "pl": (["Ogólne zadowolenie (1-5)", "Jak bardzo prawdopodobne jest, że polecisz nas znajomym? (0-10)", "Szybkość dostawy (1-5)", "Jak łatwo było złożyć zamówienie?", "Ceny są uczciwe (1-5)"],
           ["Bardzo trudno", "Trudno", "Ani łatwo, ani trudno", "Łatwo", "Bardzo łatwo"]),
}
for language, (header, labels) in OWN_EASE_LABELS.items():
    write(f"ease-question-on-its-own-labels-among-numbered-items-is-the-ces-{language}.csv", ["id"] + header,
          [[str(i + 1), str(own_ease_rng.randint(1, 5)), str(own_ease_rng.randint(0, 10)), str(own_ease_rng.randint(1, 5)),
            own_ease_rng.choices(labels, weights=[1, 2, 3, 5, 4])[0], str(own_ease_rng.randint(1, 5))] for i in range(N)])

# The anchors of a scale stated in the header ("Welche Schulnote geben Sie unserer Lieferung?
# (1 = sehr gut, 6 = ungenügend)", "Delivery: select a grade (1 = very poor, 5 = excellent)") say
# what its numbers mean: a label there, a few words after a verb of choosing or giving ("geben
# Sie", "select", "wybierz"), is no answer an attention check asks for (attentionCheck leaves
# "N = label" out). German grades run 1 the best, Polish ones 6 the best.
anchor_rng = random.Random(10883)
ANCHORS_NO_CHECK = {
    "de": (["Gesamtzufriedenheit (1-5)", "Welche Schulnote geben Sie unserer Lieferung? (1 = sehr gut, 6 = ungenügend)", "Freundlichkeit des Personals (1-5)"], 6),
    "en": (["Overall satisfaction (1-5)", "Delivery: select a grade (1 = very poor, 5 = excellent)", "Friendliness of the staff (1-5)"], 5),
    "pl": (["Ogólne zadowolenie (1-5)", "Wybierz ocenę dostawy (1 = niedostateczny, 6 = celujący)", "Uprzejmość personelu (1-5)"], 6),
}
for language, (header, top) in ANCHORS_NO_CHECK.items():
    write(f"scale-anchors-in-the-header-are-no-attention-check-{language}.csv", ["id"] + header,
          [[str(i + 1), str(anchor_rng.randint(1, 5)), str(anchor_rng.randint(1, top)), str(anchor_rng.randint(1, 5))] for i in range(N)])

# Yes / Partially / No (hedged-yes-no-partly-3) is a rating where the header asks whether a problem
# was put right (complaints) or names a dimension ("Did the agent understand your request?",
# service); under a header that names neither ("Did
# the product meet your expectations?", "Was the information on our website clear?") it says
# whether something held: a segment, said unscored in the notes, no rated item of no dimension.
partly_rng = random.Random(10993)
PARTLY_OF_NOTHING = {
    "en": (["Overall satisfaction (1-5)", "Did the product meet your expectations?", "Was the information on our website clear?", "Was your problem resolved?", "Did the agent understand your request?"],
           ["Yes", "Partially", "No"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Hat das Produkt Ihre Erwartungen erfüllt?", "Waren die Informationen auf unserer Website verständlich?", "Wurde Ihr Problem gelöst?", "Hat der Mitarbeiter Ihr Anliegen verstanden?"],
           ["Ja", "Teilweise", "Nein"]),
    "es": (["Satisfacción general (1-5)", "¿El producto cumplió sus expectativas?", "¿La información de nuestra web era clara?", "¿Se resolvió su problema?", "¿El agente entendió su solicitud?"],
           ["Sí", "Parcialmente", "No"]),
}
for language, (header, answers) in PARTLY_OF_NOTHING.items():
    write(f"yes-partially-no-of-no-dimension-is-a-segment-{language}.csv", ["id"] + header,
          [[str(i + 1), str(partly_rng.randint(1, 5))] + [partly_rng.choices(answers, weights=[5, 3, 2])[0] for _ in header[1:]] for i in range(N)])

# The one 0-10 question of a survey in a language satisfy has no keywords for is the shape of the
# recommend question, and as much that of overall satisfaction asked 0-10 ("Quanto è soddisfatto
# complessivamente del nostro negozio? (0-10)"): the note names both readings and the --map of
# each, and neither reaches a headline.
lone_rng = random.Random(11003)
LONE_ZERO_TO_TEN = {
    "it": (["Quanto è soddisfatto complessivamente del nostro negozio? (0-10)", "Come valuta la cortesia del personale? (1-5)", "Come valuta la puntualità della consegna? (1-5)", "Ha avuto qualche problema con il suo ordine?", "Suggerimenti per migliorare il nostro servizio"],
           ["Sì", "No"], ["Prezzi più bassi per favore", "Niente da segnalare", "La consegna è arrivata in ritardo", "Il personale è stato molto gentile"]),
    "nl": (["Hoe tevreden bent u in het algemeen over onze winkel? (0-10)", "Hoe beoordeelt u de vriendelijkheid van het personeel? (1-5)", "Hoe beoordeelt u de snelheid van de levering? (1-5)", "Heeft u een probleem gehad met uw bestelling?", "Suggesties om onze dienstverlening te verbeteren"],
           ["Ja", "Nee"], ["Lagere prijzen graag", "Niets te melden", "De levering kwam een week te laat aan", "Het personeel was heel vriendelijk"]),
}
for language, (header, yes_no, comments) in LONE_ZERO_TO_TEN.items():
    write(f"zero-to-ten-question-of-a-language-without-keywords-may-be-nps-or-csat-{language}.csv", ["ID"] + header,
          [[str(i + 1), str(lone_rng.choices(range(11), weights=[1, 1, 1, 2, 2, 3, 4, 6, 8, 6, 4])[0]), str(lone_rng.randint(1, 5)), str(lone_rng.randint(1, 5)),
            lone_rng.choices(yes_no, weights=[1, 3])[0], lone_rng.choice(comments)] for i in range(N)], delimiter=";")

# A numeric scale whose header names its ends best first ("1 = sehr gut, 6 = ungenügend", "1 = very
# good, 5 = very poor") runs from the top down: the low number is the best answer, scored reversed,
# with or without a word of school grades ("Geben Sie unserem Kundenservice eine Note …", whose
# weak "Note" names no grade). Ends named worst first keep their numbers.
ends_rng = random.Random(11119)
ENDS_BEST_FIRST = {
    "de": ["Gesamtzufriedenheit (1-5)", "Geben Sie unserem Kundenservice eine Note (1 = sehr gut, 6 = ungenügend)", "Pünktlichkeit der Lieferung (1 = sehr gut, 5 = mangelhaft)", "Preis-Leistungs-Verhältnis (1 = mangelhaft, 5 = sehr gut)"],
    "en": ["Overall satisfaction (1-5)", "Customer service (1 = very good, 5 = very poor)", "Delivery speed (1 = excellent, 5 = poor)", "Value for money (1 = very poor, 5 = very good)"],
}
for language, header in ENDS_BEST_FIRST.items():
    write(f"scale-ends-named-best-first-in-the-header-run-top-down-{language}.csv", ["id"] + header,
          [[str(i + 1)] + [str(ends_rng.randint(1, 6 if "6 =" in h else 5)) for h in header] for i in range(N)])

# A statement that something is hard, a row of an agreement grid ("Concorda? [É difícil falar com
# alguém quando preciso de ajuda]"), is an item worded against its scale (reversed, of the dimension
# it names), not the effort question, in every language as in English and German; the grid's row of
# ease about one step ("A app é fácil de usar") is an item among the grid's other rows, not the CES.
hard_rng = random.Random(10883)
HARD_IN_GRID = {
    "pt": ("Concorda?", ["Respondente", "Satisfação geral (1-5)"], ["Os colaboradores são simpáticos", "É difícil falar com alguém quando preciso de ajuda", "A app é fácil de usar"],
           ["Discordo totalmente", "Discordo", "Não concordo nem discordo", "Concordo", "Concordo totalmente"]),
    "es": ("¿Está de acuerdo?", ["Respondente", "Satisfacción general (1-5)"], ["El personal es amable", "Es difícil hablar con alguien cuando necesito ayuda", "La app es fácil de usar"],
           ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"]),
    "fr": ("Êtes-vous d'accord ?", ["Répondant", "Satisfaction globale (1-5)"], ["Le personnel est aimable", "Il est difficile de joindre quelqu'un quand j'ai besoin d'aide", "L'application est facile à utiliser"],
           ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"]),
}
for language, (stem, lead, statements, labels) in HARD_IN_GRID.items():
    rows = []
    for i in range(N):
        mood = hard_rng.randint(1, 5)
        near = lambda m: labels[max(0, min(4, m - 1 + hard_rng.choice([-1, 0, 0, 1])))]
        rows.append([str(i + 1), str(mood), near(mood), near(6 - mood), near(mood)])
    write(f"difficult-statement-in-an-agreement-grid-is-a-reversed-item-{language}.csv", lead + [f"{stem} [{s}]" for s in statements], rows)

# Two weak words of one dimension side by side name it together ("Support chat rating", "Wie
# bewerten Sie den Support-Chat?"), apart in a sentence not ("support its employees"); Spanish
# "del personal" names the staff alone ("Trato del personal").
weakpair_rng = random.Random(10993)
WEAK_PAIRS = {
    "en": ["Respondent", "Overall satisfaction (1-5)", "Support chat rating (1-5)", "support_chat_rating"],
    "es": ["Respondente", "Satisfacción general (1-5)", "Valore [Atención del personal]", "Valore [Trato del personal]"],
    "de": ["Nr", "Gesamtzufriedenheit (1-5)", "Wie bewerten Sie den Support-Chat? (1-5)", "Wie bewerten Sie den Chat-Support? (1-5)"],
}
for language, header in WEAK_PAIRS.items():
    write(f"weak-words-of-one-dimension-together-name-it-{language}.csv", header,
          [[str(i + 1)] + [str(weakpair_rng.randint(1, 5)) for _ in range(3)] for i in range(N)])

# A statement that fees or costs are hidden ("O banco cobra comissões escondidas", "El banco cobra
# comisiones ocultas") rates pricing, worded against its scale: reversed.
hidden_rng = random.Random(11113)
HIDDEN_FEES = {
    "pt": (["Respondente", "Satisfação geral (1-5)", "Concorda? [Os preços são justos]", "Concorda? [O banco cobra comissões escondidas]"],
           ["Discordo totalmente", "Discordo", "Não concordo nem discordo", "Concordo", "Concordo totalmente"]),
    "es": (["Respondente", "Satisfacción general (1-5)", "¿Está de acuerdo? [Los precios son justos]", "¿Está de acuerdo? [El banco cobra comisiones ocultas]"],
           ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"]),
}
for language, (header, labels) in HIDDEN_FEES.items():
    rows = []
    for i in range(N):
        mood = hidden_rng.randint(1, 5)
        rows.append([str(i + 1), str(mood), labels[mood - 1], labels[5 - mood]])
    write(f"hidden-fees-statement-is-pricing-reversed-{language}.csv", header, rows)

# A resolution question with a not-yet answer ("Still pending", "Ainda está em análise", "Todavía
# está pendiente"): that answer is excluded as not applicable, the others scored (Yes, fully /
# Yes, partly / No), and the Handling line stays.
pending_rng = random.Random(11213)
PENDING = {
    "en": (["Respondent", "Overall satisfaction (1-5)", "Did you have a problem with your order?", "Was your problem resolved?"], ("Yes", "No"),
           ["Yes, fully", "Yes, partly", "No", "Still pending"]),
    "pt": (["Respondente", "Satisfação geral (1-5)", "Teve algum problema com a sua encomenda?", "O seu problema foi resolvido?"], ("Sim", "Não"),
           ["Sim, totalmente", "Sim, parcialmente", "Não", "Ainda está em análise"]),
    "es": (["Respondente", "Satisfacción general (1-5)", "¿Tuvo algún problema con su pedido?", "¿Se resolvió su problema?"], ("Sí", "No"),
           ["Sí, a mi satisfacción", "Sí, parcialmente", "No", "Todavía está pendiente"]),
}
for language, (header, (yes, no), answers) in PENDING.items():
    rows = []
    for i in range(N):
        problem = i % 2 == 0
        rows.append([str(i + 1), str(pending_rng.randint(1, 5)), yes if problem else no, answers[i // 2 % 4] if problem else ""])
    write(f"resolution-with-a-pending-answer-{language}.csv", header, rows)

# A number that never varies under a name that states no scale (Qualtrics' Q_RelevantIDDuplicateScore,
# 0 but for a duplicate's 75 or 100; Typeform's calculated.score outside a quiz) is no rating.
constant_rng = random.Random(11321)
write("constant-number-under-a-platform-name-is-no-rating.csv",
      ["Respondent", "Overall satisfaction (1-5)", "The staff were helpful (1-5)", "Q_RelevantIDDuplicateScore", "calculated.score"],
      [[str(i + 1), str(constant_rng.randint(1, 5)), str(constant_rng.randint(1, 5)), "100" if i == 7 else "0", "0"] for i in range(N)])

# "Did you make a complaint about how your order was handled?" asks whether a complaint was made,
# whatever it was about: the complaint question, yes a problem. A word of resolution after the words
# of making one says what the complaint was about; said of a complaint made if one was ("If you made
# a complaint, was it resolved?") it asks whether it was put right.
made_rng = random.Random(10883)
COMPLAINT_MADE_ABOUT_HANDLING = {
    "en": ("Overall satisfaction (1-5)", "Did you make a complaint about how your order was handled?", "If you made a complaint, was it resolved?", ("Yes", "No")),
    "fr": ("Satisfaction globale (1-5)", "Avez-vous fait une réclamation sur la façon dont votre commande a été traitée ?", "Si vous avez fait une réclamation, a-t-elle été résolue ?", ("Oui", "Non")),
    "es": ("Satisfacción general (1-5)", "¿Presentó una reclamación sobre cómo fue atendido su pedido?", "Si presentó una reclamación, ¿se resolvió?", ("Sí", "No")),
    "pt": ("Satisfação geral (1-5)", "Apresentou uma reclamação sobre a forma como o seu pedido foi atendido?", "Se apresentou uma reclamação, foi resolvida?", ("Sim", "Não")),
}
for language, (overall, made, resolved, (yes, no)) in COMPLAINT_MADE_ABOUT_HANDLING.items():
    rows = []
    for i in range(N):
        complained = made_rng.random() < 0.3
        rows.append([str(i + 1), str(made_rng.randint(1, 3) if complained else made_rng.randint(3, 5)), yes if complained else no,
                     (yes if made_rng.random() < 0.5 else no) if complained else ""])
    write(f"complaint-made-about-its-handling-{language}.csv", ["id", overall, made, resolved], rows, delimiter=";")

# A claim on an insurance ("What type of claim did you make?", "Welche Art von Schaden haben Sie
# gemeldet?", "Quel type de sinistre avez-vous déclaré ?") is the service the survey is about, no
# complaint: its kind is a segment, a statement about it no complaints item, having had one a fact
# that splits respondents; its handling is the service too (insurance-claims-handling-is-service-*).
claimed_rng = random.Random(10891)
INSURANCE_CLAIM = {
    "en": ("Overall satisfaction (1-5)", "What type of claim did you make?", ["Motor", "Home", "Travel"], "Thinking about your recent claim, how much do you agree with the following statements? - I had to chase you for updates", "Did you have a claim in the last year?", ("Yes", "No")),
    "de": ("Gesamtzufriedenheit (1-5)", "Welche Art von Schaden haben Sie gemeldet?", ["Kfz", "Hausrat", "Reise"], "Wie sehr stimmen Sie den folgenden Aussagen zu Ihrem letzten Schaden zu? - Ich musste mehrmals nachfragen", "Hatten Sie im letzten Jahr einen Schaden?", ("Ja", "Nein")),
    "fr": ("Satisfaction globale (1-5)", "Quel type de sinistre avez-vous déclaré ?", ["Auto", "Habitation", "Voyage"], "Concernant votre dernier sinistre, êtes-vous d'accord avec les affirmations suivantes ? - J'ai dû relancer pour avoir des nouvelles", "Avez-vous eu un sinistre l'an dernier ?", ("Oui", "Non")),
    "es": ("Satisfacción general (1-5)", "¿Qué tipo de siniestro declaró?", ["Auto", "Hogar", "Viaje"], "Sobre su último siniestro, ¿está de acuerdo con las siguientes afirmaciones? - Tuve que insistir para tener noticias", "¿Tuvo algún siniestro el último año?", ("Sí", "No")),
    "pt": ("Satisfação geral (1-5)", "Que tipo de sinistro participou?", ["Automóvel", "Casa", "Viagem"], "Sobre o seu último sinistro, concorda com as seguintes afirmações? - Tive de insistir para ter notícias", "Teve algum sinistro no último ano?", ("Sim", "Não")),
    "pl": ("Ogólne zadowolenie (1-5)", "Jakiego rodzaju szkodę Pan zgłosił?", ["Samochód", "Dom", "Podróż"], "Czy zgadza się Pan z poniższymi stwierdzeniami o ostatniej szkodzie? - Musiałem dopytywać o postępy", "Czy miał Pan szkodę w ostatnim roku?", ("Tak", "Nie")),
}
for language, (overall, kind, kinds, chased, had, answers) in INSURANCE_CLAIM.items():
    rows = [[str(i + 1), str(claimed_rng.randint(1, 5)), claimed_rng.choice(kinds), str(claimed_rng.randint(1, 5)), claimed_rng.choice(answers)] for i in range(N)]
    write(f"insurance-claim-is-no-complaint-{language}.csv", ["id", overall, kind, chased, had], rows, delimiter=";")

# Categories of a complaint asked of everyone, those with no problem too ("Um welche Art von
# Reklamation handelte es sich?" answered beside "Nein" to the complaint question): a segment, no
# problem categories. (problem-categories-answered-without-a-problem-are-a-segment.csv asked it of
# a "Schaden", a claim on an insurance, which names no complaint.)
asked_all_rng = random.Random(10903)
rows = []
for i in range(N):
    complained = asked_all_rng.random() < 0.3
    rows.append([str(i), asked_all_rng.choice(["Lieferung", "Rechnung", "Produkt", "Sonstiges"]), "Ja" if complained else "Nein", str(asked_all_rng.randint(1, 5))])
write("complaint-categories-answered-without-a-problem-are-a-segment-de.csv",
      ["id", "Um welche Art von Reklamation handelte es sich?", "Haben Sie sich bei uns beschwert?", "Wie zufrieden sind Sie insgesamt? (1-5)"], rows)

# How a complaint was made ("How did you make your complaint?" By phone;By email; as Microsoft Forms
# joins a multiple choice), asked of those who made one, names its channel, no category of the problem; what the complaint was about ("What
# was your complaint about?") stays the categories of the problem.
channel_rng = random.Random(10919)
COMPLAINT_CHANNEL = {
    "en": ("Overall satisfaction (1-5)", "Did you make a complaint?", "How did you make your complaint?", "What was your complaint about?", ("Yes", "No"),
           ["By phone", "By email", "Via the website", "In store"], ["Late delivery", "Wrong item", "Billing error"]),
    "fr": ("Satisfaction globale (1-5)", "Avez-vous fait une réclamation ?", "Par quel moyen avez-vous fait votre réclamation ?", "Quel était le motif de votre réclamation ?", ("Oui", "Non"),
           ["Par téléphone", "Par e-mail", "Sur le site", "En magasin"], ["Retard de livraison", "Mauvais article", "Erreur de facturation"]),
    "es": ("Satisfacción general (1-5)", "¿Presentó una reclamación?", "¿Cómo presentó su reclamación?", "¿Cuál fue el motivo de su reclamación?", ("Sí", "No"),
           ["Por teléfono", "Por correo electrónico", "En la web", "En tienda"], ["Retraso en la entrega", "Artículo equivocado", "Error de facturación"]),
}


def write_complaint_channels(rng, surveys):
    """complaint-channel-is-no-problem-category-<language>.csv for each survey: the channels (joined by ";") and the problem asked of those who complained."""
    for language, (overall, made, how, about, (yes, no), channels, problems) in surveys.items():
        rows = []
        for i in range(N):
            complained = rng.random() < 0.4
            rows.append([str(i + 1), str(rng.randint(1, 5)), yes if complained else no,
                         "".join(c + ";" for c in rng.sample(channels, rng.randint(1, 2))) if complained else "", rng.choice(problems) if complained else ""])
        write(f"complaint-channel-is-no-problem-category-{language}.csv", ["id", overall, made, how, about], rows, delimiter=";")


write_complaint_channels(channel_rng, COMPLAINT_CHANNEL)

# Whether the problem was put right, answered in words no scale places ("Yes, after I escalated it",
# "Sí, pero tardaron mucho"): not scored, and the Handling line says so where it would be, not the
# last note alone.
unplaced_rng = random.Random(10937)
RESOLVED_UNPLACED = {
    "en": ("Overall satisfaction (1-5)", "Did you have a problem with your order?", "If you had a problem, was it resolved?", ("Yes", "No"), ["Yes", "No", "Yes, after I escalated it", "It is an ongoing dispute"]),
    "es": ("Satisfacción general (1-5)", "¿Tuvo algún problema con su pedido?", "Si tuvo un problema, ¿se resolvió?", ("Sí", "No"), ["Sí", "No", "Sí, después de escalarlo", "Es una disputa abierta"]),
}
for language, (overall, problem, resolved, (yes, no), answers) in RESOLVED_UNPLACED.items():
    rows = []
    for i in range(N):
        had = unplaced_rng.random() < 0.5
        rows.append([str(i + 1), str(unplaced_rng.randint(1, 5)), yes if had else no, unplaced_rng.choice(answers) if had else ""])
    write(f"resolved-answered-in-words-no-scale-places-{language}.csv", ["id", overall, problem, resolved], rows, delimiter=";")

# A survey of employees (engagement, wellbeing) asks about the workplace in many questions: the
# company as a place to work, one's manager, colleagues, HR, salary, workload. Its overall
# satisfaction, a grievance to HR and trust in the leadership are no customer's CSAT, complaint or
# Trust: held back until named (surveyAudience), and its recommend question is the eNPS.
staff_rng = random.Random(10883)
STAFF = {
    "en": (["Department", "Overall, how satisfied are you with working here? (1-5)", "I trust the senior leadership team (1-5)", "My manager treats me with respect (1-5)", "I am paid fairly for my work (1-5)", "Have you raised a grievance or complaint with HR in the last 12 months?", "How likely are you to recommend this company as a place to work? (0-10)"],
           ["Sales", "Operations", "Finance"], ["Yes", "No"]),
    "de": (["Abteilung", "Wie zufrieden sind Sie insgesamt mit Ihrem Arbeitgeber? (1-5)", "Ich vertraue der Geschäftsleitung (1-5)", "Meine Führungskraft behandelt mich mit Respekt (1-5)", "Mein Gehalt ist angemessen (1-5)", "Haben Sie sich in den letzten 12 Monaten bei der Personalabteilung beschwert?", "Wie wahrscheinlich ist es, dass Sie uns als Arbeitgeber weiterempfehlen? (0-10)"],
           ["Vertrieb", "Betrieb", "Finanzen"], ["Ja", "Nein"]),
    "es": (["Departamento", "En general, ¿qué tan satisfecho está con su trabajo en la empresa? (1-5)", "Confío en la dirección de la empresa (1-5)", "Mi jefe me trata con respeto (1-5)", "Mi salario es justo (1-5)", "¿Ha presentado una queja ante recursos humanos en los últimos 12 meses?", "¿Qué probabilidad hay de que recomiende esta empresa como lugar para trabajar? (0-10)"],
           ["Ventas", "Operaciones", "Finanzas"], ["Sí", "No"]),
}
for language, (header, departments, yes_no) in STAFF.items():
    rows = []
    for _ in range(N):
        mood = staff_rng.randint(1, 5)
        rows.append([staff_rng.choice(departments)] + [str(max(1, min(5, mood + staff_rng.choice([-1, 0, 0, 1])))) for _ in range(4)]
                    + [yes_no[0] if staff_rng.random() < 0.25 else yes_no[1], str(max(0, min(10, 2 * mood - 1 + staff_rng.choice([-1, 0, 1]))))])
    write(f"workplace-questions-make-an-employee-survey-{language}.csv", header, rows)

# A customer survey that names work once ("… to use at work") is still one of customers: one
# question in one word is no survey's vocabulary.
once_rng = random.Random(10889)
write("one-question-naming-work-stays-a-customer-survey-en.csv",
      ["Overall, how satisfied are you with our service? (1-5)", "How easy is our app to use at work? (1-5)", "The staff were friendly (1-5)", "How likely are you to recommend us to a friend? (0-10)"],
      [[str(once_rng.randint(1, 5)), str(once_rng.randint(1, 5)), str(once_rng.randint(1, 5)), str(once_rng.randint(0, 10))] for _ in range(N)])
# Asked how often, a delay or a cancellation is a bad thing counted ("How often do you experience
# delays with your delivery?", "¿Con qué frecuencia sufre demoras en la entrega?"), and a verb of
# solving after a word of purpose ("… more than once to solve a problem", "pour résoudre", "um …
# zu lösen") is why the respondent had to do the thing counted, not what is counted: both reversed,
# never the best. Where the solving is what is counted ("were we able to solve"), always is the best.
purpose_rng = random.Random(11517)
DELAYS_AND_PURPOSE = {
    "en": (["Overall satisfaction (1-5)", "How often do you experience delays with your delivery?", "How often did you have to contact us more than once to solve a problem?", "How often were we able to solve your problem at the first contact?"],
           ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "fr": (["Satisfaction globale (1-5)", "À quelle fréquence vos commandes sont-elles annulées ?", "À quelle fréquence avez-vous dû nous contacter plusieurs fois pour résoudre un problème ?", "À quelle fréquence votre problème a-t-il été résolu au premier contact ?"],
           ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"]),
    "es": (["Satisfacción general (1-5)", "¿Con qué frecuencia sufre demoras en la entrega?", "¿Con qué frecuencia tuvo que contactarnos más de una vez para solucionar un problema?", "¿Con qué frecuencia solucionamos su problema en el primer contacto?"],
           ["Nunca", "Rara vez", "A veces", "A menudo", "Siempre"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie oft wurde Ihre Bestellung storniert?", "Wie oft mussten Sie uns mehrmals kontaktieren, um ein Problem zu lösen?", "Wie oft wurde Ihr Problem beim ersten Kontakt gelöst?"],
           ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
}
for language, (headers, often) in DELAYS_AND_PURPOSE.items():
    rows = []
    for i in range(N):
        good = purpose_rng.randint(1, 5)
        near = lambda point: near_point(purpose_rng, point)
        rows.append([str(i + 1), str(near(good)), often[near(6 - good) - 1], often[near(6 - good) - 1], often[near(good) - 1]])
    write(f"frequency-of-delays-or-of-contact-to-solve-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# A statement worded the right way round ("The delivery was environmentally friendly") whose answers
# run against the rest of its dimension (two ratings of the delivery's speed and tracking, Very poor
# … Excellent): a real trade-off, fast delivery judged less green. No word of its header says it is
# worded in reverse, so its answers alone do not turn it: it is scored as asked, its evidence and the
# notes say it runs against the rest (leave it out, split the dimension, or mark it reversed if it is).
# Delivery's alpha is then below zero, and the index is the mean of the other two dimensions.
tradeoff_rng = random.Random(11631)
TRADE_OFF = {
    "en": (["Overall satisfaction (1-5)", "How would you rate the speed of delivery?", "How would you rate the delivery tracking?", "The delivery was environmentally friendly",
            "Staff friendliness (1-5)", "Customer service helpfulness (1-5)", "Prices are fair (1-5)", "Value for money (1-5)"],
           ["Very poor", "Poor", "Fair", "Good", "Excellent"], ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]),
    "fr": (["Satisfaction globale (1-5)", "Comment jugez-vous la rapidité de la livraison ?", "Comment jugez-vous le suivi de la livraison ?", "La livraison était respectueuse de l'environnement",
            "Amabilité du personnel (1-5)", "Serviabilité du service client (1-5)", "Les prix sont justes (1-5)", "Rapport qualité-prix (1-5)"],
           ["Très mauvais", "Mauvais", "Moyen", "Bon", "Excellent"], ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"]),
}
for language, (headers, quality, agreement) in TRADE_OFF.items():
    rows = []
    for i in range(80):
        speed, staff, price = tradeoff_rng.randint(1, 5), tradeoff_rng.randint(1, 5), tradeoff_rng.randint(1, 5)
        near = lambda point: near_point(tradeoff_rng, point)
        rows.append([str(i + 1), str(near((speed + staff + price) // 3)), quality[near(speed) - 1], quality[near(speed) - 1], agreement[near(6 - speed) - 1],
                     str(near(staff)), str(near(staff)), str(near(price)), str(near(price))])
    write(f"statement-running-against-its-dimension-without-a-worded-sign-is-not-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# Three dimensions, one of whose two items run against each other for a real reason (fast shipping
# and green shipping, opposed for these respondents; neither worded in reverse): that dimension's
# alpha is below zero beyond its sampling error, so it is left out of the index, which is the mean
# of the two other dimensions (index.leftOut), with a note naming both ways out.
left_rng = random.Random(11747)
rows = []
for i in range(60):
    speed, staff, price = left_rng.randint(1, 5), left_rng.randint(1, 5), left_rng.randint(1, 5)
    near = lambda point: str(near_point(left_rng, point))
    rows.append([str(i + 1), near((staff + price + 1) // 2), near(speed), near(6 - speed), near(staff), near(staff), near(price), near(price)])
write("dimension-whose-items-run-against-each-other-is-left-out-of-the-index.csv",
      ["id", "Overall satisfaction (1-5)", "Delivery speed (1-5)", "Delivery was environmentally friendly (1-5)", "Staff friendliness (1-5)", "Customer service helpfulness (1-5)", "Prices are fair (1-5)", "Value for money (1-5)"], rows)

# A dimension whose score runs against the outcome: its one item is worded the other way round in
# words no lexicon knows ("Getting my delivery took several phone calls", "Ich musste meiner Lieferung
# hinterhertelefonieren"; "I had to chase my delivery" is known since, reversed by its wording),
# so it is scored as worded, and the more respondents agree, the less satisfied they are. The key
# drivers keep its figures (r strongly below zero) and warn beside them, in every format and the JSON.
chase_rng = random.Random(11859)
CHASED = {
    "en": ["Overall satisfaction (1-5)", "Getting my delivery took several phone calls (1-5)", "Staff friendliness (1-5)", "Customer service helpfulness (1-5)", "Prices are fair (1-5)", "Value for money (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Ich musste meiner Lieferung hinterhertelefonieren (1-5)", "Freundlichkeit der Mitarbeiter (1-5)", "Hilfsbereitschaft des Kundenservice (1-5)", "Die Preise sind fair (1-5)", "Preis-Leistungs-Verhältnis (1-5)"],
}
for language, headers in CHASED.items():
    rows = []
    for i in range(60):
        chased, staff, price = chase_rng.randint(1, 5), chase_rng.randint(1, 5), chase_rng.randint(1, 5)
        near = lambda point: str(near_point(chase_rng, point))
        rows.append([str(i + 1), near((2 * (6 - chased) + staff + price + 2) // 4), near(chased), near(staff), near(staff), near(price), near(price)])
    write(f"driver-running-against-the-outcome-is-warned-of-{language}.csv", ["id"] + headers, rows)

# A statement of having been cheated or misled on the price ("I sometimes felt cheated on my bill",
# "J'ai eu l'impression d'être trompé sur la facture"), beside a value-for-money question and a
# statement of transparent prices: worded the other way round, so reversed by its words (answers
# alone reverse nothing), and the pricing dimension's alpha is then positive.
cheated_rng = random.Random(11877)
CHEATED = {
    "en": (["Overall satisfaction (1-5)", "How do you rate the value for money?", "Prices are clearly displayed", "I sometimes felt cheated on my bill"],
           ["Very poor", "Poor", "Fair", "Good", "Excellent"], ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie bewerten Sie das Preis-Leistungs-Verhältnis?", "Die Preise sind klar ausgewiesen", "Ich habe mich bei der Rechnung manchmal betrogen gefühlt"],
           ["Sehr schlecht", "Schlecht", "Mittelmäßig", "Gut", "Sehr gut"], ["Stimme überhaupt nicht zu", "Stimme nicht zu", "Weder noch", "Stimme zu", "Stimme voll und ganz zu"]),
    "es": (["Satisfacción general (1-5)", "¿Cómo valora la relación calidad-precio?", "Los precios se muestran claramente", "A veces me sentí engañado con la factura"],
           ["Muy malo", "Malo", "Regular", "Bueno", "Excelente"], ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"]),
}
for language, (headers, quality, agreement) in CHEATED.items():
    rows = []
    for i in range(60):
        value = cheated_rng.randint(1, 5)
        point = lambda: min(5, max(1, value + cheated_rng.choice([-1, 0, 0, 0, 1])))
        rows.append([str(i + 1), str(point()), quality[point() - 1], agreement[point() - 1], agreement[5 - point()]])
    write(f"feeling-cheated-on-the-price-is-worded-the-other-way-round-{language}.csv", ["id"] + headers, rows, delimiter=";")

# A survey of customers speaks of colleagues (the NPS's "a friend or colleague"), of the customer's
# team and role, of HR software and of salaries banked: none of those is a workplace word, so it
# stays a survey of customers, its CSAT and dimensions reported and its NPS no eNPS (surveyAudience).
colleague_rng = random.Random(11983)
CUSTOMER_WORK_WORDS = {
    "en": ["What is your role?", "Overall, how satisfied are you with our HR software? (1-5)", "How easy is it for your team to run payroll with it? (1-5)", "The price is fair (1-5)", "How likely are you to recommend us to a friend or colleague? (0-10)"],
    "fr": ["Quel est votre poste ?", "Satisfaction globale (1-5)", "Votre équipe a-t-elle pu utiliser nos outils facilement ? (1-5)", "Les prix sont justes (1-5)", "Recommanderiez-vous notre agence à un ami ou un collègue ? (0-10)"],
    "de": ["Ihre Rolle im Unternehmen", "Gesamtzufriedenheit (1-5)", "Wie gut unterstützt die Software Ihr Team bei der Arbeit? (1-5)", "Die Preise sind fair (1-5)", "Wie wahrscheinlich ist es, dass Sie uns Freunden oder Kollegen weiterempfehlen? (0-10)"],
}
for language, header in CUSTOMER_WORK_WORDS.items():
    rows = []
    for i in range(N):
        mood = colleague_rng.randint(1, 5)
        near = lambda: str(max(1, min(5, mood + colleague_rng.choice([-1, 0, 0, 1]))))
        rows.append([str(i + 1), colleague_rng.choice(["IT", "Finance", "Operations"]), near(), near(), near(), str(max(0, min(10, 2 * mood - 1 + colleague_rng.choice([-1, 0, 1]))))])
    write(f"customer-survey-naming-colleagues-team-and-role-stays-customers-{language}.csv", ["id"] + header, rows)

# How often the solving itself succeeded ("How often did our agents succeed in helping you to solve
# your issue?", "Wie oft ist es uns gelungen, Ihr Problem beim ersten Kontakt zu lösen?"): the verb
# of solving after a word of purpose counts the solving where no word of burden ("had to", "more
# than once") says something else is counted: as asked, not reversed (putRight).
fcr_rng = random.Random(12071)
SOLVING_COUNTED = {
    "en": (["Overall satisfaction (1-5)", "How often did our agents succeed in helping you to solve your issue?", "How often did it take just one call to solve your problem?"], ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie oft ist es uns gelungen, Ihr Problem beim ersten Kontakt zu lösen?", "Wie oft hat unser Kundenservice es geschafft, Ihr Anliegen zu lösen?"], ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
}
for language, (headers, often) in SOLVING_COUNTED.items():
    rows = []
    for i in range(N):
        good = fcr_rng.randint(1, 5)
        near = lambda point: near_point(fcr_rng, point)
        rows.append([str(i + 1), str(near(good)), often[near(good) - 1], often[near(good) - 1]])
    write(f"frequency-of-solving-counted-as-a-success-is-as-asked-{language}.csv", ["id"] + headers, rows, delimiter=";")

# Damage that came with the goods ("Kam Ihre Lieferung mit einem Schaden an?", Ja/Nein) is the
# problem question, though "Schaden" alone is an insurance's claim (a weak word of complaints only
# beside its handling): a word of goods delivered beside it names complaints too.
damage_rng = random.Random(12157)
write("damage-that-came-with-the-delivery-is-a-problem-de.csv",
      ["Nr", "Gesamtzufriedenheit (1-5)", "Kam Ihre Lieferung mit einem Schaden an?", "Wie zufrieden sind Sie mit unserem Kundenservice? (1-5)"],
      [[str(i + 1), str(damage_rng.randint(1, 5)), damage_rng.choice(["Ja", "Nein", "Nein", "Nein"]), str(damage_rng.randint(1, 5))] for i in range(N)])

# Having had to wait too long ("I had to wait ages for my parcel", "Ich musste zu lange warten") is
# worded against a delivery dimension: reversed by its words, as answers alone reverse nothing.
waited_rng = random.Random(12241)
WAITED = {
    "en": ["Overall satisfaction (1-5)", "Delivery was fast (1-5)", "My parcel arrived in good condition (1-5)", "I had to wait ages for my parcel (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Die Lieferung war schnell (1-5)", "Mein Paket kam in gutem Zustand an (1-5)", "Ich musste zu lange auf meine Lieferung warten (1-5)"],
}
for language, header in WAITED.items():
    rows = []
    for i in range(N):
        good = waited_rng.randint(1, 5)
        near = lambda point: str(near_point(waited_rng, point))
        rows.append([str(i + 1), near(good), near(good), near(good), near(6 - good)])
    write(f"having-waited-too-long-is-worded-the-other-way-round-{language}.csv", ["id"] + header, rows)

# A question that asks for a rating ("How would you rate the new app?") answered 5 by every respondent
# of a small, happy pilot is still a rating: only a header that asks for none (a platform's score or
# flag, Q_RelevantIDDuplicateScore) makes a number that never varies no rating.
alike_rng = random.Random(12329)
write("rating-answered-alike-by-everyone-stays-a-rating-en.csv",
      ["id", "Overall satisfaction (1-5)", "How would you rate the new app?", "Q_RelevantIDDuplicateScore"],
      [[str(i + 1), str(alike_rng.randint(3, 5)), "5", "0"] for i in range(40)])

# The overall satisfaction question exported as LimeSurvey's answer codes (A1 … A5, no text) is found
# and said unscored, whether its header names what is rated by a noun of segments ("your provider",
# "Ihrem Anbieter") or asks "how satisfied … overall" with a weak word of satisfaction: the CSAT line
# names it rather than saying that no such question was found.
overall_codes_rng = random.Random(12401)
OVERALL_IN_CODES = {
    "en": ["id. Response ID", "submitdate. Date submitted", "lastpage. Last page", "G01Q01. How satisfied are you overall with your provider?", "G01Q02. How likely are you to recommend us to a friend? (0-10)", "G01Q03. Which provider did you have before?"],
    "de": ["id. Antwort ID", "submitdate. Datum Abgeschickt", "lastpage. Letzte Seite", "G01Q01. Wie zufrieden sind Sie insgesamt mit Ihrem Anbieter?", "G01Q02. Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)", "G01Q03. Welchen Anbieter hatten Sie vorher?"],
}
for language, header in OVERALL_IN_CODES.items():
    write(f"overall-question-in-limesurvey-codes-is-named-unscored-{language}.csv", header,
          [[str(i + 1), f"2025-06-{i % 28 + 1:02d} 10:00:00", "2", f"A{overall_codes_rng.randint(1, 5)}", str(overall_codes_rng.randint(0, 10)), overall_codes_rng.choice(["A1", "A2", "A3"])] for i in range(N)])
# A survey broken down by region (--by) and week (--period, one region a week): in one region (or
# all but one) green delivery is a trade-off against fast delivery, so Delivery's alpha is below
# zero there and not elsewhere. Whether the index leaves Delivery out is decided once, on the whole
# sample's alpha, so that every segment's and period's index is the same measure as the overall
# one: "keeps" (the whole sample's alpha is fine, South's below zero is said in the notes) and
# "leaves-out" (the whole sample's is below zero; South's own fine alpha does not put it back).
segment_index_rng = random.Random(12401)
for name, traded, cheap in (("keeps", ("South",), True), ("leaves-out", ("North", "Central"), False)):
    rows = []
    for week, region in enumerate(("North", "Central", "South")):
        for i in range(60):
            delivery, service, price = (segment_index_rng.randint(1, 5) for _ in range(3))
            near = lambda point: str(near_point(segment_index_rng, point))
            green = 6 - delivery if region in traded else delivery
            overall = (delivery + service + price + 1) // 3
            day = f"2026-03-{2 + 7 * week + i % 5:02d}"
            rows.append([str(len(rows) + 1), day, region, near(overall), near(delivery)] + ([near(delivery)] if cheap else []) + [near(green), near(service), near(service), near(price), near(price)])
    write(f"index-of-every-segment-{name}-the-dimensions-of-the-whole-samples.csv",
          ["id", "Submitted", "Region", "Overall satisfaction (1-5)", "Delivery was fast (1-5)"] + (["Delivery was cheap (1-5)"] if cheap else []) + ["Delivery was environmentally friendly (1-5)", "Customer service was helpful (1-5)", "Customer service answered quickly (1-5)", "The price is fair (1-5)", "Value for money (1-5)"], rows)
# The 5-point quality scale whose midpoint is "Neither good nor poor" (the NHS Friends and Family Test's
# "Overall, how was your experience of our service?" Very good … Very poor, with "Don't know"; UK councils'
# and housing surveys' "Neither good nor bad"): a quality scale like "Very good … Fair … Very poor", its
# "Don't know" not applicable; an overall-experience question on it is the overall satisfaction.
neither_good_rng = random.Random(13031)
NEITHER_GOOD = {
    "en": (["Overall, how was your experience of our service?", "How would you rate the repairs service? (Very good to very poor)", "Please can you tell us why you gave your answer?"],
           ["Very poor", "Poor", "Neither good nor poor", "Good", "Very good"], ["Very poor", "Bad", "Neither good nor bad", "Good", "Very good"], "Don't know",
           ["Staff were kind", "Waited too long", "Fine", "Clean ward"]),
    "fr": (["Dans l'ensemble, comment s'est passée votre expérience de notre service ?", "Comment jugez-vous l'accueil du personnel ?", "Pouvez-vous nous dire pourquoi ?"],
           ["Très mauvais", "Mauvais", "Ni bon ni mauvais", "Bon", "Très bon"], ["Très mauvais", "Mauvais", "Ni bon ni mauvais", "Bon", "Très bon"], "Ne sais pas",
           ["Personnel aimable", "Attente trop longue", "Correct", "Service propre"]),
    "de": (["Wie war Ihre Erfahrung mit unserem Service insgesamt?", "Wie bewerten Sie die Freundlichkeit des Personals?", "Warum haben Sie diese Antwort gegeben?"],
           ["Sehr schlecht", "Schlecht", "Weder gut noch schlecht", "Gut", "Sehr gut"], ["Sehr schlecht", "Schlecht", "Weder gut noch schlecht", "Gut", "Sehr gut"], "Weiß nicht",
           ["Freundliches Personal", "Zu lange gewartet", "In Ordnung", "Sauber"]),
    "pl": (["Ogólnie, jak ocenia Pan/Pani swoje doświadczenie z naszą usługą?", "Jak ocenia Pan/Pani uprzejmość personelu?", "Dlaczego udzielił(a) Pan/Pani takiej odpowiedzi?"],
           ["Bardzo źle", "Źle", "Ani dobrze, ani źle", "Dobrze", "Bardzo dobrze"], ["Bardzo źle", "Źle", "Ani dobrze, ani źle", "Dobrze", "Bardzo dobrze"], "Nie wiem",
           ["Miły personel", "Za długo czekałem", "W porządku", "Czysto"]),
}
for language, (header, overall, item, unknown, comments) in NEITHER_GOOD.items():
    rows = []
    for i in range(N):
        good = neither_good_rng.randint(1, 5)
        near = lambda point: near_point(neither_good_rng, point)
        rows.append([str(i + 1), unknown if i % 10 == 9 else overall[near(good) - 1], item[near(good) - 1], neither_good_rng.choice(comments + [""])])
    write(f"overall-experience-neither-good-nor-poor-is-csat-{language}.csv", ["id"] + header, rows)

# A Qualtrics yes/no question in numeric codes (1 = yes, 2 = no, listed yes first) with -99 where it was
# seen and not answered: the -99s answer nothing, and the question is still answered 1 and 2 alone,
# the problem question (not a 1-2 rating, which would lose the Problems and Handling lines).
unanswered_rng = random.Random(13053)
SEEN_UNANSWERED = {
    "en": ["Overall, how satisfied are you with our service?", "Did you have a problem with your order in the last 6 months?", "How satisfied were you with how your problem was handled?"],
    "pl": ["Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszych usług?", "Czy w ciągu ostatnich 6 miesięcy miał(a) Pan/Pani problem z zamówieniem?", "Jak ocenia Pan/Pani sposób rozwiązania problemu?"],
}
for language, questions in SEEN_UNANSWERED.items():
    rows = []
    for i in range(80):
        problem = unanswered_rng.choice(["1", "2", "2", "2"]) if i % 8 else "-99"
        rows.append([f"2025-06-{1 + i % 28:02d} 10:00:00", "1", f"R_{unanswered_rng.getrandbits(60):015x}", str(unanswered_rng.randint(1, 5)), problem,
                     str(unanswered_rng.randint(1, 5)) if problem == "1" else ""])
    write(f"qualtrics-yes-no-coded-1-2-with-seen-but-unanswered-is-the-problem-question-{language}.csv", ["StartDate", "Finished", "ResponseId", "Q1", "Q2", "Q3"],
          [["Start Date", "Finished", "Response ID"] + questions,
           ['{"ImportId":"startDate"}', '{"ImportId":"finished"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}', '{"ImportId":"QID3"}']] + rows)

# The CQC and NHS patient surveys' three points "Yes, always / Yes, sometimes / No" and "Yes, completely
# (definitely) / Yes, to some extent / No": in full, in part, not, as "Yes / Partially / No" is. A rating
# where the header names a dimension (staff: service), a segment said unscored where it names none.
always_rng = random.Random(13061)
YES_ALWAYS = {
    "en": (["Overall satisfaction (1-5)", "Did the staff treat you with kindness?", "Did the staff explain things in a way you could understand?", "Were you treated with dignity and respect?"],
           ["No", "Yes, sometimes", "Yes, always"], ["No", "Yes, to some extent", "Yes, completely"], ["No", "Yes, to some extent", "Yes, definitely"]),
    "de": (["Gesamtzufriedenheit (1-5)", "War das Personal freundlich zu Ihnen?", "Haben Ihnen die Mitarbeiter alles verständlich erklärt?", "Wurden Sie mit Würde behandelt?"],
           ["Nein", "Ja, manchmal", "Ja, immer"], ["Nein", "Ja, teilweise", "Ja, vollständig"], ["Nein", "Ja, bis zu einem gewissen Grad", "Ja, auf jeden Fall"]),
    "fr": (["Satisfaction globale (1-5)", "Le personnel a-t-il été aimable avec vous ?", "Le personnel vous a-t-il expliqué les choses clairement ?", "Vous êtes-vous senti respecté ?"],
           ["Non", "Oui, parfois", "Oui, toujours"], ["Non", "Oui, dans une certaine mesure", "Oui, tout à fait"], ["Non", "Oui, dans une certaine mesure", "Oui, certainement"]),
}
for language, (header, always, extent, definitely) in YES_ALWAYS.items():
    rows = []
    for i in range(N):
        good = always_rng.randint(1, 5)
        point = lambda: min(3, max(1, (good + 1) // 2 + always_rng.choice([-1, 0, 0, 1])))
        rows.append([str(i + 1), str(good), always[point() - 1], extent[point() - 1], definitely[point() - 1]])
    write(f"yes-always-yes-sometimes-no-is-a-rating-of-a-named-dimension-{language}.csv", ["id"] + header, rows)

# A question of something that went wrong ("Did you experience an outage?") before one of a complaint
# made ("Did you make a complaint to us?"), its handling question after: the complaint is the problem
# question (the Problems line, the base of Handling); the other splits the respondents as a segment.
outage_rng = random.Random(13079)
OUTAGE_THEN_COMPLAINT = {
    "en": (["Overall, how satisfied are you with your provider? (1-5)", "Did you have a service interruption in the last 12 months?", "Did you complain to us about it?", "How satisfied were you with how your complaint was handled? (1-5)"], ["Yes", "No"]),
    "de": (["Wie zufrieden sind Sie insgesamt mit Ihrem Anbieter? (1-5)", "Hatten Sie in den letzten 12 Monaten einen Ausfall Ihres Anschlusses?", "Haben Sie sich darüber bei uns beschwert?", "Wie zufrieden waren Sie mit der Bearbeitung Ihrer Beschwerde? (1-5)"], ["Ja", "Nein"]),
}
for language, (header, (yes, no)) in OUTAGE_THEN_COMPLAINT.items():
    rows = []
    for i in range(60):
        outage = outage_rng.random() < 0.4
        complained = outage and outage_rng.random() < 0.5
        rows.append([str(i + 1), str(outage_rng.randint(1, 5)), yes if outage else no, yes if complained else no, str(outage_rng.randint(1, 5)) if complained else ""])
    write(f"outage-then-complaint-questions-the-complaint-is-the-problem-question-{language}.csv", ["id"] + header, rows)
# A phrase of how much that holds a word of counting (Polish "na ile", to what extent, holds "ile",
# how many) asks for a degree: "Na ile zgadza się Pan/Pani …? - …" is an agreement matrix, "Na ile
# jest Pan/Pani zadowolony(a) z …? - …" a satisfaction one, their rows rated; "Ile razy …?" and "Na
# ile dni przed …?" (a unit counted) stay quantities. Latvian "Cik lielā mērā …" beside "Cik reizes
# …?" and English "To what extent …" beside "How many times …?" are the same pattern.
extent_rng = random.Random(13011)
EXTENT_COUNTED = {
    "pl": (["Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z podróży?",
            "Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami? - Pociągi kursują punktualnie",
            "Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami? - Ceny biletów są adekwatne do jakości",
            "Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami? - Konduktorzy są uprzejmi",
            "Na ile jest Pan/Pani zadowolony(a) z następujących elementów? - Ceny biletów okresowych",
            "Na ile jest Pan/Pani zadowolony(a) z następujących elementów? - Uprzejmość obsługi w kasach"],
           ["Ile razy w miesiącu podróżuje Pan/Pani pociągiem?", "Na ile dni przed podróżą kupuje Pan/Pani bilet?"]),
    "lv": (["Cik kopumā apmierināts esat ar braucienu?",
            "Cik lielā mērā jūs piekrītat šiem apgalvojumiem? - Vilcieni kursē punktuāli",
            "Cik lielā mērā jūs piekrītat šiem apgalvojumiem? - Biļešu cenas atbilst kvalitātei",
            "Cik lielā mērā jūs piekrītat šiem apgalvojumiem? - Konduktori ir laipni",
            "Cik lielā mērā esat apmierināts ar šiem aspektiem? - Abonementa biļešu cenas",
            "Cik lielā mērā esat apmierināts ar šiem aspektiem? - Kases darbinieku laipnība"],
           ["Cik reizes mēnesī jūs braucat ar vilcienu?", "Cik dienas pirms brauciena jūs pērkat biļeti?"]),
    "en": (["Overall, how satisfied are you with your journey?",
            "To what extent do you agree with the following statements? - Trains run on time",
            "To what extent do you agree with the following statements? - Ticket prices are fair for the quality",
            "To what extent do you agree with the following statements? - Conductors are polite",
            "To what extent are you satisfied with the following? - Season ticket prices",
            "To what extent are you satisfied with the following? - Politeness of ticket office staff"],
           ["How many times a month do you travel by train?", "How many days before your journey do you buy your ticket?"]),
}
for language, (rated, counts) in EXTENT_COUNTED.items():
    rows = []
    for i in range(N):
        mood = extent_rng.randint(1, 5)
        near = lambda: str(near_point(extent_rng, mood))
        rows.append([str(i + 1)] + [near() for _ in rated] + [str(extent_rng.randint(1, 5)), str(extent_rng.randint(1, 5))])
    write(f"phrase-of-how-much-holding-a-count-word-asks-for-a-degree-{language}.csv", ["id"] + rated + counts, rows)

# A question of which one asked by a word of what kind or which (Polish "jaki, jaka, jakie, jakiej,
# jakim, jaką", "którą"; English "which"), answered in codes, names a category: the route, the
# ticket, the class travelled are segments, not ratings. A word of rating beside it ("Jaka jest
# Pana/Pani ogólna ocena …?", "Which score …") or the question of how one rates keeps a rating.
which_kind_rng = random.Random(13021)
WHICH_KIND = {
    "pl": ["Jaka jest Pana/Pani ogólna ocena podróży?", "Na jakiej trasie podróżuje Pan/Pani najczęściej?", "Jakim biletem podróżował(a) Pan/Pani?", "Którą klasą podróżował(a) Pan/Pani?", "Jak ocenia Pan/Pani punktualność pociągów?"],
    "en": ["What is your overall rating of your journey?", "Which route do you travel on most often?", "Which ticket did you travel on?", "Which class did you travel in?", "How would you rate the punctuality of our trains?"],
}
for language, header in WHICH_KIND.items():
    write(f"which-one-word-of-what-kind-in-codes-is-a-segment-{language}.csv", ["id"] + header,
          [[str(i + 1), str(which_kind_rng.randint(1, 5)), str(which_kind_rng.randint(1, 4)), str(which_kind_rng.randint(1, 3)), str(which_kind_rng.randint(1, 3)), str(which_kind_rng.randint(1, 5))] for i in range(N)])

# A telecom or broadband programme: its contract terms (minimum term, notice period, Laufzeit,
# Kündigungsfrist, okres wypowiedzenia) are pricing, a word of transparency beside them yielding,
# and the installation appointment, the engineer's visit and the activation (Freischaltung,
# aktywacja) are delivery; being put through to an agent on the phone ("connected to", "Verbindung
# zu einem Mitarbeiter", "połączenie z konsultantem") stays service.
telecom_rng = random.Random(13031)
TELECOM = {
    "en": ["Overall, how satisfied are you with your broadband provider?", "The contract terms (minimum term, notice period) are fair and transparent", "installation_appointment_rating", "The engineer visit was arranged at a convenient time", "We got you connected to the right agent quickly", "I trust my provider"],
    "de": ["Wie zufrieden sind Sie insgesamt mit Ihrem Internetanbieter?", "Die Vertragsbedingungen (Laufzeit, Kündigungsfrist) sind fair und transparent", "Der Installationstermin wurde eingehalten", "Die Freischaltung erfolgte schnell", "Die Verbindung zu einem Mitarbeiter der Hotline kam schnell zustande", "Ich vertraue meinem Anbieter"],
    "pl": ["Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z usług operatora?", "Okres umowy i okres wypowiedzenia są uczciwe i przejrzyste", "Termin instalacji został dotrzymany", "Aktywacja usługi przebiegła sprawnie", "Połączenie z konsultantem infolinii nastąpiło szybko", "Ufam mojemu operatorowi"],
}


def rows_of_one_mood(rng, width):
    """N rows of an id and `width` ratings 1-5 that go together: each respondent's mood, each answer a step from it at most."""
    rows = []
    for i in range(N):
        mood = rng.randint(1, 5)
        rows.append([str(i + 1)] + [str(near_point(rng, mood)) for _ in range(width)])
    return rows


for language, header in TELECOM.items():
    rows = rows_of_one_mood(telecom_rng, len(header))
    write(f"telecom-contract-terms-are-pricing-installation-is-delivery-{language}.csv", ["id"] + header, rows)

# A patient-experience grid (NHS and CQC inpatient surveys, their counterparts elsewhere): being
# involved in decisions about one's care and the information given about one's medicines are how
# the staff treated the patient, service, as the staff's kindness and the wait to be admitted are.
patient_rng = random.Random(13041)
PATIENT = {
    "en": ["Overall, how satisfied were you with your stay on the ward? (1-5)", "How would you rate the following during your stay? [Time you waited to be admitted to the ward]", "How would you rate the following during your stay? [Kindness and compassion of staff]", "How would you rate the following during your stay? [Being involved in decisions about your care and treatment]", "How would you rate the following during your stay? [Information you were given about your medicines]"],
    "de": ["Wie zufrieden waren Sie insgesamt mit Ihrem Aufenthalt auf der Station? (1-5)", "Wie bewerten Sie Folgendes während Ihres Aufenthalts? [Wartezeit bis zur Aufnahme auf die Station]", "Wie bewerten Sie Folgendes während Ihres Aufenthalts? [Freundlichkeit und Mitgefühl des Personals]", "Wie bewerten Sie Folgendes während Ihres Aufenthalts? [In Entscheidungen über Ihre Behandlung einbezogen zu werden]", "Wie bewerten Sie Folgendes während Ihres Aufenthalts? [Informationen, die Sie zu Ihren Medikamenten erhalten haben]"],
    "pl": ["Ogólnie, jak bardzo był(a) Pan/Pani zadowolony(a) z pobytu na oddziale? (1-5)", "Jak ocenia Pan/Pani następujące elementy pobytu? [Czas oczekiwania na przyjęcie na oddział]", "Jak ocenia Pan/Pani następujące elementy pobytu? [Życzliwość i empatia personelu]", "Jak ocenia Pan/Pani następujące elementy pobytu? [Udział w decyzjach dotyczących leczenia]", "Jak ocenia Pan/Pani następujące elementy pobytu? [Informacje o przyjmowanych lekach]"],
}
for language, header in PATIENT.items():
    rows = rows_of_one_mood(patient_rng, len(header))
    write(f"patient-involvement-and-medicines-information-are-service-{language}.csv", ["id"] + header, rows)

# A noun of delays named as what a statement is about ("Informacja o opóźnieniach jest rzetelna",
# "Information about delays is reliable") is worded for its scale: no word of the bad pole, where
# something said to be delayed ("Przesyłka była opóźniona", "My parcel was delayed") is.
delays_rng = random.Random(13051)
DELAYS_NAMED = {
    "pl": ["Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszych usług?", "Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami? - Informacja o opóźnieniach jest rzetelna", "Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami? - Firma jest uczciwa wobec klientów", "Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami? - Przesyłka była opóźniona", "Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami? - Dostawa była szybka"],
    "en": ["Overall, how satisfied are you with our service?", "To what extent do you agree? - Information about delays is reliable", "To what extent do you agree? - The company is honest with its customers", "To what extent do you agree? - My parcel was delayed", "To what extent do you agree? - Delivery was fast"],
}
for language, header in DELAYS_NAMED.items():
    rows = []
    for i in range(N):
        mood = delays_rng.randint(1, 5)
        near = lambda point: str(near_point(delays_rng, point))
        rows.append([str(i + 1), near(mood), near(mood), near(mood), near(6 - mood), near(mood)])
    write(f"noun-of-delays-named-as-a-topic-is-not-reverse-worded-{language}.csv", ["id"] + header, rows)
# A bad thing the respondent was told of, counted how often ("How often were delays communicated to
# you in advance?", "Wie oft wurden Sie vorab über eine Stornierung informiert?"): the telling is counted, and
# good, so it is scored as asked; how often the bad thing itself happened, beside it, is reversed.
told_rng = random.Random(12413)
TOLD_OF = {
    "en": (["Overall satisfaction (1-5)", "How often were delays communicated to you in advance?", "How often were there problems with your deliveries?"], ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie oft wurden Sie vorab über eine Stornierung Ihrer Bestellung informiert?", "Wie oft wurde Ihre Bestellung storniert?"], ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
    "fr": (["Satisfaction globale (1-5)", "À quelle fréquence avez-vous été prévenu à l'avance de l'annulation d'une commande ?", "À quelle fréquence une commande a-t-elle été annulée ?"], ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"]),
}
for language, (headers, often) in TOLD_OF.items():
    rows = []
    for i in range(N):
        good = told_rng.randint(1, 5)
        near = lambda point: near_point(told_rng, point)
        rows.append([str(i + 1), str(near(good)), often[near(good) - 1], often[near(6 - good) - 1]])
    write(f"frequency-of-being-told-of-a-bad-thing-is-as-asked-{language}.csv", ["id"] + headers, rows, delimiter=";")

# A survey whose claim is its product (a warranty's, an insurance's: words of that product in any
# of its questions): how the claim was handled, how quickly it was processed, how easy it was to
# file are the service it is about, no complaint; a complaint about the claim stays complaints. In a
# shop's survey, with no word of such a product, a claim handled stays complaints.
claim_rng = random.Random(12497)
CLAIM_PRODUCT = {
    "en": ["Overall satisfaction (1-5)", "How satisfied were you with how your warranty claim was handled? (1-5)", "How quickly was your claim processed? (1-5)", "How easy was it to file your claim? (1-5)",
           "How satisfied were you with how your complaint about the claim was handled? (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Wie zufrieden waren Sie mit der Bearbeitung Ihres Schadens durch Ihre Versicherung? (1-5)", "Wie schnell wurde Ihr Schaden reguliert? (1-5)", "Wie einfach war die Schadenmeldung? (1-5)",
           "Wie zufrieden waren Sie mit der Bearbeitung Ihrer Beschwerde zum Schaden? (1-5)"],
}
for language, headers in CLAIM_PRODUCT.items():
    rows = []
    for i in range(N):
        good = claim_rng.randint(1, 5)
        near = lambda point: str(near_point(claim_rng, point))
        rows.append([str(i + 1), near(good), near(good), near(good), near(good), near(good)])
    write(f"claim-handling-in-a-survey-of-claims-is-service-{language}.csv", ["id"] + headers, rows, delimiter=";")
write("claim-handling-in-a-shop-survey-is-complaints-en.csv",
      ["id", "Overall satisfaction (1-5)", "How satisfied were you with how your claim was handled? (1-5)", "How satisfied were you with the delivery of your order? (1-5)"],
      [[str(i + 1), str(claim_rng.randint(1, 5)), str(claim_rng.randint(1, 5)), str(claim_rng.randint(1, 5))] for i in range(N)])
# A grid of aspects rated in satisfaction labels whose row names an ease ("Ease of returns and
# refunds", "Facilité des retours et remboursements") beside a question of how easy answered on a
# scale of ease ("How easy was it to place your order?", Très difficile … Très facile): the
# question on the ease scale is the CES, the row an item of satisfaction with that ease, whichever
# stands first, in a generic export of one header row as in SurveyMonkey's two; alone, such a row
# is no effort question either.
ease_grid_rng = random.Random(13011)
EASE_GRID = {
    "en": (["Delivery speed", "Product prices", "Ease of returns and refunds", "Friendliness of customer service"], "Please rate the following aspects of your last order:", "Overall, how satisfied are you with our shop?", "How easy was it to place your order on our website?",
           ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"],
           ["Very difficult", "Difficult", "Neither easy nor difficult", "Easy", "Very easy"]),
    "fr": (["Rapidité de livraison", "Prix des produits", "Facilité des retours et remboursements", "Amabilité du service client"], "Veuillez évaluer les aspects suivants de votre dernière commande :", "Dans l’ensemble, quel est votre niveau de satisfaction ?", "Dans quelle mesure a-t-il été facile de passer votre commande sur notre site ?",
           ["Très insatisfait", "Insatisfait", "Ni satisfait ni insatisfait", "Satisfait", "Très satisfait"],
           ["Très difficile", "Difficile", "Ni facile ni difficile", "Facile", "Très facile"]),
}
for language, (aspects, stem, overall, how_easy, satisfied, easy) in EASE_GRID.items():
    rows = []
    for i in range(N + 20):
        mood = ease_grid_rng.randint(1, 5)
        near = lambda: near_point(ease_grid_rng, mood)
        rows.append([satisfied[near() - 1] for _ in range(5)] + [easy[ease_grid_rng.randint(2, 5) - 1]])
    write(f"ease-row-of-a-satisfaction-grid-beside-a-how-easy-question-{language}.csv", aspects + [overall, how_easy], rows)
    started = [f"05/{d % 28 + 1:02d}/2024 10:00:00 AM" for d in range(len(rows))]
    write(f"ease-row-of-a-surveymonkey-satisfaction-matrix-beside-a-how-easy-question-{language}.csv",
          ["Respondent ID", "Collector ID", "Start Date", "End Date", stem, "", "", "", overall, how_easy],
          [["", "", "", ""] + aspects + ["Response", "Response"]] + [[str(114000000 + i), "431", started[i], started[i]] + row for i, row in enumerate(rows)])
for language, (aspects, stem, overall, how_easy, satisfied, easy) in EASE_GRID.items():
    rows = [[str(i + 1), satisfied[ease_grid_rng.randint(1, 5) - 1], satisfied[ease_grid_rng.randint(1, 5) - 1]] for i in range(N)]
    write(f"ease-rated-in-satisfaction-labels-alone-is-no-effort-question-{language}.csv", ["id", overall, aspects[2]], rows)

# A header that names the effort metric, as a warehouse or BI extract names its column
# ("effort_score", "customer_effort", "CES (1-7)", "Score d'effort client", "Wskaźnik wysiłku
# klienta"), asks nothing: it says nothing of which end is easy, where "How much effort did you
# personally have to put forth …?" asks how much (higher more effort). Its answers here rise with
# the overall satisfaction, as a scale where 7 is easiest would; answers alone turn nothing round.
metric_rng = random.Random(13023)
EFFORT_METRIC = {
    "en": ["respondent_id", "overall_satisfaction", "effort_score"],
    "fr": ["id_repondant", "Satisfaction globale (1-5)", "Score d'effort client"],
    "pl": ["id", "Ogólne zadowolenie (1-5)", "Wskaźnik wysiłku klienta"],
}
for language, header in EFFORT_METRIC.items():
    rows = []
    for i in range(N + 20):
        mood = metric_rng.randint(1, 5)
        rows.append([str(i + 1), str(mood), str(min(7, max(1, round(mood * 1.5) + metric_rng.choice([-1, 0, 0, 1]))))])
    write(f"effort-metric-name-says-nothing-of-its-direction-{language}.csv", header, rows)
# The German and Polish words of making a complaint (complaintMade) and of its channel
# (complaintChannel), as complaint-made-about-its-handling-* and complaint-channel-is-no-problem-category-*
# hold the en, fr, es and pt ones. German puts the participle at the end of the clause ("Haben Sie
# eine Beschwerde darüber eingereicht, wie …"): a complaint with its indefinite article asks whether
# one was made.
made_de_pl_rng = random.Random(12413)
COMPLAINT_MADE_ABOUT_HANDLING_DE_PL = {
    "de": ("Gesamtzufriedenheit (1-5)", "Haben Sie eine Beschwerde darüber eingereicht, wie Ihre Bestellung bearbeitet wurde?", "Wenn Sie sich beschwert haben, wurde Ihr Anliegen gelöst?", ("Ja", "Nein")),
    "pl": ("Ogólne zadowolenie (1-5)", "Czy złożył Pan reklamację dotyczącą sposobu obsługi zamówienia?", "Jeśli złożył Pan reklamację, czy została rozwiązana?", ("Tak", "Nie")),
}
for language, (overall, made, resolved, (yes, no)) in COMPLAINT_MADE_ABOUT_HANDLING_DE_PL.items():
    rows = []
    for i in range(N):
        complained = made_de_pl_rng.random() < 0.3
        rows.append([str(i + 1), str(made_de_pl_rng.randint(1, 3) if complained else made_de_pl_rng.randint(3, 5)), yes if complained else no,
                     (yes if made_de_pl_rng.random() < 0.5 else no) if complained else ""])
    write(f"complaint-made-about-its-handling-{language}.csv", ["id", overall, made, resolved], rows, delimiter=";")
channel_de_pl_rng = random.Random(12421)
COMPLAINT_CHANNEL_DE_PL = {
    "de": ("Gesamtzufriedenheit (1-5)", "Haben Sie eine Reklamation eingereicht?", "Auf welchem Weg haben Sie sich beschwert?", "Worüber haben Sie sich beschwert?", ("Ja", "Nein"),
           ["Telefonisch", "Per E-Mail", "Über die Website", "In der Filiale"], ["Verspätete Lieferung", "Falscher Artikel", "Rechnungsfehler"]),
    "pl": ("Ogólne zadowolenie (1-5)", "Czy złożył Pan reklamację?", "Jakim kanałem złożył Pan reklamację?", "Czego dotyczyła reklamacja?", ("Tak", "Nie"),
           ["Telefonicznie", "E-mailem", "Przez stronę internetową", "W sklepie"], ["Opóźniona dostawa", "Zły produkt", "Błąd w fakturze"]),
}
write_complaint_channels(channel_de_pl_rng, COMPLAINT_CHANNEL_DE_PL)

# A survey of a few short headers, too short to tell its language: its one 0-10 question that no
# keyword read, "(0-10)" in its header, whose own words are of a language satisfy has no keywords
# for ("Quanto è probabile che consiglierebbe il nostro negozio a un amico?"), is suggested as the
# NPS or the CSAT (low, left out until --map), as in a survey told to be in that language; one in a
# lexicon language ("How would you rate our new app? (0-10)") stays the item its keywords made it.
short_rng = random.Random(12433)
SHORT_ZERO_TO_TEN = {
    "it": ["Quanto è probabile che consiglierebbe il nostro negozio a un amico? (0-10)", "Cortesia del personale (1-5)", "Tempi di consegna (1-5)", "Commenti"],
    "nl": ["Hoe waarschijnlijk is het dat u onze winkel aan een vriend zou aanbevelen? (0-10)", "Vriendelijkheid personeel (1-5)", "Levertijd (1-5)", "Opmerkingen"],
    "en": ["How would you rate our new app? (0-10)", "Staff friendliness (1-5)", "Delivery time (1-5)", "Comments"],
}
for language, header in SHORT_ZERO_TO_TEN.items():
    rows = [[str(i + 1), str(short_rng.randint(0, 10)), str(short_rng.randint(1, 5)), str(short_rng.randint(1, 5)), short_rng.choice(["", "ok", "bene", "goed", "fine"])] for i in range(N)]
    write(f"zero-to-ten-question-of-a-survey-too-short-to-tell-its-language-{language}.csv", ["ID"] + header, rows)

# The goods received as described or pictured ("The items I received matched the photos on the
# website", eBay's "Item as described", "Der Artikel entsprach der Beschreibung", "Article conforme
# à la description"): the order received right, delivery (E-S-QUAL's fulfilment), the description
# or the photos what the goods are compared with; beside no word of the goods ("The hotel room
# matched the photos") they name no delivery.
described_rng = random.Random(12437)
AS_DESCRIBED = {
    "en": ["Overall satisfaction (1-5)", "The items I received matched the photos on the website (1-5)", "Item as described (1-5)", "The hotel room matched the photos (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Der Artikel entsprach der Beschreibung (1-5)", "Die Ware war wie abgebildet (1-5)", "Das Zimmer entsprach den Fotos (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "Article conforme à la description (1-5)", "Les articles correspondaient aux photos du site (1-5)", "La chambre correspondait aux photos (1-5)"],
}
for language, header in AS_DESCRIBED.items():
    rows = []
    for i in range(N):
        good = described_rng.randint(1, 5)
        near = lambda: str(near_point(described_rng, good))
        rows.append([str(i + 1), near(), near(), near(), str(described_rng.randint(1, 5))])
    write(f"goods-as-described-or-pictured-are-delivery-{language}.csv", ["id"] + header, rows)

# French hidden fees ("La banque facture des frais cachés", "des coûts cachés"), as the pt and es
# statements above: pricing, worded against its scale, reversed; "Pas de frais cachés" (none hidden)
# is worded for it, its negation and its hidden fees cancelling.
hidden_fr_rng = random.Random(12409)
labels = ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"]
rows = []
for i in range(N):
    mood = hidden_fr_rng.randint(1, 5)
    rows.append([str(i + 1), str(mood), labels[mood - 1], labels[5 - mood], labels[mood - 1]])
write("hidden-fees-statement-is-pricing-reversed-fr.csv",
      ["Répondant", "Satisfaction globale (1-5)", "Êtes-vous d'accord ? [Les prix sont justes]", "Êtes-vous d'accord ? [La banque facture des frais cachés]", "Êtes-vous d'accord ? [Pas de frais cachés sur ma facture]"], rows)

# A word of absence right before a word of the bad pole is its negation: "Clear prices without any
# hidden fees", "sans aucun frais caché", "sin costes ocultos", "sem atrasos", "ohne Verzögerung",
# "bez żadnych trudności", "bez neskaidrībām" are worded for their scale, answered as worded; the
# bad thing stated ("The bank charges hidden fees") is reversed, and so is a word of the bad pole
# far from the word of absence ("Without a doubt the delivery was slow"). Two items a dimension:
# too few for the answers to judge, the wording alone decides.
ABSENCE = {
    "en": ("Do you agree? [{}]", ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
           "Overall satisfaction (1-5)", ["Clear prices without any hidden fees", "The bank charges hidden fees", "My parcel arrived without being delayed", "Without a doubt the delivery was slow"]),
    "fr": ("Êtes-vous d'accord ? [{}]", ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"],
           "Satisfaction globale (1-5)", ["Des prix clairs, sans aucun frais caché", "La banque facture des coûts cachés", "Colis livré sans retard", "Sans surprise la livraison a été lente"]),
    "de": ("Stimmen Sie zu? [{}]", ["Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Weder noch", "Stimme eher zu", "Stimme voll und ganz zu"],
           "Gesamtzufriedenheit (1-5)", ["Preise ohne Schwierigkeiten verständlich", "Die Preise waren schwierig zu verstehen", "Lieferung ohne Verzögerung", "Ohne Zweifel war die Lieferung langsam"]),
    "es": ("¿Está de acuerdo? [{}]", ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"],
           "Satisfacción general (1-5)", ["Precios claros sin costes ocultos", "El banco cobra comisiones ocultas", "Pedido entregado sin ningún retraso", "Sin duda la entrega fue lenta"]),
    "pt": ("Concorda? [{}]", ["Discordo totalmente", "Discordo", "Nem concordo nem discordo", "Concordo", "Concordo totalmente"],
           "Satisfação geral (1-5)", ["Preços claros sem custos escondidos", "O banco cobra comissões escondidas", "Encomenda entregue sem atrasos", "Sem dúvida a entrega foi lenta"]),
    "pl": ("Czy zgadza się Pan/Pani? [{}]", ["Zdecydowanie się nie zgadzam", "Nie zgadzam się", "Ani się zgadzam, ani się nie zgadzam", "Zgadzam się", "Zdecydowanie się zgadzam"],
           "Ogólne zadowolenie (1-5)", ["Opłaty zrozumiałe bez żadnych trudności", "Opłaty były trudne do zrozumienia", "Dostawa bez skomplikowanych procedur", "Bez wątpienia dostawa była powolna"]),
    "lv": ("Vai piekrītat? [{}]", ["Pilnībā nepiekrītu", "Nepiekrītu", "Ne piekrītu, ne nepiekrītu", "Piekrītu", "Pilnībā piekrītu"],
           "Kopējā apmierinātība (1-5)", ["Rēķins bez neskaidrībām", "Rēķins bija neskaidrs", "Piegāde bez nokavētiem termiņiem", "Bez šaubām piegāde bija lēna"]),
}
for language, (stem, labels, overall, statements) in ABSENCE.items():
    absence_rng = random.Random(12517)
    rows = []
    for i in range(N):
        mood = absence_rng.randint(1, 5)
        rows.append([str(i + 1), str(mood), labels[mood - 1], labels[5 - mood], labels[mood - 1], labels[5 - mood]])
    write(f"absence-before-a-bad-word-is-its-negation-{language}.csv", ["id", overall] + [stem.format(s) for s in statements], rows)

# A bad thing followed by a word of telling in its clause is what the customer was told of: "Os
# custos escondidos foram explicados", "Le retard de livraison a été communiqué" rate the telling,
# worded for their scale; not told ("não foram explicados") is reversed, as is the bad thing stated
# ("A entrega chegou atrasada"). Two items a dimension: the wording alone decides.
TOLD = {
    "en": ("Do you agree? [{}]", ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
           "Overall satisfaction (1-5)", ["The hidden fees were explained to me", "The hidden fees were not explained to me", "The delayed delivery was notified in advance", "My parcel arrived late"]),
    "fr": ("Êtes-vous d'accord ? [{}]", ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"],
           "Satisfaction globale (1-5)", ["Les frais cachés ont été expliqués", "Les frais cachés n'ont pas été expliqués", "Le retard de livraison a été communiqué", "La livraison est arrivée en retard"]),
    "es": ("¿Está de acuerdo? [{}]", ["Totalmente en desacuerdo", "En desacuerdo", "Ni de acuerdo ni en desacuerdo", "De acuerdo", "Totalmente de acuerdo"],
           "Satisfacción general (1-5)", ["Los costes ocultos fueron explicados", "Los costes ocultos no fueron explicados", "El retraso de la entrega fue comunicado", "La entrega llegó retrasada"]),
    "pt": ("Concorda? [{}]", ["Discordo totalmente", "Discordo", "Nem concordo nem discordo", "Concordo", "Concordo totalmente"],
           "Satisfação geral (1-5)", ["Os custos escondidos foram explicados", "Os custos escondidos não foram explicados", "O atraso da entrega foi comunicado", "A entrega chegou atrasada"]),
}
for language, (stem, labels, overall, statements) in TOLD.items():
    told_rng = random.Random(12611)
    rows = []
    for i in range(N):
        mood = told_rng.randint(1, 5)
        rows.append([str(i + 1), str(mood), labels[mood - 1], labels[5 - mood], labels[mood - 1], labels[5 - mood]])
    write(f"bad-thing-told-of-is-no-bad-wording-{language}.csv", ["id", overall] + [stem.format(s) for s in statements], rows)
# A carrier's punctuality is the delivery of its service: trains, buses or flights that run to the
# timetable ("Pociągi kursują zgodnie z rozkładem jazdy", "Trains run according to the timetable",
# "Die Züge fahren fahrplanmäßig", "Les trains circulent à l'heure") and delays that ruin one's
# plans rate delivery; a delay said to happen often is a bad thing counted ("Opóźnienia często psują
# moje plany", "Delays often ruin my plans"), reversed, where delays said to be rare are not. Staff
# who answered without delay stay service.
timetable_rng = random.Random(12441)
TIMETABLE_AND_DELAYS = {
    "pl": ["Ogólne zadowolenie (1-5)", "Pociągi kursują zgodnie z rozkładem jazdy (1-5)", "Opóźnienia często psują moje plany (1-5)", "Opóźnienia na mojej trasie są rzadkie (1-5)", "Personel bez opóźnień odpowiadał na pytania (1-5)"],
    "en": ["Overall satisfaction (1-5)", "Trains run according to the timetable (1-5)", "Delays often ruin my plans (1-5)", "Delays are rare on my route (1-5)", "Staff answered my questions without delay (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Die Züge fahren fahrplanmäßig (1-5)", "Verspätungen durchkreuzen häufig meine Pläne (1-5)", "Die Busse kommen laut Fahrplan an (1-5)", "Das Zugpersonal ist freundlich (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "Les trains circulent à l'heure (1-5)", "Les retards perturbent souvent mes projets (1-5)", "Les bus respectent les horaires (1-5)", "Le personnel est aimable (1-5)"],
    "lv": ["Kopējā apmierinātība (1-5)", "Vilcieni kursē pēc saraksta (1-5)", "Kavējumi bieži izjauc manus plānus (1-5)", "Autobusi kursē saskaņā ar sarakstu (1-5)", "Personāls ir laipns (1-5)"],
    "es": ["Satisfacción general (1-5)", "Los trenes cumplen el horario (1-5)", "Los retrasos arruinan a menudo mis planes (1-5)", "Los autobuses circulan según el horario (1-5)", "El personal es amable (1-5)"],
    "pt": ["Satisfação geral (1-5)", "Os comboios cumprem o horário (1-5)", "Os atrasos estragam muitas vezes os meus planos (1-5)", "Os autocarros circulam conforme o horário (1-5)", "O pessoal é simpático (1-5)"],
}
for language, header in TIMETABLE_AND_DELAYS.items():
    rows = []
    for i in range(N):
        punctual = timetable_rng.randint(1, 5)
        near = lambda value: str(near_point(timetable_rng, value))
        rows.append([str(i + 1), near(punctual), near(punctual), near(6 - punctual), near(punctual), str(timetable_rng.randint(1, 5))])
    write(f"timetable-and-delays-are-a-carriers-delivery-{language}.csv", ["id"] + header, rows)

# A question that names one's contract ("How likely are you to renew your contract?", "Werden Sie
# Ihren Vertrag verlängern?") asks about staying, no price: only the contract's terms are pricing.
renewal_rng = random.Random(13101)
RENEWAL = {
    "en": ["Overall, how satisfied are you with your mobile provider? (1-5)", "How likely are you to renew your contract when it ends? (1-5)", "The contract terms are fair (1-5)"],
    "de": ["Wie zufrieden sind Sie insgesamt mit Ihrem Mobilfunkanbieter? (1-5)", "Wie wahrscheinlich verlängern Sie Ihren Vertrag, wenn er ausläuft? (1-5)", "Die Vertragsbedingungen sind fair (1-5)"],
}
for language, header in RENEWAL.items():
    write(f"renewing-ones-contract-is-no-pricing-{language}.csv", ["id"] + header, rows_of_one_mood(renewal_rng, len(header)))

# Effort named in words ("Customer effort (1-5)", "Effort (1-5)") asks how much effort, a higher answer
# more, as "How much effort …?" does; only a metric's name (a word of measure: effort_score, Customer
# Effort Score) or a field's name of one token (customer_effort) says nothing of which end is easy.
effort_words_rng = random.Random(13111)
write("effort-named-in-words-asks-how-much-en.csv", ["id", "Overall satisfaction (1-5)", "Customer effort (1-5)", "Delivery speed (1-5)"],
      [[str(i + 1), str(m), str(6 - m), str(m)] for i, m in ((i, effort_words_rng.randint(1, 5)) for i in range(N))])
# A complaint about a claim is a complaint even in a survey of claims ("Abwicklung Ihrer Reklamation
# wegen Ihres Schadens", "Handling of your complaint about your claim"), while the claim's own
# handling there is service; and one word of a product a shop names too ("Did you buy an extended
# warranty?", "Haben Sie eine erweiterte Garantie gekauft?"), or a thing "as claimed", makes no
# survey of claims: its claim handled stays complaints, the product "as claimed" no service.
claim_complaint_rng = random.Random(13121)
CLAIM_COMPLAINT = {
    "en": ["Overall satisfaction with your insurer (1-5)", "How satisfied were you with how your claim was handled? (1-5)", "Handling of your complaint about your claim (1-5)", "Friendliness of staff (1-5)"],
    "de": ["Gesamtzufriedenheit mit Ihrer Versicherung (1-5)", "Wie zufrieden waren Sie mit der Bearbeitung Ihres Schadens? (1-5)", "Wie zufrieden waren Sie mit der Abwicklung Ihrer Reklamation wegen Ihres Schadens? (1-5)", "Freundlichkeit des Personals (1-5)"],
}
for language, header in CLAIM_COMPLAINT.items():
    rows = numbered_ratings(claim_complaint_rng, header)
    write(f"complaint-about-a-claim-in-a-survey-of-claims-is-complaints-{language}.csv", ["id"] + header, rows)
shop_warranty_rng = random.Random(13122)
SHOP_WARRANTY = {
    "en": (["Overall satisfaction with our shop (1-5)", "Did you buy an extended warranty with your purchase?", "How satisfied were you with how your refund claim was handled? (1-5)", "The product performs as claimed in the advert (1-5)", "Speed of delivery (1-5)"], ["Yes", "No"]),
    "de": (["Gesamtzufriedenheit mit unserem Shop (1-5)", "Haben Sie eine erweiterte Garantie gekauft?", "Wie zufrieden waren Sie mit der Regulierung des Schadens? (1-5)", "Das Produkt hält, was die Werbung verspricht (1-5)", "Lieferzeit (1-5)"], ["Ja", "Nein"]),
}
for language, (header, yes_no) in SHOP_WARRANTY.items():
    rows = []
    for i in range(N):
        rows.append([str(i + 1), str(shop_warranty_rng.randint(1, 5)), shop_warranty_rng.choice(yes_no)] + [str(shop_warranty_rng.randint(1, 5)) for _ in range(3)])
    write(f"one-warranty-word-in-a-shop-survey-is-no-survey-of-claims-{language}.csv", ["id"] + header, rows)
# "Yes, always / Yes, sometimes / No" asked of a bad thing ("Were staff ever rude to you?", "Waren die
# Mitarbeiter unfreundlich zu Ihnen?") says how often it happened: "Yes, always" is the worst answer,
# reversed by its wording as any rated item of the bad pole is; a good thing asked alike is not.
hedged_bad_rng = random.Random(13281)
HEDGED_BAD = {
    "en": (["Overall satisfaction (1-5)", "Were staff ever rude to you?", "Did you have to wait too long for staff to help you?", "Did the staff treat you with kindness?"],
           ["No", "Yes, sometimes", "Yes, always"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Waren die Mitarbeiter unfreundlich zu Ihnen?", "Mussten Sie zu lange auf Hilfe durch das Personal warten?", "War das Personal freundlich zu Ihnen?"],
           ["Nein", "Ja, manchmal", "Ja, immer"]),
}
for language, (header, always) in HEDGED_BAD.items():
    rows = []
    for i in range(N):
        good = hedged_bad_rng.randint(1, 5)
        point = lambda: min(3, max(1, (good + 1) // 2 + hedged_bad_rng.choice([-1, 0, 0, 1])))
        rows.append([str(i + 1), str(good), always[3 - point()], always[3 - point()], always[point() - 1]])
    write(f"yes-always-to-a-bad-thing-is-reversed-by-its-wording-{language}.csv", ["id"] + header, rows)

# A question of a complaint one knows how to make or would make ("Do you know how to make a complaint
# if you need to?", "Would you complain to us if something went wrong?", "Wissen Sie, wie man eine
# Beschwerde einreicht?") asks of no complaint made: the question of a problem had stays the problem
# question, whether or not a handling question follows.
unmade_rng = random.Random(13297)
COMPLAINT_UNMADE = {
    "en": ("Overall satisfaction (1-5)", "Did you have a problem with our service in the last 3 months?", ("Yes", "No"),
           {"known-how-to-make": "Do you know how to make a complaint if you need to?", "one-would-make": "Would you complain to us if something went wrong?"}),
    "de": ("Gesamtzufriedenheit (1-5)", "Hatten Sie in den letzten 3 Monaten eine Störung?", ("Ja", "Nein"),
           {"known-how-to-make": "Wissen Sie, wie man eine Beschwerde einreicht?", "one-would-make": "Würden Sie sich bei uns beschweren, wenn etwas schiefgeht?"}),
}
for language, (overall, problem, (yes, no), unmade) in COMPLAINT_UNMADE.items():
    for kind, question in unmade.items():
        rows = []
        for i in range(N):
            had = unmade_rng.random() < 0.3
            rows.append([str(i + 1), str(unmade_rng.randint(1, 5)), yes if had else no, yes if unmade_rng.random() < 0.6 else no])
        write(f"complaint-{kind}-is-no-complaint-made-{language}.csv", ["id", overall, problem, question], rows)

# A Qualtrics question put in a form of yes or no ("Did you …?", "Is the …?", "Czy …?", "Vai …?"),
# answered 1 and 2 alone with -99 where seen and not answered: yes/no, 1 = yes (the order listed),
# its direction from its wording (on time, yes is good; the fee too high, yes is bad). A question of
# which of two ("… online or by phone?") stays codes of categories.
whether_rng = random.Random(14071)
WHETHER = {
    "en": ["How satisfied are you overall with our shop?", "Did you receive your order on time?", "Is the delivery fee too high?", "Did you order online or by phone?"],
    "de": ["Wie zufrieden sind Sie insgesamt mit unserem Shop?", "Haben Sie Ihre Bestellung pünktlich erhalten?", "Ist die Liefergebühr zu hoch?", "Haben Sie online oder telefonisch bestellt?"],
    "fr": ["Dans l'ensemble, êtes-vous satisfait de notre boutique ?", "Avez-vous reçu votre commande à temps ?", "Est-ce que les frais de livraison sont trop élevés ?", "Avez-vous commandé en ligne ou en magasin ?"],
    "es": ["En general, ¿qué tan satisfecho está con nuestra tienda?", "¿Recibió su pedido a tiempo?", "¿Le parece demasiado alto el costo de envío?", "¿Fue su primer pedido o un pedido repetido?"],
    "pt": ["De modo geral, qual é o seu nível de satisfação com a nossa loja?", "Recebeu a sua encomenda a tempo?", "Considera a taxa de entrega demasiado alta?", "Foi a sua primeira compra ou uma compra repetida?"],
    "pl": ["Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszego sklepu?", "Czy otrzymał(a) Pan/Pani zamówienie w terminie?", "Czy opłata za dostawę jest zbyt wysoka?", "Czy zamówił(a) Pan/Pani online czy telefonicznie?"],
    "lv": ["Kopumā, cik apmierināts esat ar mūsu veikalu?", "Vai saņēmāt pasūtījumu laicīgi?", "Vai piegādes maksa ir pārāk augsta?", "Vai pasūtījāt tiešsaistē vai pa tālruni?"],
}
for language, questions in WHETHER.items():
    rows = []
    for i in range(80):
        answer = lambda: whether_rng.choice(["1", "1", "2"]) if whether_rng.random() > 0.1 else "-99"
        rows.append([f"2025-06-{1 + i % 28:02d} 10:00:00", "1", f"R_{whether_rng.getrandbits(60):015x}", str(whether_rng.randint(1, 5)), answer(), answer(), answer()])
    write(f"qualtrics-question-of-yes-or-no-coded-1-2-is-yes-no-{language}.csv", ["StartDate", "Finished", "ResponseId", "Q1", "Q2", "Q3", "Q4"],
          [["Start Date", "Finished", "Response ID"] + questions,
           ['{"ImportId":"startDate"}', '{"ImportId":"finished"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}', '{"ImportId":"QID3"}', '{"ImportId":"QID4"}']] + rows)

# Being told something bad or told off is no telling of a bad thing: counted how often, the telling
# is the bad thing ("How often were you told conflicting information by different staff?", "How
# often were you told off by staff?"), reversed; being told of a bad thing ("How often were delays
# communicated to you in advance?") stays as asked.
misinformed_rng = random.Random(14072)
MISINFORMED = {
    "en": (["Overall satisfaction (1-5)", "How often were you told conflicting information by different staff?", "How often were you told off by staff?", "How often were delays communicated to you in advance?"], ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie oft wurden Ihnen von verschiedenen Mitarbeitern widersprüchliche Informationen mitgeteilt?", "Wie oft wurden Sie vom Personal zurechtgewiesen?", "Wie oft wurden Sie vorab über Verzögerungen informiert?"], ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
    "fr": (["Satisfaction globale (1-5)", "À quelle fréquence vous a-t-on communiqué des informations contradictoires ?", "À quelle fréquence avez-vous été réprimandé par le personnel ?", "À quelle fréquence les retards vous ont-ils été communiqués à l'avance ?"], ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"]),
    "es": (["Satisfacción general (1-5)", "¿Con qué frecuencia fue informado de forma contradictoria por distintos empleados?", "¿Con qué frecuencia fue regañado por el personal?", "¿Con qué frecuencia los retrasos le fueron comunicados con antelación?"], ["Nunca", "Rara vez", "A veces", "A menudo", "Siempre"]),
    "pt": (["Satisfação geral (1-5)", "Com que frequência foi informado de forma contraditória por funcionários diferentes?", "Com que frequência foi repreendido pelos funcionários?", "Com que frequência os atrasos foram comunicados com antecedência?"], ["Nunca", "Raramente", "Às vezes", "Frequentemente", "Sempre"]),
    "pl": (["Ogólne zadowolenie (1-5)", "Jak często był(a) Pan/Pani informowany(a) sprzecznie przez różnych pracowników?", "Jak często był(a) Pan/Pani skarcony(a) przez personel?", "Jak często był(a) Pan/Pani uprzedzany(a) o opóźnieniach?"], ["Nigdy", "Rzadko", "Czasami", "Często", "Zawsze"]),
    "lv": (["Kopējā apmierinātība (1-5)", "Cik bieži dažādi darbinieki jūs informēja pretrunīgi?", "Cik bieži personāls jums aizrādīja?", "Cik bieži jūs iepriekš informēja par kavējumiem?"], ["Nekad", "Reti", "Dažreiz", "Bieži", "Vienmēr"]),
}
for language, (headers, often) in MISINFORMED.items():
    rows = []
    for i in range(N):
        good = misinformed_rng.randint(1, 5)
        near = lambda point: near_point(misinformed_rng, point)
        rows.append([str(i + 1), str(near(good)), often[near(6 - good) - 1], often[near(6 - good) - 1], often[near(good) - 1]])
    write(f"frequency-of-being-told-something-bad-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")
# A header's "no"/"na"/"nos"/"nas" (Portuguese "in the": "Atendimento no balcão") or "no" (Latvian
# "from": "Piegāde no noliktavas") is no English or Spanish "no" where the survey's language cannot
# be told (short headers): the header's other words speak the language of the contraction. Its own
# words of negation ("Não confio no banco", "Darbinieki nav laipni") still turn an item round.
contraction_rng = random.Random(14141)
CONTRACTION_NO = {
    "pt": ["Satisfação geral (1-5)", "Atendimento no balcão (1-5)", "Rapidez na entrega (1-5)", "Comissões nas transferências (1-5)", "Simpatia dos funcionários (1-5)", "Não confio no banco (1-5)", "Confiança nos nossos serviços (1-5)", "Segurança dos dados (1-5)"],
    "lv": ["Kopējā apmierinātība (1-5)", "Piegāde no noliktavas (1-5)", "Piegādes ātrums (1-5)", "Apkalpošana no darbinieku puses (1-5)", "Darbinieku laipnība (1-5)", "Darbinieki nav laipni (1-5)"],
}
for language, header in CONTRACTION_NO.items():
    rows = numbered_ratings(contraction_rng, header)
    write(f"contraction-no-in-the-is-no-negation-{language}.csv", ["id"] + header, rows)

# A word of rarity beside a bad thing says it seldom happens, which is good: "Verspätungen sind
# selten", "Deliveries are rarely late", "Les retards sont rares" are worded for their scale, as a
# word of absence makes "without delay"; a negation turns the rarity round ("Delays are not rare",
# "As entregas atrasadas não são raras"), and the bad thing said to happen often is reversed as
# before. The answers run with the wording: the third rated item of each runs against the rest.
rarity_rng = random.Random(14142)
RARITY = {
    "en": ["Overall satisfaction (1-5)", "Deliveries are rarely late (1-5)", "Staff are seldom rude (1-5)", "Late deliveries are not rare (1-5)", "Speed of delivery (1-5)", "Friendliness of staff (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Verspätungen sind selten (1-5)", "Die Mitarbeiter sind selten unfreundlich (1-5)", "Verspätungen sind nicht selten (1-5)", "Lieferzeit (1-5)", "Freundlichkeit des Personals (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "Les livraisons en retard sont rares (1-5)", "Le personnel est rarement impoli (1-5)", "Les livraisons en retard ne sont pas rares (1-5)", "Rapidité de la livraison (1-5)", "Amabilité du personnel (1-5)"],
    "es": ["Satisfacción general (1-5)", "Los envíos llegan retrasados rara vez (1-5)", "Los empleados son raramente descorteses (1-5)", "Los envíos llegan a menudo retrasados (1-5)", "Rapidez de la entrega (1-5)", "Amabilidad del personal (1-5)"],
    "pt": ["Satisfação geral (1-5)", "As entregas atrasadas são raras (1-5)", "Os funcionários raramente são antipáticos (1-5)", "As entregas atrasadas não são raras (1-5)", "Rapidez da entrega (1-5)", "Simpatia dos funcionários (1-5)"],
    "pl": ["Ogólne zadowolenie (1-5)", "Przesyłki rzadko są opóźnione (1-5)", "Obsługa rzadko bywa nieuprzejma (1-5)", "Przesyłki często są opóźnione (1-5)", "Szybkość dostawy (1-5)", "Uprzejmość obsługi (1-5)"],
    "lv": ["Kopējā apmierinātība (1-5)", "Sūtījumi reti tiek nokavēti (1-5)", "Darbinieki reti ir nelaipni (1-5)", "Sūtījumi bieži tiek nokavēti (1-5)", "Piegādes ātrums (1-5)", "Darbinieku laipnība (1-5)"],
}
for language, header in RARITY.items():
    rows = []
    for i in range(N):
        good = rarity_rng.randint(1, 5)
        point = lambda: near_point(rarity_rng, good)
        answers = [point() for _ in header]
        answers[3] = 6 - answers[3]
        rows.append([str(i + 1)] + [str(a) for a in answers])
    write(f"rarity-beside-a-bad-thing-is-no-bad-wording-{language}.csv", ["id"] + header, rows)

# "Pouco frequentes", "poco frecuentes" hold the words of often ("frequente*", "frecuente*") but say
# the failure is infrequent: no bad thing said to happen often ("As falhas na entrega são pouco
# frequentes", "Los fallos en la entrega son poco frecuentes" are worded for their scale).
infrequent_rng = random.Random(14143)
INFREQUENT = {
    "pt": ["Satisfação geral (1-5)", "As falhas na entrega são pouco frequentes (1-5)", "Rapidez da entrega (1-5)"],
    "es": ["Satisfacción general (1-5)", "Los fallos en la entrega son poco frecuentes (1-5)", "Rapidez de la entrega (1-5)"],
}
for language, header in INFREQUENT.items():
    rows = numbered_ratings(infrequent_rng, header)
    write(f"failure-said-infrequent-is-no-frequent-bad-thing-{language}.csv", ["id"] + header, rows)

# Hidden fees are a bad thing of pricing in every language, as in the pt, es and fr statements
# above: "versteckte Gebühren", "ukryte opłaty", "slēptas maksas", and "hidden charges" as "hidden
# fees", "cargos ocultos" as "comisiones ocultas" (which name pricing by themselves, as "hidden
# fees" does). Stated, agreeing is the bad answer (the item runs against the rest of pricing);
# without them ("ohne versteckte Gebühren", "bez ukrytych opłat", "bez slēptām maksām") it is not.
hidden_fee_rng = random.Random(15151)
HIDDEN_FEES_RATED = {
    "en": ["Overall satisfaction (1-5)", "Hidden charges (1-5)", "Clear prices without hidden charges (1-5)", "Value for money (1-5)", "Price of delivery (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Es gab versteckte Gebühren auf meiner Rechnung (1-5)", "Klare Preise ohne versteckte Gebühren (1-5)", "Preis-Leistungs-Verhältnis (1-5)", "Versandkosten (1-5)"],
    "pl": ["Ogólne zadowolenie (1-5)", "Na fakturze były ukryte opłaty (1-5)", "Jasne ceny bez ukrytych opłat (1-5)", "Stosunek jakości do ceny (1-5)", "Koszty wysyłki (1-5)"],
    "lv": ["Kopējā apmierinātība (1-5)", "Rēķinā bija slēptas maksas (1-5)", "Skaidras cenas bez slēptām maksām (1-5)", "Cenas un kvalitātes attiecība (1-5)", "Piegādes maksa (1-5)"],
    "es": ["Satisfacción general (1-5)", "Cargos ocultos (1-5)", "Precios claros sin cargos ocultos (1-5)", "Relación calidad precio (1-5)", "Gastos de envío (1-5)"],
}
for language, header in HIDDEN_FEES_RATED.items():
    rows = []
    for i in range(N):
        good = hidden_fee_rng.randint(1, 5)
        answers = [near_point(hidden_fee_rng, good) for _ in header]
        answers[1] = 6 - answers[1]
        rows.append([str(i + 1)] + [str(a) for a in answers])
    write(f"hidden-fees-rated-are-pricing-reversed-{language}.csv", ["id"] + header, rows)

# Being bothered, disturbed, annoyed or inconvenienced by something ("bothered by noise", "durch
# Lärm gestört", "dérangé par le bruit", "le molestó el ruido", "incomodado pelo barulho",
# "przeszkadzał hałas", "traucēja troksnis") is a bad thing that happened: asked how often, never
# is the best answer; stated of the staff, agreeing is the bad answer (it runs against the rest of
# service).
bothered_rng = random.Random(15152)
BOTHERED = {
    "en": (["Overall satisfaction (1-5)", "I was bothered by the staff (1-5)", "Friendliness of staff (1-5)", "Helpfulness of staff (1-5)"], "How often were you bothered by noise?", ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Ich wurde von den Mitarbeitern gestört (1-5)", "Freundlichkeit des Personals (1-5)", "Hilfsbereitschaft des Personals (1-5)"], "Wie oft wurden Sie durch Lärm gestört?", ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
    "fr": (["Satisfaction globale (1-5)", "J'ai été dérangé par le personnel (1-5)", "Amabilité du personnel (1-5)", "Serviabilité du personnel (1-5)"], "À quelle fréquence avez-vous été dérangé par le bruit ?", ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"]),
    "es": (["Satisfacción general (1-5)", "Me sentí incomodado por los empleados (1-5)", "Amabilidad del personal (1-5)", "Disposición del personal a ayudar (1-5)"], "¿Con qué frecuencia se sintió incomodado por el ruido?", ["Nunca", "Rara vez", "A veces", "A menudo", "Siempre"]),
    "pt": (["Satisfação geral (1-5)", "Fui perturbado pelos funcionários (1-5)", "Simpatia dos funcionários (1-5)", "Prestabilidade dos funcionários (1-5)"], "Com que frequência foi incomodado pelo barulho?", ["Nunca", "Raramente", "Às vezes", "Frequentemente", "Sempre"]),
    "pl": (["Ogólne zadowolenie (1-5)", "Personel mi przeszkadzał (1-5)", "Uprzejmość obsługi (1-5)", "Pomocność obsługi (1-5)"], "Jak często przeszkadzał Panu hałas?", ["Nigdy", "Rzadko", "Czasami", "Często", "Zawsze"]),
    "lv": (["Kopējā apmierinātība (1-5)", "Darbinieki man traucēja (1-5)", "Darbinieku laipnība (1-5)", "Darbinieku izpalīdzība (1-5)"], "Cik bieži jums traucēja troksnis?", ["Nekad", "Reti", "Dažreiz", "Bieži", "Vienmēr"]),
}
for language, (rated, often, labels) in BOTHERED.items():
    rows = []
    for i in range(N):
        good = bothered_rng.randint(1, 5)
        answers = [near_point(bothered_rng, good) for _ in rated]
        answers[1] = 6 - answers[1]
        noise = labels[min(5, max(1, 6 - good + bothered_rng.choice([-1, 0, 1]))) - 1]
        rows.append([str(i + 1)] + [str(a) for a in answers] + [noise])
    write(f"bothered-by-a-bad-thing-is-its-bad-pole-{language}.csv", ["id"] + rated + [often], rows)

# A word of rarity that is another word's says nothing of how often the bad thing is: an adjective
# of another noun ("Orders of rare items arrived late", "Seltene Artikel werden verspätet
# geliefert", "Les articles rares arrivent en retard", "Os artigos raros chegam atrasados",
# "Rzadkie produkty docierają opóźnione", "Retas preces tiek piegādātas novēloti") or an adverb of
# another word ("Rarely ordered items arrive late", "Los productos raramente pedidos llegan
# retrasados"): the bad thing stands, reversed (those items run against the rest of delivery). An
# adverb of frequency before the verb of the bad thing ("Parcels rarely arrive late", "Przesyłki
# rzadko docierają opóźnione") and a bad thing said rare ("Late deliveries are rare") stay as worded.
other_rarity_rng = random.Random(15153)
OTHER_RARITY = {
    "en": (["Overall satisfaction (1-5)", "Orders of rare items arrived late (1-5)", "Rarely ordered items arrive late (1-5)", "Parcels rarely arrive late (1-5)", "Late deliveries are rare (1-5)", "Speed of delivery (1-5)"], [1, 2]),
    "de": (["Gesamtzufriedenheit (1-5)", "Seltene Artikel werden verspätet geliefert (1-5)", "Selten bestellte Artikel kommen verspätet an (1-5)", "Lieferungen kommen selten verspätet an (1-5)", "Verspätungen sind selten (1-5)", "Lieferzeit (1-5)"], [1, 2]),
    "fr": (["Satisfaction globale (1-5)", "Les articles rares arrivent en retard (1-5)", "Les produits rarement commandés arrivent en retard (1-5)", "Les colis arrivent rarement en retard (1-5)", "Les livraisons en retard sont rares (1-5)", "Rapidité de la livraison (1-5)"], [1, 2]),
    "es": (["Satisfacción general (1-5)", "Los productos raramente pedidos llegan retrasados (1-5)", "Los envíos raramente llegan retrasados (1-5)", "Los envíos llegan retrasados rara vez (1-5)", "Rapidez de la entrega (1-5)"], [1]),
    "pt": (["Satisfação geral (1-5)", "Os artigos raros chegam atrasados (1-5)", "Os artigos raramente pedidos chegam atrasados (1-5)", "As entregas raramente chegam atrasadas (1-5)", "As entregas atrasadas são raras (1-5)", "Rapidez da entrega (1-5)"], [1, 2]),
    "pl": (["Ogólne zadowolenie (1-5)", "Rzadkie produkty docierają opóźnione (1-5)", "Rzadko zamawiane produkty są opóźnione (1-5)", "Przesyłki rzadko docierają opóźnione (1-5)", "Przesyłki rzadko są opóźnione (1-5)", "Szybkość dostawy (1-5)"], [1, 2]),
    "lv": (["Kopējā apmierinātība (1-5)", "Retas preces tiek piegādātas novēloti (1-5)", "Reti pasūtītas preces tiek nokavētas (1-5)", "Sūtījumi reti pienāk novēloti (1-5)", "Sūtījumi reti tiek nokavēti (1-5)", "Piegādes ātrums (1-5)"], [1, 2]),
}
for language, (header, bad) in OTHER_RARITY.items():
    rows = []
    for i in range(N):
        good = other_rarity_rng.randint(1, 5)
        answers = [near_point(other_rarity_rng, good) for _ in header]
        for index in bad:
            answers[index] = 6 - answers[index]
        rows.append([str(i + 1)] + [str(a) for a in answers])
    write(f"rarity-of-another-word-leaves-the-bad-thing-{language}.csv", ["id"] + header, rows)

# A short survey's header with a "no" whose own words tell no language ("Atendimento no balcao",
# "Entrega no prazo", "Piegade no noliktavas": no accent, no stopword) is read in the language most
# of the survey's headers hold keywords of: Portuguese "in the", Latvian "from", no negation; its
# own negations still count ("Nao confio no banco", "Darbinieki nav laipni"), and in a survey whose
# headers speak Spanish, "no" is Spanish's ("El pedido no llego a tiempo").
unaccented_rng = random.Random(15154)
UNACCENTED_NO = {
    "pt": ["Satisfacao geral (1-5)", "Atendimento no balcao (1-5)", "Entrega no prazo (1-5)", "Precos (1-5)", "Nao confio no banco (1-5)", "Recomendaria (0-10)"],
    "lv": ["Kopeja apmierinatiba (1-5)", "Piegade no noliktavas (1-5)", "Cenas (1-5)", "Apkalposana (1-5)", "Darbinieki nav laipni (1-5)", "Ieteiktu (0-10)"],
    "es": ["Satisfaccion general (1-5)", "El pedido no llego a tiempo (1-5)", "Precios (1-5)", "Atencion al cliente (1-5)", "Recomendaria (0-10)"],
}
for language, header in UNACCENTED_NO.items():
    rows = [[str(i + 1)] + [str(unaccented_rng.randint(0, 10) if h.endswith("(0-10)") else unaccented_rng.randint(1, 5)) for h in header] for i in range(N)]
    write(f"contraction-no-of-an-unaccented-short-survey-is-read-by-its-keywords-{language}.csv", ["id"] + header, rows)

def write_qualtrics_yes_no(name, rng, recommend, overall, questions):
    """A Qualtrics numeric export (names, question texts, ImportIds): a 0-10 recommend question, a 1-5 satisfaction question, then questions answered 1 or 2, a few -99 (seen, not answered) and blank (not shown)."""
    rows = []
    for i in range(80):
        def answer():
            roll = rng.random()
            return "" if roll < 0.05 else "-99" if roll < 0.12 else rng.choice(["1", "1", "2"])
        rows.append([f"2025-06-{1 + i % 28:02d} 10:00:00", "1", f"R_{rng.getrandbits(60):015x}", str(rng.randint(0, 10)), str(rng.randint(1, 5))] + [answer() for _ in questions])
    names = [f"Q{3 + k}" for k in range(len(questions))]
    write(name, ["StartDate", "Finished", "ResponseId", "Q1", "Q2"] + names,
          [["Start Date", "Finished", "Response ID", recommend, overall] + questions,
           ['{"ImportId":"startDate"}', '{"ImportId":"finished"}', '{"ImportId":"_recordId"}'] + [f'{{"ImportId":"QID{k + 1}"}}' for k in range(len(questions) + 2)]] + rows)


# A question of yes or no put as a statement with a question mark (Spanish "¿La entrega llegó a
# tiempo?", Portuguese "O pedido chegou no prazo?"), no opening word of one, answered 1 and 2 in a
# Qualtrics numeric export: yes/no, 1 = yes, its direction from its wording. A question of which of
# two ("… o por teléfono?") stays codes; one with an interrogative word ("¿Cómo …?") is no yes/no.
stated_rng = random.Random(15031)
STATED = {
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?",
           "¿La entrega llegó a tiempo?", "¿El costo de envío es demasiado alto?", "¿Pidió en línea o por teléfono?", "¿Cómo recibió su pedido?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?",
           "O pedido chegou no prazo?", "A taxa de entrega é alta demais?", "Pediu online ou por telefone?", "Como recebeu o seu pedido?"],
}
for language, (recommend, overall, *questions) in STATED.items():
    write_qualtrics_yes_no(f"qualtrics-statement-asked-as-yes-or-no-coded-1-2-is-yes-no-{language}.csv", stated_rng, recommend, overall, questions)

# French inversion inside the question, not at its start ("La livraison est-elle arrivée à temps ?",
# "Le prix vous semble-t-il trop élevé ?"), answered 1 and 2 in a Qualtrics numeric export: yes/no.
inverted_rng = random.Random(15032)
write_qualtrics_yes_no("qualtrics-inversion-inside-the-question-coded-1-2-is-yes-no-fr.csv", inverted_rng,
                       "Quelle est la probabilité que vous recommandiez notre boutique à un ami ?", "Dans l'ensemble, êtes-vous satisfait de notre boutique ?",
                       ["La livraison est-elle arrivée à temps ?", "Le prix vous semble-t-il trop élevé ?", "Avez-vous commandé en ligne ou en magasin ?", "Comment avez-vous connu notre boutique ?"])

# A question of yes or no closed by "or not" ("… or not?", "… ou non ?", "¿… o no?", "… czy nie?"):
# no question of which of two, and its "not" turns no wording round.
or_not_rng = random.Random(15033)
OR_NOT = {
    "en": ["How likely are you to recommend our shop to a friend?", "How satisfied are you overall with our shop?",
           "Did your order arrive on time or not?", "Is the delivery fee too high or not?", "Did you order online or by phone?"],
    "de": ["Wie wahrscheinlich ist es, dass Sie unseren Shop einem Freund empfehlen?", "Wie zufrieden sind Sie insgesamt mit unserem Shop?",
           "Kam Ihre Bestellung pünktlich an oder nicht?", "Ist die Liefergebühr zu hoch oder nicht?", "Haben Sie online oder telefonisch bestellt?"],
    "fr": ["Quelle est la probabilité que vous recommandiez notre boutique à un ami ?", "Dans l'ensemble, êtes-vous satisfait de notre boutique ?",
           "Avez-vous reçu votre commande à temps ou non ?", "Est-ce que les frais de livraison sont trop élevés ou pas ?", "Avez-vous commandé en ligne ou en magasin ?"],
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?",
           "¿Recibió su pedido a tiempo o no?", "¿El costo de envío es demasiado alto o no?", "¿Fue su primer pedido o un pedido repetido?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?",
           "Recebeu a sua encomenda a tempo ou não?", "A taxa de entrega é alta demais ou não?", "Foi a sua primeira compra ou uma compra repetida?"],
    "pl": ["Jak prawdopodobne jest, że poleci Pan/Pani nasz sklep znajomemu?", "Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszego sklepu?",
           "Czy otrzymał(a) Pan/Pani zamówienie w terminie, czy nie?", "Czy opłata za dostawę jest zbyt wysoka, czy nie?", "Czy zamówił(a) Pan/Pani online czy telefonicznie?"],
    "lv": ["Cik ticams, ka jūs ieteiktu mūsu veikalu draugam?", "Kopumā, cik apmierināts esat ar mūsu veikalu?",
           "Vai saņēmāt pasūtījumu laicīgi vai ne?", "Vai piegādes maksa ir pārāk augsta vai ne?", "Vai pasūtījāt tiešsaistē vai pa tālruni?"],
}
for language, (recommend, overall, *questions) in OR_NOT.items():
    write_qualtrics_yes_no(f"qualtrics-yes-or-no-closed-by-or-not-coded-1-2-is-yes-no-{language}.csv", or_not_rng, recommend, overall, questions)

# How often one was spoken to or treated in a bad manner, said by an adverb ("rudely",
# "impolitely", "rudemente") where the lexicon's word of that manner is an adjective of its own
# ("rude"): the bad thing counted, reversed; spoken to politely stays as asked.
rudely_rng = random.Random(15034)
RUDELY = {
    "en": (["Overall satisfaction (1-5)", "How often were you spoken to rudely?", "How often were you treated impolitely?", "How often did staff speak to you politely?"], ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "pt": (["Satisfação geral (1-5)", "Com que frequência falaram com você rudemente?", "Com que frequência foi tratado rudemente ao telefone?", "Com que frequência foi atendido com educação?"], ["Nunca", "Raramente", "Às vezes", "Frequentemente", "Sempre"]),
}
for language, (headers, often) in RUDELY.items():
    rows = []
    for i in range(N):
        good = rudely_rng.randint(1, 5)
        near = lambda point: near_point(rudely_rng, point)
        rows.append([str(i + 1), str(near(good)), often[near(6 - good) - 1], often[near(6 - good) - 1], often[near(good) - 1]])
    write(f"frequency-of-being-spoken-to-rudely-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# Told first, then of a bad thing, by a word of what the telling was of ("informé à l'avance des
# retards", "informado con antelación de los retrasos", "informado … sobre os atrasos", "told …
# that your order would be late", "informiert, dass …"): the telling is counted, and good, as where
# the bad thing comes first; a bad word of the telling's manner ("informed in a confusing way",
# "informé de manière confuse") is the telling's own, reversed.
told_first_rng = random.Random(15035)
TOLD_FIRST = {
    "en": (["Overall satisfaction (1-5)", "How often were you notified in advance of late deliveries?", "How often were you told in advance that your order would be late?", "How often were you informed in a confusing way?"], ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie oft wurden Sie rechtzeitig informiert über verspätete Lieferungen?", "Wie oft wurden Sie informiert, dass sich Ihre Lieferung verspätet?", "Wie oft wurden Sie informiert und dabei unfreundlich behandelt?"], ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
    "fr": (["Satisfaction globale (1-5)", "À quelle fréquence avez-vous été informé à l'avance des retards ?", "À quelle fréquence avez-vous été prévenu que votre commande serait en retard ?", "À quelle fréquence avez-vous été informé de manière confuse ?"], ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"]),
    "es": (["Satisfacción general (1-5)", "¿Con qué frecuencia se le informó con antelación de los retrasos?", "¿Con qué frecuencia se le avisó de que su pedido llegaría con retraso?", "¿Con qué frecuencia fue informado de forma confusa?"], ["Nunca", "Rara vez", "A veces", "A menudo", "Siempre"]),
    "pt": (["Satisfação geral (1-5)", "Com que frequência você foi informado com antecedência sobre os atrasos?", "Com que frequência foi avisado de que a sua encomenda chegaria atrasada?", "Com que frequência foi informado de forma confusa?"], ["Nunca", "Raramente", "Às vezes", "Frequentemente", "Sempre"]),
    "pl": (["Ogólne zadowolenie (1-5)", "Jak często był(a) Pan/Pani informowany(a) z wyprzedzeniem o opóźnionych dostawach?", "Jak często był(a) Pan/Pani informowany(a), że zamówienie jest opóźnione?", "Jak często był(a) Pan/Pani informowany(a) w sposób niejasny?"], ["Nigdy", "Rzadko", "Czasami", "Często", "Zawsze"]),
    "lv": (["Kopējā apmierinātība (1-5)", "Cik bieži jūs iepriekš informēja par nokavētām piegādēm?", "Cik bieži jūs informēja, ka pasūtījums ir nokavēts?", "Cik bieži jūs informēja neskaidri?"], ["Nekad", "Reti", "Dažreiz", "Bieži", "Vienmēr"]),
}
for language, (headers, often) in TOLD_FIRST.items():
    rows = []
    for i in range(N):
        good = told_first_rng.randint(1, 5)
        near = lambda point: near_point(told_first_rng, point)
        rows.append([str(i + 1), str(near(good)), often[near(good) - 1], often[near(good) - 1], often[near(6 - good) - 1]])
    write(f"frequency-of-being-told-first-of-a-bad-thing-is-as-asked-{language}.csv", ["id"] + headers, rows, delimiter=";")

# The problem question of a Qualtrics numeric export answered 1 and 2 beside blanks (a question not
# shown to some): its 2 is a no answered, so the blanks are no boxes left unticked; it is the
# complaint question, yes the problem, not an item of complaints whose yes scores 100.
blank_problem_rng = random.Random(15036)
BLANK_PROBLEM = {
    "en": ["How likely are you to recommend our shop to a friend?", "How satisfied are you overall with our shop?", "Did you have a problem with your order?"],
    "de": ["Wie wahrscheinlich ist es, dass Sie unseren Shop einem Freund empfehlen?", "Wie zufrieden sind Sie insgesamt mit unserem Shop?", "Hatten Sie ein Problem mit Ihrer Bestellung?"],
    "fr": ["Quelle est la probabilité que vous recommandiez notre boutique à un ami ?", "Dans l'ensemble, êtes-vous satisfait de notre boutique ?", "Avez-vous eu un problème avec votre commande ?"],
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?", "¿Tuvo algún problema con su pedido?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?", "Teve algum problema com a sua encomenda?"],
    "pl": ["Jak prawdopodobne jest, że poleci Pan/Pani nasz sklep znajomemu?", "Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszego sklepu?", "Czy miał(a) Pan/Pani problem z zamówieniem?"],
    "lv": ["Cik ticams, ka jūs ieteiktu mūsu veikalu draugam?", "Kopumā, cik apmierināts esat ar mūsu veikalu?", "Vai jums bija problēmas ar pasūtījumu?"],
}
for language, (recommend, overall, *questions) in BLANK_PROBLEM.items():
    write_qualtrics_yes_no(f"qualtrics-problem-question-coded-1-2-beside-blanks-is-the-complaint-question-{language}.csv", blank_problem_rng, recommend, overall, questions)

# A question of which of two options put in a form of yes or no, an "or" between them, whose options
# name a dimension ("Did you contact our support by phone or by email?": service; "… by courier or
# by post?": delivery), answered 1 and 2 in a Qualtrics numeric export: the codes of its options, a
# segment, not a 1-2 item of that dimension. A question of yes or no beside it stays yes/no.
which_rng = random.Random(15037)
WHICH_OF_TWO = {
    "en": ["How likely are you to recommend our shop to a friend?", "How satisfied are you overall with our shop?",
           "Did you contact our support by phone or by email?", "Was your parcel delivered by courier or by post?", "Did you receive your order on time?"],
    "de": ["Wie wahrscheinlich ist es, dass Sie unseren Shop einem Freund empfehlen?", "Wie zufrieden sind Sie insgesamt mit unserem Shop?",
           "Haben Sie den Kundenservice telefonisch oder per E-Mail kontaktiert?", "Wurde Ihr Paket per Kurier oder per Post geliefert?", "Haben Sie Ihre Bestellung pünktlich erhalten?"],
    "fr": ["Quelle est la probabilité que vous recommandiez notre boutique à un ami ?", "Dans l'ensemble, êtes-vous satisfait de notre boutique ?",
           "Avez-vous contacté le service client par téléphone ou par e-mail ?", "Votre colis a-t-il été livré par coursier ou par la poste ?", "Avez-vous reçu votre commande à temps ?"],
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?",
           "¿Contactó con atención al cliente por teléfono o por correo electrónico?", "¿Su paquete fue entregado por mensajería o por correo postal?", "¿Recibió su pedido a tiempo?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?",
           "Contactou o apoio ao cliente por telefone ou por e-mail?", "A sua encomenda foi entregue por estafeta ou pelos correios?", "Recebeu a sua encomenda a tempo?"],
    "pl": ["Jak prawdopodobne jest, że poleci Pan/Pani nasz sklep znajomemu?", "Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszego sklepu?",
           "Czy kontaktował(a) się Pan/Pani z obsługą klienta telefonicznie czy mailowo?", "Czy przesyłka została dostarczona przez kuriera czy pocztą?", "Czy otrzymał(a) Pan/Pani zamówienie w terminie?"],
    "lv": ["Cik ticams, ka jūs ieteiktu mūsu veikalu draugam?", "Kopumā, cik apmierināts esat ar mūsu veikalu?",
           "Vai sazinājāties ar klientu apkalpošanu pa tālruni vai e-pastā?", "Vai sūtījumu piegādāja kurjers vai pasts?", "Vai saņēmāt pasūtījumu laicīgi?"],
}
for language, (recommend, overall, *questions) in WHICH_OF_TWO.items():
    write_qualtrics_yes_no(f"qualtrics-question-of-which-of-two-naming-a-dimension-coded-1-2-is-a-segment-{language}.csv", which_rng, recommend, overall, questions)

# A word of height said of a price ("Prices are high", "The delivery fee is high", "Die Preise sind
# hoch", "Les frais de livraison sont élevés", "Cena jest wysoka", "Cenas ir augstas"): the bad
# pole, reversed, as "too high" is; negated ("Prices are not high") as asked, and said of another
# noun ("High quality at a fair price", "High quality products") as asked. The reversed items are
# answered against the others, as customers who find the prices high answer.
height_rng = random.Random(15038)
PRICE_SAID_HIGH = {
    "en": ["How likely are you to recommend us to a friend? (0-10)", "Overall satisfaction (1-5)", "Prices are high (1-5)", "The delivery fee is high (1-5)", "Prices are not high (1-5)", "High quality at a fair price (1-5)", "High quality products (1-5)"],
    "de": ["Wie wahrscheinlich empfehlen Sie uns einem Freund? (0-10)", "Gesamtzufriedenheit (1-5)", "Die Preise sind hoch (1-5)", "Die Liefergebühr ist hoch (1-5)", "Die Preise sind nicht hoch (1-5)", "Hohe Qualität zu einem fairen Preis (1-5)", "Produkte von hoher Qualität (1-5)"],
    "fr": ["Recommanderiez-vous notre boutique à un ami ? (0-10)", "Satisfaction globale (1-5)", "Les prix sont élevés (1-5)", "Les frais de livraison sont élevés (1-5)", "Les prix ne sont pas élevés (1-5)", "Une qualité élevée à un prix juste (1-5)", "Produits de qualité élevée (1-5)"],
    "es": ["¿Recomendaría nuestra tienda a un amigo? (0-10)", "Satisfacción general (1-5)", "Los precios son altos (1-5)", "El costo de envío es alto (1-5)", "Los precios no son altos (1-5)", "Alta calidad a un precio justo (1-5)", "Productos de alta calidad (1-5)"],
    "pt": ["Recomendaria a nossa loja a um amigo? (0-10)", "Satisfação geral (1-5)", "Os preços são altos (1-5)", "A taxa de entrega é alta (1-5)", "Os preços não são altos (1-5)", "Alta qualidade a um preço justo (1-5)", "Produtos de alta qualidade (1-5)"],
    "pl": ["Czy poleciłby Pan/Pani nasz sklep znajomemu? (0-10)", "Ogólne zadowolenie (1-5)", "Ceny są wysokie (1-5)", "Opłata za dostawę jest wysoka (1-5)", "Ceny nie są wysokie (1-5)", "Wysoka jakość w uczciwej cenie (1-5)", "Produkty wysokiej jakości (1-5)"],
    "lv": ["Vai jūs ieteiktu mūsu veikalu draugam? (0-10)", "Kopējā apmierinātība (1-5)", "Cenas ir augstas (1-5)", "Piegādes maksa ir augsta (1-5)", "Cenas nav augstas (1-5)", "Augsta kvalitāte par godīgu cenu (1-5)", "Augstas kvalitātes produkti (1-5)"],
}
for language, headers in PRICE_SAID_HIGH.items():
    rows = []
    for i in range(60):
        good = height_rng.randint(1, 5)
        near = lambda point: near_point(height_rng, point)
        rows.append([str(i + 1), str(min(10, max(0, 2 * good + height_rng.choice([-1, 0, 0])))), str(near(good)), str(near(6 - good)), str(near(6 - good)), str(near(good)), str(near(good)), str(near(good))])
    write(f"price-said-high-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# The same asked as a question of yes or no in a Qualtrics numeric export, answered 1 and 2 ("Is the
# delivery fee high?", "Ist die Liefergebühr hoch?"): yes/no, yes the bad answer.
height_yes_no_rng = random.Random(15039)
PRICE_ASKED_HIGH = {
    "en": ["How likely are you to recommend our shop to a friend?", "How satisfied are you overall with our shop?", "Is the delivery fee high?", "Are our prices high?"],
    "de": ["Wie wahrscheinlich ist es, dass Sie unseren Shop einem Freund empfehlen?", "Wie zufrieden sind Sie insgesamt mit unserem Shop?", "Ist die Liefergebühr hoch?", "Sind unsere Preise hoch?"],
    "fr": ["Quelle est la probabilité que vous recommandiez notre boutique à un ami ?", "Dans l'ensemble, êtes-vous satisfait de notre boutique ?", "Les frais de livraison sont-ils élevés ?", "Nos prix sont-ils élevés ?"],
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?", "¿El costo de envío es alto?", "¿Nuestros precios son altos?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?", "A taxa de entrega é alta?", "Os nossos preços são altos?"],
    "pl": ["Jak prawdopodobne jest, że poleci Pan/Pani nasz sklep znajomemu?", "Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszego sklepu?", "Czy opłata za dostawę jest wysoka?", "Czy nasze ceny są wysokie?"],
    "lv": ["Cik ticams, ka jūs ieteiktu mūsu veikalu draugam?", "Kopumā, cik apmierināts esat ar mūsu veikalu?", "Vai piegādes maksa ir augsta?", "Vai mūsu cenas ir augstas?"],
}
for language, (recommend, overall, *questions) in PRICE_ASKED_HIGH.items():
    write_qualtrics_yes_no(f"qualtrics-price-asked-high-coded-1-2-is-reversed-{language}.csv", height_yes_no_rng, recommend, overall, questions)

# Being told too late, where the adverb stands before the telling ("Ich wurde zu spät über
# Verzögerungen bei der Lieferung informiert", "Zostałem za późno poinformowany", "Mani par vēlu
# informēja"): the telling after it is its own, not a bad thing told of; reversed, as "informed too
# late" is. Told in good time stays as asked. The reversed items are answered against the others.
too_late_rng = random.Random(16001)
TOLD_TOO_LATE = {
    "de": ["Wie wahrscheinlich empfehlen Sie uns einem Freund? (0-10)", "Gesamtzufriedenheit (1-5)", "Ich wurde zu spät über Verzögerungen bei der Lieferung informiert (1-5)", "Über den Lieferstatus wurde ich zu spät informiert (1-5)", "Ich wurde rechtzeitig über Verzögerungen bei der Lieferung informiert (1-5)"],
    "pl": ["Czy poleciłby Pan/Pani nasz sklep znajomemu? (0-10)", "Ogólne zadowolenie (1-5)", "Zostałem za późno poinformowany o opóźnieniu dostawy (1-5)", "O statusie przesyłki zostałem poinformowany zbyt późno (1-5)", "Zostałem na czas poinformowany o opóźnieniu dostawy (1-5)"],
    "lv": ["Vai jūs ieteiktu mūsu veikalu draugam? (0-10)", "Kopējā apmierinātība (1-5)", "Mani par vēlu informēja par piegādes kavējumu (1-5)", "Par piegādes statusu mani informēja pārāk vēlu (1-5)", "Mani laicīgi informēja par piegādes kavējumu (1-5)"],
}
for language, headers in TOLD_TOO_LATE.items():
    rows = []
    for i in range(60):
        good = too_late_rng.randint(1, 5)
        near = lambda point: near_point(too_late_rng, point)
        rows.append([str(i + 1), str(min(10, max(0, 2 * good + too_late_rng.choice([-1, 0, 0])))), str(near(good)), str(near(6 - good)), str(near(6 - good)), str(near(good))])
    write(f"being-told-too-late-before-the-telling-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# Spanish says a bad thing rare by an adjective too ("Los envíos retrasados son raros", "Los pedidos
# dañados son raros"), as "Late deliveries are rare", "Les retards sont rares", "As entregas
# atrasadas são raras" do: worded for its scale, in a survey read as Spanish (where its language is
# not known, the Portuguese "raros" already counted). Said not rare ("… no son raros"), or the adjective
# of another noun ("Los artículos raros llegan retrasados"), the bad thing stands: reversed, and
# answered against the rest of delivery.
es_rare_rng = random.Random(16002)
ES_RARE = ["¿Qué tan probable es que recomiende nuestra tienda a un amigo? (0-10)", "En general, ¿qué tan satisfecho está con nuestra tienda? (1-5)", "Los envíos retrasados son raros (1-5)", "Los pedidos dañados son raros (1-5)", "Los envíos retrasados no son raros (1-5)", "Los artículos raros llegan retrasados (1-5)", "Rapidez de la entrega (1-5)"]
rows = []
for i in range(60):
    good = es_rare_rng.randint(1, 5)
    answers = [min(10, 2 * good)] + [near_point(es_rare_rng, good) for _ in ES_RARE[1:]]
    for index in [4, 5]:
        answers[index] = 6 - answers[index]
    rows.append([str(i + 1)] + [str(a) for a in answers])
write("bad-thing-said-rare-by-an-adjective-is-as-asked-es.csv", ["id"] + ES_RARE, rows)

# A relative pronoun in the subject before the verb of a question of yes or no ("Le colis que vous
# avez commandé est-il arrivé à temps ?", "A encomenda que fez chegou no prazo?", "¿El repartidor
# con quien habló fue amable?"), answered 1 and 2 in a Qualtrics numeric export: after the noun it
# relates to, it asks nothing, and the question is yes/no, 1 = yes. The same word opening the
# question ("Que pensez-vous de la livraison ?", "O que achou da entrega?", "¿Con quién habló
# sobre su entrega?") asks what: no yes/no.
relative_rng = random.Random(16003)
RELATIVE = {
    "fr": ["Quelle est la probabilité que vous recommandiez notre boutique à un ami ?", "Dans l'ensemble, êtes-vous satisfait de notre boutique ?",
           "Le colis que vous avez commandé est-il arrivé à temps ?", "Le livreur qui vous a remis le colis était-il aimable ?", "Que pensez-vous de la livraison ?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?",
           "A encomenda que fez chegou no prazo?", "O estafeta que lhe entregou a encomenda foi simpático?", "O que achou da entrega?"],
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?",
           "¿El punto de entrega donde recogió su paquete estaba abierto?", "¿El repartidor con quien habló fue amable?", "¿Con quién habló sobre su entrega?"],
}
for language, (recommend, overall, *questions) in RELATIVE.items():
    write_qualtrics_yes_no(f"qualtrics-relative-pronoun-before-the-verb-coded-1-2-is-yes-no-{language}.csv", relative_rng, recommend, overall, questions)

# A question of which one that names two options, an "or" between them ("Which did you use to
# contact our support: phone or email?", "Kuru piegādes veidu izvēlējāties: kurjeru vai
# pakomātu?"), answered 1 and 2 in a Qualtrics numeric export: the codes of its options, a segment,
# as a question of which of two opened by words of yes or no is, not a 1-2 item of the dimension an
# option names. A question of yes or no beside it stays yes/no.
which_one_rng = random.Random(16004)
WHICH_ONE_OF_TWO = {
    "en": ["How likely are you to recommend our shop to a friend?", "How satisfied are you overall with our shop?",
           "Which did you use to contact our support: phone or email?", "Which delivery option did you choose: courier or parcel locker?", "Did you receive your order on time?"],
    "de": ["Wie wahrscheinlich ist es, dass Sie unseren Shop einem Freund empfehlen?", "Wie zufrieden sind Sie insgesamt mit unserem Shop?",
           "Welchen Kanal haben Sie für den Kontakt mit dem Kundenservice genutzt: Telefon oder E-Mail?", "Welche Versandart haben Sie gewählt: Kurier oder Packstation?", "Haben Sie Ihre Bestellung pünktlich erhalten?"],
    "fr": ["Quelle est la probabilité que vous recommandiez notre boutique à un ami ?", "Dans l'ensemble, êtes-vous satisfait de notre boutique ?",
           "Quel canal avez-vous utilisé pour contacter le service client : téléphone ou e-mail ?", "Quel mode de livraison avez-vous choisi : coursier ou point relais ?", "Avez-vous reçu votre commande à temps ?"],
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?",
           "¿Cuál utilizó para contactar con atención al cliente: teléfono o correo electrónico?", "¿Cuál opción de envío eligió: mensajería o punto de recogida?", "¿Recibió su pedido a tiempo?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?",
           "Qual utilizou para contactar o apoio ao cliente: telefone ou e-mail?", "Qual opção de entrega escolheu: estafeta ou ponto de recolha?", "Recebeu a sua encomenda a tempo?"],
    "pl": ["Jak prawdopodobne jest, że poleci Pan/Pani nasz sklep znajomemu?", "Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszego sklepu?",
           "Którego kanału użył(a) Pan/Pani do kontaktu z obsługą klienta: telefonu czy e-maila?", "Który sposób dostawy Pan/Pani wybrał(a): kurier czy paczkomat?", "Czy otrzymał(a) Pan/Pani zamówienie w terminie?"],
    "lv": ["Cik ticams, ka jūs ieteiktu mūsu veikalu draugam?", "Kopumā, cik apmierināts esat ar mūsu veikalu?",
           "Kuru no kanāliem izmantojāt, sazinoties ar klientu apkalpošanu: tālruni vai e-pastu?", "Kuru piegādes veidu izvēlējāties: kurjeru vai pakomātu?", "Vai saņēmāt pasūtījumu laicīgi?"],
}
for language, (recommend, overall, *questions) in WHICH_ONE_OF_TWO.items():
    write_qualtrics_yes_no(f"qualtrics-question-of-which-one-naming-two-options-coded-1-2-is-a-segment-{language}.csv", which_one_rng, recommend, overall, questions)

# German "erleichtert" in the perfect passive ("Die Rücksendung ist mir durch die App erleichtert
# worden"): its "ist" is the auxiliary of the passive, no verb of being that makes a feeling; the
# statement of effort, the CES, as "Die App hat mir die Rücksendung erleichtert" and "… wurde mir
# erleichtert" are. Relief ("Ich war erleichtert, dass mir … geholfen hat") stays an item of service.
passive_made_rng = random.Random(16005)
PASSIVE_MADE = ["Gesamtzufriedenheit (1-5)", "Die Rücksendung ist mir durch die App erleichtert worden", "Ich war erleichtert, dass mir der Kundenservice schnell geholfen hat"]
rows = []
for i in range(N):
    good = passive_made_rng.randint(0, 4)
    near = lambda: min(4, max(0, good + passive_made_rng.choice([-1, 0, 0, 1])))
    rows.append([str(i + 1), str(good + 1), AGREEMENT_5["de"][near()], AGREEMENT_5["de"][near()]])
write("made-easy-in-the-perfect-passive-is-the-ces-de.csv", ["id"] + PASSIVE_MADE, rows)
# A word of height said of a price beside a comparison ("Prices are high compared with other shops",
# "Die Preise sind im Vergleich hoch", "Cenas ir augstas salīdzinājumā ar citiem veikaliem") or
# after a lead-in of an opinion ("In my opinion the prices are high", "Meiner Meinung nach sind die
# Preise hoch", "Na minha opinião os preços são altos"): still the price's, reversed. Negated
# ("Prices are not high compared with other shops") and said of another noun ("The quality is high
# and the price is fair", "High quality at a fair price"), as asked. The reversed items are
# answered against the others, as customers who find the prices high answer.
height_aside_rng = random.Random(15040)
PRICE_SAID_HIGH_ASIDE = {
    "en": ["How likely are you to recommend us to a friend? (0-10)", "Overall satisfaction (1-5)", "Prices are high compared with other shops (1-5)", "In my opinion the prices are high (1-5)",
           "Prices are not high compared with other shops (1-5)", "The quality is high and the price is fair (1-5)", "High quality at a fair price (1-5)"],
    "de": ["Wie wahrscheinlich empfehlen Sie uns einem Freund? (0-10)", "Gesamtzufriedenheit (1-5)", "Die Preise sind im Vergleich zu anderen Shops hoch (1-5)", "Meiner Meinung nach sind die Preise hoch (1-5)",
           "Die Preise sind im Vergleich nicht hoch (1-5)", "Die Qualität ist hoch und der Preis ist fair (1-5)", "Hohe Qualität zu einem fairen Preis (1-5)"],
    "fr": ["Recommanderiez-vous notre boutique à un ami ? (0-10)", "Satisfaction globale (1-5)", "Les prix sont élevés comparés aux autres magasins (1-5)", "À mon avis les prix sont élevés (1-5)",
           "Les prix ne sont pas élevés comparés aux autres magasins (1-5)", "La qualité est élevée et le prix est juste (1-5)", "Une qualité élevée à un prix juste (1-5)"],
    "es": ["¿Recomendaría nuestra tienda a un amigo? (0-10)", "Satisfacción general (1-5)", "Los precios son altos comparados con otras tiendas (1-5)", "En mi opinión los precios son altos (1-5)",
           "Los precios no son altos comparados con otras tiendas (1-5)", "La calidad es alta y el precio es justo (1-5)", "Alta calidad a un precio justo (1-5)"],
    "pt": ["Recomendaria a nossa loja a um amigo? (0-10)", "Satisfação geral (1-5)", "Os preços são altos comparados com outras lojas (1-5)", "Na minha opinião os preços são altos (1-5)",
           "Os preços não são altos comparados com outras lojas (1-5)", "A qualidade é alta e o preço é justo (1-5)", "Alta qualidade a um preço justo (1-5)"],
    "pl": ["Czy poleciłby Pan/Pani nasz sklep znajomemu? (0-10)", "Ogólne zadowolenie (1-5)", "Ceny są wysokie porównując z innymi sklepami (1-5)", "Moim zdaniem ceny są wysokie (1-5)",
           "Ceny nie są wysokie porównując z innymi sklepami (1-5)", "Jakość jest wysoka, a cena uczciwa (1-5)", "Wysoka jakość w uczciwej cenie (1-5)"],
    "lv": ["Vai jūs ieteiktu mūsu veikalu draugam? (0-10)", "Kopējā apmierinātība (1-5)", "Cenas ir augstas salīdzinājumā ar citiem veikaliem (1-5)", "Pēc manām domām cenas ir augstas (1-5)",
           "Cenas nav augstas salīdzinājumā ar citiem veikaliem (1-5)", "Kvalitāte ir augsta un cena ir godīga (1-5)", "Augsta kvalitāte par godīgu cenu (1-5)"],
}
for language, headers in PRICE_SAID_HIGH_ASIDE.items():
    rows = []
    for i in range(60):
        good = height_aside_rng.randint(1, 5)
        near = lambda point: near_point(height_aside_rng, point)
        rows.append([str(i + 1), str(min(10, max(0, 2 * good + height_aside_rng.choice([-1, 0, 0])))), str(near(good)), str(near(6 - good)), str(near(6 - good)), str(near(good)), str(near(good)), str(near(good))])
    write(f"price-said-high-beside-a-comparison-or-an-opinion-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# French "haut(e)(s)" is a word of height as "élevé" is: said of a price ("Les prix sont trop hauts",
# "Les frais de livraison sont hauts") reversed; negated, or said of another noun ("Produits de
# haute qualité", "Haute qualité à un prix juste"), as asked.
haut_rng = random.Random(15041)
PRICE_SAID_HAUT = ["Recommanderiez-vous notre boutique à un ami ? (0-10)", "Satisfaction globale (1-5)", "Les prix sont trop hauts (1-5)", "Les frais de livraison sont hauts (1-5)",
                   "Les prix ne sont pas hauts (1-5)", "Haute qualité à un prix juste (1-5)", "Produits de haute qualité (1-5)"]
rows = []
for i in range(60):
    good = haut_rng.randint(1, 5)
    near = lambda point: near_point(haut_rng, point)
    rows.append([str(i + 1), str(min(10, max(0, 2 * good + haut_rng.choice([-1, 0, 0])))), str(near(good)), str(near(6 - good)), str(near(6 - good)), str(near(good)), str(near(good)), str(near(good))])
write("price-said-haut-is-reversed-fr.csv", ["id"] + PRICE_SAID_HAUT, rows, delimiter=";")

# A question of yes or no whether a price is high, asked with a comparison or an opinion ("Do you
# think our prices are high?", "Acha que a taxa de entrega é alta?", "Trouvez-vous les frais de
# livraison élevés ?", "Sind unsere Preise im Vergleich hoch?"), answered 1 and 2 in a Qualtrics
# numeric export: yes/no, yes the bad answer; one asked whether the order came on time, yes the good.
height_asked_aside_rng = random.Random(15042)
PRICE_ASKED_HIGH_ASIDE = {
    "en": ["How likely are you to recommend our shop to a friend?", "How satisfied are you overall with our shop?", "Do you think our prices are high?", "Are our prices high compared with other shops?", "Did you receive your order on time?"],
    "de": ["Wie wahrscheinlich ist es, dass Sie unseren Shop einem Freund empfehlen?", "Wie zufrieden sind Sie insgesamt mit unserem Shop?", "Sind unsere Preise Ihrer Meinung nach hoch?", "Sind unsere Preise im Vergleich zu anderen Shops hoch?", "Haben Sie Ihre Bestellung pünktlich erhalten?"],
    "fr": ["Quelle est la probabilité que vous recommandiez notre boutique à un ami ?", "Dans l'ensemble, êtes-vous satisfait de notre boutique ?", "Pensez-vous que nos prix sont élevés ?", "Trouvez-vous les frais de livraison élevés ?", "Avez-vous reçu votre commande à temps ?"],
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?", "¿Considera que el costo de envío es alto?", "¿Nuestros precios son altos comparados con otras tiendas?", "¿Recibió su pedido a tiempo?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?", "Acha que a taxa de entrega é alta?", "Considera os nossos preços altos?", "Recebeu a sua encomenda a tempo?"],
    "pl": ["Jak prawdopodobne jest, że poleci Pan/Pani nasz sklep znajomemu?", "Ogólnie, jak bardzo jest Pan/Pani zadowolony(a) z naszego sklepu?", "Czy Pana/Pani zdaniem nasze ceny są wysokie?", "Czy opłata za dostawę jest wysoka porównując z innymi sklepami?", "Czy otrzymał(a) Pan/Pani zamówienie w terminie?"],
    "lv": ["Cik ticams, ka jūs ieteiktu mūsu veikalu draugam?", "Kopumā, cik apmierināts esat ar mūsu veikalu?", "Vai pēc jūsu domām mūsu cenas ir augstas?", "Vai mūsu cenas ir augstas salīdzinājumā ar citiem veikaliem?", "Vai saņēmāt pasūtījumu laicīgi?"],
}
for language, (recommend, overall, *questions) in PRICE_ASKED_HIGH_ASIDE.items():
    write_qualtrics_yes_no(f"qualtrics-price-asked-high-beside-a-comparison-or-an-opinion-coded-1-2-is-reversed-{language}.csv", height_asked_aside_rng, recommend, overall, questions)

# A question of yes or no that puts the height before the price it is said of (Spanish and Portuguese
# put the predicate first: "¿Es alto el costo de envío?", "¿Le parece alto el costo de envío?", "É
# alta a taxa de entrega?", "Parece-lhe alto o preço?"), answered 1 and 2 in a Qualtrics numeric
# export: yes/no, yes the bad answer. The height of another noun ("¿Es alta la calidad por el
# precio?") and whether the order came on time keep yes the good.
predicate_first_rng = random.Random(15043)
PRICE_ASKED_HIGH_PREDICATE_FIRST = {
    "es": ["¿Qué tan probable es que recomiende nuestra tienda a un amigo?", "En general, ¿qué tan satisfecho está con nuestra tienda?", "¿Es alto el costo de envío?", "¿Le parece alto el precio de nuestros productos?",
           "¿Es alta la calidad por el precio?", "¿Recibió su pedido a tiempo?"],
    "pt": ["Qual a probabilidade de recomendar a nossa loja a um amigo?", "De modo geral, qual é o seu nível de satisfação com a nossa loja?", "É alta a taxa de entrega?", "Parece-lhe alto o preço dos nossos produtos?",
           "É alta a qualidade pelo preço?", "Recebeu a sua encomenda a tempo?"],
}
for language, (recommend, overall, *questions) in PRICE_ASKED_HIGH_PREDICATE_FIRST.items():
    write_qualtrics_yes_no(f"qualtrics-price-asked-high-before-its-price-coded-1-2-is-reversed-{language}.csv", predicate_first_rng, recommend, overall, questions)

# Change against before, from worse to better: how something compares with a last time ("Compared
# with your last order, how was our delivery?" Much worse … Much better, a "Don't know" beside it)
# or how something affected the respondent ("Negatively / No change / Positively", OSMI 2017's
# "how has this affected you?"; "Worse / The same / Better"): an ordered scale, not categories.
change_rng = random.Random(15044)
CHANGE = {
    "en": ("Compared with your last order, how was our delivery?", ("Much worse", "Worse", "About the same", "Better", "Much better"), "Don't know",
           "How has our new app affected your shopping?", ("Negatively", "No change", "Positively")),
    "de": ("Wie war unsere Lieferung im Vergleich zu Ihrer letzten Bestellung?", ("Viel schlechter", "Schlechter", "Etwa gleich", "Besser", "Viel besser"), "Weiß nicht",
           "Wie hat sich Ihr Einkaufserlebnis durch unsere neue App verändert?", ("Verschlechtert", "Unverändert", "Verbessert")),
    "fr": ("Par rapport à votre dernière commande, comment s'est passée notre livraison ?", ("Beaucoup moins bien", "Moins bien", "Pareil", "Mieux", "Beaucoup mieux"), "Je ne sais pas",
           "Comment notre nouvelle application a-t-elle influencé vos achats ?", ("Négativement", "Aucun changement", "Positivement")),
    "es": ("En comparación con su último pedido, ¿cómo fue nuestra entrega?", ("Mucho peor", "Peor", "Igual", "Mejor", "Mucho mejor"), "No sé",
           "¿Cómo ha afectado nuestra nueva aplicación a sus compras?", ("Negativamente", "Sin cambios", "Positivamente")),
    "pt": ("Em comparação com a sua última encomenda, como foi a nossa entrega?", ("Muito pior", "Pior", "Igual", "Melhor", "Muito melhor"), "Não sei",
           "Como é que a nossa nova aplicação afetou as suas compras?", ("Negativamente", "Sem alterações", "Positivamente")),
    "pl": ("W porównaniu z poprzednim zamówieniem, jak wypadła nasza dostawa?", ("Znacznie gorzej", "Gorzej", "Tak samo", "Lepiej", "Znacznie lepiej"), "Nie wiem",
           "Jak zmieniła się wygoda zakupów po wprowadzeniu nowej aplikacji?", ("Pogorszyła się", "Bez zmian", "Poprawiła się")),
    "lv": ("Salīdzinot ar iepriekšējo pasūtījumu, kāda bija mūsu piegāde?", ("Daudz sliktāk", "Sliktāk", "Tāpat", "Labāk", "Daudz labāk"), "Nezinu",
           "Kā kopš jaunās lietotnes ir mainījusies jūsu iepirkšanās pieredze?", ("Pasliktinājusies", "Nav mainījusies", "Uzlabojusies")),
}
for language, (compared, five, unknown, affected, three) in CHANGE.items():
    write(f"change-from-worse-to-better-is-a-rating-{language}.csv", ["id", compared, affected],
          [[str(i), change_rng.choices([*five, unknown], [1, 2, 4, 3, 2, 1])[0], change_rng.choices(three, [1, 3, 2])[0]] for i in range(N)], delimiter=";")

# A segment coded in numbers, with a statistics package's code for no answer (-99) among its
# categories: an SPSS or Stata file saved as CSV (a real export's occupation, codes 1..13 and -99
# for 45 respondents). The code is no category but no answer: the segment (blank), as an empty
# cell, so too under a quantity's word (household income coded 1..20, cut into bands: -99 is in
# none, nor in their cuts). A segment of labels beside them (region) keeps its -99 as an answer
# unless --missing names it.
segment_codes_rng = random.Random(15045)
rows = []
for i in range(N):
    roll = segment_codes_rng.random()
    rows.append([str(i + 1), "-99" if roll < 0.15 else str(segment_codes_rng.randint(1, 11)),
                 "-99" if segment_codes_rng.random() < 0.1 else segment_codes_rng.choice(["North", "South", "East", "West"]),
                 str(segment_codes_rng.randint(1, 7))])
for row in rows:
    row.append("-99" if segment_codes_rng.random() < 0.15 else str(segment_codes_rng.randint(1, 20)))
write("segment-with-a-statistics-package-code-for-no-answer-en.csv", ["id", "occupation", "region", "Overall, how satisfied are you with our service? (1-7)", "Household income"], rows)

# A row of a rating grid that everyone who answered it gave the same point (all 1: "never", "strongly
# disagree"), in a small sample: a rating of the grid like its other rows, not the one option of a
# checkbox question that "1 or blank" would be on its own. The checkbox question beside it, each of
# its columns 1 or blank, stays options.
one_point_rng = random.Random(15046)
write("battery-row-answered-with-one-point-alone-is-a-rating.csv",
      ["ResponseId", "Q5_1", "Q5_2", "Q5_3", "Q5_4", "Q6_1", "Q6_2", "Q6_3"],
      [[f"R_{i}", str(one_point_rng.randint(2, 5)), str(one_point_rng.randint(1, 5)), "" if one_point_rng.random() < 0.3 else "1", str(one_point_rng.randint(1, 5))]
       + [("1" if one_point_rng.random() < 0.4 else "") for _ in range(3)] for i in range(N)])

# "How old are you?" answered in codes of age bands (1 = under 25 … 6 = 65 and over), as numeric
# exports write a banded age question: the categories of a segment, in every lexicon language, not
# a rating of no dimension nor a count (a count of years is answered in years: 18..80).
age_rng = random.Random(15047)
HOW_OLD = {
    "en": ("How old are you?", "Overall, how satisfied are you with us? (1-5)"),
    "de": ("Wie alt sind Sie?", "Wie zufrieden sind Sie insgesamt mit uns? (1-5)"),
    "fr": ("Quel âge avez-vous ?", "Dans l'ensemble, êtes-vous satisfait de nous ? (1-5)"),
    "es": ("¿Cuántos años tiene?", "En general, ¿qué tan satisfecho está con nosotros? (1-5)"),
    "pt": ("Quantos anos tem?", "No geral, qual o seu grau de satisfação connosco? (1-5)"),
    "pl": ("Ile ma Pan/Pani lat?", "Ogólnie, jak bardzo jest Pan/Pani zadowolony/a z naszych usług? (1-5)"),
    "lv": ("Cik jums ir gadu?", "Kopumā, cik apmierināts esat ar mums? (1-5)"),
}
for language, (how_old, overall) in HOW_OLD.items():
    write(f"age-asked-how-old-in-coded-bands-is-a-segment-{language}.csv", ["id", how_old, overall],
          [[str(i), str(age_rng.randint(1, 6)), str(age_rng.choices([1, 2, 3, 4, 5], [1, 1, 3, 5, 4])[0])] for i in range(N)], delimiter=";")

# CES 2.0 as Spanish and Portuguese translate it, "facilitar" before the task it made easy, a noun
# ("La empresa me facilitó la gestión de mi solicitud", "A empresa facilitou a resolução da minha
# solicitação"): the effort question, whatever the task names (a resolution is no complaints item
# here); before a thing handed over ("me facilitó la información de contacto") it is to provide.
made_task_rng = random.Random(15048)
MADE_TASK = {
    "es": ["En general, ¿qué tan satisfecho está con nuestra empresa? (1-5)", "La empresa me facilitó la gestión de mi solicitud.",
           "El agente me facilitó la información de contacto."],
    "pt": ["No geral, qual o seu nível de satisfação com a empresa? (1-5)", "A empresa facilitou a resolução da minha solicitação.",
           "O atendente facilitou os dados de contacto."],
}
for language, headers in MADE_TASK.items():
    write(f"made-a-task-easy-named-by-its-noun-is-the-ces-{language}.csv", ["id"] + headers,
          [[str(i + 1), str(made_task_rng.randint(1, 5))] + [made_task_rng.choice(AGREEMENT_7[language]) for _ in headers[1:]] for i in range(N)])

# A Qualtrics multiple-answer question exported as numeric values in one column ("- Selected
# Choice"): one option chosen is its code ("4"), several their codes joined by "," in the options'
# order ("1,3"). The options of a checkbox question, counted one by one, not a segment of every way
# of choosing them, in English as in German ("(Mehrfachauswahl möglich) - Ausgewählte Auswahl").
joined_codes_rng = random.Random(15049)
JOINED_CODES = {
    "en": ("Overall, how satisfied are you with our store?", "Which of our services do you use? (Select all that apply) - Selected Choice"),
    "de": ("Wie zufrieden sind Sie insgesamt mit unserem Geschäft?", "Welche unserer Produkte nutzen Sie? (Mehrfachauswahl möglich) - Ausgewählte Auswahl"),
}
for language, (overall, services) in JOINED_CODES.items():
    rows = []
    for i in range(N):
        chosen = sorted(joined_codes_rng.sample(range(1, 5), joined_codes_rng.choice([1, 1, 2, 2, 3])))
        rows.append([f"R_{i:05d}", "1", str(joined_codes_rng.randint(1, 5)), ",".join(str(c) for c in chosen)])
    write(f"qualtrics-checkbox-codes-joined-in-one-column-are-options-{language}.csv", ["ResponseId", "Finished", "Q1", "Q2"],
          [["Response ID", "Finished", overall, services], ['{"ImportId":"_recordId"}', '{"ImportId":"finished"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2"}']] + rows)

# The same "Don't know" coded 6 after a 5-point grid, where one row does not apply to most
# respondents (most never returned anything, and chose "Don't know" at the return's row): there the
# 6 is three times as common as any point of the scale, in the other rows far rarer than the 5s.
# No top of a 1-6 scale is chosen so: out of the 1-5 scale in every row. Beside it, a real 6-point
# grid whose 6 is chosen like its 5, and most often in one row, keeps its top.
rows_apart_rng = random.Random(15050)
rows_apart = []
for i in range(150):
    rated = [str(rows_apart_rng.choices([1, 2, 3, 4, 5, 6], weights=[2, 3, 6, 7, 6, 1])[0]) for _ in range(4)]
    returned = str(rows_apart_rng.choices([1, 2, 3, 4, 5, 6], weights=[3, 2, 2, 3, 3, 60])[0])
    six_point = [str(rows_apart_rng.choices([1, 2, 3, 4, 5, 6], weights=[1, 2, 3, 4, 4, 3])[0]) for _ in range(2)] + [str(rows_apart_rng.choices([1, 2, 3, 4, 5, 6], weights=[1, 1, 1, 2, 4, 9])[0])]
    rows_apart.append([f"R_{i:05d}", str(rows_apart_rng.randint(1, 5))] + rated + [returned] + six_point)
write("matrix-dont-know-coded-after-the-scale-chosen-by-most-in-one-row.csv",
      ["ResponseId", "Q1", "Q3_1", "Q3_2", "Q3_3", "Q3_4", "Q3_5", "Q4_1", "Q4_2", "Q4_3"],
      [["Response ID", "Overall, how satisfied are you with our store?", "Please rate the following. - Speed of shipping",
        "Please rate the following. - Value for money", "Please rate the following. - Friendliness of our staff",
        "Please rate the following. - Trustworthiness of our store", "Please rate the following. - Handling of your return or refund",
        "How much do you agree? - The website is clear", "How much do you agree? - Checkout is quick", "How much do you agree? - I like the new design"],
       ['{"ImportId":"_recordId"}', '{"ImportId":"QID1"}'] + [f'{{"ImportId":"QID3_{k}"}}' for k in range(1, 6)] + [f'{{"ImportId":"QID4_{k}"}}' for k in range(1, 4)]]
      + rows_apart)

# A statement few answered (those who made a complaint), none "Neither agree nor disagree" nor
# "Strongly agree" among them, fits the 4-point agreement set as well as the 5-point one: beside
# statements answered on the 5-point set with every point seen, it is asked on that set, as a
# survey asks its statements on one scale. In a survey whose statements are all asked on the
# 4-point set (no middle), it stays on that.
one_set_rng = random.Random(15051)
AGREE = {
    "en": (AGREEMENT_5["en"], ["Strongly disagree", "Disagree", "Agree", "Strongly agree"],
           ["Delivery arrived when promised.", "Prices are fair.", "My complaint was handled well."]),
    "fr": (AGREEMENT_5["fr"], ["Pas du tout d'accord", "Pas d'accord", "D'accord", "Tout à fait d'accord"],
           ["La livraison est arrivée à la date promise.", "Les prix sont justes.", "Ma réclamation a été traitée de manière satisfaisante."]),
}
for language, (five, four, statements) in AGREE.items():
    for points, labels in ((5, five), (4, four)):
        rows = []
        for i in range(N):
            complained = i % 4 == 0
            sparse = one_set_rng.choice([labels[0], labels[1], labels[-2]]) if complained else ""
            rows.append([str(i + 1), one_set_rng.choice(labels), one_set_rng.choice(labels), sparse])
        name = "sparse-statement-takes-the-surveys-five-point-agreement-set" if points == 5 else "sparse-statement-stays-on-the-surveys-four-point-agreement-set"
        write(f"{name}-{language}.csv", ["id"] + statements, rows, delimiter=";")

# A statement that it was easy to get what one needed, the only one of ease among statements rated
# alike, is about the whole interaction, as getting help or one's request handled is: the effort
# question, not an item of one step ("It was easy to find the product"), in every lexicon language.
needed_rng = random.Random(15052)
NEEDED = {
    "en": ("The staff were friendly.", "Prices are fair.", "It was easy to get what I needed."),
    "de": ("Das Personal war freundlich.", "Die Preise sind fair.", "Es war einfach, das zu bekommen, was ich brauchte."),
    "fr": ("Le personnel était aimable.", "Les prix sont justes.", "Il a été facile d'obtenir ce dont j'avais besoin."),
    "es": ("El personal fue amable.", "Los precios son justos.", "Fue fácil conseguir lo que necesitaba."),
    "pt": ("Os funcionários foram simpáticos.", "Os preços são justos.", "Foi fácil obter o que precisava."),
    "pl": ("Personel był uprzejmy.", "Ceny są uczciwe.", "Łatwo było uzyskać to, czego potrzebowałem."),
    "lv": ("Personāls bija laipns.", "Cenas ir godīgas.", "Bija viegli iegūt to, kas man bija vajadzīgs."),
}
for language, statements in NEEDED.items():
    staff, prices, ease = statements
    write(f"ease-of-getting-what-one-needed-among-statements-is-the-ces-{language}.csv", ["id", staff, ease, prices],
          [[str(i + 1)] + [needed_rng.choices(AGREEMENT_5[language], [1, 2, 3, 4, 3])[0] for _ in statements] for i in range(N)], delimiter=";")

# Having had to contact the company again about one problem ("I had to contact customer service
# several times about the same problem", "J'ai dû recontacter le service client …") is a bad thing
# agreed with: a statement worded against its scale, reversed, an item of the service it names.
# Never having had to ("I never had to contact …") is a good one, not reversed; so is a contact
# that went well ("When I had to contact customer service, they answered quickly") or one that
# would be made again ("Ich würde den Kundenservice jederzeit erneut kontaktieren").
again_rng = random.Random(15053)
AGAIN = {
    "en": ("The staff were friendly.", "I had to contact customer service several times about the same problem.", "I never had to contact customer service more than once about a problem.",
           "When I had to contact customer service, they answered quickly."),
    "de": ("Das Personal war freundlich.", "Ich musste mehrmals beim Kundenservice wegen desselben Problems nachfragen.", "Ich musste beim Kundenservice nie mehrmals wegen eines Problems nachfragen.",
           "Ich würde den Kundenservice jederzeit erneut kontaktieren."),
    "fr": ("Le personnel était aimable.", "J'ai dû recontacter le service client plusieurs fois pour le même problème.", "Je n'ai jamais dû recontacter le service client pour un même problème.",
           "Quand j'ai dû contacter le service client, la réponse a été rapide."),
    "es": ("El personal fue amable.", "Tuve que contactar con atención al cliente varias veces por el mismo problema.", "Nunca tuve que contactar con atención al cliente varias veces por un problema.",
           "Cuando tuve que contactar con atención al cliente, me respondieron rápido."),
    "pt": ("Os funcionários foram simpáticos.", "Tive de contactar o apoio ao cliente várias vezes pelo mesmo problema.", "Nunca tive de contactar o apoio ao cliente várias vezes por um problema.",
           "Quando tive de contactar o apoio ao cliente, responderam depressa."),
    "pl": ("Personel był uprzejmy.", "Musiałem kilka razy kontaktować się z obsługą klienta w tej samej sprawie.", "Nigdy nie musiałem kilka razy kontaktować się z obsługą klienta w jednej sprawie.",
           "Kiedy musiałem zadzwonić do obsługi klienta, odpowiedzieli szybko."),
    "lv": ("Personāls bija laipns.", "Man nācās vairākas reizes sazināties ar klientu apkalpošanu par to pašu problēmu.", "Man nekad nenācās vairākas reizes sazināties ar klientu apkalpošanu par vienu problēmu.",
           "Kad man nācās sazināties ar klientu apkalpošanu, viņi atbildēja ātri."),
}
for language, (staff, again, never, when) in AGAIN.items():
    rows = []
    for i in range(60):
        q = again_rng.choices([0, 1, 2, 3, 4], [1, 2, 3, 4, 3])[0]
        near = lambda point: AGREEMENT_5[language][min(4, max(0, point + again_rng.randint(-1, 1)))]
        rows.append([str(i + 1), str(q + 1), near(q), near(4 - q), near(q), near(q)])
    write(f"had-to-contact-again-is-worded-against-its-scale-{language}.csv", ["id", "Overall satisfaction (1-5)", staff, again, never, when], rows, delimiter=";")

# Age and income bands coded 1..k under a statistics package's short names, run together
# (ageband, agegrp, incomegrp) as under words in every lexicon language (income_band, Altersklasse,
# "Tranche de revenu", "Rango de ingresos", "Faixa de renda", "Przedział dochodowy", "Ienākumu grupa"):
# the categories of a segment, not ratings of no dimension.
bands_rng = random.Random(15054)
write("age-and-income-bands-named-in-one-word-are-segments.csv",
      ["respid", "ageband", "agegrp", "incomegrp", "income_band", "Altersklasse", "Tranche de revenu", "Rango de ingresos", "Faixa de renda", "Przedział dochodowy", "Ienākumu grupa", "q1 Overall satisfaction (1-5)"],
      [[str(1000 + i), str(bands_rng.randint(1, 6)), str(bands_rng.randint(1, 5)), str(bands_rng.randint(1, 5)), str(bands_rng.randint(1, 4))]
       + [str(bands_rng.randint(1, 5)) for _ in range(6)] + [str(bands_rng.choices([1, 2, 3, 4, 5], [1, 1, 3, 5, 4])[0])] for i in range(N)])

# Ratings answered 1..4 with no scale in the header or labels, thinning out toward the 4 (an
# unhappy base: 4 chosen by a quarter as many as 3): 1-4 is read from the answers, but they may stop
# short of a 1-5 scale nobody answered 5 on, so the reading is of medium confidence and the notes say
# how to give the scale. A 1-4 rating whose 4 is chosen most shows its scale: high confidence.
thin_top_rng = random.Random(15055)
write("ratings-thinning-out-toward-a-top-of-4-are-noted.csv",
      ["id", "Overall, how satisfied are you with our service?", "How friendly were our staff?"],
      [[str(i + 1), str(thin_top_rng.choices([1, 2, 3, 4], [11, 18, 17, 4])[0]), str(thin_top_rng.choices([1, 2, 3, 4], [2, 4, 10, 14])[0])] for i in range(60)])

# What a cold review of the session's rules found, one fixture a pattern:
# a sparse statement beside a grid answered on the 4-point set keeps that set, even where another
# question of the survey is asked on 5 points;
review_rng = random.Random(15056)
four, five = ["Strongly disagree", "Disagree", "Agree", "Strongly agree"], AGREEMENT_5["en"]
write("sparse-statement-keeps-its-grids-four-point-set-beside-a-five-point-question-en.csv",
      ["id", "Delivery arrived when promised.", "Prices are fair.", "My complaint was handled well.", "The app is easy to navigate."],
      [[str(i + 1), review_rng.choice(four), review_rng.choice(four), review_rng.choice([four[0], four[1], four[2]]) if i % 4 == 0 else "", review_rng.choice(five)] for i in range(N)])
# a 6-point grid whose 6 is far rarer than its 5 in most rows, and chosen most in a row its
# respondents like (its answers climbing to the 5 and on to the 6), keeps 6 as its top;
liked = []
for i in range(150):
    rows6 = [str(review_rng.choices([1, 2, 3, 4, 5, 6], weights=[3, 4, 8, 9, 8, 1])[0]) for _ in range(3)]
    liked.append([f"R_{i:05d}", str(review_rng.choices([1, 2, 3, 4, 5, 6], weights=[1, 2, 5, 6, 5, 1])[0])] + rows6 + [str(review_rng.choices([1, 2, 3, 4, 5, 6], weights=[0, 1, 2, 3, 8, 40])[0])])
write("six-point-grid-with-one-liked-row-keeps-its-top.csv", ["ResponseId", "Overall satisfaction (1-6)", "Q3_1", "Q3_2", "Q3_3", "Q3_4"], liked)
# finding what one needed on a website is one step, beside getting what one needed: the effort question;
write("finding-what-one-needed-is-one-step-beside-getting-it-en.csv",
      ["id", "How easy was it to find what you needed on our website? (1-5)", "How easy was it to get what you needed from us today? (1-5)"],
      [[str(i + 1), str(review_rng.randint(1, 5)), str(review_rng.randint(1, 5))] for i in range(N)])
# a column ticked 1 by a few, blank for the others, beside a grid's rows answered by all, is a tick;
write("lone-tick-column-beside-a-grid-stays-an-option.csv", ["ResponseId", "Q5_1", "Q5_2", "Q5_3", "Q5_4"],
      [[f"R_{i}", str(review_rng.randint(1, 5)), str(review_rng.randint(1, 5)), str(review_rng.randint(1, 5)), "1" if review_rng.random() < 0.2 else ""] for i in range(N)])

# Asked how often, something that gets in the respondent's way is a bad thing counted ("How often
# does the app interfere with your work?", "Wie oft beeinträchtigt …", "atrapalha", "utrudnia"):
# reversed, never the best; how often the staff help is a good thing counted, kept as asked.
hindrance_rng = random.Random(15103)
HINDRANCE = {
    "en": (["Overall satisfaction (1-5)", "How often does the app interfere with your work?", "How often do our staff help you find what you need?"], ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "de": (["Gesamtzufriedenheit (1-5)", "Wie oft beeinträchtigt die App Ihre Arbeit?", "Wie oft hilft Ihnen unser Personal, das Gesuchte zu finden?"], ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
    "fr": (["Satisfaction globale (1-5)", "À quelle fréquence l'application perturbe-t-elle votre travail ?", "À quelle fréquence notre personnel vous aide-t-il à trouver ce dont vous avez besoin ?"], ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"]),
    "es": (["Satisfacción general (1-5)", "¿Con qué frecuencia la aplicación interfiere con su trabajo?", "¿Con qué frecuencia nuestro personal le ayuda a encontrar lo que necesita?"], ["Nunca", "Rara vez", "A veces", "A menudo", "Siempre"]),
    "pt": (["Satisfação geral (1-5)", "Com que frequência o aplicativo atrapalha o seu trabalho?", "Com que frequência a nossa equipe ajuda você a encontrar o que precisa?"], ["Nunca", "Raramente", "Às vezes", "Frequentemente", "Sempre"]),
    "pl": (["Ogólne zadowolenie (1-5)", "Jak często aplikacja utrudnia Panu pracę?", "Jak często nasz personel pomaga Panu znaleźć to, czego Pan potrzebuje?"], ["Nigdy", "Rzadko", "Czasami", "Często", "Zawsze"]),
    "lv": (["Kopējā apmierinātība (1-5)", "Cik bieži lietotne apgrūtina jūsu darbu?", "Cik bieži mūsu darbinieki palīdz jums atrast vajadzīgo?"], ["Nekad", "Reti", "Dažreiz", "Bieži", "Vienmēr"]),
}
for language, (headers, often) in HINDRANCE.items():
    rows = []
    for i in range(N):
        overall, hindrance, help_ = with_and_against(hindrance_rng, ["with", "against", "with"])
        rows.append([str(i + 1), str(overall), often[hindrance - 1], often[help_ - 1]])
    write(f"frequency-of-something-getting-in-the-way-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# A question that asks for one of a list or a favourite ("Please select your favourite fruit from
# the following options", "Wählen Sie Ihr Lieblingsobst …", "ulubiony"), its options coded 1..4
# as a numeric export writes them, names a category, not a rating; and a header that asks how
# satisfied after a verb of choosing ("Please select how satisfied you were with the delivery") is
# a rating of the delivery, not an attention check asking for "satisfied". Overall satisfaction beside.
choice_rng = random.Random(15104)
CHOICES = {
    "en": ["Overall satisfaction (1-5)", "Please select your favourite fruit from the following options", "Which fruit is your favorite?", "Please select how satisfied you were with the delivery"],
    "de": ["Gesamtzufriedenheit (1-5)", "Bitte wählen Sie Ihr Lieblingsobst aus den folgenden Optionen", "Welches Obst essen Sie am liebsten?", "Bitte wählen Sie, wie zufrieden Sie mit der Lieferung waren"],
    "fr": ["Satisfaction globale (1-5)", "Choisissez votre fruit préféré parmi les options suivantes", "Quel fruit préférez-vous ?", "Veuillez choisir comment vous avez été satisfait de la livraison"],
    "es": ["Satisfacción general (1-5)", "Seleccione su fruta favorita de las siguientes opciones", "¿Cuál es su fruta favorita?", "Seleccione qué tan satisfecho quedó con la entrega"],
    "pt": ["Satisfação geral (1-5)", "Selecione a sua fruta favorita das seguintes opções", "Qual é a sua fruta favorita?", "Selecione quão satisfeito ficou com a entrega"],
    "pl": ["Ogólne zadowolenie (1-5)", "Wybierz swój ulubiony owoc z poniższych opcji", "Który owoc lubisz najbardziej?", "Wybierz, jak bardzo jesteś zadowolony z dostawy"],
    "lv": ["Kopējā apmierinātība (1-5)", "Izvēlieties savu mīļāko augli no šīm iespējām", "Kurš auglis jums garšo visvairāk?", "Izvēlieties, cik apmierināts bijāt ar piegādi"],
}


def coded_beside_ratings(generator):
    """N rows of an overall rating, two columns of codes 1..4 drawn at random, and a rating near the overall one."""
    rows = []
    for i in range(N):
        good = generator.randint(1, 5)
        rows.append([str(i + 1), str(good), str(generator.randint(1, 4)), str(generator.randint(1, 4)), str(near_point(generator, good))])
    return rows


for language, headers in CHOICES.items():
    write(f"favourite-or-one-of-the-options-is-a-category-{language}.csv", ["id"] + headers, coded_beside_ratings(choice_rng))

# A variable named for a type ("sample_type", "room type", "tipo_muestra", "rodzaj pokoju"), its
# codes 1..4, names a category, not a rating: a weak keyword, taken in a bare name only.
type_rng = random.Random(15105)
TYPES = {
    "en": ["Overall satisfaction (1-5)", "sample_type", "room type", "Staff friendliness (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "stichprobe_typ", "Typ Zimmer", "Freundlichkeit des Personals (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "type_echantillon", "type chambre", "Amabilité du personnel (1-5)"],
    "es": ["Satisfacción general (1-5)", "tipo_muestra", "tipo habitación", "Amabilidad del personal (1-5)"],
    "pt": ["Satisfação geral (1-5)", "tipo_amostra", "tipo quarto", "Simpatia dos funcionários (1-5)"],
    "pl": ["Ogólne zadowolenie (1-5)", "typ_proby", "rodzaj pokoju", "Uprzejmość personelu (1-5)"],
    "lv": ["Kopējā apmierinātība (1-5)", "izlases_tips", "istabas veids", "Personāla laipnība (1-5)"],
}
for language, headers in TYPES.items():
    write(f"variable-named-a-type-is-a-category-{language}.csv", ["id"] + headers, coded_beside_ratings(type_rng))

# An attention check worded with "as" ("marque como respuesta 3", "marque como resposta
# 'Concordo'"): Spanish and Portuguese "como" is "as" there, no question (Spanish "cómo", how,
# folds to it): it stays an attention check, beside a question asked after its verb of choosing.
as_rng = random.Random(15106)
AS_CHECKS = {
    "es": (["Satisfacción general (1-5)", "Para comprobar su atención, marque como respuesta 3 (1-5)", "Seleccione qué tan satisfecho quedó con la entrega"], "3"),
    "pt": (["Satisfação geral (1-5)", "Por favor, marque como resposta 'Concordo'", "Selecione quão satisfeito ficou com a entrega"], "Concordo"),
}
for language, (headers, expected) in AS_CHECKS.items():
    rows = []
    for i in range(N):
        good = as_rng.randint(1, 5)
        rows.append([str(i + 1), str(good), expected if i % 10 else "2", str(near_point(as_rng, good))])
    write(f"attention-check-worded-with-as-stays-one-{language}.csv", ["id"] + headers, rows)

# The customer's concerns dealt with ("My concerns were dealt with in an efficient manner", the PSPP
# hotel survey; "My concern was resolved quickly") are complaints handled: the complaints dimension.
# Concerns listened to, or of another kind, are none of it: "The doctor listened carefully to my
# concerns" is the care (service), "Environmental concerns were considered" nothing it rates.
concerns_rng = random.Random(6217)
CONCERNS = ["I am satisfied with the level of service (1-5)", "My concerns were dealt with in an efficient manner (1-5)", "My concern was resolved quickly (1-5)",
            "The staff were friendly (1-5)", "The doctor listened carefully to my concerns (1-5)", "Environmental concerns were considered in the product design (1-5)"]
write("concerns-dealt-with-are-complaints-en.csv", ["id"] + CONCERNS,
      numbered_ratings(concerns_rng, CONCERNS))

# A statement that something took long ("Demorou muito para eu conseguir falar com um atendente",
# a cold trial's Google Forms export; "It took a long time to reach an agent") says a bad thing
# happened: reversed, as "too long" is. The answers run against the staff's helpfulness beside it.
long_rng = random.Random(15105)
TOOK_LONG = {
    "en": ["Overall satisfaction (1-5)", "The staff were helpful (1-5)", "It took a long time to reach an agent (1-5)"],
    "de": ["Gesamtzufriedenheit (1-5)", "Die Mitarbeiter waren hilfsbereit (1-5)", "Es hat lange gedauert, einen Mitarbeiter zu erreichen (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "Le personnel était serviable (1-5)", "Il a fallu beaucoup de temps pour joindre un conseiller (1-5)"],
    "es": ["Satisfacción general (1-5)", "El personal fue amable (1-5)", "Tardaron mucho en ponerme con un agente (1-5)"],
    "pt": ["Satisfação geral (1-5)", "Os atendentes foram prestativos (1-5)", "Demorou muito para eu conseguir falar com um atendente (1-5)"],
    "pl": ["Ogólne zadowolenie (1-5)", "Pracownicy byli pomocni (1-5)", "Długo trwało, zanim udało mi się porozmawiać z konsultantem (1-5)"],
    "lv": ["Kopējā apmierinātība (1-5)", "Darbinieki bija izpalīdzīgi (1-5)", "Bija ilgi jāgaida, lai sazinātos ar darbinieku (1-5)"],
}
for language, headers in TOOK_LONG.items():
    rows = []
    for i in range(N):
        rows.append([str(i + 1)] + [str(point) for point in with_and_against(long_rng, ["with", "with", "against"])])
    write(f"took-a-long-time-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# Qualtrics' seven-point scales: Extremely, Moderately, Slightly on each side of Neither. The
# "moderately" step below each end is a point of the satisfaction, ease, likelihood and agreement
# sets, so the export of its labels has a CSAT, a CES and items, on 1-7.
seven_rng = random.Random(7207)
SEVEN = {
    "Overall, how satisfied are you with your purchase?": ["Extremely dissatisfied", "Moderately dissatisfied", "Slightly dissatisfied", "Neither satisfied nor dissatisfied", "Slightly satisfied", "Moderately satisfied", "Extremely satisfied"],
    "How easy was it to find what you were looking for?": ["Extremely difficult", "Moderately difficult", "Slightly difficult", "Neither easy nor difficult", "Slightly easy", "Moderately easy", "Extremely easy"],
    "How likely are you to buy from us again?": ["Extremely unlikely", "Moderately unlikely", "Slightly unlikely", "Neither likely nor unlikely", "Slightly likely", "Moderately likely", "Extremely likely"],
    "The delivery was on time": ["Strongly disagree", "Moderately disagree", "Slightly disagree", "Neither agree nor disagree", "Slightly agree", "Moderately agree", "Strongly agree"],
}
seven_rows = []
for i in range(N):
    good = seven_rng.randint(1, 7)
    seven_rows.append([f"R_{i + 1:04d}"] + [labels[min(7, max(1, good + seven_rng.choice([-1, 0, 0, 1]))) - 1] for labels in SEVEN.values()])
write("qualtrics-seven-point-scales-of-moderately-labels-en.csv", ["ResponseId"] + list(SEVEN), seven_rows)

# "Did anything go wrong with your order?": a yes/no question of a problem, yes the worst answer, in
# each lexicon language, beside the overall rating (a cold trial's Google Forms export read it as a segment).
wrong_rng = random.Random(7208)
WENT_WRONG = {
    "en": (["Overall, how satisfied are you with us? (1-5)", "Did anything go wrong with your order?", "How satisfied are you with the delivery? (1-5)"], ("Yes", "No")),
    "fr": (["Dans l'ensemble, êtes-vous satisfait de nous ? (1-5)", "Quelque chose s'est-il mal passé avec votre commande ?", "Êtes-vous satisfait de la livraison ? (1-5)"], ("Oui", "Non")),
    "de": (["Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Ist bei Ihrer Bestellung etwas schiefgelaufen?", "Wie zufrieden sind Sie mit der Lieferung? (1-5)"], ("Ja", "Nein")),
    "es": (["En general, ¿qué tan satisfecho está con nosotros? (1-5)", "¿Algo salió mal con su pedido?", "¿Qué tan satisfecho está con la entrega? (1-5)"], ("Sí", "No")),
    "pt": (["No geral, qual é a sua satisfação connosco? (1-5)", "Algo correu mal com a sua encomenda?", "Qual é a sua satisfação com a entrega? (1-5)"], ("Sim", "Não")),
    "pl": (["Ogólnie, jak bardzo jest Pan/Pani zadowolony z naszych usług? (1-5)", "Czy coś poszło nie tak z zamówieniem?", "Jak bardzo jest Pan/Pani zadowolony z dostawy? (1-5)"], ("Tak", "Nie")),
    "lv": (["Kopumā, cik apmierināts esat ar mums? (1-5)", "Vai ar jūsu pasūtījumu kaut kas nogāja greizi?", "Cik apmierināts esat ar piegādi? (1-5)"], ("Jā", "Nē")),
}
for language, (headers, (yes, no)) in WENT_WRONG.items():
    rows = []
    for i in range(N):
        good = wrong_rng.randint(1, 5)
        rows.append([str(i + 1), str(good), yes if good <= 2 and wrong_rng.random() < 0.7 else no, str(near_point(wrong_rng, good))])
    write(f"anything-gone-wrong-is-a-problem-question-{language}.csv", ["id"] + headers, rows)

# "I feel confident that my payment details are safe": a customer's details kept safe is trust, as
# their data kept safe is (a cold trial's Microsoft Forms export had no trust dimension for it).
safe_rng = random.Random(7209)
SAFE = ["Overall, how satisfied are you with our shop? (1-5)", "I feel confident that my payment details are safe (1-5)", "I trust this shop (1-5)", "The prices are fair (1-5)"]
write("payment-details-kept-safe-is-trust-en.csv", ["id"] + SAFE,
      [[str(i + 1)] + [str(point) for point in with_and_against(safe_rng, ["with"] * len(SAFE))] for i in range(N)])

# A KoboToolbox field under a group named for effort (`group_effort/ease_of_ordering`) asks how easy,
# as its field name says: higher is easier. The group's word says what the group holds, and speaks of
# the direction only where the field name says nothing of it.
kobo_effort_rng = random.Random(7210)
write("kobo-field-name-says-which-end-is-easy-under-an-effort-group.csv",
      ["start", "group_overall/overall_satisfaction", "group_effort/ease_of_ordering", "_uuid", "_submission_time"],
      [[f"2026-05-{1 + i % 28:02d}T08:00:00"] + [str(kobo_effort_rng.randint(1, 5)) for _ in range(2)] + [f"uuid-{i:04d}", f"2026-05-{1 + i % 28:02d}T08:06:00"] for i in range(N)], delimiter=";")

# A survey of employees with a comment box: its comments speak of workload, managers, pay and the
# service desk, which are no customer's delivery, pricing, complaints, trust or service. They are
# read for needs and praise alone (a cold trial found "complaints" in a fifth of the comments of a
# mental-health survey of tech workers).
staff_comment_rng = random.Random(7211)
STAFF_COMMENTS = ["My manager never listens and the workload is an issue every week.", "The IT service desk is slow to fix my laptop.", "Salary is too low for the price of rent here.",
                  "Please add more training on the new tools.", "Great team, I love working here.", "I do not trust the leadership after the last reorganisation.",
                  "Delivery deadlines are unrealistic and we work late.", "It would be nice to have flexible hours.", "Nothing to add.", ""]
write("employee-survey-comments-are-read-for-needs-and-praise-alone-en.csv",
      ["Department", "Overall, how satisfied are you with working here? (1-5)", "My manager treats me with respect (1-5)", "How likely are you to recommend this company as a place to work? (0-10)", "Any other comments about working here?"],
      [[staff_comment_rng.choice(["Sales", "Operations", "Finance"]), str(staff_comment_rng.randint(1, 5)), str(staff_comment_rng.randint(1, 5)), str(staff_comment_rng.randint(0, 10)),
        STAFF_COMMENTS[i % len(STAFF_COMMENTS)]] for i in range(N)])

# A query the support team resolved is service, not a complaint put right: a customer asks a
# question of the support team as of the staff ("The support team resolved my query quickly", a cold
# trial's Microsoft Forms export read it as complaints, and the report had no service). A complaint
# resolved stays one.
query_rng = random.Random(7212)
QUERIES = ["Overall, how satisfied are you with us? (1-5)", "The support team resolved my query quickly (1-5)", "Our agent answered my enquiry in full (1-5)", "Did you have a problem with your order?", "My complaint was resolved quickly (1-5)"]
query_rows = []
for i in range(N):
    good = query_rng.randint(1, 5)
    query_rows.append([str(i + 1), str(good), str(near_point(query_rng, good)), str(near_point(query_rng, good)), "Yes" if good <= 2 else "No", str(near_point(query_rng, good)) if good <= 2 else ""])
write("support-team-resolving-a-query-is-service-en.csv", ["id"] + QUERIES, query_rows)

# "How well was your problem resolved?" answered Very poorly … Very well (a LimeSurvey list a cold
# trial built): a scale of how well it was done, the complaints' handling, asked of those who had a
# problem. SurveyMonkey's "Not at all well … Extremely well" stays the intensity scale it is.
well_rng = random.Random(7213)
WELL = ["Very poorly", "Poorly", "Neither well nor poorly", "Well", "Very well"]
well_rows = []
for i in range(N):
    good = well_rng.randint(1, 5)
    problem = good <= 3 and well_rng.random() < 0.8
    well_rows.append([str(i + 1), str(good), "Yes" if problem else "No", WELL[near_point(well_rng, good) - 1] if problem else ""])
write("how-well-resolved-on-a-poorly-well-scale-is-handling-en.csv", ["id", "Overall, how satisfied are you with us? (1-5)", "Did you have a problem with your order?", "How well was your problem resolved?"], well_rows)

# Five labels of a seven-point set, one end without its "very" (OSMI's 2017 Typeform export: "Very
# easy, Somewhat easy, Neither easy nor difficult, Somewhat difficult, Difficult"): no one chooses the
# set's "Easy" between two points many choose, so the five seen are the scale, "Difficult" its bottom
# (it was 2 of 7). Beside it, a 5-point scale whose "Dissatisfied" no one chose keeps its five points,
# and a 7-point scale of agreement answered on all seven keeps its seven.
seen_rng = random.Random(7214)
SEEN = {
    "en": (["How easy or difficult was it to place your order?", "Overall, how satisfied are you with us?", "The delivery was on time"],
           ["Difficult", "Somewhat difficult", "Neither easy nor difficult", "Somewhat easy", "Very easy"],
           ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"],
           ["Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"]),
    "es": (["¿Qué tan fácil o difícil fue hacer su pedido?", "En general, ¿qué tan satisfecho está con nosotros?", "La entrega llegó a tiempo"],
           ["Difícil", "Algo difícil", "Ni fácil ni difícil", "Algo fácil", "Muy fácil"],
           ["Muy insatisfecho", "Insatisfecho", "Ni satisfecho ni insatisfecho", "Satisfecho", "Muy satisfecho"],
           ["Totalmente en desacuerdo", "En desacuerdo", "Algo en desacuerdo", "Ni de acuerdo ni en desacuerdo", "Algo de acuerdo", "De acuerdo", "Totalmente de acuerdo"]),
}
for language, (headers, ease, satisfied, agree) in SEEN.items():
    rows = []
    for i in range(120):
        good = seen_rng.randint(1, 5)
        # "Dissatisfied" (2) never chosen: its answers move to the bottom.
        satisfaction = near_point(seen_rng, good)
        rows.append([str(i + 1), ease[near_point(seen_rng, good) - 1], satisfied[0 if satisfaction == 2 else satisfaction - 1], agree[min(6, max(0, good + seen_rng.choice([-1, 0, 1]) ))]])
    write(f"five-labels-of-a-seven-point-set-one-end-without-very-{language}.csv", ["id"] + headers, rows)

# "Note" before what it grades, in a survey read as German ("Note Lieferung/Abholung", "Note
# Preis-Leistung": headers of three words, no bare names) names German school grades, 1 the best,
# as "Note Beratung" does; "Gesamtnote (1 = sehr gut, 6 = ungenügend)" is the overall grade, the
# CSAT: the ends in brackets are no words of the question, as "(1-5)" is none. The same headers
# in French ("Note livraison") are ratings, the higher the better.
note_lead_rng = random.Random(7215)
NOTE_LEAD = {
    "de": (["Lfd. Nr.", "Filiale", "Altersgruppe", "Gesamtnote (1 = sehr gut, 6 = ungenügend)", "Note Lieferung/Abholung", "Note Preis-Leistung", "Note Beratung", "Hatten Sie im letzten Jahr eine Reklamation?", "Bemerkungen"],
           ["München", "Köln", "Hamburg"], ["unter 30 Jahre", "30 bis 49 Jahre", "50 Jahre und älter"], ("Ja", "Nein"),
           ["Die Lieferung kam pünktlich und die Beratung war freundlich.", "Der Preis ist leider zu hoch für die Qualität.", "Alles bestens, gerne wieder.", "Die Abholung hat viel zu lange gedauert.", ""]),
    "fr": (["N°", "Magasin", "Tranche d'âge", "Note globale (1 = très mauvais, 5 = excellent)", "Note livraison/retrait", "Note qualité-prix", "Note conseil", "Avez-vous fait une réclamation l'année dernière ?", "Remarques"],
           ["Lyon", "Lille", "Nantes"], ["moins de 30 ans", "de 30 à 49 ans", "50 ans et plus"], ("Oui", "Non"),
           ["La livraison est arrivée à l'heure et le conseil était aimable.", "Le prix est trop élevé pour la qualité.", "Tout était parfait, merci.", "Le retrait a pris beaucoup trop de temps.", ""]),
}
for language, (headers, shops, ages, (yes, no), remarks) in NOTE_LEAD.items():
    rows = []
    for i in range(120):
        # A German grade: 1 the best; a French note: 5 the best. Each respondent's answers lean one way.
        good = note_lead_rng.randint(1, 5)
        point = lambda: near_point(note_lead_rng, good)
        grade = lambda: 6 - point() if language == "de" else point()
        rows.append([str(i + 1), shops[i % 3], ages[i % 3 if i % 2 else (i + 1) % 3], str(grade()), str(grade()), str(grade()), str(grade()), yes if good <= 2 else no, remarks[i % len(remarks)]])
    write(f"note-before-what-it-grades-{language}.csv", headers, rows, delimiter=";")

# A stray past points no one chose does not widen the scale either: one 10 among some 240 answers
# 1-5 (6 to 9 never chosen) is out of scale, not the top of a 1-10 scale whose 6 to 9 no one chose
# (a cold trial's weekly export read CSAT 0.1 % top-2 of 1-10 where it was 57.2 % of 1-5); so are
# an 8 beside 1..5 and a 9 and a 10 beside 1..7. A 1-10 scale answered on all its points keeps its
# reading, as does a 1..3 whose 9, past a gap, is held by some 7 % of the answers.
gap_rng = random.Random(7216)


def gap_weighted(values, weights):
    return str(gap_rng.choices(values, weights)[0])


write("stray-past-points-no-one-chose-does-not-widen-the-scale.csv",
      ["id", "Overall, how satisfied are you with your order?", "How satisfied are you with the speed of delivery?", "I trust this company", "How would you rate our app?", "Was the courier on time?"],
      [[str(i), "10" if i == 57 else gap_weighted([1, 2, 3, 4, 5], [1, 2, 4, 6, 5]), "8" if i == 201 else gap_weighted([1, 2, 3, 4, 5], [2, 3, 4, 5, 4]),
        "9" if i == 12 else "10" if i == 150 else gap_weighted([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 5, 3]), gap_weighted(list(range(1, 11)), [1, 1, 2, 2, 3, 3, 4, 4, 3, 2]),
        gap_weighted([1, 2, 3, 9], [5, 3, 5, 1])] for i in range(STRAY_ROWS)])

# A recommend question whose top alone carries its label ("10 - Extremely likely" atop bare 1..9,
# no one answering 0; a cold trial's German Qualtrics export): the 0-10 recommend scale, as bare
# 1..10 are read, not a 1-10 item. One whose 1 carries words ("1 - Not at all likely") is a 1-10
# scale and stays an item.
top_label_rng = random.Random(7217)
TOP_LABEL = {
    "en": ("How likely are you to recommend us to a friend or colleague?", "10 - Extremely likely", "How likely are you to order again?", "1 - Not at all likely"),
    "de": ("Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?", "10 - Äußerst wahrscheinlich", "Wie wahrscheinlich ist es, dass Sie wieder bei uns bestellen?", "1 - Äußerst unwahrscheinlich"),
}
for language, (recommend, top, again, bottom) in TOP_LABEL.items():
    rows = []
    for i in range(120):
        score = top_label_rng.choice([1, 2, 3, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10])
        again_score = top_label_rng.randint(1, 10)
        rows.append([str(i + 1), top if score == 10 else str(score), str(top_label_rng.randint(1, 5)), bottom if again_score == 1 else str(again_score)])
    headers = ["id", recommend, "Overall satisfaction (1-5)" if language == "en" else "Gesamtzufriedenheit (1-5)", again]
    write(f"recommend-labelled-at-its-top-alone-none-answering-0-{language}.csv", headers, rows)

# A delivery that took too long, in the words a cold trial's French and Spanish exports used ("a pris
# trop de temps", "tardó demasiado"): worded against its scale and reversed, beside a delivery that
# was fast kept as asked, as "took too long" is in English.
too_long_rng = random.Random(7218)
TOO_LONG = {
    "en": ["Overall satisfaction (1-5)", "The delivery was fast (1-5)", "The delivery took too long (1-5)"],
    "fr": ["Satisfaction globale (1-5)", "La livraison a été rapide (1-5)", "La livraison a pris trop de temps (1-5)"],
    "es": ["Satisfacción general (1-5)", "La entrega fue rápida (1-5)", "La entrega tardó demasiado (1-5)"],
}
for language, headers in TOO_LONG.items():
    rows = [[str(i + 1)] + [str(point) for point in with_and_against(too_long_rng, ["with", "with", "against"])] for i in range(N)]
    write(f"delivery-took-too-long-is-reversed-{language}.csv", ["id"] + headers, rows, delimiter=";")

# A title above the header and a row of averages below the data of a short sheet (a cold trial's
# German branch survey): the rows read while the header is looked for run to the end of the file,
# the "Mittelwert" row among them, and its own label made its column one of words, so it passed for
# a respondent. It is a summaryRow, as it is below a header with no title above it.
title_summary_rng = random.Random(7219)
with open(OUT / "title-above-the-header-and-averages-below-the-data-de.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["Kundenbefragung Filialen 2026 – Auswertung Q1", "", "", ""])
    w.writerow(["", "", "", ""])
    w.writerow(["Lfd. Nr.", "Filiale", "Gesamtzufriedenheit (1-5)", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)"])
    for i in range(N):
        w.writerow([str(1000 + i), title_summary_rng.choice(["München", "Köln"]), str(title_summary_rng.randint(1, 5)), str(title_summary_rng.randint(0, 10))])
    w.writerow(["", "", "", ""])
    w.writerow(["Mittelwert", "", "3,05", "6,82"])

# One rating of numbers answered 1..4 alone, in a survey whose other ratings are numbers on 1-5
# with every point chosen (a cold trial's Typeform export: "How well was your problem handled?",
# asked of the unhappy few, no one choosing 5): read on the survey's 1-5, said in the notes. Where
# two columns answer 1..4 the survey asks on both scales, and each keeps its own.
short_rng = random.Random(7220)
for name, shorts in [("one-rating-answered-short-of-the-surveys-1-to-5-scale-en.csv", ["How well was your problem handled?"]),
                     ("two-ratings-on-1-to-4-beside-1-to-5-keep-their-scale-en.csv", ["How well was your problem handled?", "How clear was our reply?"])]:
    rows = []
    for i in range(120):
        good = short_rng.randint(1, 5)
        problem = good <= 3 and short_rng.random() < 0.7
        rows.append([str(i + 1), str(good), str(near_point(short_rng, good)), str(near_point(short_rng, good))]
                    + [str(min(4, near_point(short_rng, good))) if problem else "" for _ in shorts])
    write(name, ["id", "Overall, how satisfied are you with us?", "How satisfied are you with the speed of delivery?", "How satisfied are you with our prices?"] + shorts, rows)

# A numeric export whose codes are numbered best first (1 = Very satisfied, as Qualtrics numbers
# the choices in the order the form lists them): its overall rating runs against the recommend
# question's 0-10, so the survey's codes run best first, and it and the ratings that run against
# the recommend question too are read the other way round (a cold trial's German Qualtrics export).
# Beside it, the same survey coded worst first keeps every reading, and an item that alone runs
# against the recommend question (a trade-off, the overall rating running with it) is left as asked.
# A statement of a bad thing ("The delivery took too long") is turned by its wording where the codes
# run worst first, and not where they run best first (its codes are then the better the higher).
best_first_rng = random.Random(7221)
BEST_FIRST_HEADERS = ["ResponseId", "Overall, how satisfied are you with your order?", "How satisfied are you with the speed of delivery?", "How satisfied are you with the price?", "How likely are you to recommend us to a friend or colleague?", "The delivery took too long"]
for name, best_first, trade_off in [("numeric-codes-numbered-best-first-against-the-recommend-question-en.csv", True, False),
                                    ("numeric-codes-numbered-worst-first-with-a-trade-off-item-en.csv", False, True)]:
    rows = []
    for i in range(150):
        good = best_first_rng.randint(1, 5)
        point = lambda: near_point(best_first_rng, good)
        code = (lambda p: 6 - p) if best_first else (lambda p: p)
        recommend = min(10, max(0, 2 * good + best_first_rng.choice([-2, -1, 0, 0, 1])))
        # Agreeing that the delivery took too long, 1 = Strongly agree where the codes run best first:
        # as coded it runs with the recommend question there, and its wording turns it no more.
        too_long = point() if best_first else 6 - point()
        rows.append([f"R_{i + 1:05d}", str(code(point())), str(code(point())), str(6 - point() if trade_off else code(point())), str(recommend), str(too_long)])
    write(name, BEST_FIRST_HEADERS, rows)

# "How often did you order from us in the last 12 months?" answered in numbers (1..9, within a
# rating's reach) counts orders, a quantity, as "how many times" does (a cold trial's exports in
# seven languages read it as a 1-10 rating). Answered on a frequency scale's labels, a question of
# how often within a time frame stays the rating it is.
how_often_rng = random.Random(7222)
HOW_OFTEN = {
    "en": ("Overall, how satisfied are you with our shop? (1-5)", "How often did you order from us in the last 12 months?", "How often was your order delivered on time in the last 12 months?", ["Never", "Rarely", "Sometimes", "Often", "Always"]),
    "de": ("Wie zufrieden sind Sie insgesamt mit unserem Shop? (1-5)", "Wie oft haben Sie in den letzten 12 Monaten bei uns bestellt?", "Wie oft wurde Ihre Bestellung in den letzten 12 Monaten pünktlich geliefert?", ["Nie", "Selten", "Manchmal", "Oft", "Immer"]),
    "fr": ("Dans l'ensemble, êtes-vous satisfait de notre boutique ? (1-5)", "À quelle fréquence avez-vous commandé chez nous au cours des 12 derniers mois ?", "À quelle fréquence votre commande a-t-elle été livrée à temps au cours des 12 derniers mois ?", ["Jamais", "Rarement", "Parfois", "Souvent", "Toujours"]),
    "es": ("En general, ¿qué tan satisfecho está con nuestra tienda? (1-5)", "¿Con qué frecuencia nos ha comprado en los últimos 12 meses?", "¿Con qué frecuencia llegó su pedido a tiempo en los últimos 12 meses?", ["Nunca", "Raramente", "A veces", "A menudo", "Siempre"]),
    "pt": ("No geral, qual é a sua satisfação com a nossa loja? (1-5)", "Com que frequência comprou connosco nos últimos 12 meses?", "Com que frequência a sua encomenda chegou a tempo nos últimos 12 meses?", ["Nunca", "Raramente", "Às vezes", "Frequentemente", "Sempre"]),
    "pl": ("Ogólnie, jak bardzo jest Pan/Pani zadowolony/a z naszego sklepu? (1-5)", "Jak często robił/a Pan/Pani u nas zakupy w ciągu ostatnich 12 miesięcy?", "Jak często zamówienie docierało na czas w ciągu ostatnich 12 miesięcy?", ["Nigdy", "Rzadko", "Czasami", "Często", "Zawsze"]),
    "lv": ("Cik kopumā esat apmierināts ar mūsu veikalu? (1-5)", "Cik bieži pēdējo 12 mēnešu laikā esat pasūtījis mūsu veikalā?", "Cik bieži pēdējo 12 mēnešu laikā pasūtījums tika piegādāts laikā?", ["Nekad", "Reti", "Dažreiz", "Bieži", "Vienmēr"]),
}
for language, (overall, ordered, on_time, frequency) in HOW_OFTEN.items():
    rows = [[str(i + 1), str(how_often_rng.randint(1, 5)), str(how_often_rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 8, 9])), frequency[how_often_rng.randint(0, 4)]] for i in range(N)]
    write(f"how-often-in-a-time-frame-answered-in-numbers-is-a-count-{language}.csv", ["id", overall, ordered, on_time], rows, delimiter=";")

# An export filtered to one sector, "Media", a summary word, in every row (a cold review): its rows
# are respondents, not rows of averages, however many of the rows sampled read so.
one_sector_rng = random.Random(7223)
write("summary-word-as-every-answer-of-a-segment-es.csv",
      ["Sector", "Satisfacción general (1-5)", "¿Qué probabilidad hay de que nos recomiende? (0-10)"],
      [["Media", str(one_sector_rng.randint(1, 5)), str(one_sector_rng.randint(0, 10))] for _ in range(N)], delimiter=";")

# "Note" beside a scale its header states rising to 5 ("(1-5, 5 = sehr gut)", "(5 = sehr gut)", "(5
# Sterne = sehr gut)", its low end named first too): a 1-5 scale whose 5 is the best, no school
# grades (two cold reviews).
note_rising_rng = random.Random(7224)
write("note-beside-a-scale-rising-to-5-is-no-grade-de.csv",
      ["Lfd. Nr.", "Filiale", "Altersgruppe", "Note Lieferzeit und Zustellung (1-5, 5 = sehr gut)", "Note Preis (5 = sehr gut)", "Note Freundlichkeit des Personals (5 Sterne = sehr gut)", "Welche Note geben Sie der Beratung? (1 Stern = sehr schlecht, 5 Sterne = sehr gut)"],
      [[str(i + 1), note_rising_rng.choice(["München", "Köln", "Hamburg"]), note_rising_rng.choice(["unter 30 Jahre", "30 bis 49 Jahre", "50 Jahre und älter"])] + [str(near_point(note_rising_rng, 4)) for _ in range(4)] for i in range(N)],
      delimiter=";")

# Two questions asked on the same five labels of the seven-point ease set: one shows the five are the
# scale (no one chose "Easy" between two points many chose), the other, answered by few, cannot, and
# is read on the five the first shows (a cold review saw "Difficult" score 0 in one, 16.7 in the
# other). It writes its middle "Neutral", a spelling of the same point.
two_ease_rng = random.Random(7225)
EASE_FIVE = ["Difficult", "Somewhat difficult", "Neither easy nor difficult", "Somewhat easy", "Very easy"]
two_ease_rows = []
for i in range(120):
    good = two_ease_rng.randint(1, 5)
    second = "" if i % 4 else (EASE_FIVE[near_point(two_ease_rng, good) - 1].replace("Neither easy nor difficult", "Neutral"))
    two_ease_rows.append([str(i + 1), str(good), EASE_FIVE[near_point(two_ease_rng, good) - 1], second])
write("two-questions-on-five-labels-of-a-seven-point-set-en.csv", ["id", "Overall, how satisfied are you with us? (1-5)", "How easy was it to find what you were looking for?", "How easy was it to get a refund?"], two_ease_rows)

# A Qualtrics export whose question row states each scale's ends best first ("(1 = Very satisfied,
# 5 = Very dissatisfied)") under names that are codes (Q1, Q2_1): the ends in the question count as
# a header's own (a cold trial of agency files), so the overall rating and the items are read from
# the top down, and the key drivers are those of the overall rating as scored.
ends_rng = random.Random(7226)
ENDS_BEST_FIRST = "(1 = Very satisfied, 5 = Very dissatisfied)"
ends_rows = [["Start Date", "Response ID", f"Overall, how satisfied are you with us? {ENDS_BEST_FIRST}", f"How satisfied are you with the speed of delivery? {ENDS_BEST_FIRST}", f"How satisfied are you with the delivery time? {ENDS_BEST_FIRST}", f"How satisfied are you with our prices? {ENDS_BEST_FIRST}", f"How satisfied are you with the value for money? {ENDS_BEST_FIRST}"],
             ['{"ImportId":"startDate","timeZone":"Europe/London"}', '{"ImportId":"_recordId"}'] + [f'{{"ImportId":"QID{q}"}}' for q in range(1, 6)]]
for i in range(150):
    delivery, price = ends_rng.randint(1, 5), ends_rng.randint(1, 5)
    overall = min(5, max(1, round((delivery + price) / 2 + ends_rng.choice([-1, 0, 0, 1]) * 0.5)))
    # Coded best first: 1 is "Very satisfied".
    ends_rows.append([f"2026-03-{1 + i % 28:02d} 10:00:00", f"R_{i + 1:05d}"] + [str(6 - p) for p in (overall, near_point(ends_rng, delivery), near_point(ends_rng, delivery), near_point(ends_rng, price), near_point(ends_rng, price))])
write("question-row-states-its-ends-best-first-qualtrics.csv", ["StartDate", "ResponseId", "Q1", "Q2_1", "Q2_2", "Q2_3", "Q2_4"], ends_rows)

# "How easy or difficult was it to get your problem sorted out?" (or fixed, put right) answered on
# the ease set is the effort question of getting an issue resolved, as "… to get your issue
# resolved?" is, not an item of complaints for its "problem" (a cold trial's SPSS file). A
# complaint named ("… to get your complaint resolved?") stays how it was handled, as before.
sorted_rng = random.Random(7227)
EASE = ["Very difficult", "Fairly difficult", "Neither easy nor difficult", "Fairly easy", "Very easy"]
write("how-easy-to-get-a-problem-sorted-out-is-the-effort-question-en.csv",
      ["id", "Overall, how satisfied are you with us? (1-5)", "How easy or difficult was it to get your problem sorted out?"],
      [[str(i + 1), str(sorted_rng.randint(1, 5)), EASE[sorted_rng.randint(0, 4)]] for i in range(N)])
write("how-easy-to-get-an-issue-put-right-is-the-effort-question-en.csv",
      ["id", "Overall, how satisfied are you with us? (1-5)", "How easy was it to get your issue put right?"],
      [[str(i + 1), str(sorted_rng.randint(1, 5)), EASE[sorted_rng.randint(0, 4)]] for i in range(N)])

# A short header that names a kind of thing ("Delivery method", "Problem category", "Versandart",
# "Type de problème"), answered in numbers, holds the codes of its categories, whatever dimension
# the words before its head name (a cold trial: delivery methods scored as a delivery rating, into
# the index and the drivers); a question that rates the same thing ("How satisfied are you with the
# delivery method? (1-5)") is an item of its dimension.
kind_rng = random.Random(7228)
KINDS = {
    "en": ["Delivery method", "Problem category", "Support channel", "Overall satisfaction (1-5)", "How satisfied are you with the delivery method? (1-5)"],
    "de": ["Versandart", "Problemkategorie", "Zahlungsart", "Gesamtzufriedenheit (1-5)", "Wie zufrieden sind Sie mit der Versandart? (1-5)"],
    "fr": ["Mode de livraison", "Type de problème", "Canal du service client", "Satisfaction globale (1-5)", "Êtes-vous satisfait du mode de livraison ? (1-5)"],
    "es": ["Método de envío", "Tipo de problema", "Canal de atención al cliente", "Satisfacción general (1-5)", "¿Qué tan satisfecho está con el método de envío? (1-5)"],
    "pt": ["Método de entrega", "Tipo de problema", "Canal de atendimento", "Satisfação geral (1-5)", "Qual a sua satisfação com o método de entrega? (1-5)"],
    "pl": ["Sposób dostawy", "Rodzaj problemu", "Kanał obsługi klienta", "Ogólne zadowolenie (1-5)", "Jak bardzo jest Pan/Pani zadowolony/a ze sposobu dostawy? (1-5)"],
}
for language, headers in KINDS.items():
    rows = []
    for i in range(N):
        good = kind_rng.randint(1, 5)
        rows.append([str(i + 1), str(kind_rng.randint(1, 3)), str(kind_rng.randint(1, 5)), str(kind_rng.randint(1, 3)), str(good), str(near_point(kind_rng, good))])
    write(f"kind-of-thing-answered-in-codes-is-a-segment-{language}.csv", ["id"] + headers, rows, delimiter=";" if language != "en" else ",")

# "How satisfied are you with our support?" and "… the support you received?" beside the overall
# question rate the support: items of service, not of no dimension (a cold trial).
support_rng = random.Random(7229)
write("satisfaction-with-our-support-is-service-en.csv",
      ["id", "Overall, how satisfied are you with us? (1-5)", "How satisfied are you with our support? (1-5)", "How satisfied are you with the support you received? (1-5)"],
      [[str(i + 1)] + [str(near_point(support_rng, g)) for _ in range(3)] for i, g in enumerate(support_rng.randint(1, 5) for _ in range(N))])

# A column of links to the respondent's review page, each with its token ("Trustpilot link"), is
# links, not comments: ignored, whatever words the addresses hold ("trust" in trustpilot), beside a
# comment column whose comments hold an address now and then (a cold trial's Excel exports).
links_rng = random.Random(7230)
LINK_COMMENTS = ["Fast delivery, thank you", "The parcel arrived late", "Great service, see my review at https://www.trustpilot.com/review/acme.example", "", "", "Friendly staff on the phone"]
write("review-links-are-no-comments-en.csv",
      ["id", "Overall, how satisfied are you with us? (1-5)", "Trustpilot link", "Any other comments?"],
      [[str(i + 1), str(links_rng.randint(1, 5)), f"https://www.trustpilot.com/evaluate/acme.example?token={links_rng.randint(10**9, 10**10 - 1)}" if i % 3 else "", links_rng.choice(LINK_COMMENTS)] for i in range(N)])

# A question that states its scale, (0-10), asks for a rating on it, whatever segment word it holds
# ("abonnement", a kind of contract, is one): "Quelle est la probabilité que vous renouveliez votre
# abonnement ? (0-10)" is an item, no codes of categories (a cold trial's French Google Forms export).
stated_rng = random.Random(7231)
write("stated-scale-beside-a-segment-word-is-a-rating-fr.csv",
      ["Horodateur", "Satisfaction globale (1-5)", "Quelle est la probabilité que vous renouveliez votre abonnement ? (0-10)"],
      [[f"2026/03/{1 + i % 28:02d} 10:00:00", str(stated_rng.randint(1, 5)), str(stated_rng.randint(0, 10))] for i in range(N)])

# A text box, answered in a few words that repeat ("Fewer meetings", "Faster shipping"), is a comment
# where the platform says it is one: Qualtrics' ImportId `QID7_TEXT` (a text entry question),
# SurveyMonkey's "Open-Ended Response" under the question. A number typed in such a box ("How many
# hours …?") is read by its header, a quantity. Before, such answers were a segment of 14 values,
# or a column of unknown role that the report never named (a cold trial).
box_rng = random.Random(7232)
SHORT_WISHES = ["Faster shipping", "Lower prices", "More colours", "Better packaging", "Nothing", "Faster replies", "Free returns", "More sizes", "Clearer tracking", "A loyalty scheme", "Cheaper delivery", "Longer opening hours", "Live chat", "An app"]
write("text-entry-question-of-short-answers-qualtrics.csv",
      ["StartDate", "ResponseId", "Q1", "Q2"],
      [["Start Date", "Response ID", "Overall, how satisfied are you with us? (1-5)", "What one thing would make our shop better?"],
       ['{"ImportId":"startDate","timeZone":"Europe/London"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_TEXT"}']]
      + [[f"2026-03-{1 + i % 28:02d} 10:00:00", f"R_{i + 1:05d}", str(box_rng.randint(1, 5)), box_rng.choice(SHORT_WISHES)] for i in range(N)])
write("open-ended-response-of-short-answers-surveymonkey.csv",
      ["Respondent ID", "Collector ID", "Start Date", "End Date", "Overall, how satisfied are you with our shop?", "How many orders did you place this year?", "What could be improved?"],
      [["", "", "", "", "Response", "Open-Ended Response", "Open-Ended Response"]]
      + [[str(10**9 + i), "431234567", "03/02/2026 10:00:00 AM", "03/02/2026 10:05:00 AM", box_rng.choice(["Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied", "Dissatisfied", "Very dissatisfied"]), str(box_rng.randint(1, 14)), box_rng.choice(SHORT_WISHES)] for i in range(N)])

# A health questionnaire (PHQ-9's items, as Google Forms writes a grid: "Question [Row]") answered in
# its days ("Several days" … "Nearly every day", the standard translations): a survey of patients'
# health, whose "problems" are symptoms, no complaint about a company. Its items are rated on the
# days set; its difficulty question, which names "these problems", is held back as a customer
# figure would be, and its comments are read for needs and praise alone (a cold trial's PHQ-9 file
# had a complaints score of 71.3 and comments about complaints).
health_rng = random.Random(7233)
HEALTH = {
    "en": ("Over the last 2 weeks, how often have you been bothered by any of the following problems?",
           ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy"],
           ["Not at all", "Several days", "More than half the days", "Nearly every day"],
           "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
           ["Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"],
           "Is there anything else you would like to tell your clinician?",
           ["I have had problems sleeping since the move.", "Work has been very stressful.", "", "", "Thank you for asking."]),
    "de": ("Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?",
           ["Wenig Interesse oder Freude an Ihren Tätigkeiten", "Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit", "Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf", "Müdigkeit oder Gefühl, keine Energie zu haben"],
           ["Überhaupt nicht", "An einzelnen Tagen", "An mehr als der Hälfte der Tage", "Beinahe jeden Tag"],
           "Wenn eines oder mehrere dieser Probleme bei Ihnen vorliegen, wie sehr haben diese Probleme es Ihnen erschwert, Ihre Arbeit zu erledigen?",
           ["Überhaupt nicht erschwert", "Etwas erschwert", "Relativ stark erschwert", "Sehr stark erschwert"],
           "Möchten Sie Ihrer Ärztin oder Ihrem Arzt noch etwas mitteilen?",
           ["Seit dem Umzug habe ich Probleme beim Schlafen.", "Die Arbeit war sehr belastend.", "", "", "Danke für die Nachfrage."]),
    "es": ("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
           ["Poco interés o placer en hacer cosas", "Se ha sentido decaído(a), deprimido(a) o sin esperanzas", "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado", "Se ha sentido cansado(a) o con poca energía"],
           ["Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días"],
           "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo?",
           ["No ha sido difícil", "Un poco difícil", "Muy difícil", "Extremadamente difícil"],
           "¿Hay algo más que quiera decirle a su médico?",
           ["Tengo problemas para dormir desde la mudanza.", "El trabajo ha sido muy estresante.", "", "", "Gracias por preguntar."]),
}
for language, (question, rows_, days, difficulty, difficult, comment, comments) in HEALTH.items():
    out = []
    for i in range(N):
        level = health_rng.randint(0, 3)
        out.append([f"2026/03/{1 + i % 28:02d} 10:00:00"] + [days[min(3, max(0, level + health_rng.choice([-1, 0, 0, 1])))] for _ in rows_] + [difficult[min(3, max(0, level + health_rng.choice([-1, 0, 1])))], health_rng.choice(comments)])
    write(f"health-questionnaire-answered-in-days-is-no-customer-survey-{language}.csv", ["Timestamp"] + [f"{question} [{row}]" for row in rows_] + [difficulty, comment], out)

# A short pulse survey of employees: satisfaction with one's job, trust in the leadership team, a
# recommend question about the company: a survey of employees (eNPS), no customer CSAT, trust or
# delivery (a cold trial's pulse was read as a customer survey).
pulse_rng = random.Random(7234)
write("pulse-survey-of-ones-job-is-one-of-employees-en.csv",
      ["Timestamp", "Team", "Overall, how satisfied are you with your job? (1-5)", "I trust the leadership team (1-5)", "I get my work delivered on time (1-5)", "How likely are you to recommend Northwind to a friend? (0-10)"],
      [[f"2026/03/{1 + i % 28:02d} 10:00:00", pulse_rng.choice(["Sales", "Support", "Engineering"]), str(pulse_rng.randint(1, 5)), str(pulse_rng.randint(1, 5)), str(pulse_rng.randint(1, 5)), str(pulse_rng.randint(0, 10))] for i in range(N)])

# Two header rows as SPSS saves a data file to a spreadsheet with its labels: the variables' names
# (LFDN, F1, F2_1) over their labels, the questions. The codes name the columns, the labels are
# their questions (a cold trial's agency workbook read its row of labels as a respondent).
codes_rng = random.Random(7235)
write("variable-names-over-their-labels-de.csv",
      ["LFDN", "S2", "F1", "F2_1", "F2_2", "F3"],
      [["Laufende Nummer", "Region", "Wie zufrieden sind Sie insgesamt mit uns? (1-5)", "Pünktlichkeit der Lieferung (1-5)", "Freundlichkeit des Kundenservice (1-5)", "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen? (0-10)"]]
      + [[str(i + 1), codes_rng.choice(["Nord", "Süd", "West"]), str(codes_rng.randint(1, 5)), str(codes_rng.randint(1, 5)), str(codes_rng.randint(1, 5)), str(codes_rng.randint(0, 10))] for i in range(N)], delimiter=";")

# "What was the price of your ticket?" answered in bands of amounts ("Under €50", "€50–€99"): the
# categories of a quantity, not a rating whose labels would be mapped (a cold trial: the report's
# notes said pricing was scored without it and asked for its labels to be mapped).
bands_rng = random.Random(7236)
write("price-paid-in-bands-is-no-rating-to-map-en.csv",
      ["ID", "How satisfied were you with the event overall? (1-5)", "What was the price of your ticket?", "How would you rate the value for money of your ticket? (1-5)", "How would you rate the catering?"],
      [[str(i + 1), str(bands_rng.randint(1, 5)), bands_rng.choice(["Under €50", "€50–€99", "€100–€149", "€150 or more", "Free (speaker/volunteer)"]), str(bands_rng.randint(1, 5)), bands_rng.choice(["1 star", "2 stars", "3 stars", "4 stars", "5 stars"])] for i in range(N)])

# The near miss of the rule above (a cold review): bare rows of a rating grid that name a kind of
# thing ("Payment option", "Price plan", "Delivery method"), rated 1-5 with answers that run with
# the overall rating, are ratings, items of the dimensions they name; "The staff were kind" is a
# statement of service, no kind of anything.
rated_kinds_rng = random.Random(7237)
rated_kind_rows = []
for i in range(N):
    good = rated_kinds_rng.randint(1, 5)
    rated_kind_rows.append([str(i + 1), str(good)] + [str(near_point(rated_kinds_rng, good)) for _ in range(4)])
write("kind-named-rows-rated-with-the-overall-stay-items-en.csv",
      ["id", "Overall satisfaction (1-5)", "Payment option", "Price plan", "Delivery method", "The staff were kind"], rated_kind_rows)

# The near miss of a question's stated scale (a cold review): a name with its codes, as a codebook
# writes it ("Region (1 = North, 4 = West)", "Customer type (1-3)"), holds categories, no rating.
codebook_rng = random.Random(7238)
write("names-with-their-codes-stay-segments-en.csv",
      ["id", "Overall satisfaction (1-5)", "Region (1 = North, 4 = West)", "Age group (1 = 18-24, 5 = 65+)", "Customer type (1-3)"],
      [[str(i + 1), str(codebook_rng.randint(1, 5)), str(codebook_rng.randint(1, 4)), str(codebook_rng.randint(1, 5)), str(codebook_rng.randint(1, 3))] for i in range(N)])

# The near miss of the text boxes above (a cold review): text entry questions that ask for an
# e-mail address or a name are personal data, ignored, and one that asks which city is a segment,
# whatever box they were typed in; one about the e-mail support, answered in a few words, is a comment.
personal_rng = random.Random(7239)
write("text-entry-questions-of-personal-data-qualtrics.csv",
      ["StartDate", "ResponseId", "Q1", "Q2", "Q3", "Q4", "Q5"],
      [["Start Date", "Response ID", "Overall, how satisfied are you with us? (1-5)", "What is your email address?", "What is your full name?", "Which city do you live in?", "Tell us about your experience with our email support"],
       ['{"ImportId":"startDate","timeZone":"Europe/London"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID2_TEXT"}', '{"ImportId":"QID3_TEXT"}', '{"ImportId":"QID4_TEXT"}', '{"ImportId":"QID5_TEXT"}']]
      + [[f"2026-03-{1 + i % 28:02d} 10:00:00", f"R_{i + 1:05d}", str(personal_rng.randint(1, 5)), f"person{i}@example.com", personal_rng.choice(["Anna Smith", "Jan Kowalski", "Marie Dubois"]) + f" {i}", personal_rng.choice(["Leeds", "York", "Bath", "Hull"]), personal_rng.choice(["They never answered", "Took forever", "Good", "Fine", "Too slow"])] for i in range(N)])

# The near miss of the health questionnaire (a cold review): a customer survey that asks how often,
# over the last 2 weeks, one used the app or ordered, answered in the same days, is one of
# customers: no question of being bothered by symptoms.
app_days_rng = random.Random(7240)
APP_DAYS = ["Not at all", "Several days", "More than half the days", "Nearly every day"]
write("days-of-using-an-app-are-no-health-questionnaire-en.csv",
      ["Response ID", "Over the last 2 weeks, how often did you use the Acme app?", "Over the last 2 weeks, how often did you order from Acme?", "Overall, how satisfied are you with Acme? (1-5)", "How satisfied are you with the delivery? (1-5)"],
      [[str(i + 1), app_days_rng.choice(APP_DAYS), app_days_rng.choice(APP_DAYS), str(app_days_rng.randint(1, 5)), str(app_days_rng.randint(1, 5))] for i in range(N)])

# The near miss of one's job (a cold review): a repair trade's customers are asked whether "your job
# was completed on time" and about "the work done on my job", their work order: a customer survey.
trade_rng = random.Random(7241)
write("work-order-called-a-job-is-a-customer-survey-en.csv",
      ["Job number", "Overall, how satisfied are you with our repair service? (1-5)", "How satisfied were you that your job was completed on time? (1-5)", "The engineer clearly explained the work done on my job (1-5)", "How satisfied are you with the price of the repair? (1-5)"],
      [[f"J{1000 + i}", str(trade_rng.randint(1, 5)), str(trade_rng.randint(1, 5)), str(trade_rng.randint(1, 5)), str(trade_rng.randint(1, 5))] for i in range(N)])

# Links written without their scheme ("trustpilot.com/evaluate/acme?token=…") are links too.
bare_links_rng = random.Random(7242)
write("review-links-without-their-scheme-are-no-comments-en.csv",
      ["id", "Overall, how satisfied are you with us? (1-5)", "Review link"],
      [[str(i + 1), str(bare_links_rng.randint(1, 5)), f"trustpilot.com/evaluate/acme.example?token={bare_links_rng.randint(10**9, 10**10 - 1)}"] for i in range(N)])

# A PHQ-9 exported with its items' texts alone, no question of being bothered over two weeks: four
# questions or more answered in the health questionnaire's days make it one of patients' health.
bare_phq_rng = random.Random(7243)
BARE_PHQ = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy"]
write("health-questionnaire-of-bare-items-is-no-customer-survey-en.csv",
      ["Respondent"] + BARE_PHQ + ["Overall, how satisfied are you with your care? (1-5)"],
      [[str(i + 1)] + [["Not at all", "Several days", "More than half the days", "Nearly every day"][bare_phq_rng.randint(0, 3)] for _ in BARE_PHQ] + [str(bare_phq_rng.randint(1, 5))] for i in range(N)])

# A word of quality before a segment's word ("Quality of the provider (1-5)", "Qualité de l'agence",
# "Qualität der Filiale") rates what that word names: an item on its scale, with the overall rating
# it runs with. The segment's word alone, or a kind of it, with its codes, is categories still.
quality_rng = random.Random(7244)
QUALITY_HEADERS = {
    "en": ["Respondent", "Overall satisfaction (1-5)", "Quality of the provider (1-5)", "Provider (1-4)", "Type of provider (1-3)"],
    "fr": ["Répondant", "Satisfaction globale (1-5)", "Qualité de l'agence (1-5)", "Agence (1-4)", "Type d'agence (1-3)"],
    "de": ["Befragter", "Gesamtzufriedenheit (1-5)", "Qualität der Filiale (1-5)", "Filiale (1-4)", "Art der Filiale (1-3)"],
}
for language, headers in QUALITY_HEADERS.items():
    quality_rows = []
    for i in range(N):
        overall = quality_rng.randint(1, 5)
        quality_rows.append([str(i + 1), str(overall), str(near_point(quality_rng, overall)), str(quality_rng.randint(1, 4)), str(quality_rng.randint(1, 3))])
    write(f"quality-of-what-a-segment-word-names-is-rated-{language}.csv", headers, quality_rows)

# A warehouse's table copied out by PostgreSQL (psql's \copy, COPY … CSV) writes a boolean `t` or
# `f`: a yes/no question, here the problem question, and a second one of no dimension.
booleans_rng = random.Random(7245)
write("booleans-written-t-and-f-by-postgres-en.csv",
      ["response_id", "overall_satisfaction", "had_issue", "issue_resolution_rating", "newsletter_opt_in"],
      [[str(100000 + i), str(booleans_rng.randint(1, 5)), booleans_rng.choice(["t", "f", "f", "f"]), str(booleans_rng.randint(1, 5)), booleans_rng.choice(["t", "f"])] for i in range(N)])

# Overall satisfaction and the recommend question as CX programmes and warehouses shorten their
# fields: `q_overall_sat`, `OSAT`, `ltr_score`, `LTR` (likelihood to recommend); a litre ("ltr") is none.
shortened_rng = random.Random(7246)
for name, headers in {"warehouse": ["response_id", "q_overall_sat", "ltr_score", "delivery_speed_rating"], "medallia": ["Survey ID", "OSAT", "LTR", "Delivery Speed", "Fuel (ltr) per week"]}.items():
    write(f"overall-satisfaction-and-recommend-shortened-{name}-en.csv", headers,
          [[str(500 + i), str(shortened_rng.randint(1, 5)), str(shortened_rng.randint(0, 10)), str(shortened_rng.randint(1, 5))] + ([str(shortened_rng.randint(0, 10))] if name == "medallia" else []) for i in range(N)])

# The near miss of a word of quality (a cold review): beside a kind ("Quality tier", "Quality
# category") or with a codebook's codes ("Quality provider (1 = Acme, …)"), the header names
# categories still; "Quality of the provider", with its scale's named ends too, and "Product
# quality" rate what the segment word names (a second cold review).
quality_kind_rng = random.Random(7247)
write("quality-beside-a-kind-or-with-its-codes-stays-a-segment-en.csv",
      ["Respondent", "Overall satisfaction (1-5)", "Quality tier (1-3)", "Quality category (1-4)", "Quality provider (1 = Acme, 2 = Beta, 3 = Gamma)", "Quality of the provider (1-5)", "Quality of the provider (1 = very poor, 5 = excellent)", "Product quality (1-5)"],
      [[str(i + 1), str(quality_kind_rng.randint(1, 5)), str(quality_kind_rng.randint(1, 3)), str(quality_kind_rng.randint(1, 4)), str(quality_kind_rng.randint(1, 3)), str(quality_kind_rng.randint(1, 5)), str(quality_kind_rng.randint(1, 5)), str(quality_kind_rng.randint(1, 5))] for i in range(N)])
