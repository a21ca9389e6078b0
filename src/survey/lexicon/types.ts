/**
 * A language's words for recognising columns and answers. Keywords are matched on whole words of
 * the folded header text (see normalizeText: case, diacritics, punctuation and spacing do not
 * count); a trailing `*` makes the last word a prefix, so `deliver*` matches "delivery",
 * "delivered" and "delivering". Answer words are matched whole, after the same folding.
 *
 * A keyword written with a leading `~` (`~problem*`) is weak: alone it decides nothing, because it
 * has other meanings too ("math problems", "a mental health issue"). It counts only in a header of
 * at most two words (a column name such as "Problems") or beside one of the `context` words of
 * its role or dimension ("a problem with your order").
 *
 * A dimension keyword written with a leading `^` (`^on time`, `^zum vereinbarten Zeitpunkt`,
 * `^transparen*`) yields: it says when something was done, or how openly, not what, so it names its
 * dimension only in a header where no other dimension has a keyword. "The engineer was punctual"
 * and "Pakalpojums tika pieslēgts norunātajā laikā" rate delivery; an agent who called back at the
 * agreed time rates service, a complaint handled on time complaints, a bill sent on time pricing.
 * "The company is transparent" rates trust; "Transparent pricing" and "Przejrzystość cennika" rate
 * pricing.
 */
