import type { Lexicon } from './types.js';

// The change family's worse, same and better points: its slots, and its three points alone (`change-3`).
const CHANGE_WORSE = ['schlechter', 'verschlechtert', 'hat sich verschlechtert'];
const CHANGE_SAME = ['gleich', 'etwa gleich', 'ungefähr gleich', 'in etwa gleich', 'gleich geblieben', 'ist gleich geblieben', 'unverändert', 'hat sich nicht verändert', 'keine veränderung', 'weder besser noch schlechter', 'kein unterschied', 'keine auswirkung', 'keine auswirkungen'];
const CHANGE_BETTER = ['besser', 'verbessert', 'hat sich verbessert'];

/** German. Compounds are caught by their first part (`liefer*` for "Lieferzeit"). */
export const de: Lexicon = {
  language: 'de',
  roles: {
    id: ['antwort id', 'befragten id', 'teilnehmer id', 'teilnehmernummer', 'laufende nummer', 'lfd nr', 'bestellnummer', 'kundennummer', 'auftragsnummer', 'vorgangsnummer', 'ticketnummer', 'buchungsnummer'],
    timestamp: ['zeitstempel', 'datum', 'uhrzeit', 'eingangsdatum', 'absendedatum', 'abgeschickt am', 'erstellt am', 'beendet am', 'begonnen am'],
    nps: ['weiterempfehl*', 'empfehl*'],
    csat: {
      strong: ['gesamtzufriedenheit', 'insgesamt zufrieden', 'zufriedenheit insgesamt', 'allgemeine zufriedenheit', 'alles in allem', 'gesamteindruck', 'insgesamt wie zufrieden'],
      weak: ['~insgesamt', '~gesamt*', 'zufrieden*'],
      overall: ['insgesamt', 'gesamt*'],
    },
    ces: ['aufwand*', 'mühe*', 'wie einfach', 'wie leicht', 'wie schwierig', 'einfach*', 'leicht*'],
    comment: ['kommentar*', 'anmerkung*', 'bemerkung*', 'anregung*', 'verbesserungsvorschl*', 'vorschl*', 'warum', 'begründung', 'sonstiges', 'freitext', 'rückmeldung', '~sonst noch'],
    improve: ['verbessern', 'verbesserung*'],
    segment: ['region', 'land', 'bundesland', 'stadt', '~ort', 'filiale', 'geschäft', '~markt', 'kanal', 'kontaktkanal', 'kontaktweg', 'kontaktart', 'segment', 'tarif', '~produkt*', 'kategorie', 'geschlecht', 'alter', 'altersgruppe', 'sprache', 'kundentyp', 'kundengruppe', 'abteilung', '~quelle', 'wie alt', 'altersklasse', 'einkommensgruppe', 'einkommensklasse', '~typ'],
    quantity: ['wie viele', 'wie vielen', 'anzahl', 'stunden', 'minuten', 'tage', 'jahre', 'betrag', 'summe', 'ausgaben', 'einkommen', 'prozent*'],
    howOften: ['wie oft', 'wie häufig'],
    counted: ['wie viele', 'wie vielen', 'anzahl'],
    countedRating: ['geben', 'gäben', 'vergeben', 'bewerten', 'bewertung', 'verdient', 'verdienen'],
    countedUnits: ['tag', 'tage', 'tagen', 'nacht', 'nächte', 'nächten', 'mal', 'person', 'personen', 'gast', 'gäste', 'zimmer', 'kind', 'kinder', 'stunde*', 'minute*', 'woche*', 'monat*', 'jahr*', 'freund', 'freunde', 'freunden', 'freundin', 'freundinnen', 'bekannte', 'bekannten', 'kollege', 'kollegen'],
    countedPoints: ['punkt', 'punkte', 'punkten', 'stern', 'sterne', 'sternen'],
    importance: ['~wichtigkeit', '~wichtig', '~wie wichtig'],
    weight: ['gewicht', 'gewichtung', 'gewichtungsfaktor'],
    ignored: ['ip adresse', 'e mail adresse', 'e mail', 'vorname', 'nachname', 'dauer*', 'fortschritt', 'status'],
  },
  effort: { effort: ['aufwand*', 'aufwändig*', 'aufwendig*', 'mühe*'], metric: ['ces', 'score', 'wert', 'index', 'kennzahl', 'kpi'], metricOf: ['kunde', 'kunden'], easy: ['einfach*', 'leicht*'], difficult: ['schwierig*', 'schwer*'], clear: ['leicht verständlich', 'leicht verständliche*', 'einfach verständlich', 'einfach verständliche*', 'leicht zu verstehen', 'einfach zu verstehen', 'leicht zu lesen', 'einfach zu lesen', 'leicht lesbar', 'leicht lesbare*', 'leicht nachvollziehbar', 'leicht nachvollziehbare*', 'einfach nachvollziehbar', 'leicht zu folgen', 'einfach zu folgen'], understand: ['verstehen', 'verständlich', 'lesen', 'lesbar', 'nachvollziehen', 'nachzuvollziehen', 'nachvollziehbar'], whole: ['hilfe', 'anliegen*', 'ihre anfrage', 'meine anfrage', 'ihr problem', 'mein problem', 'insgesamt', 'alles zu erledigen', 'bekommen was ich brauchte', 'bekommen was ich benötigte', 'bekommen was sie brauchten', 'bekommen was sie benötigten', 'erhalten was ich brauchte'], made: ['erleichtert', 'erleichterte', 'erleichterten'], madeBeside: ['mir', 'uns', 'ihnen'], madeNot: ['bin', 'bist', 'ist', 'sind', 'seid', 'war', 'warst', 'waren', 'wart', 'wäre', 'wären', 'gewesen'], madePassive: ['worden'] },
  which: { ask: ['welche', 'welcher', 'welches', 'welchen', 'welchem', 'was für', 'welche art', 'welcher art', 'aus den folgenden optionen', 'aus der folgenden liste'], extent: ['in welchem maße', 'in welchem masse', 'in welchem umfang', 'in welchem ausmaß', 'in welchem grad', 'was ist ihre meinung', 'wie ist ihre meinung', 'welche meinung'], chosen: ['gewählt', 'ausgewählt', 'wählen', 'wählten', 'entschieden', 'bevorzugen', 'bevorzugt', 'genutzt', 'benutzt', 'verwendet', 'nutzen'] },
  yesNoQuestion: { opens: ['haben sie', 'hatten sie', 'sind sie', 'waren sie', 'können sie', 'konnten sie', 'ist', 'war', 'sind', 'waren', 'wurde', 'wurden', 'hat', 'hatte', 'kam', 'gab es'], or: ['oder'], orNot: ['oder nicht'] },
  guarantee: ['geld zurück garantie*', 'erstattungsgarantie', 'rückerstattungsgarantie', 'erstattung garantiert', 'zufriedenheitsgarantie', 'zufriedenheit garantiert'],
  waiting: ['wartezeit*', 'warten', 'gewartet', 'warteschleife*', 'warteschlange*'],
  timeFrame: ['in den letzten', 'im letzten', 'in den vergangenen', 'im vergangenen', 'innerhalb der letzten', 'während der letzten', 'seit den letzten'],
  // "Liefern" is said of results too ("Das Seminar lieferte praktische Impulse"); "geliefert" of goods beside them.
  delivering: { delays: ['verspät*'], verbs: ['liefern', 'liefert', 'lieferte', 'lieferten', 'geliefert'], what: ['bestellung*', 'bestellt*', 'ware', 'artikel', 'produkt', 'produkte', 'einkauf*', 'gekauft*', 'tür', 'haustür', 'wohnungstür', 'haus', 'hause', 'adresse', 'material', 'materialien', 'unterlagen', 'buch', 'bücher', 'handbuch', 'handbücher'], nouns: ['lieferung', 'lieferungen'], intangible: ['lieferung von information', 'lieferung von informationen', 'lieferung der information', 'lieferung der informationen', 'lieferung von nachricht*', 'lieferung der nachricht*', 'lieferung von inhalt*', 'lieferung der inhalte', 'lieferung von schulung*', 'lieferung der schulung*', 'lieferung von mitteilung*', 'lieferung des webinar*', 'lieferung der webinar*', 'lieferung des kurses', 'lieferung der kurse', 'lieferung des unterrichts'], received: ['erhalten*', 'erhielt*', 'bekommen*', 'angekommen*', 'geliefert*'], told: ['beschreibung*', 'produktbeschreibung*', 'bestätigung*', 'bestellbestätigung*', 'e mail*', 'information*', 'angaben', 'website', 'webseite', 'rechnung*', 'quittung*'], accurate: ['vollständigkeit', 'korrekt', 'korrekte', 'korrekten', 'korrektheit', 'vollständig und korrekt', 'korrekt und vollständig', 'war vollständig', 'unvollständig*'] },
  driver: { words: ['fahrer', 'fahrerin', 'fahrers', 'fahrerinnen'], ride: ['taxi*', 'fahrt', 'fahrten', 'fahrgast*', 'fahrgäste*', 'fahrpreis*', 'reise*', 'bus', 'busse', 'zug', 'route*', 'strecke*', 'fahrstunde*', 'fahrlehrer*', 'abholung', 'auto', 'autos', 'fahrzeug*', 'wagen', 'flug', 'flugs', 'fluges'], safe: ['sicher', 'sicherheit'] },
  judged: { pricing: ['preis*', 'kosten', 'teuer', 'preiswert*', 'gebühr*'], trust: ['vertrau*'] },
  consent: ['einwillig*', 'einverständniserklärung', 'ich bin einverstanden', 'ich bin damit einverstanden', 'sind sie einverstanden', 'sind sie damit einverstanden', 'ich stimme der verarbeitung', 'ich stimme der teilnahme', 'verarbeitung meiner daten', 'verarbeitung meiner personenbezogenen daten'],
  consentDeclined: ['ablehn*', 'lehne ab', 'lehne die teilnahme ab', 'widerspreche*', 'verweiger*'],
  consentTakingPart: ['teilnahme an der studie', 'teilnahme an dieser studie', 'teilnahme an der umfrage', 'teilnahme an dieser umfrage', 'teilnahme an der befragung', 'teilnahme an dieser befragung', 'an dieser umfrage teilzunehmen', 'an der umfrage teilzunehmen', 'an dieser studie teilzunehmen', 'an der studie teilzunehmen'],
  summaryRows: ['summe', 'gesamt', 'gesamtsumme', 'insgesamt', 'durchschnitt', 'mittelwert', 'median', 'anzahl', 'standardabweichung'],
  // Variable names write umlauts out: `Gebuehren_fair`, `Zufriedenheit_Beratungsqualitaet`.
  transliterations: { ä: 'ae', ö: 'oe', ü: 'ue' },
  dimensions: {
    // The goods received as they were described or pictured (eBay's "Item as described", E-S-QUAL's fulfilment): the order received
    // right, beside a word of the goods (weak: "The hotel room matched the photos" names no delivery); the description after the verb is
    // what they are compared with, not what is judged (so not `delivering.accurate`, which a word of `told` beside it takes away).
    delivery: ['liefer*', 'geliefert', 'versand*', 'zustell*', 'paket*', 'sendung*', 'kurier*', 'paketbot*', '~geschwindigkeit', '~schnell*', '^pünktlich*', '^rechtzeitig*', '^termingerecht*', '^termintreu*', '^zum vereinbarten termin', '^zum vereinbarten zeitpunkt', '^zur vereinbarten zeit', 'verpackung*', 'ankunft', 'angekommen', 'verpackt', 'eingepackt', 'beschädigt an', 'beschädigt angekommen', '~vollständigkeit', '~korrekt', '~korrekte', '~korrekten', '~korrektheit', '~vollständig und korrekt', '~korrekt und vollständig', '~war vollständig', '~unvollständig*', '~wie beschrieben', '~wie abgebildet', '~wie auf den fotos', '~wie auf dem foto', '~wie auf den bildern', '~wie auf dem bild', '~entsprach der beschreibung', '~entsprachen der beschreibung', '~entspricht der beschreibung', '~entsprechen der beschreibung', '~entsprach den fotos', '~entsprachen den fotos', '~entsprach den bildern', '~entsprachen den bildern', '~entsprach der abbildung', '~entsprachen der abbildung', '~entsprach der artikelbeschreibung', '~entsprachen der artikelbeschreibung', '~entsprach der produktbeschreibung', '~entsprachen der produktbeschreibung', 'installation', 'installationstermin*', 'freischaltung*', 'bereitstellung*', 'technikertermin*', 'techniker termin*', 'technikerbesuch*', 'anschlusstermin*', 'schaltungstermin*', 'herstellung des anschlusses', '^fahrplanmäßig*', '^nach fahrplan', '^laut fahrplan', '^gemäß fahrplan', '^planmäßig*', '^verspät*'],
    // What shipping costs is a price ("Versandkosten", "Versandgebühr"): the compound says more than `versand*`.
    // Die Rechnung itself, not the compounds of a form's fields ("Rechnungsadresse", "Rechnungsnummer").
    pricing: ['preis*', 'kosten', 'versandkosten', 'lieferkosten', 'portokosten', 'porto', 'versandgebühr*', 'liefergebühr*', 'zustellgebühr*', 'gebühr*', 'teuer', 'günstig*', 'preiswert*', '~wert', 'rabatt*', 'lieferpreis*', 'versandpreis*', 'preis der lieferung', 'preis für die lieferung', 'preis für den versand', 'rechnung', 'rechnungen', 'rechnungsstellung', 'abrechnung', 'abrechnungen', 'jahresabrechnung', 'jahresabrechnungen', 'vertragsbedingung*', 'vertragslaufzeit*', 'vertragskonditionen', 'mindestlaufzeit*', 'laufzeit', 'kündigungsfrist*', 'kündigungsbedingung*'],
    complaints: ['beschwerde*', 'reklamation*', '~problem*', 'beanstandung*', 'beschwert', 'beschweren', 'beschwerten', 'reklamiert', 'reklamieren', '~lösung*', '~gelöst', 'rücksendung*', 'rückgabe*', 'erstattung*', 'mangel', 'mängel', '~schaden', 'beschädigt*', '~stromausfall*', '~stromausfälle*', '~ausfall', '~ausfälle', '~versorgungsunterbrechung*', '~unterbrechung*', '~störung*', 'schadenbearbeitung', 'schadensbearbeitung', 'schadenregulierung', 'schadensregulierung', 'schadenabwicklung', 'schadensabwicklung', 'bearbeitung ihres schadenfalls', 'bearbeitung des schadenfalls', 'bearbeitung ihres schadensfalls', 'bearbeitung des schadensfalls', 'bearbeitung ihrer schadenmeldung', 'bearbeitung ihrer schadensmeldung', 'regulierung ihres schadenfalls', 'regulierung des schadenfalls', 'schiefgelaufen', 'schief gelaufen', 'schiefgegangen', 'schief gegangen', 'lief etwas schief', 'ging etwas schief'],
    trust: ['vertrau*', 'zuverlässig*', 'verlässlich*', 'ehrlich*', 'seriös*', 'glaubwürdig*', '^transparen*', 'versprechen', '~sicher*', 'datenschutz', 'datensicherheit', 'zahlungssicherheit', 'privatsphäre', 'sicherheit meiner daten', 'sicherheit der daten', 'sicherheit ihrer daten', 'schutz meiner daten', 'schutz der daten', 'daten sind sicher', 'sicher bezahlen', 'sicheres bezahlen', 'sichere bezahlung', 'sichere zahlung*', 'sicherheit beim bezahlen', 'sicherheit der zahlung*', 'fühle mich sicher', 'fühlte mich sicher', 'fühlen sich sicher'],
    service: ['kundenbetreuer*', 'kundenberater*', 'account manager*', 'accountmanager*', 'ansprechpartner*', 'sachbearbeiter*', 'korrespondenz', 'unsere schreiben', 'unserer schreiben', 'unsere briefe', 'unserer briefe', 'kundenservice', 'kundendienst', 'kundenbetreuung', 'kundensupport', 'kundenberatung', '~support', 'hotline', 'servicehotline', 'callcenter', 'mitarbeiter*', '~personal', 'freundlich*', 'höflich*', 'kompetent*', 'kompetenz', 'hilfsbereit*', 'beratung', 'berater*', 'erreichbarkeit', 'erreichbar', 'reaktionszeit', 'antwortzeit', '~antwort*', '~kommunikation', '~telefon*', '~chat', '~e mail', 'soziale medien', 'rückgabebedingungen', 'rückgaberichtlinie*', 'widerrufsbelehrung', '~richtlinie*', 'entschuldig*', '~service', '~hilfe', '~anfrage*', 'betreuung', 'bedient', 'einchecken', 'sauberkeit', 'hygiene', 'reinlichkeit', 'zimmer war sauber', 'zimmer sauber', 'sauberes zimmer', 'filiale war sauber', 'in entscheidungen einbezogen', 'entscheidungen über ihre behandlung', 'entscheidungen zu ihrer behandlung', 'entscheidungen über ihre versorgung', 'an entscheidungen beteiligt', 'einbeziehung in entscheidungen', 'zu ihren medikamenten', 'über ihre medikamente', 'informationen zu medikamenten'],
  },
  context: {
    comment: ['mitteil*', 'sagen', 'hinzufügen', 'ergänzen', 'anmerken', 'loswerden', 'erzählen', 'teilen', 'wissen'],
    purchase: ['gekauft', 'kaufen', 'bestellt', 'bestellen', 'erworben'],
    // Words of making a complaint ("Did you make a complaint about how your claim was handled?"): a word of resolution after one, unless it is said of a complaint made if one was (`ifMade`: "If you made a complaint, was it resolved?"), is what the complaint was about, and the question asks whether one was made.
    // Ein Schaden gemeldet (the loss claimed on an insurance) is no complaint: see the English lexicon's `claimed`.
    claimed: ['schaden'],
    claimHandling: ['bearbeitet', 'bearbeitung', 'reguliert', 'regulierung', 'abgewickelt', 'abwicklung', 'behandelt', 'gelöst'],
    // Goods delivered: a Schaden beside them is damage that came with them, a problem, no claim.
    goodsArrived: ['lieferung', 'geliefert', 'ware', 'paket', 'sendung', 'angekommen', 'zugestellt', 'bestellung'],
    // How a complaint was made ("How did you make your complaint?"): its answers are the channel, no category of the problem.
    complaintChannel: ['auf welchem weg', 'über welchen kanal', 'über welchen weg', 'wie haben sie sich beschwert', 'wie haben sie ihre beschwerde', 'wie haben sie reklamiert', 'wie haben sie ihre reklamation'],
    // Words that ask of a complaint one could or would make, not of one made ("Wissen Sie, wie man eine Beschwerde einreicht?", "Würden Sie sich beschweren?"): see the English lexicon.
    complaintUnmade: ['wissen', 'wüssten', 'wie man', 'würden', 'würde', 'könnten', 'können', 'wie einfach', 'wie leicht', 'wie schwierig', 'wie schwer', 'einfach', 'leicht', 'schwierig'],
    complaintMade: ['beschwert', 'reklamiert', 'eine beschwerde', 'eine reklamation', 'beschwerde eingereicht', 'beschwerde eingelegt', 'beschwerde erhoben', 'reklamation eingereicht'],
    // A survey whose claim is its product (an insurance's, a warranty's, an expense claim: see claimsOfTheProduct): words of that product anywhere in it,
    // and the words naming the claim (the loss claimed) in a column, which is then the service the survey is about, no complaint.
    claimSurvey: ['versicher*', 'police', 'selbstbeteiligung', 'schadenfall*', 'schadensfall*', 'schadenmeldung*', 'schadensmeldung*', 'schadenbearbeitung', 'schadensbearbeitung', 'schadenregulierung', 'schadensregulierung'],
    claimNamed: ['schaden*', 'schadens*'],
    claimSurveyWeak: ['garantie*', 'gewährleistung*'],
    complaining: ['beschwerde*', 'reklamation*', 'beanstandung*', 'beschwert', 'beschweren', 'beschwerten', 'reklamiert', 'reklamieren'],
    ifMade: ['falls', 'wenn', 'sofern', 'nachdem'],
    best: ['beste*', 'am besten'],
    resolution: ['gelöst', 'behoben', 'erledigt', 'bearbeitet', 'lösung'],
    solving: ['lösen', 'beheben'],
    purpose: ['zu', 'um'],
    // What makes the thing counted a burden, whatever it was done for (see putRight): "had to contact us more than once to solve".
    burden: ['musste', 'mussten', 'müssen', 'mehr als einmal', 'mehrmals', 'erneut', 'wieder'],
    // Verbs of being told (see reversedWording): a bad thing one was told of is no longer what is counted: "How often were delays communicated to you in advance?".
    informing: ['informiert', 'benachrichtigt', 'mitgeteilt', 'gewarnt', 'kommuniziert', 'in kenntnis gesetzt', 'auf dem laufenden gehalten', 'erklärt'],
    informingOf: ['über', 'von', 'vom', 'bezüglich'],
    informingThat: ['dass'],
    problemFree: ['ohne', 'kein', 'keine', 'keinerlei'],
    importance: ['für sie', 'für dich', 'für mich', 'ihnen'],
    csat: ['zufrieden*', 'bewert*', 'eindruck', 'erfahrung*', 'note'],
    // A word of quality ("Quality of the provider"): what follows it is rated, not a group (see detectColumn).
    quality: ['qualität'],
    segment: ['welche*', 'welcher', 'art', 'typ', 'name'],
    complaints: ['hatten', 'hattest', 'gehabt', 'aufgetreten', 'bearbeitet', 'bearbeitung', 'behandelt', 'art', 'bestellung*', 'produkt', 'produkte', 'produkts', 'produkten', 'dienstleistung*', 'service', 'unternehmen*', 'firma', 'shop', 'lieferung*', 'kunde*', 'kundendienst', 'beschwerde*', 'kauf*', 'ware', 'rechnung', 'rechnungen', 'rechnungsstellung', 'abrechnung', 'abrechnungen', 'jahresabrechnung', 'jahresabrechnungen'],
    delivery: ['bestellung*', 'liefer*', 'versand*', 'paket*', 'produkt', 'produkte', 'produkts', 'produkten', 'ware', 'artikel', 'warenlieferung*', 'warensendung*', 'warenzustellung*', 'warenqualität', 'kauf*'],
    pricing: ['geld', 'preis*', 'kosten', 'bezahl*', 'kauf*'],
    // Feeling safe, one's data and paying: what makes "sicher" (safe, secure) trust, not "gut und sicher verpackt" (packed safely).
    trust: ['fühle', 'fühlen', 'fühlt', 'fühlte', 'fühlten', 'gefühlt', 'gefühl', 'daten', 'bezahlen', 'bezahlung', 'bezahlvorgang', 'zahlung', 'zahlungen'],
    service: ['kunde*', 'erreichen', 'sprechen', 'kundin*', 'anfrage*', 'frage*', 'anliegen', 'kontakt*', 'team', 'firma', 'unternehmen', 'qualität', 'geschäft', 'shop', 'wartezeit'],
  },
  reversedWording: {
    negation: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'kaum'],
    absence: ['ohne'],
    opposite: ['überhöht*', 'exzessiv*', 'schwierig*', 'schwer', 'kompliziert*', 'umständlich*', 'langsam*', 'verspät*', 'verzög*', 'verwirrend*', 'unklar*', 'unübersichtlich*', 'unverständlich*', 'intransparent*', 'undurchsichtig*', 'irreführend*', 'unehrlich*', 'unprofessionell*', 'im stich gelassen', 'unfreundlich*', 'unhöflich*', 'respektlos*', 'herablassend*', 'wenig hilfsbereit*', 'wenig kompetent*', 'inkompetent*', 'unzuverlässig*', 'unzufrieden*', 'ungenügend*', 'enttäusch*', 'ärgerlich*', 'frustrierend*', 'nervig*', 'gestört', 'belästigt', 'zu teuer', 'überteuert*', 'teuer', 'zu hoch', 'zu hoh*', 'zu lange', 'lange gedauert', 'dauerte lange', 'dauert lange', 'dauerte sehr lange', 'dauert sehr lange', 'schlecht*', 'beschädigt*', 'zu lang', 'verloren*', 'zu spät', 'unvollständig*', 'kaputt*', 'versteckte gebühr*', 'versteckten gebühr*', 'versteckter gebühr*', 'versteckte kosten', 'versteckten kosten', 'versteckter kosten', 'versteckte zusatzkosten', 'versteckten zusatzkosten', 'mehr bezahlt', 'zu viel berechnet', 'betrogen', 'getäuscht', 'abgezockt', 'übervorteilt', 'zu lange gewartet', 'zu lange warten', 'musste mehrmals', 'mussten mehrmals', 'mehrmals anrufen', 'mehrmals melden', 'mehrmals nachfragen', 'musste nachfragen', 'musste erneut'],
    trouble: ['problem*', 'fehler*', 'schwierigkeiten', 'beschwerde*', 'wart*', 'storniert', 'stornierung*'],
    failure: ['abbruch*', 'abbrüche', 'bricht ab', 'brechen ab', 'abgebrochen', 'ausfall*', 'ausfälle', 'fällt aus', 'fallen aus', 'ausgefallen', 'unterbroch*', 'unterbrechung*', 'störung*', 'absturz*', 'abstürze', 'stürzt ab', 'abgestürzt'],
    hindrance: ['beeinträchtig*', 'stört', 'stören', 'im weg'],
    often: ['oft', 'häufig*', 'ständig', 'immer wieder', 'dauernd'],
    misinforming: ['widersprüchlich*', 'falsch informiert', 'falsche information*', 'falsche auskunft', 'falsche auskünfte', 'zurechtgewiesen', 'gerügt', 'angeschrien', 'angeblafft'],
    // Being told too late, before the participle of telling (see Lexicon.reversedWording untimely).
    untimely: ['zu spät'],
    rare: ['selten*'],
    rarely: ['selten'],
    linking: ['ist', 'sind', 'war', 'waren', 'sei', 'sein', 'wird', 'werden', 'wurde', 'wurden', 'worden'],
    height: ['hoch', 'hoh*', 'höher*'],
    priced: ['preis', 'preise', 'preisen', 'preises', 'kosten', 'gebühr', 'gebühren', 'tarif', 'tarife', 'tarifen', 'entgelt', 'entgelte', 'beitrag', 'beiträge', 'versandkosten', 'lieferkosten', 'portokosten', 'zusatzkosten', 'nebenkosten', 'versandgebühr*', 'liefergebühr*', 'zustellgebühr*', 'servicegebühr*', 'grundgebühr*', 'lieferpreis*', 'versandpreis*', 'porto', 'zinsen', 'zinssatz', 'rechnung', 'rechnungen'],
    worth: ['qualität', 'leistung*', 'verhältnis', 'wert'],
    degree: ['sehr', 'ziemlich', 'recht', 'eher', 'relativ', 'viel', 'etwas', 'deutlich', 'extrem', 'zu', 'noch', 'meist', 'oft', 'immer', 'generell', 'wirklich'],
    copula: ['scheint', 'scheinen', 'erscheint', 'erscheinen', 'wirkt', 'wirken', 'bleibt', 'bleiben'],
    comparing: ['vergleich', 'vergleichen', 'verglichen', 'gegenüber'],
    opinion: ['meiner meinung nach', 'ihrer meinung nach', 'deiner meinung nach', 'meines erachtens', 'ihres erachtens', 'finde', 'finden', 'findest', 'fanden', 'fand', 'halte', 'halten', 'denke', 'denken', 'glaube', 'glauben', 'empfinde', 'empfinden'],
  },
  // Swiss grades rise to 6, the best: a Swiss file's grades run which way its header says, or are not scored.
  gradesRising: ['de ch', 'fr ch', 'it ch', 'chf', 'schweiz', 'schweizer*', 'suisse', 'svizzera', 'sfr'],
  grades: ['~note', '~noten', 'note für', 'noten für', 'welche note', 'note von', 'schulnote*', 'gesamtnote*', 'zensur*', 'benot*'],
  workplace: ['arbeitsplatz', 'arbeitsplatzes', 'arbeitgeber*', 'hier zu arbeiten', 'hier arbeiten', 'vorgesetzte*', 'führungskraft', 'meine führungskraft', 'ihre führungskraft', 'arbeitsbelastung', 'arbeitspensum', 'work life balance'],
  attention: ['wählen sie', 'wähle', 'bitte wählen', 'kreuzen sie', 'markieren sie', 'klicken sie', 'geben sie'],
  attentionQuestion: ['welche', 'welcher', 'welches', 'ob', 'wie zufrieden', 'wie sehr', 'wie gut', 'wie oft', 'wie wahrscheinlich', 'wie einfach'],
  selectAll: ['alle zutreffenden', 'alles zutreffende', 'alle zutreffende', 'mehrfachauswahl', 'mehrfachnennung*', 'mehrere antworten möglich'],
  unticked: ['nicht ausgewählt', 'nicht gewählt', 'nicht angekreuzt'],
  comments: { nothing: ['nein', 'keine', 'keiner', 'kein', 'nichts', 'keine anmerkungen', 'keine kommentare', 'keine bemerkungen', 'nichts weiter', 'nichts hinzuzufügen', 'keine weiteren anmerkungen', 'nichts besonderes'], other: ['sonstiges', 'sonstige', 'andere', 'anderes', 'sonstiges bitte angeben', 'andere bitte angeben', 'bitte angeben'] },
  // "Didn't use it": the usual non-answer of a grid of services or amenities (a hotel's breakfast, a bank's app).
  notApplicable: ['verweigert', 'antwort verweigert', 'verweigerung', 'weiß nicht', 'ich weiß nicht', 'weiß ich nicht', 'keine angabe', 'k.a.', 'n.v.', 'nicht vorhanden', 'nicht zutreffend', 'kann ich nicht beurteilen', 'nicht beurteilbar', 'keine meinung', 'möchte ich nicht sagen', 'möchte ich nicht beantworten', 'entfällt', 'bin mir unsicher', 'bin mir nicht sicher', 'unsicher', 'keine ahnung', 'kann ich nicht sagen', 'nicht relevant', 'nicht genutzt', 'nicht benutzt', 'nicht verwendet', 'nicht in anspruch genommen', 'habe ich nicht genutzt', 'habe ich nicht benutzt', 'habe ich nicht in anspruch genommen', 'noch nie genutzt', 'noch nicht genutzt', 'nicht genutzt habe'],
  yes: ['ja'],
  no: ['nein'],
  scales: {
    agreement: {
      veryNegative: ['stimme überhaupt nicht zu', 'stimme gar nicht zu', 'stimme ganz und gar nicht zu', 'trifft überhaupt nicht zu', 'trifft gar nicht zu', 'lehne voll und ganz ab', 'lehne völlig ab', 'lehne vollständig ab'],
      negative: ['stimme nicht zu', 'trifft nicht zu', 'lehne ab'],
      slightlyNegative: ['stimme eher nicht zu', 'trifft eher nicht zu', 'lehne eher ab'],
      neutral: ['weder noch', 'teils, teils', 'teils/teils', 'neutral', 'stimme weder zu noch nicht zu', 'unentschieden'],
      slightlyPositive: ['stimme eher zu', 'trifft eher zu'],
      positive: ['stimme zu', 'trifft zu'],
      // LimeSurvey's German agreement scale ends with "Stimme vollständig zu".
      veryPositive: ['stimme voll und ganz zu', 'stimme völlig zu', 'stimme vollständig zu', 'stimme vollkommen zu', 'stimme voll zu', 'stimme ganz zu', 'stimme absolut zu', 'stimme uneingeschränkt zu', 'trifft voll und ganz zu', 'trifft voll zu', 'trifft völlig zu', 'trifft vollständig zu', 'trifft vollkommen zu', 'trifft ganz zu'],
    },
    satisfaction: {
      veryNegative: ['sehr unzufrieden', 'völlig unzufrieden', 'äußerst unzufrieden'],
      negative: ['unzufrieden'],
      slightlyNegative: ['eher unzufrieden', 'etwas unzufrieden'],
      neutral: ['weder zufrieden noch unzufrieden', 'weder noch', 'teils, teils', 'neutral'],
      slightlyPositive: ['eher zufrieden', 'etwas zufrieden'],
      positive: ['zufrieden'],
      veryPositive: ['sehr zufrieden', 'völlig zufrieden', 'äußerst zufrieden', 'vollkommen zufrieden'],
    },
    quality: {
      veryNegative: ['sehr schlecht', 'mangelhaft'],
      negative: ['schlecht'],
      neutral: ['mittelmäßig', 'durchschnittlich', 'befriedigend', 'geht so', 'mittel', 'weder gut noch schlecht'],
      positive: ['gut'],
      veryPositive: ['sehr gut', 'ausgezeichnet', 'hervorragend', 'exzellent'],
      sets: {
        // School grades, best first on the form: "Sehr gut, Gut, Befriedigend, Ausreichend, Mangelhaft (, Ungenügend)".
        'school-grades-5': [['mangelhaft'], ['ausreichend'], ['befriedigend'], ['gut'], ['sehr gut']],
        'school-grades-6': [['ungenügend'], ['mangelhaft'], ['ausreichend'], ['befriedigend'], ['gut'], ['sehr gut']],
      },
    },
    excellence: {
      veryNegative: ['schlecht'],
      negative: ['mittelmäßig', 'mäßig', 'durchschnittlich'],
      neutral: ['gut'],
      positive: ['sehr gut'],
      veryPositive: ['ausgezeichnet', 'exzellent', 'hervorragend'],
      sets: {
        // "Sehr schlecht, Schlecht, Mittelmäßig, Gut, Sehr gut, Ausgezeichnet": six points, a very poor one below the five of excellence.
        'very-poor-6': [['sehr schlecht'], ['schlecht'], ['mittelmäßig', 'durchschnittlich'], ['gut'], ['sehr gut'], ['ausgezeichnet', 'hervorragend', 'exzellent']],
      },
    },
    likelihood: {
      veryNegative: ['sehr unwahrscheinlich', 'äußerst unwahrscheinlich', 'auf keinen fall'],
      negative: ['unwahrscheinlich'],
      slightlyNegative: ['eher unwahrscheinlich'],
      neutral: ['weder wahrscheinlich noch unwahrscheinlich', 'weder noch', 'vielleicht'],
      slightlyPositive: ['eher wahrscheinlich'],
      positive: ['wahrscheinlich'],
      veryPositive: ['sehr wahrscheinlich', 'äußerst wahrscheinlich', 'auf jeden fall'],
    },
    ease: {
      veryNegative: ['sehr schwierig', 'sehr schwer'],
      negative: ['schwierig', 'schwer'],
      slightlyNegative: ['eher schwierig', 'eher schwer'],
      // Either word of ease with either word of difficulty, and the middles other German scales use.
      neutral: ['weder einfach noch schwierig', 'weder leicht noch schwierig', 'weder leicht noch schwer', 'weder einfach noch schwer', 'weder noch', 'teils, teils', 'teils/teils', 'neutral'],
      slightlyPositive: ['eher einfach', 'eher leicht'],
      positive: ['einfach', 'leicht'],
      veryPositive: ['sehr einfach', 'sehr leicht'],
    },
    effort: {
      veryNegative: ['sehr geringer aufwand', 'sehr wenig aufwand', 'kein aufwand'],
      negative: ['geringer aufwand', 'wenig aufwand'],
      neutral: ['mittlerer aufwand', 'weder geringer noch hoher aufwand', 'weder noch', 'teils, teils', 'neutral'],
      positive: ['hoher aufwand', 'viel aufwand', 'großer aufwand'],
      veryPositive: ['sehr hoher aufwand', 'sehr viel aufwand', 'sehr großer aufwand'],
    },
    frequency: {
      veryNegative: ['nie', 'niemals'],
      negative: ['selten'],
      neutral: ['manchmal', 'gelegentlich'],
      positive: ['oft', 'häufig', 'meistens'],
      veryPositive: ['immer'],
      sets: {
        // "Never, Rarely, Sometimes, Often": four points, none above often.
        'never-often-4': [['nie', 'niemals'], ['selten'], ['manchmal', 'gelegentlich'], ['oft', 'häufig']],
        'almost-4': [['fast nie'], ['manchmal', 'gelegentlich'], ['oft', 'häufig'], ['fast immer']],
        'almost-5': [['fast nie'], ['selten'], ['manchmal', 'gelegentlich'], ['oft', 'häufig'], ['fast immer']],
        // LimeSurvey's "gar nicht / selten / eher selten / eher häufig / sehr häufig": no middle, and
        // "eher selten" (rather seldom) comes above "selten".
        'very-often-5': [['gar nicht', 'nie', 'niemals'], ['selten', 'fast nie'], ['eher selten', 'manchmal', 'gelegentlich'], ['eher häufig', 'häufig', 'oft'], ['sehr häufig', 'sehr oft']],
        // A health questionnaire's days in the last two weeks (PHQ-9, GAD-7 and their standard translations).
        'days-4': [['überhaupt nicht'], ['an einzelnen tagen'], ['an mehr als der hälfte der tage'], ['beinahe jeden tag', 'fast jeden tag']],
      },
      ladder: [
        ['nie', 'niemals'],
        ['seltener als einmal im jahr', 'seltener als einmal pro jahr'],
        ['einmal im jahr', 'einmal pro jahr', 'jährlich'],
        ['mehrmals im jahr', 'mehrmals pro jahr', 'einige male im jahr'],
        ['seltener als einmal im monat', 'seltener als einmal pro monat'],
        ['einmal im monat', 'einmal pro monat', 'monatlich'],
        ['mehrmals im monat', 'mehrmals pro monat', 'einige male im monat'],
        ['einmal in der woche', 'einmal pro woche', 'wöchentlich'],
        ['mehrmals in der woche', 'mehrmals pro woche', 'mehrmals wöchentlich'],
        ['fast täglich', 'fast jeden tag'],
        ['täglich', 'jeden tag', 'einmal am tag'],
        ['mehrmals täglich', 'mehrmals am tag', 'mehrmals pro tag'],
      ],
    },
    favourability: {
      veryNegative: ['sehr negativ', 'sehr ungünstig'],
      negative: ['negativ', 'ungünstig'],
      slightlyNegative: ['eher negativ', 'eher ungünstig'],
      neutral: ['neutral', 'weder positiv noch negativ'],
      slightlyPositive: ['eher positiv', 'eher günstig'],
      positive: ['positiv'],
      veryPositive: ['sehr positiv'],
      sets: { 'like-3': [['gefällt mir nicht', 'mag ich nicht'], ['weder gefällt noch missfällt', 'weder noch'], ['gefällt mir', 'mag ich']] },
    },
    usefulness: {
      veryNegative: ['überhaupt nicht nützlich', 'gar nicht nützlich', 'gar nicht hilfreich', 'überhaupt nicht hilfreich', 'völlig nutzlos', 'nutzlos'],
      negative: ['nicht nützlich', 'wenig nützlich', 'nicht hilfreich', 'wenig hilfreich'],
      slightlyNegative: ['eher nicht nützlich', 'eher nutzlos', 'eher nicht hilfreich'],
      neutral: ['weder nützlich noch nutzlos', 'teils, teils', 'neutral'],
      slightlyPositive: ['eher nützlich', 'eher hilfreich'],
      positive: ['nützlich', 'hilfreich'],
      veryPositive: ['sehr nützlich', 'äußerst nützlich', 'sehr hilfreich', 'äußerst hilfreich'],
    },
    success: {
      veryNegative: ['gar nicht erfolgreich', 'überhaupt nicht erfolgreich', 'völlig erfolglos', 'sehr erfolglos'],
      negative: ['nicht erfolgreich', 'erfolglos', 'wenig erfolgreich'],
      slightlyNegative: ['eher nicht erfolgreich', 'eher erfolglos'],
      neutral: ['weder erfolgreich noch erfolglos', 'mäßig erfolgreich', 'teils, teils', 'neutral'],
      slightlyPositive: ['eher erfolgreich'],
      positive: ['erfolgreich'],
      veryPositive: ['sehr erfolgreich', 'äußerst erfolgreich', 'völlig erfolgreich'],
    },
    change: {
      veryNegative: ['viel schlechter', 'deutlich schlechter', 'wesentlich schlechter', 'stark verschlechtert', 'hat sich deutlich verschlechtert'],
      negative: CHANGE_WORSE,
      slightlyNegative: ['etwas schlechter', 'eher schlechter', 'leicht schlechter', 'ein wenig schlechter', 'etwas verschlechtert', 'leicht verschlechtert'],
      neutral: CHANGE_SAME,
      slightlyPositive: ['etwas besser', 'eher besser', 'leicht besser', 'ein wenig besser', 'etwas verbessert', 'leicht verbessert'],
      positive: CHANGE_BETTER,
      veryPositive: ['viel besser', 'deutlich besser', 'wesentlich besser', 'stark verbessert', 'hat sich deutlich verbessert'],
      sets: { '3': [CHANGE_WORSE, CHANGE_SAME, CHANGE_BETTER] },
    },
    extent: {
      veryNegative: ['gar nicht', 'überhaupt nicht', 'in keiner weise'],
      negative: ['in geringem maße', 'in geringem umfang', 'kaum', 'wenig'],
      neutral: ['in mittlerem maße', 'in gewissem maße', 'teilweise'],
      positive: ['in hohem maße', 'in großem umfang', 'stark'],
      veryPositive: ['in sehr hohem maße', 'in sehr großem umfang', 'voll und ganz', 'vollständig', 'sehr stark'],
    },
    hedgedYesNo: {
      sets: {
        '3': [['nein'], ['vielleicht'], ['ja']],
        'partly-3': [['nein', 'nein, gar nicht'], ['teilweise', 'zum teil', 'ja, teilweise', 'ja, zum teil', 'ja, manchmal', 'ja, in gewissem maße', 'ja, bis zu einem gewissen grad', 'manchmal'], ['ja', 'ja, vollständig', 'ja, komplett', 'ja, immer', 'ja, auf jeden fall']],
        '4': [['nein', 'auf keinen fall', 'sicher nicht', 'bestimmt nicht'], ['eher nein', 'eher nicht', 'wahrscheinlich nicht'], ['eher ja', 'wahrscheinlich ja'], ['ja', 'auf jeden fall', 'ganz sicher', 'bestimmt']],
        '5': [['nein', 'auf keinen fall', 'sicher nicht', 'bestimmt nicht'], ['eher nein', 'eher nicht', 'wahrscheinlich nicht'], ['weder ja noch nein', 'teils, teils', 'ja und nein'], ['eher ja', 'wahrscheinlich ja'], ['ja', 'auf jeden fall', 'ganz sicher', 'bestimmt']],
      },
    },
    intensity: {
      notAtAll: ['überhaupt nicht …', 'gar nicht …', 'ganz und gar nicht …', 'nein, überhaupt nicht …', 'nein, gar nicht …'],
      not: ['nicht …', 'nein, nicht …', 'nicht so …', 'nicht sehr …', 'nein, nicht so …'],
      slightly: ['etwas …', 'ein wenig …', 'ein bisschen …', 'leicht …', 'ja, etwas …', 'ja, ein wenig …'],
      somewhat: ['einigermaßen …', 'ja, einigermaßen …'],
      moderately: ['mäßig …', 'mittelmäßig …', 'ja, mäßig …'],
      very: ['sehr …', 'ja, sehr …'],
      extremely: ['äußerst …', 'extrem …', 'außerordentlich …', 'ja, äußerst …', 'ja, extrem …'],
      negative: ['unhöflich*', 'respektlos*', 'ärgerlich*', 'störend*', 'lästig*', 'nervig*', 'unangenehm*', 'schlecht*', 'schwierig*', 'schwer', 'stressig*', 'frustrierend*', 'verwirrend*', 'kompliziert*', 'umständlich*', 'unbequem*', 'besorgt*', 'beunruhigt*', 'enttäuscht*', 'unzufrieden*', 'teuer*', 'problematisch*', 'schädlich*', 'riskant*', 'gefährlich*', 'laut*', 'langsam*', 'anstrengend*', 'langweilig*', 'beleidigend*', 'aufdringlich*', 'unzuverlässig*', 'unfreundlich*', 'unangemessen*', 'zeitaufwendig*', 'zeitaufwändig*'],
    },
  },
  // The head of a short header naming a kind of thing, its categories (see Lexicon.kindHeads).
  kindHeads: { endings: ['art', 'kategorie', 'kanal', 'typ', 'methode', 'tarif', 'thema', 'grund'], first: ['art', 'grund', 'kategorie', 'typ', 'methode', 'kanal'], after: ['der', 'des', 'die', 'zur', 'zum', 'ihrer', 'ihres'] },
  // A health questionnaire's question: its window and its word of being bothered (see Lexicon.health).
  health: { window: ['letzten 2 wochen', 'letzten zwei wochen', 'letzten 14 tage', 'letzten 14 tagen'], bothered: ['beeinträchtigt', 'belastet'] },
};
