import type { CommentWords } from './types.js';

export const lv: CommentWords = {
  language: 'lv',
  themes: {
    delivery: ['piegad*', 'kurjer*', 'sutij*', 'nosutij*', 'paka', 'pakas', 'paku', 'pacina', 'pakomat*', 'omniva', 'dpd', 'wolt', 'bolt food', 'pasutij*', 'atveda*', 'atvest*', 'atnesa*', 'iepakoj*', 'sutijum*', 'nav noliktava', 'pienaca bojat*', 'pienaca sabojat*', 'pienaca salauzt*', 'sanemu bojat*', 'sanemu sabojat*', 'sanemu salauzt*'],
    pricing: ['cena', 'cenas', 'cenu', 'cenam', 'cenai', 'cenu attiecib*', 'dargi', 'darg*', 'lets', 'leta', 'leti', 'letak*', 'izmaks*', 'maksa', 'maksas', 'maksu', 'maksaja', 'samaksa*', 'atlaid*', 'akcij*', 'eiro', 'eur', 'naud*', 'bezmaksas', 'atmaksajas', 'atmaksasies', 'atmaksajies', 'atmaksajusies'],
    complaints: ['problem*', 'sudzib*', 'pretenzij*', 'bojat*', 'salauzt*', 'salauza', 'kluda*', 'kludain*', 'nepareiz*', 'truka', 'trukst*', 'kavej*', 'nokavej*', 'aizkavej*', 'nestradaj*', 'nedarbojas', 'pazud*', 'netir*', 'atcel*', 'gaidij*', 'gaidit', 'gaidisana', 'rinda', 'atdzis*', 'nepiegad*', 'nesanem*', 'neatbild*', 'nepienac*', 'nestrada', 'sabojat*'],
    trust: ['uzticam*', 'uzticib*', 'uzticos', 'neuztic*', 'godig*', 'negodig*', 'kraps*', 'krapniec*', 'maldin*', 'solij*', 'solits', 'solijum*', 'drosi', 'drosib*', 'noteikti atgriez*', 'pasutisu velreiz', 'pasutisim velreiz', 'noteikti pasutisu', 'noteikti pasutisim', 'atgriezisimies', 'atgriezisos', 'nekad vairs', 'vairs nekad', 'uzticig*', 'pastavigs klient*', 'pastavigais klient*', 'pastaviga klient*', 'pastavigie klient*', 'pastavigi klient*', 'pastavigo klient*', 'pastavigajiem klient*', 'pastavigiem klient*', 'pastavigam klient*', 'pastavigas klient*', 'pastavigajam klient*'],
    service: ['apkalpo*', 'klientu serviss', 'klientu apkalposan*', 'serviss', 'atbalst*', 'personal*', 'darbinie*', 'pardevej*', 'viesmil*', 'oficiant*', 'arsts', 'arst*', 'mediku', 'saimniek*', 'laipn*', 'nelaipn*', 'pieklajig*', 'nepieklajig*', 'izpalidz*', 'atsaucig*', 'atbild*', 'sazin*', 'kontakt*', 'komunikacij*', 'telefon*', 'epast*', 'e pasts', 'attieksm*', 'profesional*', 'kompetent*', 'nekompetent*', 'rupj*', 'smaid*'],
    needs: ['gribetos', 'gribetu', 'butu labi', 'butu jauki', 'butu forsi', 'vajadzetu', 'vajag', 'vajadz*', 'pietrukst', 'iesaku uzlabot', 'ieteikum*', 'uzlabo*', 'ludzu', 'ceru', 'cerams', 'lai butu', 'varetu', 'pievienojiet', 'ieviesiet'],
    praise: ['lielisk*', 'izcil*', 'super*', 'labs', 'laba', 'labi', 'labak*', 'labakais', 'labaka', 'garsig*', 'patik*', 'milu', 'iesak*', 'paldies', 'atri', 'atra', 'atrs', 'atrak*', 'apmierin*', 'priec*', 'brinisk*', 'perfekt*', 'forsi', 'forss', 'forsa', 'top', 'jauk*', 'sirsnig*', 'gards', 'garda', 'gardi', 'ieteicu', 'vislabak*', 'fantastisk*', 'lieliski', 'kolosal*', 'izdevies', 'izdevas', 'laipn*', 'izpalidz*', 'pieklajig*', 'atsaucig*', 'vertig*', 'iesaku', 'viss kartiba', 'viss bija kartiba', 'nevareja but labak', 'nevar but labak', 'nevareja but labaks', 'nevareja but labaka'],
  },
  refund: ['atmaksa', 'atmaksu', 'atmaksas', 'atmaksai', 'atmaksaja', 'atmaksaju', 'atmaksat', 'atmaksats', 'atmaksata', 'atmaksati', 'atmaksatu', 'atgriezt naudu', 'atgrieza naudu', 'atgriezta nauda', 'naudu atpakal', 'naudas atmaks*', 'naudas atgriesan*'],
  guarantee: ['naudas atgriesanas garantij*', 'atmaksas garantij*'],
  criticism: ['slikt*', 'briesmig*', 'drausmig*', 'sausmig*', 'vilies', 'vilusies', 'vilsan*', 'neapmierin*', 'diemzel', 'zel', 'kauns', 'nekad vairs', 'vairs nekad', 'leni', 'lens', 'negarsig*', 'nepatik*', 'riebig*', 'pretig*', 'dusmas', 'dusmig*', 'nejedzig*', 'katastrof*', 'par dargu', 'parak dargi', 'pardargi', 'neiesaku', 'neiesak*'],
  bridge: ['ir', 'bija', 'loti', 'parak', 'tik', 'nu', 'tas', 'ta', 'man', 'vairs', 'nemaz', 'nekadu', 'nekadas', 'lielas', 'citas', 'esmu', 'biju'],
  negation: ['ne', 'nav', 'nebija', 'nebus', 'bez', 'nekad', 'neviens', 'neviena', 'nekas', 'nedz', 'neesmu', 'nebiju'],
  hypothetical: ['jebkur*', 'gadijuma'],
  condition: ['garigas veselibas problem*'],
};
