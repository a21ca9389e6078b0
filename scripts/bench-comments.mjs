// Comments for the bench's export of distinct comments (scripts/bench.mjs, `--distinct`). Real
// comment columns hold almost no text twice: in the open-text columns of ../shared/real-exports
// with 20 answers or more (Typeform, Google Forms, Airbnb reviews), 97-100 % of the answers were
// distinct in ten of the twelve, 75 % and 79 % in the other two. The bench's own export repeats
// eight texts, so its "comments add" is the cost of a comment already read; this one is the cost
// of reading comments, one new text after another.
//
// A comment is put together, in one of nine languages (seven of satisfy's lexicons, Dutch and
// Italian for "other"), from an opening, one or two remarks (on delivery, pricing, complaints,
// service, trust, praise and needs), a time, sometimes a name and a closing: millions of texts,
// one in ten a short answer that real columns repeat ("Thanks", "n/a", "-"). Their words come from
// a small vocabulary, about 650 words against the 8,000 of as much text of the real comments of
// fixtures/comments/sources: what satisfy remembers per word (stems, stem keywords) is found far
// more often here than in real comments, so this times new texts of known words.

const SHORT = ['Thanks', 'Good', 'n/a', '-', 'Great service', 'None', 'OK', 'Danke', 'Merci', 'Brak uwag', 'Nada', 'Paldies'];

const NAMES = ['Anna', 'Marek', 'Sophie', 'Lucas', 'Inês', 'Jānis', 'Carmen', 'Jonas', 'Claire', 'Tomasz', 'Laura', 'Pedro', 'Elīna', 'Hans', 'Julie', 'Diego', 'Maria', 'Oskar', 'Léa', 'Kasia'];

