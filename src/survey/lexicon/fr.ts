import type { Lexicon } from './types.js';

// The change family's worse, same and better points: its slots, and its three points alone (`change-3`).
const CHANGE_WORSE = ['moins bien', 'pire', 'négativement', 'dégradé', 'dégradée', "s'est dégradé", "s'est dégradée", "s'est détérioré", "s'est détériorée"];
const CHANGE_SAME = ['pareil', 'la même chose', 'à peu près pareil', 'à peu près la même chose', 'sans changement', 'aucun changement', 'pas de changement', 'inchangé', 'inchangée', 'est resté stable', 'est restée stable', 'ni mieux ni moins bien', 'ni mieux ni pire', 'aucun effet', 'aucun impact', 'ni positivement ni négativement', 'neutre'];
const CHANGE_BETTER = ['mieux', 'positivement', 'amélioré', 'améliorée', "s'est amélioré", "s'est améliorée"];

/**
 * French. Elisions fold away with the apostrophe: "d'accord" is matched as "daccord". A header keyword
 * matches the word after an elision as well ("l'accueil" has `accueil`, see splitElisions).
 */
export const fr: Lexicon = {
  language: 'fr',
  roles: {
    // "N°" and "Nº" fold to "n" and "no": "N° de réponse" is "Numéro de réponse".
    id: ['identifiant', 'numéro de réponse', 'n° de réponse', 'nº de réponse', 'n° réponse', 'n° de commande', 'nº de commande', 'n° client', 'n° de client', 'n° de dossier', 'id répondant', 'id réponse', 'id de réponse', 'numéro de commande', 'numéro client', 'numéro de client', 'numéro de dossier', 'numéro de ticket', 'numéro de réservation'],
    timestamp: ['horodateur', 'horodatage', 'date', 'heure', 'date de soumission', "date d'envoi", 'date de réponse', 'date de début', 'date de fin', 'soumis le'],
    nps: ['recommand*'],
    csat: {
      strong: ['satisfaction globale', 'satisfaction générale', "satisfaction d'ensemble", 'globalement satisfait*', "dans l'ensemble", 'de manière générale', 'globalement quel est votre niveau de satisfaction'],
      // "Note globale", "Appréciation globale": the overall rating, as "Overall rating" is (es "~global").
      weak: ['~globalement', '~en général', '~global', '~globale', 'satisf*'],
      overall: ['globalement', 'en général', 'global', 'globale'],
    },
    ces: ['facile', 'facilement', 'facilité', 'effort*', 'difficile', 'simplicité'],
    comment: ['commentaire*', 'remarque*', 'suggestion*', 'avis', 'pourquoi', 'précisez', 'expliquez', 'observations', 'verbatim', '~autre chose'],
    improve: ['améliorer', 'amélioration*'],
    segment: ['région', 'pays', 'ville', 'département', 'magasin', 'boutique', 'agence', 'canal', 'canal de contact', 'mode de contact', 'segment', 'forfait', '~offre', 'abonnement', '~produit', 'catégorie', 'sexe', '~genre', '~âge', "tranche d'âge", 'langue', 'type de client', '~source', 'tranche de revenu', 'tranche de revenus', 'classe d âge', '~type'],
    quantity: ['combien', 'nombre de', 'nombre d', 'heures', 'minutes', 'jours', 'ans', 'montant', 'dépense*', 'revenu*', 'pourcentage'],
    howOften: ['à quelle fréquence', 'a quelle frequence'],
    counted: ['combien', 'nombre de', 'nombre d'],
    countedRating: ['donner*', 'donneriez', 'attribuer*', 'attribueriez', 'noter', 'noteriez', 'évaluer', 'évalueriez', 'mérite*'],
    countedUnits: ['jour', 'jours', 'nuit', 'nuits', 'nuitée*', 'fois', 'personne*', 'invité*', 'chambre*', 'enfant*', 'heure*', 'minute*', 'semaine*', 'mois', 'an', 'ans', 'année*', 'ami', 'amis', 'amie', 'amies', 'proche', 'proches', 'collègue*'],
    countedPoints: ['point', 'points', 'étoile', 'étoiles'],
    importance: ['~importance', '~important', '~quelle importance'],
    weight: ['poids', 'pondération', 'coefficient de pondération'],
    ignored: ['adresse ip', 'courriel', 'adresse e mail', 'prénom', 'nom de famille', 'votre nom', 'durée*', 'progression', 'statut'],
  },
  effort: { effort: ['effort*'], metric: ['ces', 'score', 'indice', 'indicateur', 'kpi'], metricOf: ['client', 'clients', 'd', 'de', 'du'], easy: ['facile*', 'facilement', 'facilité', 'simplicité'], difficult: ['difficile*', 'difficulté*'], clear: ['facile à comprendre', 'faciles à comprendre', 'facile à lire', 'faciles à lire', 'facile à suivre', 'faciles à suivre', 'facilement compréhensible*', 'facile de comprendre', 'facile à déchiffrer'], understand: ['comprendre', 'compréhensible*', 'lire', 'lisible*'], whole: ['aide', 'votre demande', 'ma demande', 'votre problème', 'mon problème', 'traiter', 'traitement', 'dans l ensemble', 'globalement', 'obtenir ce dont j avais besoin', 'obtenir ce dont vous aviez besoin', 'obtenu ce dont j avais besoin'] },
  which: { ask: ['quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'quel type', 'quel genre', 'dans quel', 'dans quelle', 'parmi les options suivantes', 'dans la liste suivante'], extent: ['dans quelle mesure', 'à quel point', 'à quel degré', 'quel niveau', 'quel degré', 'quel est votre avis', 'quelle est votre opinion', 'quelle est votre appréciation'], chosen: ['choisi', 'choisie', 'choisis', 'choisissez', 'choisir', 'sélectionné', 'sélectionnée', 'préférez', 'préféré', 'préférée', 'utilisé', 'utilisée', 'utilisez', 'opté'] },
  yesNoQuestion: { opens: ['est-ce que', 'est-ce qu', 'avez-vous', 'aviez-vous', 'êtes-vous', 'étiez-vous', 'pouvez-vous', 'a-t-il', 'a-t-elle', 'y a-t-il', 'est-il', 'est-elle'], or: ['ou'], orNot: ['ou non', 'ou pas'], asks: ['quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'comment', 'combien', 'pourquoi', 'où', 'quand', 'qui', 'que', 'qu', 'quoi'], relative: ['qui', 'que', 'qu', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'où'], inverted: ['il', 'elle', 'ils', 'elles', 'on', 'vous', 'nous', 'je', 'tu', 'ce'], notInverted: ['rendez-vous'] },
  guarantee: ['satisfait ou rembours*', 'satisfaits ou rembours*', 'garantie de remboursement', 'remboursement garanti*', 'satisfaction garantie', 'garantie de satisfaction'],
  waiting: ['temps d attente', 'file d attente', 'salle d attente', 'en attente', "l attente", '~attente', 'attendre', 'attendu longtemps'],
  timeFrame: ['au cours des', 'au cours du', 'au cours de la', 'durant les', 'pendant les', 'dans les', 'ces derniers', 'ces dernières'],
  // "Livré" is also left to oneself ("livré à moi-même") and a course given ("la formation a été livrée en ligne").
  delivering: { delays: ['retard*'], verbs: ['livré', 'livrée', 'livrés', 'livrées', 'livrer'], what: ['commande*', 'produit*', 'article*', 'marchandise*', 'achat*', 'paquet*', 'porte', 'domicile', 'adresse', 'matériel*', 'manuel', 'manuels', 'supports de cours', 'support de cours'], nouns: ['livraison', 'livraisons'], intangible: ['livraison de l information', 'livraison des informations', 'livraison d informations', 'livraison des nouvelles', 'livraison des messages', 'livraison du message', 'livraison de contenu*', 'livraison du contenu', 'livraison de la formation', 'livraison de formation*', 'livraison de la présentation', 'livraison des notifications', 'livraison du webinaire', 'livraison des webinaires', 'livraison du cours', 'livraison des cours', 'livraison de la session', 'livraison des sessions'], received: ['reçu', 'reçue', 'reçus', 'reçues', 'arrivé', 'arrivée', 'arrivés', 'arrivées', 'livré', 'livrée', 'livrés', 'livrées'], told: ['description*', 'confirmation*', 'mail*', 'e mail*', 'courriel*', 'information*', 'site', 'facture*'], accurate: ['complète', 'complètes', 'complet', 'complets', 'incomplet*', 'exacte', 'exactes', 'exact', 'exacts', 'exactitude', 'conforme', 'conformes', 'conformité'] },
  driver: { words: ['chauffeur', 'chauffeurs', 'chauffeuse*', 'conducteur*', 'conductrice*'], ride: ['taxi*', 'vtc', 'trajet*', 'voyage*', 'passager*', 'tarif de la course', 'bus', 'autocar*', 'train*', 'itinéraire*', 'prise en charge', 'voiture*', 'véhicule*'], safe: ['sécurité'] },
  judged: { pricing: ['prix', 'coût*', 'rapport qualité prix', 'abordable*'], trust: ['confiance'] },
  consent: ['consentement*', 'je consens', "j'accepte", 'acceptez-vous de participer', 'acceptes-tu de participer', 'acceptez de participer', 'accepte de participer', "d'accord pour participer", 'acceptez-vous de répondre', 'traitement de mes données', 'traitement de mes données personnelles'],
  consentDeclined: ['refus*', 'décline*', "je n'accepte pas", 'je ne consens pas'],
  consentTakingPart: ['participer à cette étude', 'participer à cette enquête', "participer à l'étude", "participer à l'enquête", 'participation à cette étude', 'participation à cette enquête'],
  summaryRows: ['total', 'total des reponses', 'sous-total', 'somme', 'moyenne', 'mediane', 'nombre', 'ecart type', 'ecart-type'],
  dimensions: {
    // The goods received as they were described or pictured (eBay's "Item as described", E-S-QUAL's fulfilment): the order received
    // right, beside a word of the goods (weak: "The hotel room matched the photos" names no delivery); the description after the verb is
    // what they are compared with, not what is judged (so not `delivering.accurate`, which a word of `told` beside it takes away).
    delivery: ['livraison*', 'livrée', 'expédition*', 'expédié*', 'colis', 'transporteur', 'livreur', 'livreurs', 'livreuse*', 'coursier*', 'délai*', '~rapidité', '~rapide*', 'emballage*', 'arrivée', '^à temps', '^ponctualité', '^à l\'heure convenue', '^à l\'heure prévue', '^à la date convenue', '^à la date prévue', 'emballé', 'emballée', 'emballés', 'emballées', '~arrivé*', '~complète', '~complètes', '~complet', '~complets', '~incomplet*', '~exacte', '~exactes', '~exact', '~exacts', '~exactitude', '~conforme', '~conformes', '~conformité', '~conforme à la description', '~conformes à la description', '~conforme au descriptif', '~conformes au descriptif', '~conforme aux photos', '~conformes aux photos', '~conforme à la photo', '~conformes à la photo', '~conforme à l\'annonce', '~conformes à l\'annonce', '~correspondait à la description', '~correspondaient à la description', '~correspond à la description', '~correspondent à la description', '~correspondait aux photos', '~correspondaient aux photos', '~correspond aux photos', '~correspondent aux photos', '~tel que décrit', '~telle que décrite', '~tels que décrits', '~telles que décrites', '~comme sur les photos', '~comme sur la photo', 'installation', 'mise en service', 'raccordement*', 'activation', 'rendez vous technicien', 'rendez vous du technicien', 'rendez vous d\'installation', 'visite du technicien', 'intervention du technicien', '^ponctuel*', '^selon l\'horaire', '^selon les horaires', '^conformément à l\'horaire', '^conformément aux horaires', '^respect des horaires', '^respect de l\'horaire', '^horaires respectés', '^respectent les horaires', '^respecte les horaires', '^est à l\'heure', '^sont à l\'heure', '^était à l\'heure', '^étaient à l\'heure', '^arrive à l\'heure', '^arrivent à l\'heure', '^arrivé à l\'heure', '^arrivés à l\'heure', '^part à l\'heure', '^partent à l\'heure', '^circulent à l\'heure', '^retard*'],
    // What shipping costs is a price: "frais de livraison" says more than `livraison*`.
    pricing: ['prix', 'tarif*', 'coût*', 'frais', 'frais de livraison', 'frais de port', "frais d'envoi", "frais d'expédition", 'coût de livraison', 'coûts de livraison', 'coût de la livraison', "coût d'expédition", "coûts d'expédition", "coût de l'expédition", "prix d'expédition", "tarif d'expédition", "tarifs d'expédition", 'cher', 'chère', 'rapport qualité prix', 'abordable*', '~valeur', 'remise*', 'promotion*', 'prix de la livraison', 'prix de livraison', 'prix du transport', 'tarif de livraison', 'tarifs de livraison', 'tarif de la livraison', 'facture*', 'facturation', 'conditions du contrat', 'conditions contractuelles', "durée d'engagement", 'durée du contrat', 'préavis'],
    complaints: ['réclamation*', 'plainte*', 'plaint', 'plaints', 'plaindre', '~problème*', '~incident*', 'litige*', '~résolu*', '~résolution', 'retourner', 'retour produit', 'rembours*', 'défaut*', 'endommagé*', '~coupure*', '~interruption*', '~panne*', 'gestion des sinistres', 'gestion du sinistre', 'traitement des sinistres', 'traitement du sinistre', 'règlement des sinistres', 'règlement du sinistre', 'gestion de votre sinistre', 'traitement de votre sinistre', 'règlement de votre sinistre', 'mal passé', 'mal passée', 'mal passés'],
    trust: ['confiance', 'fiab*', 'fiable', 'honnête*', 'honnêteté', 'crédib*', '^transparen*', 'intégrité', 'tient ses promesses', 'tenir ses promesses', 'sens en sécurité', 'senti en sécurité', 'sentie en sécurité', 'sentis en sécurité', 'sentir en sécurité', 'sentiment de sécurité', 'sécurité des paiements', 'sécurité du paiement', 'sécurité de paiement', 'paiement sécurisé', 'paiements sécurisés', 'payer en toute sécurité', 'sécurité des données', 'sécurité de mes données', 'sécurité de vos données', 'protection des données', 'protection de mes données', 'protection de vos données', 'données sont en sécurité', 'données sont protégées', 'confidentialité', 'vie privée'],
    service: ['gestionnaire de compte*', 'gestionnaire de clientèle', 'chargé de clientèle', 'chargée de clientèle', 'chargé de compte*', 'chargée de compte*', 'responsable de compte*', 'account manager*', 'gestionnaire de sinistre*', 'gestionnaire de dossier*', 'correspondance', 'nos courriers', 'nos lettres', 'réceptionniste*', 'service client*', 'service après vente', 'relation client*', 'sav', 'assistance', '~support', 'hotline', 'centre d appel*', '~personnel', 'employé', 'employés', 'conseiller*', 'conseillère*', 'agent', 'agents', 'vendeur*', 'accueil', 'amabilité', 'aimable*', 'courtois*', 'politesse', 'poli', 'polie', 'compétent*', 'compétence*', 'serviable*', 'réactivité', 'réactif*', 'délai de réponse', 'temps de réponse', '~réponse*', '~répond*', '~communication', 'téléphon*', '~chat', '~e mail', '~courriel*', 'réseaux sociaux', 'politique de retour', 'conditions de retour', '~politique*', 'excuse*', '~service', '~aide', 'été servi', 'été servie', 'été servis', 'été servies', 'propreté', 'hygiène', 'nettoyage', 'chambre était propre', 'chambre est propre', 'chambres étaient propres', 'chambres sont propres', 'agence était propre', 'agence est propre', 'du personnel', 'impliqué dans les décisions', 'associé aux décisions', 'participation aux décisions', 'sur vos médicaments', 'informations sur les médicaments'],
  },
  context: {
    comment: ['ajouter', 'dire', 'partager', 'signaler', 'mentionner', 'suggérer', 'commenter', 'faire part', 'savoir'],
    purchase: ['acheté*', 'acheter', 'commandé*', 'commander'],
    // Words of making a complaint ("Did you make a complaint about how your claim was handled?"): a word of resolution after one, unless it is said of a complaint made if one was (`ifMade`: "If you made a complaint, was it resolved?"), is what the complaint was about, and the question asks whether one was made.
    // How a complaint was made ("How did you make your complaint?"): its answers are the channel, no category of the problem.
    complaintChannel: ['par quel moyen', 'par quel canal', 'par quels moyens', 'par quels canaux', 'comment avez vous fait', 'comment avez vous déposé', 'comment avez vous transmis', 'comment avez vous formulé'],
    complaintMade: ['fait une réclamation', 'fait une plainte', 'déposé une réclamation', 'déposé une plainte', 'formulé une réclamation', 'adressé une réclamation', 'porté plainte', 'plaint'],
    // A survey whose claim is its product (an insurance's, a warranty's, an expense claim: see claimsOfTheProduct): words of that product anywhere in it,
    // and the words naming the claim (the loss claimed) in a column, which is then the service the survey is about, no complaint.
    claimSurvey: ['assur*', 'sinistre*', 'franchise', 'indemnis*', 'gestionnaire de sinistre*'],
    claimNamed: ['sinistre*'],
    complaining: ['réclamation*', 'plainte*', 'plaindre'],
    ifMade: ['si', 'lorsque', 'quand', 'après'],
    best: ['meilleur*', 'meilleure*'],
    resolution: ['résolu*', 'réglé*', 'traité*'],
    solving: ['résoudre'],
    purpose: ['pour', 'afin de'],
    // What makes the thing counted a burden, whatever it was done for (see putRight): "had to contact us more than once to solve".
    burden: ['dû', 'ai dû', 'avez dû', 'devoir', 'deviez', 'plus d une fois', 'plusieurs fois', 'à nouveau', 'de nouveau'],
    // Verbs of being told (see reversedWording): a bad thing one was told of is no longer what is counted: "How often were delays communicated to you in advance?".
    informing: ['informé', 'informée', 'informés', 'informées', 'prévenu', 'prévenue', 'prévenus', 'averti', 'avertie', 'avertis', 'notifié', 'notifiée', 'notifiés', 'communiqué', 'communiqués', 'communiquée', 'communiquées', 'tenu au courant', 'tenue au courant', 'expliqué', 'expliquée', 'expliqués', 'expliquées'],
    informingOf: ['de', 'des', 'du', 'd', 'sur', 'concernant'],
    informingThat: ['que', 'qu'],
    problemFree: ['sans', 'aucun', 'aucune'],
    importance: ['pour vous', 'pour moi'],
    csat: ['satisf*', 'note', 'évalu*', 'expérience', 'impression'],
    // A word of quality ("Quality of the provider"): what follows it is rated, not a group (see detectColumn).
    quality: ['qualité'],
    segment: ['quel', 'quelle', 'quels', 'quelles', 'type', 'nom'],
    complaints: ['eu', 'traité', 'traitée', 'traitement', 'rencontr*', 'type', 'commande*', 'produit*', 'service*', 'entreprise', 'magasin', 'boutique', 'livraison*', 'client*', 'réclamation*', 'achat*', 'facture*', 'facturation', 'gestion'],
    delivery: ['commande*', 'livr*', 'expédi*', 'colis', 'produit*', 'achat*', 'article*'],
    pricing: ['argent', 'prix', 'coût*', 'pay*', 'achat*'],
    service: ['client*', 'joindre', 'parler', 'cliente*', 'demande*', 'question*', 'contact*', 'équipe', 'entreprise', 'société', 'qualité', 'magasin', 'boutique'],
  },
  // "Comment" is how: "Comment évaluez-vous …?" is no English comment column.
  how: { words: ['comment'], asked: ['vous', 'nous', 'tu', 'il', 'elle', 'ils', 'elles', 'est', 'etait', 'sont', 'etaient', 'ca', 'cela'] },
  reversedWording: {
    negation: ['pas', 'jamais', 'aucun', 'aucune', 'guere'],
    absence: ['sans'],
    opposite: ['excessif*', 'excessive*', 'exorbitant*', 'difficile*', 'complique*', 'lent', 'lente', 'lents', 'lentes', 'lentement', 'en retard', 'retard*', 'confus*', 'deroutant*', 'peu clair*', 'incomprehensible*', 'peu transparent*', 'trompeu*', 'laisse tomber', 'laissee tomber', 'desagreable*', 'impoli*', 'grossier*', 'grossiere*', 'antipathique*', 'irrespectueu*', 'peu aimable*', 'peu serviable*', 'peu professionnel*', 'peu competent*', 'incompetent*', 'peu fiable*', 'insatisfait*', 'mecontent*', 'decu*', 'decevant*', 'frustrant*', 'penible*', 'dérangé', 'dérangée', 'dérangés', 'dérangées', 'gêné', 'gênée', 'gênés', 'gênées', 'importuné', 'importunée', 'importunés', 'importunées', 'trop cher', 'trop chere', 'trop chers', 'trop eleve*', 'trop long*', 'trop de temps', 'fallu beaucoup de temps', 'fallu longtemps', 'a mis longtemps', 'ai mis longtemps', 'mauvais*', 'endommage*', 'perdu', 'perdue', 'perdus', 'perdues', 'abime*', 'casse', 'cassee', 'casses', 'cassees', 'incomplet*', 'trop tard', 'frais cachés', 'frais caché', 'coûts cachés', 'coût caché', 'frais dissimulés', 'payé plus', 'surfactur*', 'trompé', 'trompée', 'trompés', 'trompées', 'arnaqué*', 'escroqué*', 'attendre trop longtemps', 'attendu trop longtemps', 'ai dû recontacter', 'ai dû rappeler', 'ai dû relancer', 'ai dû répéter', 'ai dû réexpliquer', 'ai dû insister', 'plusieurs fois pour le même', 'plusieurs fois au sujet du même'],
    trouble: ['probleme*', 'erreur*', 'difficultes', 'reclamation*', 'souci*', 'attend*', 'annul*'],
    failure: ['coupe', 'coupé', 'coupée', 'coupure*', 'panne*', 'interrompu*', 'interruption*', 'déconnect*', 'déconnexion*', 'plante', 'plantage*', 'échoue*', 'échec*'],
    hindrance: ['interfère', 'interfèrent', 'interféré', 'gêne', 'gênent', 'perturbe', 'perturbent', 'perturbé*', 'entrave', 'entravent', 'empêche', 'empêchent'],
    often: ['souvent', 'fréquemment', 'fréquent*', 'constamment', 'sans cesse'],
    misinforming: ['contradictoire', 'contradictoires', 'erroné', 'erronée', 'erronés', 'erronées', 'fausses informations', 'fausse information', 'mal informé', 'mal informée', 'mal informés', 'réprimandé', 'réprimandée', 'réprimandés', 'grondé', 'grondée', 'sermonné', 'sermonnée'],
    rare: ['rare', 'rares', 'rarement'],
    rarely: ['rarement'],
    linking: ['est', 'sont', 'était', 'étaient', 'être', 'été', 'sera', 'seront', 'soit', 'soient'],
    height: ['élevé', 'élevée', 'élevés', 'élevées', 'haut', 'haute', 'hauts', 'hautes'],
    priced: ['prix', 'tarif', 'tarifs', 'tarification', 'coût', 'coûts', 'frais', 'cotisation', 'cotisations', 'abonnement', 'abonnements', 'facture', 'factures', 'commission', 'commissions', 'taux d intérêt'],
    worth: ['qualité', 'rapport', 'valeur'],
    degree: ['très', 'trop', 'assez', 'plutôt', 'plus', 'bien', 'relativement', 'un', 'peu', 'beaucoup', 'nettement', 'extrêmement', 'souvent', 'toujours', 'généralement', 'vraiment'],
    copula: ['semble', 'semblent', 'paraît', 'paraissent', 'reste', 'restent'],
    comparing: ['compar*'],
    opinion: ['à mon avis', 'à votre avis', 'selon moi', 'selon vous', 'trouve', 'trouvez', 'trouvé', 'pense', 'pensez', 'estime', 'estimez', 'considère', 'considérez', 'juge', 'jugez', 'crois', 'croyez'],
  },
  workplace: ['lieu de travail', 'endroit où travailler', 'où il fait bon travailler', 'travailler ici', 'mon manager', 'votre manager', 'mon supérieur*', 'votre supérieur*', 'employeur*', 'charge de travail', 'équilibre vie professionnelle'],
  attention: ['selectionnez', 'veuillez selectionner', 'choisissez', 'veuillez choisir', 'cochez', 'veuillez cocher', 'cliquez sur'],
  attentionQuestion: ['comment', 'quel', 'quelle', 'quels', 'quelles', 'dans quelle mesure'],
  selectAll: ['cochez toutes', 'cochez tout ce qui', 'sélectionnez toutes', 'toutes les réponses qui', 'plusieurs réponses possibles'],
  unticked: ['non sélectionné', 'non coché', 'non sélectionnée'],
  comments: { nothing: ['non', 'rien', 'aucun', 'aucune', 'rien à ajouter', 'rien à signaler', 'ras', 'r.a.s.', 'aucune remarque', 'aucun commentaire', 'aucune observation', 'pas de remarque', 'pas de commentaire', 'pas de commentaires', 'sans commentaire', 'néant', 'rien de particulier', 'rien de spécial'], other: ['autre', 'autres', 'autre précisez', 'autre veuillez préciser', 'autre à préciser', 'précisez'] },
  // "Didn't use it": the usual non-answer of a grid of services or amenities (a hotel's breakfast, a bank's app).
  notApplicable: ['refus', 'refus de répondre', 'refuse de répondre', 'je ne sais pas', 'ne sais pas', 'ne sait pas', 'nsp', 'non applicable', 'non concerné', 'non concernée', 'pas concerné', 'pas concernée', 'sans objet', "ne s'applique pas", 'sans opinion', 'sans avis', "pas d'avis", "je n'ai pas d'avis", "n'a pas d'avis", "je n'ai pas d'opinion", "pas d'opinion", 'aucun avis', 'aucune opinion', 'je préfère ne pas répondre', 'préfère ne pas répondre', 'ne se prononce pas', 'sans réponse', 'je ne peux pas répondre', "je ne l'ai pas utilisé", "je ne l'ai pas utilisée", "je ne l'ai jamais utilisé", "je ne l'ai jamais utilisée", "je n'ai pas utilisé", 'non utilisé', 'non utilisée', 'non utilisé(e)', 'pas utilisé', 'pas utilisée'],
  yes: ['oui'],
  no: ['non'],
  scales: {
    agreement: {
      veryNegative: ["pas du tout d'accord", 'totalement en désaccord', 'tout à fait en désaccord', 'fortement en désaccord', 'complètement en désaccord', 'entièrement en désaccord'],
      negative: ["pas d'accord", 'en désaccord'],
      slightlyNegative: ["plutôt pas d'accord", 'plutôt en désaccord'],
      neutral: ["ni d'accord ni pas d'accord", "ni d'accord, ni en désaccord", 'ni en accord ni en désaccord', 'neutre'],
      slightlyPositive: ["plutôt d'accord"],
      positive: ["d'accord"],
      veryPositive: ["tout à fait d'accord", "totalement d'accord", "entièrement d'accord", "fortement d'accord", "complètement d'accord", "pleinement d'accord"],
    },
    satisfaction: {
      veryNegative: ['très insatisfait', 'très insatisfaite', 'pas du tout satisfait', 'pas du tout satisfaite', 'très mécontent', 'très mécontente'],
      negative: ['insatisfait', 'insatisfaite', 'mécontent', 'mécontente', 'pas satisfait', 'pas satisfaite'],
      slightlyNegative: ['plutôt insatisfait', 'plutôt insatisfaite', 'peu satisfait', 'peu satisfaite', 'plutôt pas satisfait'],
      neutral: ['ni satisfait ni insatisfait', 'ni satisfaite ni insatisfaite', 'neutre'],
      slightlyPositive: ['plutôt satisfait', 'plutôt satisfaite', 'assez satisfait', 'assez satisfaite'],
      positive: ['satisfait', 'satisfaite'],
      veryPositive: ['très satisfait', 'très satisfaite', 'tout à fait satisfait', 'tout à fait satisfaite', 'extrêmement satisfait'],
    },
    quality: {
      veryNegative: ['très mauvais', 'très mauvaise', 'très médiocre'],
      negative: ['mauvais', 'mauvaise', 'médiocre', 'insuffisant'],
      neutral: ['moyen', 'moyenne', 'correct', 'correcte', 'passable', 'acceptable', 'ni bon ni mauvais', 'ni bonne ni mauvaise', 'ni bien ni mal'],
      positive: ['bon', 'bonne', 'bien'],
      veryPositive: ['très bon', 'très bonne', 'très bien', 'excellent', 'excellente'],
    },
    excellence: {
      veryNegative: ['médiocre', 'mauvais', 'mauvaise', 'faible', 'insuffisant', 'insuffisante'],
      negative: ['passable', 'moyen', 'moyenne'],
      neutral: ['bien', 'bon', 'bonne'],
      positive: ['très bien', 'très bon', 'très bonne'],
      veryPositive: ['excellent', 'excellente'],
      sets: {
        // "Très mauvais, Mauvais, Moyen, Bon, Très bon, Excellent": six points, a very poor one below the five of excellence.
        'very-poor-6': [['très mauvais', 'très mauvaise'], ['mauvais', 'mauvaise'], ['moyen', 'moyenne', 'passable'], ['bon', 'bonne', 'bien'], ['très bon', 'très bonne', 'très bien'], ['excellent', 'excellente']],
      },
    },
    likelihood: {
      veryNegative: ['très peu probable', 'pas du tout probable', 'certainement pas'],
      negative: ['peu probable', 'improbable'],
      slightlyNegative: ['plutôt improbable', 'plutôt peu probable'],
      neutral: ['ni probable ni improbable', 'peut-être'],
      slightlyPositive: ['plutôt probable'],
      positive: ['probable'],
      veryPositive: ['très probable', 'extrêmement probable', 'certainement'],
    },
    ease: {
      veryNegative: ['très difficile'],
      negative: ['difficile'],
      slightlyNegative: ['plutôt difficile', 'assez difficile'],
      neutral: ['ni facile ni difficile'],
      slightlyPositive: ['plutôt facile', 'assez facile'],
      positive: ['facile'],
      veryPositive: ['très facile'],
    },
    effort: {
      veryNegative: ["très peu d'effort", "très peu d'efforts", 'aucun effort'],
      negative: ["peu d'effort", "peu d'efforts", 'effort faible'],
      neutral: ['effort modéré', "ni peu ni beaucoup d'effort", 'neutre'],
      positive: ["beaucoup d'effort", "beaucoup d'efforts", 'effort important'],
      veryPositive: ["énormément d'effort", "énormément d'efforts", 'effort très important'],
    },
    frequency: {
      veryNegative: ['jamais'],
      negative: ['rarement'],
      neutral: ['parfois', 'de temps en temps', 'quelquefois'],
      positive: ['souvent', 'fréquemment'],
      veryPositive: ['toujours'],
      sets: {
        // "Never, Rarely, Sometimes, Often": four points, none above often.
        'never-often-4': [['jamais'], ['rarement'], ['parfois', 'de temps en temps', 'quelquefois'], ['souvent', 'fréquemment']],
        'almost-4': [['presque jamais'], ['parfois', 'de temps en temps'], ['souvent', 'fréquemment'], ['presque toujours']],
        'almost-5': [['presque jamais'], ['rarement'], ['parfois', 'de temps en temps'], ['souvent', 'fréquemment'], ['presque toujours']],
        'very-often-5': [['jamais', 'pas du tout'], ['rarement', 'presque jamais'], ['parfois', 'de temps en temps', 'plutôt rarement'], ['souvent', 'fréquemment', 'plutôt souvent'], ['très souvent', 'très fréquemment']],
        // A health questionnaire's days in the last two weeks (PHQ-9, GAD-7 and their standard translations).
        'days-4': [['jamais', 'pas du tout'], ['plusieurs jours'], ['plus de la moitié du temps', 'plus de la moitié des jours'], ['presque tous les jours']],
      },
      ladder: [
        ['jamais'],
        ["moins d'une fois par an"],
        ['une fois par an', 'annuellement'],
        ['plusieurs fois par an', 'quelques fois par an'],
        ["moins d'une fois par mois"],
        ['une fois par mois', 'mensuellement'],
        ['plusieurs fois par mois', 'quelques fois par mois'],
        ['une fois par semaine', 'chaque semaine'],
        ['plusieurs fois par semaine', 'quelques fois par semaine'],
        ['presque tous les jours', 'presque chaque jour'],
        ['tous les jours', 'chaque jour', 'quotidiennement', 'une fois par jour'],
        ['plusieurs fois par jour'],
      ],
    },
    favourability: {
      veryNegative: ['très défavorable', 'très négatif', 'très négative'],
      negative: ['défavorable', 'négatif', 'négative'],
      slightlyNegative: ['plutôt défavorable', 'plutôt négatif'],
      neutral: ['neutre', 'ni favorable ni défavorable'],
      slightlyPositive: ['plutôt favorable', 'plutôt positif'],
      positive: ['favorable', 'positif', 'positive'],
      veryPositive: ['très favorable', 'très positif', 'très positive'],
      sets: { 'like-3': [["je n'aime pas", "n'aime pas"], ["ni j'aime ni je n'aime pas", "je n'aime ni ne déteste"], ["j'aime", 'aime']] },
    },
    usefulness: {
      veryNegative: ['pas du tout utile', 'totalement inutile', 'complètement inutile'],
      negative: ['pas utile', 'inutile', 'peu utile'],
      slightlyNegative: ['plutôt inutile', 'plutôt pas utile'],
      neutral: ['ni utile ni inutile', 'moyennement utile', 'neutre'],
      slightlyPositive: ['plutôt utile', 'assez utile'],
      positive: ['utile'],
      veryPositive: ['très utile', 'extrêmement utile'],
    },
    success: {
      veryNegative: ['pas du tout réussi', 'complètement raté', 'totalement raté'],
      negative: ['pas réussi', 'peu réussi', 'raté'],
      slightlyNegative: ['plutôt raté', 'plutôt pas réussi'],
      neutral: ['ni réussi ni raté', 'moyennement réussi', 'neutre'],
      slightlyPositive: ['plutôt réussi', 'assez réussi'],
      positive: ['réussi'],
      veryPositive: ['très réussi', 'tout à fait réussi', 'parfaitement réussi'],
    },
    change: {
      veryNegative: ['beaucoup moins bien', 'bien pire', 'nettement moins bien', 'nettement dégradé', 'nettement dégradée', 'très négativement'],
      negative: CHANGE_WORSE,
      slightlyNegative: ['un peu moins bien', 'légèrement moins bien', 'plutôt moins bien', 'un peu dégradé', 'un peu dégradée'],
      neutral: CHANGE_SAME,
      slightlyPositive: ['un peu mieux', 'légèrement mieux', 'plutôt mieux', 'un peu amélioré', 'un peu améliorée'],
      positive: CHANGE_BETTER,
      veryPositive: ['beaucoup mieux', 'bien mieux', 'nettement mieux', 'nettement amélioré', 'nettement améliorée', 'très positivement'],
      sets: { '3': [CHANGE_WORSE, CHANGE_SAME, CHANGE_BETTER] },
    },
    extent: {
      veryNegative: ['pas du tout', 'en aucune façon'],
      negative: ['dans une faible mesure', 'un peu', 'faiblement'],
      neutral: ['dans une certaine mesure', 'dans une mesure modérée', 'moyennement'],
      positive: ['dans une large mesure', 'beaucoup', 'fortement'],
      veryPositive: ['dans une très large mesure', 'totalement', 'complètement', 'entièrement'],
    },
    hedgedYesNo: {
      sets: {
        '3': [['non'], ['peut-être', 'peut être'], ['oui']],
        'partly-3': [['non', 'non, pas du tout'], ['en partie', 'partiellement', 'oui, en partie', 'oui, partiellement', 'oui, parfois', 'oui, dans une certaine mesure', 'parfois'], ['oui', 'oui, complètement', 'oui, entièrement', 'oui, toujours', 'oui, tout à fait', 'oui, certainement']],
        '4': [['non', 'non, pas du tout', 'absolument pas'], ['plutôt non', 'plutôt pas', 'probablement pas'], ['plutôt oui', 'probablement oui'], ['oui', 'oui, tout à fait', 'absolument']],
        '5': [['non', 'non, pas du tout', 'absolument pas'], ['plutôt non', 'plutôt pas', 'probablement pas'], ['ni oui ni non', 'oui et non'], ['plutôt oui', 'probablement oui'], ['oui', 'oui, tout à fait', 'absolument']],
      },
    },
    intensity: {
      notAtAll: ['pas du tout …', 'non, pas du tout …', 'nullement …'],
      not: ['pas …', 'non, pas …', 'pas très …', 'pas si …', 'non, pas très …'],
      slightly: ['un peu …', 'légèrement …', 'oui, un peu …'],
      somewhat: ['assez …', 'plutôt …', 'oui, assez …', 'oui, plutôt …'],
      moderately: ['modérément …', 'moyennement …', 'oui, modérément …'],
      very: ['très …', 'oui, très …'],
      extremely: ['extrêmement …', 'oui, extrêmement …'],
      negative: ['impoli*', 'grossier*', 'grossière*', 'irrespectueu*', 'agaçant*', 'énervant*', 'ennuyeu*', 'désagréable*', 'mauvais*', 'difficile*', 'stressant*', 'frustrant*', 'déroutant*', 'compliqué*', 'gênant*', 'dérangeant*', 'inconfortable*', 'inquiet*', 'inquiète*', 'préoccupé*', 'déçu*', 'insatisfait*', 'mécontent*', 'cher', 'chère', 'chers', 'chères', 'coûteu*', 'problématique*', 'nuisible*', 'risqué*', 'dangereu*', 'bruyant*', 'lent', 'lente', 'lents', 'lentes', 'fatigant*', 'offensant*', 'intrusi*', 'inapproprié*', 'pénible*'],
    },
  },
  // The head of a short header naming a kind of thing, its categories (see Lexicon.kindHeads).
  kindHeads: { first: ['mode', 'type', 'catégorie', 'canal', 'méthode', 'moyen', 'motif', 'formule', 'option', 'sujet'] },
  // A health questionnaire's question: its window and its word of being bothered (see Lexicon.health).
  health: { window: ['2 dernières semaines', 'deux dernières semaines', '14 derniers jours'], bothered: ['gêné', 'gênée', 'gêné e', 'dérangé', 'dérangée'] },
};
