import type { Lexicon } from './types.js';

// The change family's worse, same and better points: its slots, and its three points alone (`change-3`).
const CHANGE_WORSE = ['gorzej', 'pogorszenie', 'pogorszył się', 'pogorszyła się', 'pogorszyło się', 'pogorszyły się'];
const CHANGE_SAME = ['tak samo', 'tak samo jak wcześniej', 'bez zmian', 'pozostało bez zmian', 'brak zmian', 'nie zmienił się', 'nie zmieniła się', 'nie zmieniło się', 'ani lepiej, ani gorzej', 'bez wpływu', 'brak wpływu', 'nie miało wpływu'];
const CHANGE_BETTER = ['lepiej', 'poprawa', 'poprawił się', 'poprawiła się', 'poprawiło się', 'poprawiły się'];

/** Polish. Keywords are mostly stems (`dostaw*`) because Polish inflects nouns and adjectives. */
export const pl: Lexicon = {
  language: 'pl',
  roles: {
    id: ['identyfikator', 'id respondenta', 'numer ankiety', 'nr ankiety', 'numer respondenta', 'id odpowiedzi', 'numer zamówienia', 'nr zamówienia', 'numer klienta', 'nr klienta', 'numer zgłoszenia', 'numer rezerwacji'],
    timestamp: ['sygnatura czasowa', 'znacznik czasu', 'data', 'godzina', 'data i godzina', 'data wypełnienia', 'data wysłania', 'data rozpoczęcia', 'data zakończenia'],
    nps: ['polec*', 'rekomend*'],
    csat: {
      strong: ['ogólne zadowolenie', 'ogólna satysfakcja', 'ogólnie zadowolony', 'ogólnie zadowolona', 'zadowolenie ogólne', 'ogólna ocena', 'ogólnie jak ocenia*', 'jak ogólnie oceni*', 'ogólnie jak bardzo'],
      weak: ['~ogólnie', '~ogólna', '~ogólne', 'zadowolen*', 'zadowolony', 'zadowolona', 'satysfakcj*'],
      overall: ['ogólnie', 'ogólna', 'ogólne'],
    },
    ces: ['łatw*', 'wysił*', 'jak trudno'],
    comment: ['komentarz*', 'uwagi', 'sugesti*', 'opinia', 'opinie', 'dlaczego', 'uzasadni*', '~coś jeszcze', 'inne uwagi', 'dodatkowe uwagi'],
    improve: ['poprawić', 'poprawy', 'ulepszyć'],
    segment: ['region', 'województwo', 'kraj', 'miasto', 'sklep', 'oddział', 'kanał', 'kanał kontaktu', 'sposób kontaktu', 'forma kontaktu', 'segment', '~pakiet', 'abonament', 'taryfa', '~produkt', '~kategoria', 'płeć', 'wiek', 'grupa wiekowa', 'język', 'rynek', 'dział', 'typ klienta', 'rodzaj klienta', '~źródło', 'ile ma pan lat', 'ile ma pani lat', 'ile ma pan pani lat', 'ile masz lat', 'przedział wiekowy', 'przedział dochodowy', 'grupa dochodowa', '~typ', '~rodzaj'],
    quantity: ['ile', 'liczba', 'godzin*', 'minut*', 'dni', 'lat', 'kwota', 'kwot*', 'wydatk*', 'dochód', 'procent*'],
    howOften: ['jak często'],
    counted: ['ile', 'liczba'],
    countedRating: ['ocen*', 'dał*', 'dać', 'przyznał*', 'przyznać', 'przyzna*', 'zasługuj*'],
    countedUnits: ['dzień', 'dni', 'dnia', 'noc', 'nocy', 'nocleg*', 'raz', 'razy', 'osoba', 'osoby', 'osób', 'gość', 'gości', 'pokój', 'pokoje', 'pokoi', 'dziecko', 'dzieci', 'godzin*', 'minut*', 'tydzień', 'tygodni*', 'miesiąc*', 'miesięcy', 'rok', 'lat', 'lata', 'znajom*', 'przyjaciel*', 'przyjaciół', 'koleg*', 'koleżank*'],
    countedPoints: ['punkt', 'punkty', 'punktów', 'punktach', 'gwiazdka', 'gwiazdki', 'gwiazdek', 'gwiazdkę', 'gwiazdy', 'gwiazd'],
    importance: ['~ważność', '~ważne', '~istotność', '~jak ważn*'],
    weight: ['waga', 'wagi', 'ważenie'],
    ignored: ['adres ip', 'adres e mail', 'e mail', 'imię', 'nazwisko', 'czas trwania', 'postęp', 'status'],
  },
  effort: { effort: ['wysił*'], metric: ['ces', 'wynik', 'wskaźnik', 'indeks', 'kpi'], metricOf: ['klient', 'klienta', 'klientów'], easy: ['łatw*'], difficult: ['trudn*'], clear: ['łatwy do zrozumienia', 'łatwa do zrozumienia', 'łatwe do zrozumienia', 'łatwi do zrozumienia', 'łatwo zrozumieć', 'łatwo zrozumiał*', 'łatwy do odczytania', 'łatwa do odczytania', 'łatwe do odczytania', 'łatwo przeczytać', 'łatwo czyteln*'], understand: ['zrozumieć', 'zrozumiał*', 'zrozumienia', 'odczytać', 'przeczytać', 'czyteln*'], whole: ['pomoc*', 'sprawę', 'sprawy', 'sprawa', 'zgłoszeni*', 'problem', 'problemu', 'ogólnie', 'uzyskać to czego potrzebowałem', 'uzyskać to czego potrzebowałam', 'dostać to czego potrzebowałem', 'dostać to czego potrzebowałam', 'otrzymać to czego potrzebowałem'], made: ['ułatwił', 'ułatwiła', 'ułatwiło', 'ułatwili', 'ułatwiły', 'ułatwia', 'ułatwiają', 'ułatwiał*'] },
  which: { ask: ['który', 'która', 'które', 'którego', 'której', 'którym', 'jaki rodzaj', 'jakiego rodzaju', 'jaki typ', 'jakiego typu', 'w jakim', 'w jakiej', 'w którym', 'w której', 'których', 'jaki', 'jaka', 'jakie', 'jakiego', 'jakiej', 'jakim', 'jakich', 'z poniższych opcji', 'z poniższej listy'], extent: ['w jakim stopniu', 'w jakiej mierze', 'jak bardzo', 'na ile', 'jaka jest pana opinia', 'jaka jest pani opinia', 'jaka jest twoja opinia', 'jakie jest pana zdanie', 'jakie jest pani zdanie', 'jaka jest pana pani opinia', 'jaka jest państwa opinia', 'jakie jest państwa zdanie', 'jakie jest pana pani zdanie'], chosen: ['wybrał*', 'wybrali*', 'wybier*', 'preferuj*', 'korzystał*', 'skorzystał*', 'używał*', 'używa pan', 'używa pani'] },
  yesNoQuestion: { opens: ['czy'], or: ['czy', 'lub', 'albo'], orNot: ['czy nie', 'czy też nie', 'lub nie', 'albo nie'] },
  guarantee: ['gwarancja zwrotu*', 'gwarancji zwrotu*', 'gwarancję zwrotu*', 'gwarancja satysfakcji', 'gwarancji satysfakcji', 'gwarancję satysfakcji', 'satysfakcja albo zwrot*', 'satysfakcja lub zwrot*'],
  waiting: ['czas oczekiwania', 'czas czekania', 'czekanie', 'czekać', 'czekał*', 'kolejk*', 'w kolejce'],
  timeFrame: ['w ciągu ostatnich', 'w ciągu ostatniego', 'w ciągu ostatniej', 'w ostatnich', 'przez ostatnie', 'w ciągu minionych'],
  // "Dostarczać" is also to provide ("Szkolenie dostarczyło praktycznej wiedzy").
  delivering: { delays: ['opóźnieni*', 'opóźnion*', 'spóźnieni*', 'spóźnion*'], verbs: ['dostarczon*', 'dostarczył*', 'dostarczy', 'dostarczyć', 'dostarcza', 'dostarczają', 'dostarczał*'], what: ['zamówieni*', 'zamówion*', 'produkt*', 'towar*', 'zakup*', 'drzwi', 'dom', 'domu', 'adres', 'adresu', 'adresem'], nouns: ['dostarczenie', 'dostarczenia', 'dostarczaniu', 'dostarczanie', 'dostarczania'], intangible: ['dostarczanie informacji', 'dostarczanie wiadomości', 'dostarczanie komunikatów', 'dostarczanie treści', 'dostarczanie szkoleń', 'dostarczanie szkolenia', 'dostarczanie powiadomień', 'dostarczania informacji', 'dostarczania wiadomości', 'dostarczania komunikatów', 'dostarczania treści', 'dostarczania szkoleń', 'dostarczania szkolenia', 'dostarczania powiadomień', 'dostarczaniu informacji', 'dostarczaniu wiadomości', 'dostarczaniu komunikatów', 'dostarczaniu treści', 'dostarczaniu szkoleń', 'dostarczaniu szkolenia', 'dostarczaniu powiadomień', 'dostarczenie informacji', 'dostarczenie wiadomości', 'dostarczenie komunikatów', 'dostarczenie treści', 'dostarczenie szkoleń', 'dostarczenie szkolenia', 'dostarczenie powiadomień', 'dostarczenia informacji', 'dostarczenia wiadomości', 'dostarczenia komunikatów', 'dostarczenia treści', 'dostarczenia szkoleń', 'dostarczenia szkolenia', 'dostarczenia powiadomień', 'dostarczeniu informacji', 'dostarczeniu wiadomości', 'dostarczeniu komunikatów', 'dostarczeniu treści', 'dostarczeniu szkoleń', 'dostarczeniu szkolenia', 'dostarczeniu powiadomień', 'dostarczanie kursu', 'dostarczanie kursów', 'dostarczanie zajęć', 'dostarczanie warsztatów', 'dostarczania kursu', 'dostarczania kursów', 'dostarczania zajęć', 'dostarczania warsztatów', 'dostarczaniu kursu', 'dostarczaniu kursów', 'dostarczaniu zajęć', 'dostarczaniu warsztatów', 'dostarczenie kursu', 'dostarczenie kursów', 'dostarczenie zajęć', 'dostarczenie warsztatów', 'dostarczenia kursu', 'dostarczenia kursów', 'dostarczenia zajęć', 'dostarczenia warsztatów', 'dostarczeniu kursu', 'dostarczeniu kursów', 'dostarczeniu zajęć', 'dostarczeniu warsztatów'], received: ['otrzyman*', 'otrzymał*', 'dostarczon*', 'dotarł*', 'doszł*'], told: ['opis', 'opisu', 'opisie', 'opisem', 'potwierdzeni*', 'e mail*', 'mail*', 'informacj*', 'dane', 'danych', 'strona internetowa', 'strony internetowej', 'stronie internetowej', 'faktur*', 'rachun*', 'paragon*'], accurate: ['kompletn*', 'niekompletn*', 'poprawn*'] },
  driver: { words: ['kierowca', 'kierowcy', 'kierowcę', 'kierowcą', 'kierowców'], ride: ['taksówk*', 'taxi', 'przejazd*', 'podróż*', 'kurs', 'kursu', 'pasażer*', 'autobus*', 'pociąg*', 'tras*', 'odbiór', 'samoch*', 'pojazd*', 'lot', 'lotu', 'locie'], safe: ['bezpieczn*'] },
  judged: { pricing: ['cena', 'ceny', 'cenie', 'cenę', 'cen', 'cenow*', 'koszt*', 'opłat*', 'uczciwa cena', 'uczciwe ceny', 'uczciwą cenę', 'drogo', 'tanio', 'stosunek jakości do ceny', 'relacja ceny do jakości'], trust: ['zaufani*', 'zaufać', 'ufam', 'ufać', 'ufasz', 'ufa', 'ufamy', 'ufacie', 'ufają', 'ufałbyś', 'ufałabyś'] },
  consent: ['wyrażam zgodę', 'zgoda na przetwarzanie', 'zgodę na przetwarzanie', 'przetwarzanie moich danych', 'przetwarzanie danych osobowych', 'zgoda na udział', 'zgodę na udział', 'zgadzam się na udział', 'zgadzam się na przetwarzanie'],
  consentDeclined: ['odmawiam', 'odmowa', 'odmowy', 'rezygnuj*', 'nie wyrażam zgody', 'nie zgadzam się'],
  consentTakingPart: ['udział w badaniu', 'udział w tym badaniu', 'udział w ankiecie', 'udział w tej ankiecie'],
  summaryRows: ['suma', 'razem', 'liczba odpowiedzi', 'ogolem', 'srednia', 'mediana', 'liczba', 'odchylenie standardowe'],
  dimensions: {
    // Order fulfilment ("Czas realizacji zamówienia") is delivery.
    // The goods received as they were described or pictured (eBay's "Item as described", E-S-QUAL's fulfilment): the order received
    // right, beside a word of the goods (weak: "The hotel room matched the photos" names no delivery); the description after the verb is
    // what they are compared with, not what is judged (so not `delivering.accurate`, which a word of `told` beside it takes away).
    delivery: ['dostaw*', 'dostarcz*', 'wysyłk*', 'realizacja zamówi*', 'realizacji zamówi*', 'realizację zamówi*', 'realizacją zamówi*', 'przesyłk*', 'kurier*', 'paczk*', 'doręcz*', '^terminow*', '^w terminie', '^w umówionym terminie', '^w ustalonym terminie', '^o umówionej godzinie', '^o ustalonej godzinie', '^punktualn*', '^dotarł na czas', '^dotarła na czas', '^dotarło na czas', '^dotarły na czas', '~szybkość', '~szybko*', 'opakowani*', 'zapakowan*', '~dotarł*', '~kompletn*', '~niekompletn*', '~poprawn*', '~zgodne z zamówieniem', '~zgodny z zamówieniem', '~zgodna z zamówieniem', '~zgodność z zamówieniem', '~zgodny z opisem', '~zgodna z opisem', '~zgodne z opisem', '~zgodność z opisem', '~zgodnie z opisem', '~zgodny ze zdjęciami', '~zgodna ze zdjęciami', '~zgodne ze zdjęciami', '~zgodny ze zdjęciem', '~zgodna ze zdjęciem', '~zgodne ze zdjęciem', '~jak na zdjęciu', '~jak na zdjęciach', '~jak w opisie', 'instalacj*', 'instalator*', 'aktywacj*', 'podłączeni*', 'wizyta technika', 'wizyty technika', 'wizyta instalatora', 'uruchomienie usługi', 'uruchomienia usługi', '^zgodnie z rozkładem', '^według rozkładu', '^opóźnieni*', '^opóźnion*', '^spóźnieni*', '^spóźnion*'],
    // What shipping costs is a price, and a fair price is a matter of price, not of trust (`uczciw*`).
    // Invoicing, but not a bare "faktura" (a fabric's texture too) or "rachunek" (a bank account too).
    // The price list (cennik), a subscription (abonament), a tariff and a commission are prices too.
    pricing: ['cena', 'ceny', 'cenie', 'cenę', 'cen', 'cenow*', 'koszt*', 'opłat*', 'koszt wysyłki', 'koszty wysyłki', 'kosztów wysyłki', 'koszt dostawy', 'koszty dostawy', 'kosztów dostawy', 'koszt przesyłki', 'koszty przesyłki', 'opłata za wysyłkę', 'opłaty za wysyłkę', 'opłata za dostawę', 'opłaty za dostawę', 'uczciwa cena', 'uczciwe ceny', 'uczciwą cenę', 'uczciwej ceny', 'uczciwych cen', 'cena jest uczciw*', 'ceny są uczciw*', 'drogo', 'tanio', 'stosunek jakości do ceny', 'relacja ceny do jakości', '~wartość', 'rabat*', 'cennik*', 'abonament*', 'taryf*', 'prowizj*', 'fakturowani*', 'faktura vat', 'faktury vat', 'fakturę vat', 'fakturze vat', 'e faktur*', 'okres umowy', 'czas trwania umowy', 'umowa abonamentowa', 'umowy abonamentowej', 'okres wypowiedzenia', 'wypowiedzenie umowy'],
    complaints: ['reklamacj*', 'skarg*', 'reklamował*', 'skarżył*', 'skarżyć', '~problem*', '~zgłoszeni*', '~rozwiązan*', 'rozpatrz*', '~zwrot*', 'usterk*', 'wadliw*', 'uszkodz*', '~przerwa w dostawie', '~przerwy w dostawie', '~przerwę w dostawie', '~przerwa w dostawach', '~przerwy w dostawach', '~przerw w dostawach', '~awari*', 'likwidacja szkody', 'likwidacji szkody', 'likwidację szkody', 'likwidacją szkody', 'likwidacja szkód', 'likwidacji szkód', 'poszło nie tak', 'poszło źle'],
    trust: ['zaufani*', 'zaufać', 'ufam', 'ufać', 'ufasz', 'ufa', 'ufamy', 'ufacie', 'ufają', 'ufałbyś', 'ufałabyś', 'wiarygodn*', 'uczciw*', 'rzeteln*', 'niezawodn*', 'polegać', 'dotrzymuje obietnic', '^transparentn*', '^przejrzyst*', 'czuję się bezpieczn*', 'czułem się bezpieczn*', 'czułam się bezpieczn*', 'czuć się bezpieczn*', 'czujemy się bezpieczn*', 'poczucie bezpieczeństwa', 'poczuciem bezpieczeństwa', 'bezpieczeństwo danych', 'bezpieczeństwa danych', 'bezpieczeństwo moich danych', 'ochrona danych', 'ochrony danych', 'ochronę danych', 'dane są bezpieczne', 'bezpieczne płatności', 'bezpieczna płatność', 'bezpieczeństwo płatności', 'bezpieczeństwa płatności', 'prywatność', 'prywatności', 'poufność', 'poufności'],
    // "Czat" is the online chat, a channel of support (English "chat" is a talk too, hence weak there); "wsparcie" (support)
    // counts in each of its cases ("Czat ze wsparciem").
    service: ['opiekun klienta', 'opiekuna klienta', 'opiekunem klienta', 'opiekunowi klienta', 'opiekunka klienta', 'opiekunki klienta', 'opiekun handlowy', 'opiekuna handlowego', 'opiekunem handlowym', 'opiekunka handlowa', 'account manager*', 'likwidator*', 'korespondencj*', 'nasze pisma', 'naszych pism', '~rejestracja', '~rejestracji', '~rejestrację', 'recepcj*', 'wyjaśnieni*', 'obsługa klienta', 'obsługi klienta', 'obsługą klienta', 'obsłudze klienta', 'biuro obsługi', 'obsługa', 'obsługi', 'obsługę', 'obsłudze', 'obsługą', 'wsparci*', 'pomoc techniczna', 'infolini*', 'call center', 'helpdesk', 'help desk', 'personel', 'pracownik*', 'pracownic*', 'konsultant*', 'konsultanc*', 'doradc*', 'sprzedawc*', 'uprzejm*', 'życzliw*', 'kompetencj*', 'kompetentn*', '~pomocn*', 'czas odpowiedzi', 'szybkość odpowiedzi', '~odpowied*', '~odpowiada*', '~komunikacj*', '~telefon*', 'czat*', 'czacie', '~e mail', 'media społecznościowe', 'zasady zwrotu', 'zasady zwrotów', 'polityka zwrotów', '~polityk*', '~zasad*', 'przeprosi*', 'przeprosin*', '~serwis*', '~pomoc', 'obsłużon*', 'obsłużył*', 'zameldowani*', 'czystość', 'czystości', 'czystością', 'czysto', 'higien*', 'udział w decyzjach', 'udziału w decyzjach', 'uczestnictwo w decyzjach', 'informacje o lekach', 'informacji o lekach', 'informacje o przyjmowanych lekach', 'informacji o przyjmowanych lekach'],
  },
  context: {
    comment: ['dodać', 'dodania', 'powiedzieć', 'przekazać', 'podzielić', 'napisać', 'wspomnieć', 'zasugerować', 'wiedzieć'],
    purchase: ['kupi*', 'zamówi*', 'nabył*', 'zakup*'],
    // Words of making a complaint ("Did you make a complaint about how your claim was handled?"): a word of resolution after one, unless it is said of a complaint made if one was (`ifMade`: "If you made a complaint, was it resolved?"), is what the complaint was about, and the question asks whether one was made.
    // How a complaint was made ("How did you make your complaint?"): its answers are the channel, no category of the problem.
    complaintChannel: ['w jaki sposób złożył*', 'jaką drogą', 'jakim kanałem', 'którym kanałem', 'za pośrednictwem jakiego'],
    complaintMade: ['złożył reklamację', 'złożyła reklamację', 'złożyli reklamację', 'złożył skargę', 'złożyła skargę', 'złożył pan reklamację', 'złożyła pani reklamację', 'reklamował*', 'skarżył*'],
    // A survey whose claim is its product (an insurance's, a warranty's, an expense claim: see claimsOfTheProduct): words of that product anywhere in it,
    // and the words naming the claim (the loss claimed) in a column, which is then the service the survey is about, no complaint.
    claimSurvey: ['ubezpiecz*', 'polis*', 'odszkodowa*', 'likwidacj*', 'likwidator*'],
    claimNamed: ['szkod*', 'likwidac*'],
    complaining: ['reklamacj*', 'skarg*', 'zażalen*'],
    ifMade: ['jeśli', 'jeżeli', 'gdy', 'kiedy'],
    best: ['najlepsz*'],
    resolution: ['rozwiązan*', 'rozwiąza*', 'rozpatrzon*', 'załatwion*'],
    solving: ['rozwiąz*'],
    purpose: ['aby', 'żeby', 'by'],
    // What makes the thing counted a burden, whatever it was done for (see putRight): "had to contact us more than once to solve".
    burden: ['musiał*', 'musiała*', 'musieli*', 'więcej niż raz', 'kilka razy', 'ponownie'],
    // Verbs of being told (see reversedWording): a bad thing one was told of is no longer what is counted: "How often were delays communicated to you in advance?".
    informing: ['poinformowan*', 'informowan*', 'powiadomion*', 'powiadamian*', 'uprzedzon*', 'uprzedzan*', 'ostrzeżon*', 'zawiadomion*', 'wyjaśnion*', 'objaśnion*'],
    informingOf: ['o'],
    informingThat: ['że'],
    problemFree: ['bez', 'żaden', 'żadne', 'żadnych', 'żadnego', 'żadnej'],
    importance: ['dla ciebie', 'dla pana', 'dla pani', 'dla mnie'],
    csat: ['zadowol*', 'satysfakcj*', 'ocen*', 'wrażeni*', 'doświadczeni*'],
    // A word of quality ("Quality of the provider"): what follows it is rated, not a group (see detectColumn).
    quality: ['jakość', 'jakości', 'jakością'],
    segment: ['jaki', 'jaka', 'jakie', 'który', 'która', 'które', 'rodzaj', 'typ', 'nazwa', 'wybierz'],
    complaints: ['wystąpił*', 'miał*', 'napotka*', 'rozpatrzono', 'rozpatrzenie', 'obsłużono', 'rodzaj', 'zamówi*', 'produkt', 'produktu', 'produktem', 'produkty', 'produktów', 'usług*', 'firm*', 'sklep*', 'dostaw*', 'obsług*', 'klient*', 'reklamacj*', 'konto', 'zakup*', 'przesyłk*', 'fakturowani*', 'faktura vat', 'faktury vat', 'fakturę vat', 'fakturze vat', 'e faktur*'],
    delivery: ['zamówi*', 'dostaw*', 'przesyłk*', 'paczk*', 'produkt', 'produktu', 'produktem', 'produkty', 'produktów', 'zakup*', 'kurier*', 'towar*'],
    pricing: ['pieniądz*', 'cen*', 'koszt*', 'zapłac*', 'płac*', 'zakup*'],
    service: ['klient*', 'zapytani*', 'pytani*', 'pytań', 'zgłoszeni*', 'kontakt*', 'zespół', 'zespołu', 'firm*', 'sklep*', 'jakość', 'jakości'],
  },
  reversedWording: {
    negation: ['nie', 'nigdy', 'zaden', 'zadna', 'zadne'],
    absence: ['bez'],
    opposite: ['zawyżon*', 'wygórowan*', 'nadmiern*', 'trudn*', 'ciezk*', 'skomplikowan*', 'powoln*', 'wolno', 'opoznion*', 'opoznil*', 'opozniaj*', 'opoznia sie', 'niejasn*', 'niezrozumia*', 'nieprzejrzyst*', 'wprowadzajac* w blad', 'nieczyteln*', 'nieprzyjazn*', 'nieuprzejm*', 'niemil*', 'niegrzeczn*', 'opryskliw*', 'chamsk*', 'nieprofesjonaln*', 'niepomocn*', 'malo pomocn*', 'niekompetentn*', 'niezadowolon*', 'niewygodn*', 'nieuczciw*', 'zawodn*', 'frustruj*', 'denerwuj*', 'irytuj*', 'przeszkadza*', 'mylac*', 'rozczarow*', 'za drog*', 'zbyt drog*', 'za wysok*', 'zbyt wysok*', 'za dlugo', 'zbyt dlugo', 'dlugo trwalo', 'trwalo dlugo', 'dlugo czekalem', 'dlugo czekalam', 'dlugo czekalismy', 'zly', 'zla', 'zle', 'slab*', 'uszkodzon*', 'za dlugi', 'za dluga', 'za dlugie', 'zbyt dlugi', 'zbyt dluga', 'zbyt dlugie', 'za wolno', 'zbyt wolno', 'zgubion*', 'zagubion*', 'spoznion*', 'spoznil*', 'spozniaj*', 'spoznia sie', 'zniszczon*', 'niekompletn*', 'ukryte opłat*', 'ukrytych opłat*', 'ukryta opłat*', 'ukrytej opłat*', 'ukryte koszt*', 'ukrytych koszt*', 'ukryte prowizj*', 'ukrytych prowizj*', 'za pozno', 'zbyt pozno', 'przepłaci*', 'zapłaciłem więcej', 'zapłaciłam więcej', 'oszukan*', 'oszukał*', 'naciągnięt*', 'musiałem kilka razy', 'musiałam kilka razy', 'musiałem ponownie', 'musiałam ponownie', 'wielokrotnie kontaktować', 'kilka razy w tej samej sprawie'],
    trouble: ['problem*', 'bled*', 'bledy', 'trudnosci', 'reklamac*', 'klopot*', 'czeka*', 'opóźnieni*', 'anulowan*'],
    failure: ['zrywa*', 'zerwan*', 'przerwa', 'przerwy', 'przerwan*', 'rozłącz*', 'awari*', 'zawiesza*', 'zacina*'],
    hindrance: ['utrudnia*', 'zakłóca*'],
    often: ['często', 'częste', 'częsty', 'częsta', 'częstych', 'ciągle', 'notorycznie'],
    misinforming: ['sprzeczn*', 'błędne informacje', 'błędnych informacji', 'nieprawdziwe informacje', 'nieprawdziwych informacji', 'skarcon*', 'zbesztan*', 'zrugan*', 'nakrzyczan*'],
    // Being told too late, before the participle of telling (see Lexicon.reversedWording untimely).
    untimely: ['za późno', 'zbyt późno'],
    rare: ['rzadko', 'rzadki', 'rzadka', 'rzadkie', 'rzadkich', 'rzadkość', 'sporadycznie', 'sporadyczn*'],
    rarely: ['rzadko', 'sporadycznie'],
    linking: ['jest', 'są', 'był', 'była', 'było', 'byli', 'były', 'bywa', 'bywają', 'będzie', 'będą', 'zostaje', 'zostają', 'został', 'została', 'zostały'],
    height: ['wysoki', 'wysoka', 'wysokie', 'wysokich', 'wysokim', 'wysokimi', 'wysokiej', 'wysoką', 'wysokiego', 'wysokiemu', 'wysoko', 'wyższ*'],
    priced: ['cena', 'ceny', 'cenie', 'cenę', 'cen', 'cenami', 'cenach', 'cenom', 'koszt', 'koszty', 'kosztów', 'kosztu', 'kosztach', 'kosztami', 'opłata', 'opłaty', 'opłat', 'opłatę', 'opłatami', 'opłatach', 'taryfa', 'taryfy', 'prowizja', 'prowizje', 'prowizji', 'abonament', 'abonamentu', 'rachunek', 'rachunki', 'rachunków', 'koszt dostawy', 'koszty dostawy', 'kosztów dostawy', 'koszt wysyłki', 'koszty wysyłki', 'kosztów wysyłki', 'koszt przesyłki', 'koszty przesyłki', 'kosztów przesyłki'],
    worth: ['jakoś*', 'stosunek', 'relacj*', 'wartoś*'],
    degree: ['bardzo', 'dość', 'dosyć', 'zbyt', 'za', 'raczej', 'stosunkowo', 'nieco', 'trochę', 'znacznie', 'niezwykle', 'zawsze', 'zwykle', 'naprawdę', 'o', 'wiele', 'dużo'],
    copula: ['wydaje się', 'wydają się', 'pozostaje', 'pozostają'],
    comparing: ['porówn*'],
    opinion: ['zdaniem', 'uważam', 'uważa', 'uważasz', 'uważają', 'sądzę', 'sądzi', 'myślę', 'myśli'],
  },
  workplace: ['miejsce pracy', 'miejscem pracy', 'miejscu pracy', 'pracodawc*', 'przełożon*', 'mój kierownik', 'mojego kierownika', 'obciążenie pracą'],
  attention: ['zaznacz', 'wybierz', 'kliknij', 'prosze zaznaczyc', 'prosze wybrac', 'zaznacz odpowiedz', 'wybierz odpowiedz'],
  attentionQuestion: ['jak', 'który', 'która', 'które', 'czy', 'w jakim stopniu'],
  selectAll: ['zaznacz wszystkie', 'zaznacz wszystko', 'wybierz wszystkie', 'wszystkie pasujące', 'można zaznaczyć kilka', 'możliwe kilka odpowiedzi', 'wielokrotnego wyboru'],
  unticked: ['nie wybrano', 'niezaznaczone', 'nie zaznaczono'],
  comments: { nothing: ['nie', 'brak', 'brak uwag', 'brak komentarza', 'brak komentarzy', 'nic', 'nic więcej', 'nie mam uwag', 'bez uwag', 'żadne', 'żadnych', 'nic szczególnego'], other: ['inne', 'inny', 'inna', 'inne jakie', 'inne proszę podać', 'inne podaj jakie'] },
  // "Didn't use it": the usual non-answer of a grid of services or amenities (a hotel's breakfast, a bank's app).
  notApplicable: ['odmowa', 'odmówił odpowiedzi', 'odmówiła odpowiedzi', 'nie wiem', 'nie dotyczy', 'nie mam zdania', 'brak zdania', 'trudno powiedzieć', 'wolę nie odpowiadać', 'odmowa odpowiedzi', 'n/d', 'nd', 'brak odpowiedzi', 'nie potrafię ocenić', 'nie umiem powiedzieć', 'nie wiem, trudno powiedzieć', 'nie korzystałem', 'nie korzystałam', 'nie korzystałem/am', 'nie korzystałem/łam', 'nie korzystałam/em', 'nie korzystałem(am)', 'nie skorzystałem', 'nie skorzystałam', 'nie skorzystałem/am', 'nie używałem', 'nie używałam', 'nie używałem/am', 'nie korzystam'],
  yes: ['tak'],
  no: ['nie'],
  scales: {
    agreement: {
      veryNegative: ['zdecydowanie się nie zgadzam', 'zdecydowanie nie zgadzam się', 'całkowicie się nie zgadzam', 'całkowicie nie zgadzam się', 'zupełnie się nie zgadzam', 'zupełnie nie zgadzam się'],
      negative: ['nie zgadzam się'],
      slightlyNegative: ['raczej się nie zgadzam', 'raczej nie zgadzam się'],
      neutral: ['ani się zgadzam, ani się nie zgadzam', 'ani się zgadzam, ani nie zgadzam', 'neutralnie'],
      slightlyPositive: ['raczej się zgadzam', 'raczej zgadzam się'],
      positive: ['zgadzam się'],
      veryPositive: ['zdecydowanie się zgadzam', 'zdecydowanie zgadzam się', 'całkowicie się zgadzam', 'całkowicie zgadzam się', 'w pełni się zgadzam', 'w pełni zgadzam się', 'zgadzam się w pełni'],
    },
    satisfaction: {
      veryNegative: ['bardzo niezadowolony', 'bardzo niezadowolona', 'bardzo niezadowolony(a)', 'zdecydowanie niezadowolony', 'zdecydowanie niezadowolona'],
      negative: ['niezadowolony', 'niezadowolona', 'niezadowolony(a)'],
      slightlyNegative: ['raczej niezadowolony', 'raczej niezadowolona', 'raczej niezadowolony(a)'],
      neutral: ['ani zadowolony, ani niezadowolony', 'ani zadowolona, ani niezadowolona', 'ani zadowolony(a), ani niezadowolony(a)', 'neutralnie', 'obojętnie'],
      slightlyPositive: ['raczej zadowolony', 'raczej zadowolona', 'raczej zadowolony(a)'],
      positive: ['zadowolony', 'zadowolona', 'zadowolony(a)'],
      veryPositive: ['bardzo zadowolony', 'bardzo zadowolona', 'bardzo zadowolony(a)', 'zdecydowanie zadowolony', 'zdecydowanie zadowolona'],
    },
    quality: {
      veryNegative: ['bardzo źle', 'bardzo słabo', 'bardzo zła', 'bardzo zły', 'bardzo słaba', 'bardzo słaby'],
      negative: ['źle', 'słabo', 'zła', 'zły', 'słaba', 'słaby'],
      neutral: ['przeciętnie', 'przeciętna', 'przeciętny', 'średnio', 'średnia', 'średni', 'dostatecznie', 'ani dobrze, ani źle', 'ani dobra, ani zła', 'ani dobry, ani zły'],
      positive: ['dobrze', 'dobra', 'dobry'],
      veryPositive: ['bardzo dobrze', 'bardzo dobra', 'bardzo dobry', 'doskonale', 'doskonała', 'doskonały', 'znakomicie'],
      sets: {
        // School grades: "Niedostateczny, Dopuszczający, Dostateczny, Dobry, Bardzo dobry, Celujący".
        'school-grades-6': [
          ['niedostateczny', 'niedostateczna', 'niedostatecznie'],
          ['dopuszczający', 'dopuszczająca', 'dopuszczająco', 'mierny', 'mierna', 'miernie'],
          ['dostateczny', 'dostateczna', 'dostatecznie'],
          ['dobry', 'dobra', 'dobrze'],
          ['bardzo dobry', 'bardzo dobra', 'bardzo dobrze'],
          ['celujący', 'celująca', 'celująco'],
        ],
      },
    },
    excellence: {
      veryNegative: ['słabo', 'słaba', 'słaby', 'źle', 'zła', 'zły'],
      negative: ['przeciętnie', 'przeciętna', 'przeciętny', 'średnio', 'dostatecznie'],
      neutral: ['dobrze', 'dobra', 'dobry'],
      positive: ['bardzo dobrze', 'bardzo dobra', 'bardzo dobry'],
      veryPositive: ['doskonale', 'doskonała', 'doskonały', 'znakomicie', 'znakomita', 'znakomity', 'wyśmienicie'],
      sets: {
        // "Bardzo słabo, Słabo, Przeciętnie, Dobrze, Bardzo dobrze, Doskonale": six points, a very poor one below the five of excellence.
        'very-poor-6': [['bardzo słabo', 'bardzo słaba', 'bardzo słaby', 'bardzo źle', 'bardzo zła', 'bardzo zły'], ['słabo', 'słaba', 'słaby', 'źle', 'zła', 'zły'], ['przeciętnie', 'przeciętna', 'przeciętny', 'średnio'], ['dobrze', 'dobra', 'dobry'], ['bardzo dobrze', 'bardzo dobra', 'bardzo dobry'], ['doskonale', 'doskonała', 'doskonały', 'znakomicie', 'znakomita', 'znakomity']],
      },
    },
    likelihood: {
      veryNegative: ['bardzo mało prawdopodobne', 'bardzo nieprawdopodobne'],
      negative: ['mało prawdopodobne', 'nieprawdopodobne'],
      slightlyNegative: ['raczej mało prawdopodobne', 'raczej nieprawdopodobne'],
      neutral: ['ani prawdopodobne, ani nieprawdopodobne'],
      slightlyPositive: ['raczej prawdopodobne'],
      positive: ['prawdopodobne'],
      veryPositive: ['bardzo prawdopodobne'],
    },
    ease: {
      veryNegative: ['bardzo trudno', 'bardzo trudne', 'bardzo trudny', 'bardzo trudna'],
      negative: ['trudno', 'trudne', 'trudny', 'trudna'],
      slightlyNegative: ['raczej trudno', 'raczej trudne'],
      neutral: ['ani łatwo, ani trudno', 'ani łatwe, ani trudne'],
      slightlyPositive: ['raczej łatwo', 'raczej łatwe'],
      positive: ['łatwo', 'łatwe', 'łatwy', 'łatwa'],
      veryPositive: ['bardzo łatwo', 'bardzo łatwe', 'bardzo łatwy', 'bardzo łatwa'],
    },
    effort: {
      veryNegative: ['bardzo mały wysiłek', 'bardzo niewielki wysiłek', 'żaden wysiłek'],
      negative: ['mały wysiłek', 'niewielki wysiłek'],
      neutral: ['umiarkowany wysiłek', 'średni wysiłek', 'ani mały, ani duży wysiłek'],
      positive: ['duży wysiłek'],
      veryPositive: ['bardzo duży wysiłek'],
    },
    frequency: {
      veryNegative: ['nigdy'],
      negative: ['rzadko'],
      neutral: ['czasami', 'czasem', 'od czasu do czasu'],
      positive: ['często'],
      veryPositive: ['zawsze'],
      sets: {
        // "Never, Rarely, Sometimes, Often": four points, none above often.
        'never-often-4': [['nigdy'], ['rzadko'], ['czasami', 'czasem'], ['często']],
        'almost-4': [['prawie nigdy'], ['czasami', 'czasem'], ['często'], ['prawie zawsze']],
        'almost-5': [['prawie nigdy'], ['rzadko'], ['czasami', 'czasem'], ['często'], ['prawie zawsze']],
        'very-often-5': [['nigdy', 'wcale'], ['rzadko', 'prawie nigdy'], ['czasami', 'czasem', 'raczej rzadko'], ['często', 'raczej często'], ['bardzo często']],
        // A health questionnaire's days in the last two weeks (PHQ-9, GAD-7 and their standard translations).
        'days-4': [['wcale nie', 'wcale', 'nigdy'], ['kilka dni', 'przez kilka dni'], ['więcej niż połowę dni', 'więcej niż przez połowę dni'], ['prawie codziennie', 'niemal codziennie']],
      },
      ladder: [
        ['nigdy'],
        ['rzadziej niż raz w roku'],
        ['raz w roku', 'raz do roku', 'raz w roku lub rzadziej'],
        ['kilka razy w roku', 'kilka razy do roku'],
        ['rzadziej niż raz w miesiącu'],
        ['raz w miesiącu', 'raz w miesiącu lub rzadziej'],
        ['kilka razy w miesiącu', '2-3 razy w miesiącu'],
        ['raz w tygodniu', 'raz na tydzień'],
        ['kilka razy w tygodniu', '2-3 razy w tygodniu'],
        ['prawie codziennie', 'niemal codziennie'],
        ['codziennie', 'każdego dnia', 'raz dziennie'],
        ['kilka razy dziennie', 'wiele razy dziennie'],
      ],
    },
    favourability: {
      veryNegative: ['bardzo negatywnie', 'bardzo nieprzychylnie', 'bardzo negatywna'],
      negative: ['negatywnie', 'nieprzychylnie', 'negatywna'],
      slightlyNegative: ['raczej negatywnie', 'raczej nieprzychylnie'],
      neutral: ['neutralnie', 'neutralna'],
      slightlyPositive: ['raczej pozytywnie', 'raczej przychylnie'],
      positive: ['pozytywnie', 'przychylnie', 'pozytywna'],
      veryPositive: ['bardzo pozytywnie', 'bardzo przychylnie', 'bardzo pozytywna'],
      sets: { 'like-3': [['nie lubię', 'nie podoba mi się'], ['ani lubię, ani nie lubię', 'ani mi się podoba, ani nie podoba'], ['lubię', 'podoba mi się']] },
    },
    usefulness: {
      veryNegative: ['zupełnie nieprzydatne', 'zupełnie nieprzydatny', 'całkowicie nieprzydatne', 'w ogóle nieprzydatne', 'bezużyteczne'],
      negative: ['nieprzydatne', 'nieprzydatny', 'mało przydatne', 'mało przydatny'],
      slightlyNegative: ['raczej nieprzydatne', 'raczej nieprzydatny'],
      neutral: ['ani przydatne, ani nieprzydatne', 'średnio przydatne', 'neutralnie'],
      slightlyPositive: ['raczej przydatne', 'raczej przydatny'],
      positive: ['przydatne', 'przydatny'],
      veryPositive: ['bardzo przydatne', 'bardzo przydatny'],
    },
    success: {
      veryNegative: ['zupełnie nieudane', 'zupełnie nieudany', 'zupełnie nieskuteczne', 'zupełnie nieskuteczny', 'całkowicie nieudane'],
      negative: ['nieudane', 'nieudany', 'nieskuteczne', 'nieskuteczny'],
      slightlyNegative: ['raczej nieudane', 'raczej nieudany', 'raczej nieskuteczne', 'raczej nieskuteczny'],
      neutral: ['ani udane, ani nieudane', 'średnio udane', 'średnio skuteczne', 'neutralnie'],
      slightlyPositive: ['raczej udane', 'raczej udany', 'raczej skuteczne', 'raczej skuteczny'],
      positive: ['udane', 'udany', 'skuteczne', 'skuteczny'],
      veryPositive: ['bardzo udane', 'bardzo udany', 'bardzo skuteczne', 'bardzo skuteczny'],
    },
    change: {
      veryNegative: ['znacznie gorzej', 'dużo gorzej', 'zdecydowanie gorzej', 'znaczne pogorszenie'],
      negative: CHANGE_WORSE,
      slightlyNegative: ['nieco gorzej', 'trochę gorzej', 'raczej gorzej'],
      neutral: CHANGE_SAME,
      slightlyPositive: ['nieco lepiej', 'trochę lepiej', 'raczej lepiej'],
      positive: CHANGE_BETTER,
      veryPositive: ['znacznie lepiej', 'dużo lepiej', 'zdecydowanie lepiej', 'znaczna poprawa'],
      sets: { '3': [CHANGE_WORSE, CHANGE_SAME, CHANGE_BETTER] },
    },
    extent: {
      veryNegative: ['wcale', 'wcale nie', 'w ogóle', 'w ogóle nie', 'w żadnym stopniu'],
      negative: ['w małym stopniu', 'w niewielkim stopniu', 'w niskim stopniu'],
      neutral: ['w średnim stopniu', 'w pewnym stopniu', 'w umiarkowanym stopniu'],
      positive: ['w dużym stopniu', 'w wysokim stopniu'],
      veryPositive: ['w bardzo dużym stopniu', 'w bardzo wysokim stopniu', 'w pełni', 'całkowicie'],
    },
    hedgedYesNo: {
      sets: {
        '3': [['nie'], ['może'], ['tak']],
        'partly-3': [['nie', 'nie, wcale'], ['częściowo', 'po części', 'tak, częściowo', 'tak, czasami', 'tak, czasem', 'tak, w pewnym stopniu', 'czasami'], ['tak', 'tak, całkowicie', 'tak, w pełni', 'tak, zawsze', 'tak, zdecydowanie']],
        // Also as the recommend question's answers say it: "Zdecydowanie polecam … Zdecydowanie nie polecam" (its "Trudno powiedzieć" a non-answer).
        '4': [['nie', 'zdecydowanie nie', 'na pewno nie', 'zdecydowanie nie polecam', 'na pewno nie polecę'], ['raczej nie', 'raczej nie polecam', 'raczej nie polecę'], ['raczej tak', 'raczej polecam', 'raczej polecę'], ['tak', 'zdecydowanie tak', 'na pewno tak', 'zdecydowanie polecam', 'na pewno polecę']],
        '5': [['nie', 'zdecydowanie nie', 'na pewno nie', 'zdecydowanie nie polecam', 'na pewno nie polecę'], ['raczej nie', 'raczej nie polecam', 'raczej nie polecę'], ['ani tak, ani nie', 'ani tak ani nie'], ['raczej tak', 'raczej polecam', 'raczej polecę'], ['tak', 'zdecydowanie tak', 'na pewno tak', 'zdecydowanie polecam', 'na pewno polecę']],
      },
    },
    intensity: {
      notAtAll: ['wcale nie …', 'zupełnie nie …', 'w ogóle nie …', 'nie, wcale nie …', 'nie, zupełnie nie …', 'nie, w ogóle nie …'],
      not: ['nie …', 'nie, nie …', 'niezbyt …', 'nie bardzo …', 'nie, niezbyt …'],
      slightly: ['trochę …', 'nieco …', 'lekko …', 'tak, trochę …', 'tak, nieco …'],
      somewhat: ['dość …', 'raczej …', 'tak, dość …', 'tak, raczej …'],
      moderately: ['umiarkowanie …', 'średnio …', 'tak, umiarkowanie …'],
      very: ['bardzo …', 'tak, bardzo …'],
      extremely: ['niezwykle …', 'wyjątkowo …', 'skrajnie …', 'ogromnie …', 'tak, niezwykle …', 'tak, wyjątkowo …'],
      negative: ['niegrzeczn*', 'nieuprzejm*', 'irytując*', 'denerwując*', 'uciążliw*', 'nieprzyjemn*', 'trudn*', 'stresując*', 'frustrując*', 'skomplikowan*', 'niewygodn*', 'kłopotliw*', 'męcząc*', 'hałaśliw*', 'niezadowolon*', 'zaniepokojon*', 'zmartwion*', 'zły', 'zła', 'złe', 'źle', 'drogi', 'droga', 'drogie', 'niebezpieczn*', 'szkodliw*', 'nudn*', 'obraźliw*', 'niesprawiedliw*', 'nieodpowiedn*', 'powoln*', 'czasochłonn*'],
    },
  },
  // The head of a short header naming a kind of thing, its categories (see Lexicon.kindHeads).
  kindHeads: { first: ['sposób', 'rodzaj', 'typ', 'kategoria', 'kanał', 'metoda', 'forma', 'powód', 'opcja', 'pakiet', 'temat'] },
  // A health questionnaire's question: its window and its word of being bothered (see Lexicon.health).
  health: { window: ['ostatnich 2 tygodni', 'ostatnich dwóch tygodni', 'ostatnich 14 dni'], bothered: ['dokuczały', 'dokuczało', 'dokuczał', 'przeszkadzały'] },
};