// Per language: its "and", times, openings, remarks, a sentence holding a name ({name}), closings.
const LANGUAGES = {
  en: {
    and: 'and',
    when: ['', 'last week', 'on Monday', 'yesterday', 'again', 'this month', 'before Christmas', 'after two reminders'],
    open: ['', 'Honestly,', 'Overall', 'To be fair,', 'Well,', 'This time', 'As usual', 'I must say'],
    remarks: ['the parcel arrived two days late', 'delivery was quick and the box was intact', 'the courier left it at the wrong door', 'prices went up again this month', 'good value for the money', 'shipping costs are far too high', 'I had a problem with a missing item', 'my complaint was handled quickly', 'nobody answered my emails for a week', 'the staff on the phone were very helpful', 'customer service kept me waiting on hold', 'I do not trust the tracking anymore', 'you always keep your promises', 'great quality, I love it', 'it would be nice to choose a delivery slot', 'please add more payment options', 'the refund took far too long', 'the app kept crashing at checkout', 'the product matched the description', 'packaging was damaged but the item was fine'],
    name: ['{name} at the help desk sorted it out', 'thanks to {name} for the quick reply', '{name} was rude on the phone'],
    close: ['', 'Thanks.', 'Will order again.', 'Not happy.', 'Keep it up!', 'Disappointed.', 'Cheers'],
  },
  de: {
    and: 'und',
    when: ['', 'letzte Woche', 'am Montag', 'gestern', 'schon wieder', 'diesen Monat', 'vor Weihnachten'],
    open: ['', 'Ehrlich gesagt', 'Insgesamt', 'Leider', 'Diesmal', 'Wie immer'],
    remarks: ['kam das Paket zwei Tage zu spät', 'war die Lieferung schnell und pünktlich', 'sind die Preise zu hoch', 'stimmt das Preis-Leistungs-Verhältnis', 'hatte ich ein Problem mit der Rechnung', 'wurde meine Beschwerde schnell bearbeitet', 'war der Kundenservice sehr freundlich', 'hat niemand auf meine E-Mail geantwortet', 'vertraue ich diesem Shop voll', 'wäre eine Expresslieferung schön', 'hätte ich gern mehr Zahlungsarten', 'war die Verpackung beschädigt'],
    name: ['{name} vom Service war sehr hilfsbereit', 'Danke an {name} für die Hilfe'],
    close: ['', 'Danke.', 'Gerne wieder.', 'Schade.', 'Weiter so!'],
  },
  fr: {
    and: 'et',
    when: ['', 'la semaine dernière', 'lundi', 'hier', 'encore une fois', 'ce mois-ci', 'avant Noël'],
    open: ['', 'Franchement,', 'Dans l\'ensemble', 'Malheureusement', 'Cette fois', 'Comme d\'habitude'],
    remarks: ['la livraison est arrivée avec deux jours de retard', 'livraison rapide et soignée', 'les prix sont trop élevés', 'bon rapport qualité-prix', 'j\'ai eu un problème avec ma commande', 'ma réclamation a été traitée rapidement', 'le service client était très aimable', 'personne n\'a répondu à mes messages', 'je fais confiance à cette marque', 'il serait bien de pouvoir choisir le créneau', 'le colis était abîmé'],
    name: ['{name} du service client a été parfaite', 'merci à {name} pour son aide'],
    close: ['', 'Merci.', 'Je recommande.', 'Déçu.', 'Très bien'],
  },
  es: {
    and: 'y',
    when: ['', 'la semana pasada', 'el lunes', 'ayer', 'otra vez', 'este mes', 'antes de Navidad'],
    open: ['', 'Sinceramente,', 'En general', 'Por desgracia', 'Esta vez', 'Como siempre'],
    remarks: ['el pedido llegó con dos días de retraso', 'la entrega fue rápida', 'los precios son demasiado altos', 'buena relación calidad-precio', 'tuve un problema con la factura', 'mi reclamación se resolvió enseguida', 'la atención al cliente fue excelente', 'nadie respondió a mis correos', 'confío en esta tienda', 'me gustaría poder elegir la hora de entrega', 'el paquete llegó dañado'],
    name: ['{name} de atención al cliente fue muy amable', 'gracias a {name} por la ayuda'],
    close: ['', 'Gracias.', 'Volveré a comprar.', 'Decepcionado.', 'Muy bien'],
  },
  pt: {
    and: 'e',
    when: ['', 'na semana passada', 'na segunda-feira', 'ontem', 'outra vez', 'este mês', 'antes do Natal'],
    open: ['', 'Sinceramente,', 'No geral', 'Infelizmente', 'Desta vez', 'Como sempre'],
    remarks: ['a encomenda chegou com dois dias de atraso', 'a entrega foi rápida', 'os preços estão muito altos', 'boa relação qualidade-preço', 'tive um problema com a fatura', 'a minha reclamação foi resolvida depressa', 'o atendimento foi excelente', 'ninguém respondeu aos meus emails', 'confio nesta loja', 'gostaria que houvesse mais formas de pagamento', 'a embalagem chegou danificada'],
    name: ['a {name} do apoio ao cliente foi muito simpática', 'obrigado à {name} pela ajuda'],
    close: ['', 'Obrigado.', 'Recomendo.', 'Desiludido.', 'Muito bom'],
  },
  pl: {
    and: 'i',
    when: ['', 'w zeszłym tygodniu', 'w poniedziałek', 'wczoraj', 'znowu', 'w tym miesiącu', 'przed świętami'],
    open: ['', 'Szczerze mówiąc,', 'Ogólnie', 'Niestety', 'Tym razem', 'Jak zwykle'],
    remarks: ['paczka przyszła dwa dni po terminie', 'dostawa była szybka', 'ceny są za wysokie', 'dobry stosunek jakości do ceny', 'miałem problem z fakturą', 'moja reklamacja została szybko rozpatrzona', 'obsługa klienta była bardzo miła', 'nikt nie odpowiedział na moje maile', 'ufam temu sklepowi', 'brakuje mi możliwości wyboru godziny dostawy', 'paczka była uszkodzona'],
    name: ['pani {name} z infolinii bardzo pomogła', 'dziękuję {name} za pomoc'],
    close: ['', 'Dziękuję.', 'Polecam.', 'Rozczarowanie.', 'Super'],
  },
  lv: {
    and: 'un',
    when: ['', 'pagājušajā nedēļā', 'pirmdien', 'vakar', 'atkal', 'šomēnes', 'pirms Ziemassvētkiem'],
    open: ['', 'Godīgi sakot,', 'Kopumā', 'Diemžēl', 'Šoreiz', 'Kā parasti'],
    remarks: ['piegāde kavējās par divām dienām', 'piegāde bija ātra', 'cenas ir par augstu', 'laba cenas un kvalitātes attiecība', 'man bija problēma ar rēķinu', 'mana sūdzība tika ātri izskatīta', 'klientu apkalpošana bija ļoti laipna', 'neviens neatbildēja uz maniem e-pastiem', 'es uzticos šim veikalam', 'gribētos izvēlēties piegādes laiku', 'iepakojums bija bojāts'],
    name: ['{name} no klientu servisa ļoti palīdzēja', 'paldies {name} par palīdzību'],
    close: ['', 'Paldies.', 'Iesaku.', 'Vīlies.', 'Lieliski'],
  },
  nl: {
    and: 'en',
    when: ['', 'vorige week', 'op maandag', 'gisteren', 'alweer'],
    open: ['', 'Eerlijk gezegd', 'Over het algemeen', 'Helaas', 'Deze keer'],
    remarks: ['kwam het pakket twee dagen te laat', 'was de levering snel', 'zijn de prijzen te hoog', 'had ik een probleem met de factuur', 'was de klantenservice erg vriendelijk', 'reageerde niemand op mijn e-mails'],
    name: ['{name} van de klantenservice hielp me goed'],
    close: ['', 'Bedankt.', 'Aanrader.', 'Jammer.'],
  },
  it: {
    and: 'e',
    when: ['', 'la settimana scorsa', 'lunedì', 'ieri', 'di nuovo'],
    open: ['', 'Sinceramente', 'Nel complesso', 'Purtroppo', 'Questa volta'],
    remarks: ['il pacco è arrivato con due giorni di ritardo', 'la consegna è stata veloce', 'i prezzi sono troppo alti', 'ho avuto un problema con la fattura', 'il servizio clienti è stato gentilissimo', 'nessuno ha risposto alle mie email'],
    name: ['{name} del servizio clienti è stata bravissima'],
    close: ['', 'Grazie.', 'Consigliato.', 'Peccato.'],
  },
};

// How often each language is written: English most, then the others, as in a European programme.
const WEIGHTED = [...Array(6).fill('en'), 'de', 'de', 'fr', 'fr', 'es', 'pt', 'pl', 'pl', 'lv', 'nl', 'it'];

/**
 * A comment, from `next` (a seeded generator of numbers in [0, 1)): one in ten a short answer real
 * columns repeat, the others put together as the file's comment says.
 */
export function benchComment(next) {
  const pick = (items) => items[Math.floor(next() * items.length)];
  if (next() < 0.1) return pick(SHORT);
  const words = LANGUAGES[pick(WEIGHTED)];
  const first = pick(words.remarks);
  const parts = [pick(words.open), first, pick(words.when)];
  const second = pick(words.remarks);
  if (next() < 0.7 && second !== first) parts.push(next() < 0.5 ? `, ${second}` : `${words.and} ${second}`);
  const sentence = capitalize(parts.filter((p) => p !== '').join(' ').replaceAll(' ,', ','));
  const named = next() < 0.5 ? ` ${capitalize(pick(words.name).replace('{name}', pick(NAMES)))}.` : '';
  const close = pick(words.close);
  return `${sentence}.${named}${close === '' ? '' : ` ${close}`}`;
}

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
