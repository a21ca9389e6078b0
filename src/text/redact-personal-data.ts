/**
 * Masks the personal data that customers write into comments, so that no output repeats it:
 * e-mail addresses → `[email]`, web addresses that carry a token or a key → `[url]`, IBAN-like
 * account numbers that pass the ISO 13616 check → `[iban]`, card-like numbers of 13 to 19 digits
 * that pass the Luhn check → `[card]`, IP addresses → `[ip]`, and phone numbers → `[phone]`: an
 * international number (`+48 601 234 567`, `0044 20 7946 0958`), a run of 9 to 15 digits written with the spaces,
 * dashes, dots, slashes and brackets of the seven lexicon languages' national formats
 * (`601-234-567`, `030/1234567`, `06 12 34 56 78`, `(11) 98765-4321`), or a run of 7 or 8 digits
 * right after a word for a phone (`tel.`, `Telefon`, `tālr.`: Latvian numbers have 8 digits, as
 * many as a date written 20260105). Dates, prices and short order numbers stay as written; a long
 * number that is no phone (an order or customer number of 9 digits or more) is masked too, which
 * errs on the safe side.
 *
 * @example redactPersonalData('Mail jan@example.com or call +48 601 234 567') // 'Mail [email] or call [phone]'
 */
export function redactPersonalData(text: string): string {
  // Cheap test first: most texts hold no @, no address and no run of digits to look at.
  if (!MAY_HOLD.test(text)) return text;
  const masked = text
    .replace(URL, (url) => (hasToken(url) ? '[url]' : url))
    .replace(EMAIL, '[email]')
    .replace(SPACED_EMAIL, (found, name: string, at: string, domain: string) => (/^\s.*\s$/su.test(at) && (/^[\d.,]+$/.test(name) || (!/[._\p{N}]/u.test(name) && !MAIL_PROVIDER.test(domain))) ? found : '[email]'))
    .replace(SPELLED_EMAIL, '[email]')
    .replace(IBAN, maskIban)
    .replace(ACCOUNT, (found, check: string | undefined) => (check === undefined || isIban(`PL${digitsOf(found)}`) ? '[iban]' : found))
    .replace(CARD, (found) => (luhn(digitsOf(found)) ? '[card]' : found));
  // An address needs its points or colons: most comments are spared the two patterns.
  // IPv4 first: an IPv4 address written inside an IPv6 one ("::ffff:192.168.0.7") is masked whole.
  const mask = (found: string, at: number, whole: string) => (isAddress(found) && !VERSION_BEFORE.test(whole.slice(Math.max(0, at - 12), at)) ? '[ip]' : found);
  const withoutIpv4 = masked.includes('.') ? masked.replace(IPV4, mask) : masked;
  return (withoutIpv4.includes(':') ? withoutIpv4.replace(IPV6, mask) : withoutIpv4)
    .replace(INTERNATIONAL_PHONE, (found) => (digitsOf(found).length >= 8 ? '[phone]' : found))
    .replace(LONG_NUMBER, (found) => (DATE_LIKE.test(found) || DECIMAL.test(found) || digitsOf(found).length < 9 || digitsOf(found).length > 15 ? found : '[phone]'))
    .replace(CUED_PHONE, (found, cue: string, digits: string) => (noPhone(digits) ? found : `${cue}[phone]`))
    .replace(LATVIAN_PHONE, (found, at: number, whole: string) => (noPhone(found) || namesAnIdentifier(whole.slice(Math.max(0, at - 40), at)) || UNIT_AFTER.test(whole.slice(at + found.length)) ? found : '[phone]'));
}

const MAY_HOLD = /@|:\/\/|www\.|\d{3}|\d[\s./-]\d|[[(]at[\])]|[0-9a-f]:[0-9a-f:]/i;

// An IP address (Qualtrics' IPAddress column, a respondent's own in a comment), personal data as a
// phone number is: four numbers of 0-255 joined by points, one of them of two digits or more
// ("App version 2.4.1.0", "Section 4.2.1.3" are no address), or groups of hexadecimal digits joined
// by colons, some left out with "::" ("fe80::1"), five groups at least without it and one of them
// of two characters or more ("10:15:00" is a time, "1:2:3:4:5" a ratio).
const IPV4 = /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.]*\d)/g;
const IPV6 = /(?<![\w:])[0-9a-f]{1,4}(?::{1,2}[0-9a-f]{1,4}){1,7}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6}::|::[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})(?![\w:])/gi;