export interface Lexicon {
  /** BCP 47 code of the language, as shown in evidence and taken by `--lang`. */
  language: string;
  /** Header keywords for each role a column can take. */
  roles: {
    id: string[];
    timestamp: string[];
    nps: string[];
    /**
     * Overall satisfaction; `strong` beats a dimension keyword, `weak` does not. `overall`: the weak
     * words that say "overall" ("insgesamt", "en general"), which set the overall question apart
     * from another satisfaction question of the file ("… mit der Lösung Ihres Anliegens?").
     */
    csat: { strong: string[]; weak: string[]; overall: string[] };
    ces: string[];
    comment: string[];
    /**
     * What to improve ("What can we improve?", "Was können wir verbessern?"): a free-text question
     * like `comment`, whose answers may also be a few short options chosen again and again ("Which
     * area should we improve first?" Delivery, Prices); `comment`'s nouns ("Any other comments?")
     * keep short repeated answers ("No", "Great service") comments.
     */
    improve: string[];
    /** Columns that split the sample: region, country, plan, store, contact channel ... */
    segment: string[];
    weight: string[];
    ignored: string[];
    /** Counts, durations and amounts ("how many", "hours", "amount"): quantities, never ratings. */
    quantity: string[];
    /**
     * Words that ask how often ("how often", "wie oft", "à quelle fréquence", "jak często"): in a
     * header that names a time frame ("in the last 12 months", see `timeFrame`) and answered in
     * numbers that reach 8 or more (past any scale of frequency), they ask how many times, a
     * quantity: "How often did you order from us in the last 12 months?" counts orders, as "how
     * many times" does. Answered 1..5 or on a frequency scale's labels, or without a time frame,
     * they ask what they asked.
     */
    howOften?: string[];
    /**
     * The words of quantity that ask for a count ("how many", "number of"): a header that asks one
     * stays a quantity even where it states a range of answers ("Number of calls needed (1-5)"),
     * where one that names an amount as what a statement rates does not ("El importe de la factura
     * se corresponde con mi consumo real (1-5)").
     */
    counted: string[];
    /**
     * What makes a word of counting ask for a rating: a verb of giving or rating ("How many stars
     * would you give us?", "Wie viele Sterne geben Sie uns?", "Na ile ocenia Pan cenę?", "Ile
     * gwiazdek dałby nam Pan?") or of liking ("Cik daudz jums patika …?", how much did you like). A
     * header holding one beside a count word, that states its scale and is answered within it, is a
     * rating; without a stated scale it stays a count. The count of a property's stars ("How many
     * stars does the hotel have?", its category: a fact) and "Na ile dni przed wyjazdem …?" (how many
     * days before) hold none: quantities.
     */
    countedRating: string[];
    /**
     * What a count counts that no rating is given in: days, nights, times, people, guests, rooms,
     * hours ("How many nights would you rate as quiet?", "Ile razy oceniał Pan …?"). A header that
     * names one asks for a count whatever verb of rating it holds.
     */
    countedUnits: string[];
    /**
     * What a rating is given in: points and stars ("How many points would you give our room? (1-10)",
     * "Wie viele Punkte geben Sie unserem Zimmer?", "Combien de points donneriez-vous à notre chambre ?").
     * Counted beside a verb of `countedRating`, they ask for a rating on the scale the header states
     * even where it names one of `countedUnits`: that is what is rated (the room), not what is
     * counted. Points scored or stars a hotel has, with no verb of giving, stay counts.
     */
    countedPoints: string[];
    /** How important something is to the respondent: paired with what it rates, never scored as satisfaction. */
    importance: string[];
  };
  /**
   * The words of an effort (CES) question by what they ask, for which way its scale runs and for
   * whether it is the effort question at all. `effort`: effort itself ("effort", "Aufwand",
   * "wysiłek", "esfuerzo", "esforço", "piepūle"): a higher answer is more effort, and the header is
   * the effort question whatever else it names. `easy` ("how easy", "facile", "einfach", "łatw*")
   * and `difficult` ("difficult", "difficile", "schwierig", "trudn*"): a higher answer is easier, or
   * harder; a statement that something was hard, worded against its scale, that names a dimension
   * besides ("Il est difficile de joindre le service client") is an item of that dimension, not the
   * effort question (a question of how easy, or a statement that it was easy, is). `clear`: a
   * statement that something is easy to understand, read or follow ("easy to understand", "leicht
   * verständlich", "fácil de entender", "łatwy do zrozumienia", "viegli saprotams"): it rates how
   * clear that thing is (a bill, a price list: pricing), not the effort of getting something done;
   * its word of ease asks for no effort question. `understand`: the verbs of understanding or
   * reading that a question of how easy asks about apart from its word of ease, where its word
   * order splits the phrase ("Wie einfach war die Anleitung zu verstehen?", "Jak łatwo było
   * zrozumieć rachunek?", "¿Qué tan fácil fue entender …?"): it asks how clear that thing is, as
   * `clear` does. `asked`: a question of how easy an experience had was, in the past ("How easy
   * was it to …?"), in a lexicon whose words of ease are weak (`~how easy`, needing a word of what
   * the effort was about): answered on a scale of ease or effort, it is the effort question
   * whatever was done ("… to get done what you came in for?"), where the present ("How easy is it
   * for you to take medical leave?") asks about a condition. `whole`: what says that a question of
   * ease is about the whole interaction, getting one's issue handled, not one step of it (help,
   * one's request or problem, dealing with the company, getting what one needed, overall: "How easy
   * was it to get help?", "Wie einfach war es, Ihr Anliegen zu klären?"): of several questions of
   * ease, none of effort itself or of getting the issue resolved, it is the effort question, where
   * "How easy was it to find the product?" rates one step. `made`: a verb of making a task easy for
   * the respondent, said of the company ("facilitó", "facilitou", "ułatwiła", "atviegloja",
   * "erleichtert"): a statement of effort as CES 2.0 words it ("The company made it easy for me to
   * handle my issue", "La aerolínea me facilitó resolver mi trámite"), the effort question, higher
   * easier, whatever the task it names (a refund, a complaint, a change: what the effort was about,
   * no dimension of its own). Where the verb has another meaning, what must stand beside it says
   * which: `madeThen`, the endings of the word that must follow it, past the words of `madeSkip`
   * (Spanish "facilitar" is also to provide: "me facilitó resolver", an infinitive, is made easy,
   * "me facilitó la información" provided), or a task the words after it open with, `madeTask` ("me
   * facilitó la gestión de mi solicitud", "facilitou a resolução do meu problema": the handling,
   * the resolution, a return made easy, as CES 2.0 is translated); `madeBeside`, a word of whom it
   * was made easy for (German "erleichtert" is also relieved: "hat mir die Erstattung
   * erleichtert"), in the verb's own clause, and `madeNot`, a verb of being that makes it a feeling
   * there ("Ich war erleichtert, dass mir geholfen wurde" is relief, its "mir" in another clause
   * too), unless a word of `madePassive` makes it the auxiliary of a passive ("Die Rücksendung ist
   * mir erleichtert worden", as "wurde mir erleichtert" is). Folded or as spelled;
   * a trailing `*` makes a stem. `metric`: the words of measure (score, index, CES) that, beside a
   * word of effort itself and nothing else but `metricOf` (customer, of), make the name of the
   * metric ("effort_score", "Customer Effort Score", "Score d'effort client", "Wskaźnik wysiłku
   * klienta"), as a warehouse or BI extract names its column, as does a field's name of one token
   * ("customer_effort"): such a header names the CES and asks nothing, so it says nothing of which
   * end is easy, where "How much effort …?", "Customer effort (1-5)" ask how much.
   */
  effort: { effort: string[]; metric?: string[]; metricOf?: string[]; easy: string[]; difficult: string[]; clear: string[]; understand: string[]; asked?: string[]; whole?: string[]; made?: string[]; madeThen?: string[]; madeSkip?: string[]; madeBeside?: string[]; madeNot?: string[]; madePassive?: string[]; madeTask?: string[] };
  /**
   * A question of which one: `ask` ("which", "what kind of", "welche", "quel type", "qué tipo", "em
   * que", "który", "kāda veida"), or a phrase that asks for one of a list ("from the following
   * options", "aus den folgenden Optionen", "parmi les options suivantes", "de las siguientes
   * opciones", "z poniższych opcji", "no šīm iespējām"), whose answers name a category (the unit
   * visited, the kind of problem, the option chosen), not a rating, unless a word of rating asks for one ("Which score would you give?",
   * "Welche Note …?") or the answers are a scale. `extent`: the phrases of how much that hold such
   * a word ("to what extent", "in welchem Maße", "dans quelle mesure", "en qué medida", "em que
   * medida", "w jakim stopniu", "cik lielā mērā") and ask for a rating. `chosen`: the verbs of
   * choosing or using ("choose", "use", "gewählt", "choisi", "eligió", "escolheu", "wybrał*",
   * "izvēlēj*"): a question that opens with its word of which one and holds one a few words on
   * asks which option was chosen ("Which delivery method did you choose?"), even where it names a
   * dimension (see chosenOption in detect-columns).
   */
  which: { ask: string[]; extent: string[]; chosen: string[] };
  /**
   * A question of yes or no: `opens`, the words that open one ("did you", "was", "czy", "vai",
   * "haben sie", "avez-vous", "est-ce que", "recibió", "você recebeu"), the question's first words
   * once its number is cut; `or`, the words of "or" that, after them, make it a question of which of
   * two ("Did you order online or by phone?", "Czy zamówił Pan online czy telefonicznie?").
   * `orNot`, the "or not" that may close one ("… or not?", "… ou non ?", "¿… o no?", "… czy
   * nie?"): no option of two, and no negation of its wording. `asks`, the interrogative words
   * ("qué", "cómo", "qual", "quanto", "quel", "comment"), as spelled in lower case: one before its
   * verb asks what, not whether. `relative`, those of them that are also relative pronouns ("que",
   * "qui", "où"; "que", "quem"; "donde", "quien"): after a word of their clause that is no
   * stopword, the noun they relate to, they open a clause of the subject and ask nothing ("Le
   * colis que vous avez commandé est-il arrivé à temps ?", "A encomenda que fez chegou no prazo?").
   * Where a question of yes or no is a statement with a question mark (Spanish "¿La entrega llegó
   * a tiempo?", Portuguese "O pedido chegou no prazo?"), `finite`, the finite verbs as spelled
   * ("es", "fue", "está"; "é", "foi", "tem"), and `endings`, the endings of a finite form ("ó",
   * "aron"; "ou", "eu"), tell its verb; in French, `inverted`, the subject
   * pronouns joined to their verb by a hyphen ("est-elle", "semble-t-il"), wherever the verb stands,
   * `notInverted` the words so joined that are no verb ("rendez-vous").
   */
  yesNoQuestion?: { opens: string[]; or: string[]; orNot?: string[]; asks?: string[]; relative?: string[]; finite?: string[]; endings?: string[]; inverted?: string[]; notInverted?: string[] };
  /**
   * A refund promised, not asked for ("money back guarantee", "Satisfait ou remboursé", "garantía
   * de reembolso", "gwarancja zwrotu"): a complaints keyword inside one (`rembours*`, `reembolso*`,
   * `zwrot*`) names a policy, no refund a customer had to claim.
   */
  guarantee: string[];
  /**
   * Waiting to be served ("waiting time", "on hold", "in the queue", "Wartezeit", "temps d'attente",
   * "tiempo de espera", "czas oczekiwania", "gaidīšanas laiks"): service, how long a customer waited
   * for someone to serve them ("Tempo de espera na clínica até ser atendido"), unless the header
   * names a delivery (a delivery keyword, or a word of what was bought that delivery and complaints
   * share as context: order, product, purchase), which is what was waited for ("Wartezeit auf die
   * Lieferung"). Matched as dimension keywords are.
   */
  waiting: string[];
  /**
   * The words that open a question's time frame ("in the last", "in den letzten", "au cours des",
   * "en los últimos", "nos últimos", "w ciągu ostatnich", "pēdējās"): a word of quantity among the
   * few that follow ("Did any shipment arrive damaged in the last 90 days?", "¿Tuvo algún problema
   * en los últimos 90 días?") says over what time the question asks, not that it asks for a number
   * of days. Another word of quantity outside the frame ("How many times in the last 30 days …?")
   * still asks for one. Matched as dimension keywords are.
   */
  timeFrame: string[];
  /**
   * Delivering as a verb, and what is delivered. `verbs` ("delivered", "delivering", "geliefert",
   * "livré", "entregado", "entregue", "dostarczony") deliver teaching, a talk, a service or a promise
   * as well as goods ("The module was well organised and delivered", "delivered what was
   * promised"): they name a delivery only beside a word of `what` is delivered (an order, a
   * package, goods, items, a product, a thing brought such as a pack, a kit or a brochure, or the place it is brought to: a door, a home, an address), a delivery keyword that is no verb (a parcel, shipping, the
   * noun "delivery") or a word of when ("on time"). Without one, in every language read, the header
   * is read as if they were not in it. `nouns` ("delivery", "entrega", "livraison", "Lieferung",
   * "dostarczenie", "piegāde") are the delivery itself, a delivery wherever they stand, except in a
   * phrase of something `intangible` delivered, information, news, messages, content, or teaching:
   * training, a course, a session, a presentation ("delivery of information", "information
   * delivery", "Course delivery", "Kursa piegāde", "entrega de información",
   * "Lieferung von Informationen", "dostarczanie informacji", "informācijas piegāde"; not "delivery
   * information", "información de entrega", which are about a delivery), with nothing of `what`
   * beside them: that delivers no goods, and the header is read as if the nouns were not in it.
   * `accurate`: the words of correct, complete or accurate among the delivery keywords, which name
   * the order received right and whole (E-S-QUAL's fulfilment: "My order was correct and
   * complete"); `told`: what tells of an order rather than is one, a description, a confirmation,
   * an e-mail, information, details, a website, an invoice, a bill or a receipt. Beside a word of
   * `told`, a word of `accurate` says how accurate that is, not the order ("Product description was
   * accurate", "Order confirmation email was accurate", "Die Angaben zur Bestellung waren
   * korrekt"): no delivery by it (a bill's or an invoice's accuracy is pricing, by its own words).
   * A word of `received` ("received", "arrived", "reçus", "erhaltenen", "recibidos", "otrzymane")
   * before every word of `told` names the goods received as what is judged, the description or the
   * e-mail after it what they are compared with: "Were the items you received correct and
   * complete, as listed in your confirmation email?", "Accuracy of the order received compared with
   * the website" are delivery; "The product information you received was accurate" is not.
   * `delays`: the words of a delay among the delivery keywords ("delays", "Verspätung", "retards",
   * "opóźnienia", "kavējumi"), a carrier's late running; beside a word of `told` or of being told
   * (`context.informing`) they are what the information is about, no delivery ("Information about
   * delays is reliable", "Delivery of information about delays"), and the header is read as if
   * they were not in it.
   * Matched as dimension keywords are; a trailing `*` makes a stem.
   */
  delivering: { verbs: string[]; what: string[]; nouns?: string[]; intangible?: string[]; received?: string[]; told?: string[]; accurate?: string[]; delays?: string[] };
  /**
   * A driver (`words`: "driver", "Fahrer", "chauffeur", "conductor", "motorista", "kierowca",
   * "vadītājs"): the one who brings the order in a survey of deliveries, the service itself in one of
   * rides. A rated question of the driver that names no dimension is delivery only where another
   * question of the survey names a delivery (a delivery keyword that is no word of when, a weak one
   * beside its context: the delivery, the parcel, the packaging of the order) and no header names a ride (`ride`: "taxi", "ride",
   * "trip", "journey", "Fahrt", "trajet", "viaje", "viagem", "przejazd", "brauciens"). The courier
   * words ("courier", "livreur", "repartidor", "entregador", "Zusteller") are delivery keywords.
   * `safe`: the words of safety ("safe", "secure", "sicher", "sécurité", "seguro", "bezpieczn*",
   * "droš*"): a trust keyword of feeling safe ("I felt safe", "Me sentí seguro") in a header that
   * names a ride, a trip or a flight (`ride`) speaks of the safety of the ride, a quality of the
   * service as the passenger had it (EN 13816's "security" beside comfort and customer care), not
   * of confidence in the company: service. Matched as dimension keywords are; a trailing `*` makes
   * a stem.
   */
  driver: { words: string[]; ride: string[]; safe?: string[] };
  /**
   * What a header judges, by dimension, where it also names what is judged: a price (`pricing`:
   * "price", "cost", "value for money", "cena", "Preis", "prix", "precio", "preço") or trust
   * (`trust`: "trust", "confidence", "ufam", "Vertrauen", "confiance", "confianza", "confiança",
   * "uzticos"). Beside a keyword of what they are said of, a delivery or a parcel (`delivery`),
   * staff, a service or its hygiene (`service`), they name the dimension however many words of
   * the other stand there: "The price of the delivery was fair" and "Cena przesyłki jest
   * adekwatna do jakości usługi" rate pricing, "I trust this restaurant's hygiene standards" and
   * "Ufam, że moja przesyłka jest u Was bezpieczna" trust. Each is a keyword of its dimension (or
   * the word a longer one starts with), written as there; words that also name a thing rather
   * than judge one (a bill, a tariff, French "frais", fresh) are none of them.
   */
  judged: { pricing: string[]; trust: string[] };
  /**
   * Consent to take part or to the processing of one's data ("I consent", "Wyrażam zgodę na
   * przetwarzanie moich danych", "Einwilligung", "J'accepte", "Acepto", "Aceito", "Piekrītu"): a
   * gate before the survey, not an answer to score, whatever words of satisfaction it holds ("…
   * w celu badania satysfakcji").
   */
  consent: string[];
  /**
   * Answers to a consent question that decline it, besides a plain no (`no`) and a negation of
   * `reversedWording` ("I do not consent", "Nie wyrażam zgody", "Je n'accepte pas"): the words of
   * refusing ("I decline", "Ich lehne ab", "Rechazo", "Nepiekrītu"). A respondent who declines a
   * consent question that opens the survey is left out, counted as `declinedConsent`. Written
   * folded or as spelled; a trailing `*` makes a stem.
   */
  consentDeclined: string[];
  /**
   * The words of a consent that name taking part in the survey or study itself ("take part in this
   * survey", "Teilnahme an der Studie", "udział w badaniu", "piedalīties aptaujā"), not in a prize
   * draw or a follow-up interview, nor being contacted or the processing of one's data (which may be
   * for marketing): one who declines it declines to be in the survey, and is left out even where the
   * survey went on to ask them its questions.
   */
  consentTakingPart: string[];
  /**
   * The words that open a row of figures over the rows above it, which an analyst writes below
   * the data of a sheet ("Total", "Average", "Median"): a row whose first cell with text is one of
   * them, alone (more words after it name a club or a company: "Total Fitness"), and whose other cells are numbers
   * is no respondent, skipped and counted as `summaryRow`. Written folded (lower case, no
   * diacritics): the reader folds the cell alike.
   */
  summaryRows: string[];
  /**
   * How the language writes its letters where a keyboard or a variable's name has none: German `ä`
   * as `ae`, `ö` as `oe`, `ü` as `ue` (`Gebuehren_fair`, `Beratungsqualitaet`). Each header keyword
   * of the lexicon that holds one also matches so spelled (lexicon/index.ts writes the second
   * spelling beside the first); the words of another language are never read so ("queue", "true").
   * `ß` needs none: folding makes it `ss` (`Massnahmen` is `Maßnahmen`).
   */
  transliterations?: Record<string, string>;
  /** Header keywords for each built-in dimension. */
  dimensions: Record<string, string[]>;
  /**
   * Per role or dimension, words that give its weak (`~`) keywords their meaning: for complaints,
   * the order, the product, the service or the company that the problem was with, and having one
   * (`had`, `teve`, `hatten`). The `resolution` words (a problem put right) count as context of
   * the complaints keywords that are words of a problem (`reversedWording.trouble`: "problem",
   * "issue"), never of themselves; a yes to them is good news ("Was your problem resolved?"), as it
   * is to the `solving` words, verbs of solving that give no word of a problem its meaning ("Did our
   * staff solve your problem?", not "the ability to solve math problems"), and to the `problemFree`
   * words, which say a problem was absent ("free of", "without", "ohne", "sans", "bez": "Was your
   * order free of problems?"). For comment, the verbs of telling or adding that make "anything
   * else" ask for one ("Anything else you would like to tell us?", "Möchten Sie uns sonst noch
   * etwas mitteilen?"), where a question of a purchase asks for none ("¿Compró algo más?"); and
   * `purchase`, the verbs of buying and ordering that make "anything else" a question of what else
   * was bought, where a verb of telling is missing.
   */
  context: Record<string, string[]>;
  /**
   * Header words that make a rated statement run against its scale, so that agreeing is the bad
   * answer ("The website is difficult to use", "Nie polecił(a)bym"). `negation` words turn what
   * follows round ("not", "never", "nie"); `opposite` words name the bad pole of a quality
   * ("difficult", "slow", "confusing", "trudn*"), a bad thing hidden ("hidden fees", "versteckte
   * Gebühren", "ukryte opłaty") or being bothered by one ("bothered", "gestört", "dérangé",
   * "incomodado", "przeszkadza*", "traucēja"). A header is reverse-worded when it has an odd
   * number of negations or a word of the bad pole, but not both ("not difficult", "never had a
   * problem" are neither). `trouble` words name a bad thing that a header may simply ask about
   * ("math problems", "mental health issues"): alone they reverse nothing, but beside a negation
   * they turn it round too ("I never had a problem"). `failure` words name something that stops
   * working ("drop", "outage", "cai", "Ausfall"), and `hindrance` words something that gets in the
   * respondent's way ("interferes", "gets in the way", "disrupts", "beeinträchtigt", "gêne",
   * "atrapalha", "utrudnia"): asked how often, on a scale of frequency, a header with one of them or
   * a `trouble` word counts a bad thing, and never is the best answer ("How often does your
   * connection drop?", "How often do you feel that it interferes with your work?"), unless a word of its resolution, solving or absence
   * (`context`) says the thing counted is good ("How often was your problem solved?"). `absence`
   * words ("without", "sans", "ohne", "sin", "sem", "bez") say that what follows them is missing:
   * right before a word of the bad pole (at most two words between, in one clause) they count as
   * its negation ("Clear prices without hidden fees", "Colis livré sans retard"). `often`
   * words ("often", "frequently", "oft", "häufig", "souvent", "a menudo", "muitas vezes", "często",
   * "bieži") say that a bad thing happens often: a rated statement (no question: "How often do
   * you have math problems?" says nothing of it) that has one beside a `trouble`
   * `failure` or `hindrance` word, and no negation, counts the bad thing as a question of how often does, so
   * agreeing is the bad answer ("Delays often ruin my plans", "Es kommt häufig zu Störungen"),
   * unless the header speaks of it told of, put right or absent ("Delays are often announced in
   * advance", "Problems are often solved quickly"). `rare` words ("rarely", "seldom", "selten",
   * "rarement", "raramente", "rara vez", "rzadko", "reti") say that a bad thing seldom happens,
   * which is good: the frequency counterpart of `absence`, they count as the negation of a word of
   * the bad pole that stands in their clause right before or after them, at most three words
   * between ("Verspätungen sind selten", "Les retards ne sont pas rares", "Deliveries are rarely
   * late"), where it speaks of the bad thing (see `rarely` and `linking`); a negation between does not agree with them but turns them round ("delays are not
   * rare"), and a header with one says no bad thing happens often ("Os problemas são pouco
   * frequentes"). Written folded or as spelled; a trailing `*` makes a stem.
   */
  reversedWording: {
    negation: string[]; absence: string[]; opposite: string[]; trouble: string[]; failure: string[]; hindrance?: string[]; often?: string[]; rare?: string[];
    /**
     * The words of `rare` that are adverbs of frequency ("rarely", "seldom", "selten", "rarement",
     * "raramente", "rara vez", "rzadko", "reti"): before a word of the bad pole they may reach over
     * the one verb they modify ("Parcels rarely arrive damaged", "Przesyłki rzadko docierają
     * opóźnione"), where an adjective of rarity ("rare", "seltene", "raros", "rzadkie", "retas") and
     * an adverb that reaches over more words ("Rarely ordered items are delivered late") are
     * another word's ("Rare items arrived late"): the bad thing stands.
     */
    rarely?: string[];
    /**
     * Copulas and auxiliaries ("is", "are", "sind", "sont", "são", "son", "są", "bywa", "ir",
     * "tiek"): the only words a word of rarity reaches over to the bad pole that follows it
     * ("Przesyłki rzadko są opóźnione"), and the word that says a bad thing before it rare ("Late
     * deliveries are rare", "Les retards ne sont pas rares", a negation between).
     */
    linking?: string[];
    /**
     * A telling that is itself the bad thing: told off ("told off", "zurechtgewiesen", "réprimandé",
     * "regañado", "repreendido", "skarcony", "norāja"), or told what was wrong or at odds
     * ("conflicting", "widersprüchlich", "contradictoire", "contradictorio", "contraditório",
     * "sprzeczne", "pretrunīgi"). No word of informing (`context.informing`) makes it what the
     * customer was told of: counted how often, it is the bad thing counted ("How often were you told
     * conflicting information by different staff?"); stated, a word of the bad pole.
     */
    misinforming?: string[];
    /**
     * The words of the bad pole that say a thing was done too late ("zu spät", "za późno", "zbyt
     * późno", "par vēlu", "pārāk vēlu"), in the languages that put such an adverb before the
     * participle of telling ("Ich wurde zu spät informiert", "Zostałem za późno poinformowany",
     * "Mani par vēlu informēja"): there the telling after them is theirs, being told too late is the
     * bad pole, not a bad thing told of (see toldTooLate).
     */
    untimely?: string[];
    /**
     * Words of height ("high", "higher", "hoch", "hohe", "élevé", "alto", "elevado", "wysoki",
     * "augsts"): no word of the bad pole of their own ("high quality", "high standard" are good),
     * they are one where said of a price (`priced`: "price", "fee", "cost", "Preis", "Gebühr",
     * "prix", "frais", "precio", "preço", "cena", "opłata", "maksa"), before it ("high prices",
     * "hohe Preise", "wysokie ceny") or after it, with only words of `degree` or a negation between,
     * or a copula (`linking`, `copula`: "prices are high", "le prix est élevé", "os preços são
     * altos", "cena jest wysoka", "cenas ir augstas"). Not where the price is what another word is
     * measured by (`worth`: "quality", "value", "ratio", "Leistung", "rapport", "relación",
     * "stosunek", "attiecība": "the quality for the price is high", "rapport qualité-prix élevé"),
     * nor where the word of height goes before another word ("Low price, high quality" without
     * its comma): see heightSaidOfPrice.
     */
    height?: string[];
    /** The words of a price that a word of `height` is said of (see `height`): nouns of what is paid, written as the pricing dimension's words, a phrase where its first word is no price ("delivery fee*"). */
    priced?: string[];
    /** What a price is the measure of ("quality", "value", "ratio", "Qualität", "qualité", "calidad", "qualidade", "jakość", "kvalitāte"): beside a price, a word of `height` is said of it (see `height`). */
    worth?: string[];
    /** Adverbs of degree, one word each, that may stand between a copula or a price and a word of `height` ("very", "more", "sehr", "très", "plus", "muy", "mais", "bardzo", "ļoti"). */
    degree?: string[];
    /** Copulas beside `linking` that say what a price is ("seems", "scheint", "semble", "parece", "wydaje się", "šķiet"), and Portuguese "é", which `linking` cannot hold: folded, it is "e", and. */
    copula?: string[];
    /**
     * Words that open a comparison of a price with others' ("compared", "relative", "Vergleich",
     * "verglichen", "comparé", "comparación", "comparação", "porównaniu", "salīdzinājumā"): after a
     * word of `height` said of a price, the height stays the price's ("Prices are high compared with
     * other shops"); between the copula and a height that ends its clause, they and the words after
     * them are no noun the height is said of ("Die Preise sind im Vergleich zu anderen Shops hoch").
     */
    comparing?: string[];
    /**
     * Words that lead in an opinion ("in my opinion", "I think", "find", "meiner Meinung nach",
     * "finden", "à mon avis", "trouvez", "creo", "acha", "considera", "moim zdaniem", "manuprāt"):
     * a price after one heads its words as at its clause's start ("In my opinion the prices are
     * high", "Acha que a taxa de entrega é alta?"), said high by a verb of finding with no copula
     * ("Trouvez-vous les frais de livraison élevés ?", "Considera a taxa de entrega alta?"); between
     * a price and a word of `height`, one is no noun the height is said of ("Sind unsere Preise
     * Ihrer Meinung nach hoch?"). See heightSaidOfPrice.
     */
    opinion?: string[];
  };
  /**
   * Words that ask for one given answer ("select", "please select", "zaznacz", "wählen Sie"): a
   * header with one of them followed by an answer of a scale ("select 'Somewhat agree' for this
   * row") or a number is an attention check.
   */
  /**
   * Words that only a survey of employees asks with (see surveyAudience): the workplace as a place
   * to work, one's manager, employer, workload ("as a place to work", "my manager", "Arbeitgeber",
   * "charge de travail"). Customers rate staff and employees too ("the staff were friendly"), and
   * speak of colleagues (the NPS's "a friend or colleague"), their team and role, work, HR (as a
   * product), salary (as money banked) and account managers, so none of those is one of these.
   * One's job ("How satisfied are you with your job?", "in my job"; not "your job was completed",
   * a trade's work order) and the leadership team are (two of them still needed, in two columns: a
   * business customer may trust a supplier's leadership team).
   */
  workplace: string[];
  attention: string[];
  /**
   * Words of a question ("how", "which", "whether"; "wie zufrieden", "ob"; "comment", "quel"; "qué
   * tan", "cuál"; "quão", "qual"; "jak", "czy"; "cik", "vai"): right after a word of `attention` (or one word on),
   * they make the header a question that names its scale, not one that asks for an answer
   * ("Please select how satisfied you were with the delivery"). Words that are also "as" or
   * "that" once folded (Spanish "cómo" and "como", Latvian "kā" and "ka", German "wie" alone, "wie
   * vorgegeben") are none.
   */
  attentionQuestion?: string[];
  /**
   * Words that ask for several answers to one question ("select all that apply", "zaznacz wszystkie
   * pasujące", "cochez toutes", "alle zutreffenden", "seleccione todas", "marque todas", "atzīmējiet
   * visas"): a checkbox question. Where its options chosen are written into one column, joined by
   * ", " or ";" (Google Forms, Microsoft Forms), they are its options even under a header that asks
   * what to improve or for a comment ("What should we improve? (select all that apply)"). Matched
   * as dimension keywords are; a trailing `*` makes a stem.
   */
  selectAll: string[];
  /**
   * Words that name a school grade ("Note", "Schulnote", "Zensur", "benoten"), where the language's
   * school grades run 1-6 with 1 the best (German): a column so headed, answered 1..5 or 1..6, is
   * graded 1-6 (its 6 is the worst grade, not a stray above 1..5; see strayCodes) and scored from
   * the top down. Only where the word is unambiguous: French "note" is any rating, and Polish
   * grades run 1-6 with 6 the best. Matched as dimension keywords are; a trailing `*` makes a stem.
   * A word that other languages share (`~note`: French and English have it) counts only in a
   * survey read as this language; where the language cannot be told, a phrase of it ("Note für",
   * "Welche Note") or a word of its own ("Schulnote") still does.
   */
  grades?: string[];
  /**
   * What says a file comes from where the language's school grades rise to their best, 6 (Swiss
   * German: "de-CH", "CHF", "Schweiz"), against `grades`' 1 the best: a grade column whose header
   * names no end ("6 = sehr gut") cannot be told and is not scored until the config says. Matched
   * on the survey's headers and short answers as header keywords are.
   */
  gradesRising?: string[];
  /**
   * The language's word of how that another lexicon reads as a keyword of its own (French
   * "comment", English `comment*`), and the words after it that show it asks how: a subject
   * pronoun or a verb ("Comment évaluez-vous la rapidité de livraison ?", "Comment nous avez-vous
   * connus ?", "Comment s'est passée la livraison ?"). Followed by one within two words, the word
   * is read as no word, so that it makes no comment column; "Comments", "Commentaires" and a
   * "Comment" alone are unchanged. Folded or as spelled.
   */
  how?: { words: string[]; asked: string[] };
  /**
   * The head of a short header that names a kind of thing, whose answers are its categories
   * ("Delivery method", "Problem category", "Support channel", "Versandart", "Type de problème",
   * "Método de envío", "Rodzaj problemu"): `last`, a word that ends such a header (English);
   * `first`, one that opens it (French, Spanish, Portuguese, Polish); `endings`, the end of its
   * last word, a compound's or a word's own (German "-art", "-kategorie"); `after`, where given,
   * the words one of `first` must be followed by ("Type of delivery", "Art der Zahlung"). Answered
   * in numbers that do not run with the survey's overall rating, such a column is the codes of its
   * categories, whatever dimension the words before name (see namesAKind, kindsAnsweredInCodes).
   */
  kindHeads?: { last?: string[]; first?: string[]; endings?: string[]; after?: string[] };
  /**
   * A health questionnaire's question (PHQ-9, GAD-7): the window it asks about ("over the last 2
   * weeks") and its word of being bothered by symptoms ("bothered", "beeinträchtigt", "molestias").
   * With its days as the answers, the two make a survey one of patients' health (see surveyAudience).
   */
  health?: { window: string[]; bothered: string[] };
  /** How a platform writes an option of a checkbox question that was not ticked ("Not selected"). */
  unticked: string[];
  /**
   * Free-text answers. `nothing`: a whole comment that says there is nothing to say ("none", "no
   * comment", "brak uwag", "keine Anmerkungen"), counted apart as `nothingToSay`, never as a
   * comment; only in a comment column, where "No" is no answer to a yes/no question. `other`: the
   * end of a header that names the "Other (please specify)" text of a choice question ("Other",
   * "Sonstiges", "Inne", "Autre", "Otro", "Outro", "Cits").
   */
  comments: { nothing: string[]; other: string[] };
  /** Answers that mean "no answer possible" and are excluded and counted as `notApplicable`. */
  notApplicable: string[];
  /** Answers to a yes/no question. */
  yes: string[];
  no: string[];
  /**
   * The words of ordered answer scales, by family (see label-sets.ts for the 4- to 7-point
   * variants), and the words of the intensity pattern ("not at all …", "very …").
   */
  scales: ScaleLexicon;
}

/** A lexicon's scale words: one entry per scale family, and the intensity words. */
export type ScaleLexicon = { [F in ScaleFamily]?: ScaleWords } & { intensity: IntensityWords };

/**
 * Kinds of ordered answer scales. `hedgedYesNo` is "Yes / Rather yes / Rather no / No" and
 * "Definitely yes / Probably yes / Probably not / Definitely not"; a plain yes/no stays yes/no.
 */
export const SCALE_FAMILIES = ['agreement', 'satisfaction', 'quality', 'excellence', 'likelihood', 'ease', 'effort', 'frequency', 'favourability', 'usefulness', 'success', 'change', 'extent', 'hedgedYesNo'] as const;
export type ScaleFamily = (typeof SCALE_FAMILIES)[number];

/**
 * The answers of one scale family. Every list runs from the negative end, value 1, to the
 * positive end: disagree before agree, never before always, no before yes. `effort` alone runs
 * from the least effort to the most, as surveys list it ("Very low effort" … "Very high effort"),
 * so that its values are the effort; more effort being the worse answer, its scale is read
 * reversed (see labelSetScale).
 *
 * The slots hold each point's variants ("Neutral" beside "Neither agree nor disagree"); from them
 * come the 4- to 7-point sets of the family (label-sets.ts). A family without `slightly…` words
 * has no 6- or 7-point set; one without `neutral` has no odd one; one without the four outer
 * slots has none at all, only its named `sets`.
 */