/**
 * Whether a match of IPV4 or IPV6 is an address (see them): an IPv6 one with "::" needs a letter
 * or a group of three characters or more ("fe80::1" is one, "Meet at 10::30" none).
 */
function isAddress(found: string): boolean {
  if (found.includes('.')) return found.split('.').some((part) => part.length >= 2);
  const groups = found.split(':').filter((group) => group !== '');
  if (found.includes('::')) return /[a-f]/i.test(found) || groups.some((group) => group.length >= 3);
  return groups.length >= 5 && groups.some((group) => group.length >= 2);
}

/**
 * The text with its web and e-mail addresses taken out, each a space (one written without its
 * scheme too, of a common top-level domain: "trustpilot.com/review/acme"): the words an address holds
 * ("trustpilot", "support@…", "/delivery-status/") are no words the customer wrote, for the
 * comment's themes, tone, language and words.
 *
 * @example withoutAddresses('Review at https://www.trustpilot.com/review/acme') // 'Review at  '
 */
export function withoutAddresses(text: string): string {
  if (!text.includes('@') && !text.includes('://') && !/www\.|\.(?:com|org|net|io|info)\b|\.(?:co|uk|eu|de|fr|es|pt|pl|lv)\//.test(text)) return text;
  return text.replace(URL, ' ').replace(EMAIL, ' ').replace(BARE_DOMAIN, ' ');
}

// An address written without its scheme, in lower case: of a generic top-level domain ("trustpilot.com",
// "acme.org/help"), or of a country's with a path after it ("acme.de/hilfe"); "producto.Es" and "service.Co-op" are words.
const BARE_DOMAIN = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|info)\b(?:\/[^\s<>"']*)?|\b(?:[a-z0-9-]+\.)+(?:co|uk|eu|de|fr|es|pt|pl|lv)\/[^\s<>"']*/gu;

// A version's or a section's number is no address: "version 10.2.1.0", "v10.2.1.0", "Chapter 1.10.2.3".
const VERSION_BEFORE = /(?:\bv|\bver\.?|version|versión|versão|wersja|versija|chapter|section|kapitel|abschnitt|chapitre|capítulo|rozdział)\s*$/iu;

// A web address; a token is a parameter named as secrets are, or a run of 16 letters and digits
// mixed (a session id, a signed link), in its path or query.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
const SECRET_PARAMETER = /[?&#;](?:[\w-]*(?:token|key|secret|auth|session|sid|sig|signature|password|passwd|pwd|code|hash))=/i;
const LONG_TOKEN = /[A-Za-z0-9_-]{16,}/g;

function hasToken(url: string): boolean {
  // An e-mail address in a link (`unsubscribe?email=jan%40example.com`) is personal data too.
  if (SECRET_PARAMETER.test(url) || ADDRESS_IN_LINK.test(url)) return true;
  return (url.match(LONG_TOKEN) ?? []).some((run) => /\d/.test(run) && /[A-Za-z]/.test(run));
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// An address written with a space beside its @ ("jan.kowalski @ gmail.com", "john@ gmail.com"), as if
// to keep it from harvesters; its name starts where no letter of an address stands before it, so
// that a long run of them is read once. With a space on each side, a name of letters alone is an
// address's only at a mail provider ("jan @ gmail.com", "kasia @ wp.pl"), and a number none: a
// shop's address after a word or a price is no e-mail ("Bought @ amazon.com", "19.99 @ amazon.com").
const SPACED_EMAIL = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)(\s+@\s*|\s*@\s+)([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})/gu;
const MAIL_PROVIDER = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|gmx|web|t-online|freenet|wp|onet|o2|interia|op|tlen|inbox|apollo|orange|free|laposte|sfr|wanadoo|sapo|uol|bol|terra|ig|hotmail|proton|protonmail|mail|yandex|seznam)\./i;
// An address inside a link, its @ escaped or not.
const ADDRESS_IN_LINK = /[\w.+-](?:%40|@)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
const EMAIL_ALONE = new RegExp(`^${EMAIL.source}$`, 'u');

/** Whether `text`, trimmed, is an e-mail address and nothing else, as redaction finds them. */
export function isEmailAddress(text: string): boolean {
  return EMAIL_ALONE.test(text.trim());
}
// An address spelled out against harvesters: "jan[at]example.com", "jan (at) example (dot) com".
const SPELLED_EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+\s?[[(]at[\])]\s?[\p{L}\p{N}-]+(?:\s?(?:[[(]dot[\])]|\.)\s?[\p{L}\p{N}-]+)+/giu;

// Two letters, two check digits, then 11 to 30 letters and digits, in groups of four or not, split by spaces or dashes.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}\b/gi;
// A Polish account number (NRB) written without its "PL": two check digits and 24 digits, whole or
// in groups of four ("61 1090 1014 0000 0712 1981 2874"), masked where it passes the check of the
// IBAN it is the end of; or its 24 digits alone in six groups of four, as a bank's number and an
// account's; or any run of 20 to 34 digits written whole, as a Spanish account number (CCC) is
// (a parcel's tracking number so written is masked too, on the safe side): none is a date or a price.
const ACCOUNT = /\b\d{20,34}\b|\b(\d{2}[ -]?)?\d{4}(?:[ -]?\d{4}){5}\b/g;

/**
 * The IBAN at the start of `found`, masked: the longest start of it, ending where a group of
 * characters ends, that passes the ISO 13616 check. The pattern reaches on over a word that follows
 * an IBAN ("DE89 3704 0044 0532 0130 00 erstatten"), so the whole of it seldom passes.
 */
function maskIban(found: string): string {
  for (let end = found.length; end >= 15; end = Math.max(found.lastIndexOf(' ', end - 1), found.lastIndexOf('-', end - 1))) {
    if (end < 0) break;
    if (isIban(found.slice(0, end))) return `[iban]${found.slice(end)}`;
  }
  return found;
}

/** The ISO 13616 check: the number moved four characters left, letters as 10-35, is 1 mod 97. */
function isIban(found: string): boolean {
  const compact = found.replace(/[ -]/g, '').toUpperCase();
  if (compact.length < 15 || compact.length > 34) return false;
  const moved = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of moved) {
    const value = char >= 'A' && char <= 'Z' ? char.charCodeAt(0) - 55 : Number(char);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

// 13 to 19 digits, in groups split by single spaces or dashes (4111 1111 1111 1111, 4111-1111-…).
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** The Luhn check of card numbers: every second digit from the right doubled, the sum a multiple of 10. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

// + or 00, a country code, then more digits in groups (a bracketed one too): 8 to 15 digits in all.
// A 00 that goes on a run of digits ("1 85 05 78 006 084 36", a French social security number) is
// no international prefix: the run is read whole below.
const INTERNATIONAL_PHONE = /(?:\+|(?<!\d[\s./-]?)\b00)\d{1,3}(?:(?:\s?[./-]\s?|\s)?(?:\(\d{1,4}\)|\d+)){1,6}/g;
// Digits in groups of one or more, split by one separator each, a bracketed area code first or
// not: a phone when they are 9 to 15 digits in all.
const LONG_NUMBER = /(?:\(\d{2,4}\)\s?)?\b\d(?:(?:\s?[./-]\s?|\s)?\d){5,14}\b/g;
// A number of one to three digits (not starting with 0, as a phone's area code does, or 0 alone),
// a point and eleven digits or more (a place's latitude as Qualtrics writes it, 42.401901245117): no
// phone, none of which is written so ("333.1234567", "0171.2345678", a country code and a point
// before a mobile number, "49.1701234567", are masked).
const DECIMAL = /^(?:0|[1-9]\d{0,2})\.\d{11,}$/;
// 2026-01-05 12:30 and 05.01.2026 are dates, not phones.
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:\s+\d{1,2}[.:]?\d{0,2})?$/;
// A word for a phone, or a verb of calling, in the seven languages, up to four short words after it
// ("Zvaniet man uz", "Mans numurs ir", "reach me at", "mój numer to"), then a number of 7 or 8
// digits: a Latvian number has 8 ("zvaniet 29123456"). A date, a time of day, or thousands after
// it are none ("call me on 15.01.2026", "zvaniet 10.00-18.00", "call 2 000 000 customers").
const PHONE_CUES = [
  'tel', 'phone', 'telephone', 'mobile', 'cell', 'call', 'call me', 'ring me', 'text me', 'whatsapp', 'reach me', 'my number', 'phone number',
  'telefon', 'telefonnummer', 'handy', 'handynummer', 'meine nummer', 'anrufen', 'erreichbar', 'ruf', 'rufen',
  'tél', 'téléphone', 'portable', 'appelez', 'appeler', 'rappelez', 'joignable', 'mon numéro',
  'teléfono', 'telefono', 'móvil', 'movil', 'llámame', 'llámeme', 'llamadme', 'llámenme', 'llamar', 'mi número', 'mi numero',
  'telefone', 'telemóvel', 'celular', 'ligue', 'liguem', 'liga', 'ligar', 'meu número', 'meu numero',
  'telefonu', 'komórka', 'komorka', 'mój numer', 'moj numer', 'zadzwoń', 'zadzwońcie', 'dzwonić', 'dzwoń',
  'tālr', 'tālrunis', 'tālruni', 'tālrunī', 'tālruņa', 'telefons', 'telefonu', 'mobilais', 'mob', 'mans numurs', 'zvaniet', 'zvani', 'piezvaniet', 'piezvani', 'zvanīt', 'sazinieties',
];
const CUED_PHONE = new RegExp(`(\\b(?:${PHONE_CUES.map((cue) => cue.replace(/ /g, '\\s+')).join('|')})\\.?(?:[\\s-]+\\p{L}{1,6}){0,4}\\s*(?:(?:nr|no|n°)\\.?\\s*)?(?:[:.]\\s*)?)(\\d(?:[\\s.-]?\\d){6,7})(?![\\d.,]*\\d)`, 'giu');
/** Whether the text before a number ends in the label of an order's, an invoice's, a parcel's or a code's number ("Bestellnummer", "Sūtījuma numurs"), not a phone's ("Telefonnummer", "mans numurs"). */
function namesAnIdentifier(before: string): boolean {
  const label = ORDER_BEFORE.exec(before)?.[1];
  if (label === undefined) return false;
  const words = before.slice(0, before.lastIndexOf(label)).trim().split(/\s+/);
  return !PHONE_NUMBER_WORD.test(label) && !PHONE_NUMBER_WORD.test(words.at(-1) ?? '');
}

// A time of day or a span of them ("10.30", "10.00-18.00"), and thousands written in groups ("2 000 000").
const TIMES = /^\d{1,2}[.:]\d{2}(?:\s*-\s*\d{1,2}[.:]\d{2})?$/;
const THOUSANDS = /^\d{1,3}(?:[ .]\d{3})+$/;

/** Whether digits after a word for a phone are no phone: a date, a time, thousands, or eight digits of a date. */
function noPhone(digits: string): boolean {
  // Eight digits in groups of three are a Latvian number's layout ("67 123 456") unless a group is 000 ("26 000 000").
  const thousands = THOUSANDS.test(digits) && (digitsOf(digits).length !== 8 || /(?:^|[ .])000(?=$|[ .])/.test(digits));
  return DATE_LIKE.test(digits) || TIMES.test(digits) || thousands || EIGHT_DIGIT_DATE.test(digitsOf(digits)) || YEARS.test(digits);
}

// A Latvian number written with no word for a phone before it: eight digits, a mobile's (2…) or a
// line's (6…), whole or in two fours ("29123456", "2912 3456"). None where it is a date (20260105,
// 25122025), a span of years (2025-2026), the number of an order or an invoice named just before
// it, or a sum or a count followed by its unit.
const LATVIAN_PHONE = /(?<![\d.,/-])[26]\d{3}[ -]?\d{4}(?![\d.,/-]*\d)/g;
const EIGHT_DIGIT_DATE = /^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)$/;
const YEARS = /^(?:19|20)\d\d[ -](?:19|20)\d\d$/;
// The label of an identifier's number: a word of number, whole or the end of a compound
// ("Bestellnummer", "Sendungsnummer"), or a word of an order, an invoice, a parcel or a code, whole
// ("EAN", not the end of "David").
const ORDER_BEFORE = /(?:^|[^\p{L}])(\p{L}*(?:nummer|number|numéro|número|numero|numer|numurs|bestellung|rechnung|auftrag|sendung)|orders?|invoices?|reference|tickets?|booking|tracking|commande|facture|suivi|pedido|factura|encomenda|fatura|rastreio|zamówieni\p{L}*|faktur\p{L}*|przesyłk\p{L}*|pasūtījum\p{L}*|rēķin\p{L}*|sūtījum\p{L}*|code|código|kod|kods|sku|ean|pin|art|ref|id)\.?(?:\s+\S+){0,2}\s*[:#.]?\s*$/iu;
// A word for a phone or "my" before a word of number names a phone's ("Telefonnummer", "mans numurs").
const PHONE_NUMBER_WORD = /^(?:tel|phone|telefon|handy|mobil|tālr|tālruņ|my|mans|meine|mon|mi|meu|mój)/iu;
const UNIT_AFTER = /^\s*(?:eur|euro|euros|eiro|€|usd|\$|pln|zł|zl|gbp|£|points?|punkti|punktu|pkt|km|kg|m|cm|mm|g|l|ml)(?![\p{L}\p{N}])/iu;