export interface ScaleWords {
  veryNegative?: string[];
  negative?: string[];
  slightlyNegative?: string[];
  neutral?: string[];
  slightlyPositive?: string[];
  positive?: string[];
  veryPositive?: string[];
  /**
   * Sets that the slots cannot make, by name: each a list of points from value 1 up, each point
   * its spellings. The set's id is the family's and the name's (`frequency-almost-4`); the name
   * ends with the number of points, and a name used in two languages is one set.
   */
  sets?: Record<string, string[][]>;
  /**
   * Answers in order that no survey asks all of ("Never", "Once a month", "Several times a
   * week", "Every day"): each a rung, its spellings in a list. A column whose answers stand on
   * distinct rungs is read on the rungs it uses, lowest first. Rung i means the same in every
   * language.
   */
  ladder?: string[][];
}

/**
 * The intensity pattern: answers that say how much of one quality X there is ("No, not rude at
 * all", "Yes, somewhat rude", "Yes, very rude"). Each level lists templates of the answer, `…`
 * standing for X; the levels run from none to most. Templates are matched on whole words after
 * folding (case, accents and punctuation do not count).
 */
export interface IntensityWords {
  notAtAll: string[];
  not: string[];
  slightly: string[];
  somewhat: string[];
  moderately: string[];
  very: string[];
  extremely: string[];
  /**
   * Qualities that are bad to have (rude, difficult, annoying): a scale of them is reversed so
   * that a higher score stays better. A trailing `*` makes a word a stem (`niegrzeczn*`).
   */
  negative: string[];
}

/** The levels of the intensity pattern, from none to most. */
export const INTENSITY_LEVELS = ['notAtAll', 'not', 'slightly', 'somewhat', 'moderately', 'very', 'extremely'] as const;
export type IntensityLevel = (typeof INTENSITY_LEVELS)[number];
