import type { Lexicon } from './types.js';

// The change family's worse, same and better points: its slots, and its three points alone (`change-3`).
const CHANGE_WORSE = ['worse', 'negatively', 'got worse', 'has got worse', 'has gotten worse', 'worsened', 'deteriorated'];
const CHANGE_SAME = ['the same', 'about the same', 'much the same', 'same', 'no change', 'unchanged', 'stayed the same', 'stayed about the same', 'remained the same', 'neither better nor worse', 'no difference', 'no effect', 'no impact', 'not affected', 'neither positively nor negatively', 'neutral'];
const CHANGE_BETTER = ['better', 'positively', 'got better', 'has got better', 'has gotten better', 'improved'];

/** English. Add a language by copying this file and registering it in lexicon/index.ts. */
export const en: Lexicon = {
  language: 'en',
  roles: {
    id: ['id', 'response id', 'respondent id', 'respondent', 'response number', 'record id', 'uuid', 'responseid', 'respondentid', 'respid', 'caseid', 'recordid', 'userid', 'studentid', 'customerid', 'orderid', 'token', 'order number', 'customer number', 'ticket number', 'case number', 'reference number', 'booking reference', 'booking number'],
    timestamp: ['timestamp', 'date', 'time', 'submitted*', 'submission date', 'created at', 'completed at', 'recorded date', 'start date', 'end date'],
    // LTR: "likelihood to recommend", as CX platforms (Medallia) and warehouses name the field
    // (`ltr_score`); "ltr" alone is as often a litre ("Fuel (ltr) per week").
    nps: ['recommend*', 'nps', 'net promoter*', 'likely to refer', 'tell a friend', 'ltr score', 'ltr rating', 'ltr nps'],
    csat: {
      // OSAT and "overall sat": overall satisfaction as CX programmes and warehouses shorten it (`q_overall_sat`).
      strong: ['csat', 'cusa*', 'overall satisf*', 'satisf* overall', 'overall how satisf*', 'general satisf*', 'overall experience', 'osat', 'overall sat', 'sat overall'],
      weak: ['~overall', 'satisf*', '~happy', '~happiness'],
      overall: ['overall'],
    },
    ces: ['ces', 'effort*', 'made it easy', 'easy for me to', '~easy to', '~ease of', '~how easy', '~how difficult'],
    comment: ['comment*', 'feedback', 'remark', 'remarks', 'suggestion*', '~anything else', 'other thoughts', 'why', 'explain*', 'verbatim', 'open ended', 'free text'],
    improve: ['improve', 'improvement*', 'do better'],
    segment: ['region', 'country', 'city', '~state', '~market', '~channel', 'contact channel', 'contact method', 'how did you contact us', 'segment', '~plan', '~tier', '~store', '~shop', '~branch', '~department', '~product', '~category', 'customer type', 'gender', 'age group', '~language', '~source', 'age', 'education', 'occupation', 'income', 'household income', 'provider', 'service provider', 'serviceprovider', 'how old', 'ageband', 'agegroup', 'agegrp', 'agecat', 'age band', 'age bracket', 'age range', 'incomegrp', 'incomeband', 'incomegroup', 'income band', 'income group', 'income bracket', 'income range', '~type'],
    quantity: ['how many', 'number of', 'hours', 'minutes', 'days', 'weeks', 'years', 'amount', 'count', 'quantity', 'times per', 'per week', 'per month', 'spend', 'spent', 'spending', 'income', 'salary', 'percentage', 'percent'],
    howOften: ['how often', 'how frequently'],
    counted: ['how many', 'number of', 'count'],
    countedRating: ['give', 'giving', 'rate', 'rating', 'award', 'deserve', 'deserves'],
    countedUnits: ['day', 'days', 'night', 'nights', 'times', 'person', 'persons', 'people', 'guest', 'guests', 'room', 'rooms', 'child', 'children', 'hour', 'hours', 'minute', 'minutes', 'week', 'weeks', 'month', 'months', 'year', 'years', 'friend', 'friends', 'colleague', 'colleagues'],
    countedPoints: ['point', 'points', 'star', 'stars'],
    importance: ['~importance', 'how important', '~important'],
    weight: ['weight', 'wt', 'weighting', 'design weight'],
    ignored: ['ip address', 'ipaddress', 'user agent', 'progress', 'duration*', 'latitude', 'longitude', 'status', 'finished', 'email', 'e mail address', 'first name', 'last name', 'full name', 'your name', 'collector id', 'network id', 'last page', 'seed', 'start language', 'total time', 'group time', 'question time'],
  },
  effort: { effort: ['effort*', 'how much effort'], metric: ['ces', 'score', 'scores', 'index', 'metric', 'kpi'], metricOf: ['customer', 'customers'], easy: ['easy', 'easier', 'easily', 'ease'], difficult: ['difficult', 'difficulty', 'hard', 'harder'], clear: ['easy to understand', 'easy to read', 'easy to follow', 'easy to comprehend', 'easily understood', 'easy to make sense of'], understand: ['understand', 'understood', 'comprehend', 'read', 'make sense of'], asked: ['how easy was', 'how easy were', 'how easy did', 'how easy or difficult was', 'how easy or hard was', 'how difficult or easy was', 'how difficult was', 'how hard was', 'how difficult did'], whole: ['help', 'handle', 'handled', 'handling', 'your request', 'my request', 'your issue', 'my issue', 'your problem', 'my problem', 'your query', 'my query', 'your enquiry', 'your inquiry', 'deal with', 'dealing with', 'do business', 'doing business', 'overall', 'get what i needed', 'got what i needed', 'getting what i needed', 'get what you needed', 'got what you needed', 'getting what you needed', 'get what i came for', 'got what i came for'] },
  which: { ask: ['which', 'what kind of', 'what kinds of', 'what type of', 'what types of', 'what sort of', 'from the following options', 'from the options below', 'from the list below'], extent: ['to which extent', 'to what extent', 'to which degree', 'to what degree', 'what is your opinion', "what's your opinion"], chosen: ['choose', 'chose', 'chosen', 'select', 'selected', 'pick', 'picked', 'prefer', 'preferred', 'opt for', 'opted for', 'use', 'used'] },
  // A question of yes or no opens so ("Did you …?", "Is the …?"); an "or" after it asks which of two (see Lexicon.yesNoQuestion).
  yesNoQuestion: { opens: ['did', 'do', 'does', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'can', 'could', 'will'], or: ['or'], orNot: ['or not'] },
  guarantee: ['money back guarantee*', 'refund guarantee*', 'guaranteed refund*', 'satisfaction guarantee*', 'satisfaction or your money back'],
  waiting: ['wait', 'waits', 'waited', 'waiting', 'on hold', 'hold time*', 'queue', 'queues', 'queued', 'queuing', 'queueing'],
  timeFrame: ['in the last', 'in the past', 'over the last', 'over the past', 'within the last', 'within the past', 'during the last', 'during the past', 'for the last', 'for the past'],
  delivering: { delays: ['delay', 'delays', 'delayed'], verbs: ['deliver', 'delivers', 'delivered', 'delivering'], what: ['order', 'orders', 'ordered', 'package*', 'goods', 'item', 'items', 'product', 'products', 'purchase*', 'merchandise', 'door', 'doors', 'doorstep', 'home', 'address', 'pack', 'packs', 'kit', 'kits', 'box', 'boxes', 'brochure*', 'leaflet*', 'catalogue*', 'catalog', 'catalogs', 'hamper*', 'material', 'materials', 'book', 'books', 'manual', 'manuals', 'handbook*', 'workbook*'], nouns: ['delivery', 'deliveries'], intangible: ['delivery of information', 'delivery of the information', 'information delivery', 'delivery of news', 'news delivery', 'delivery of messages', 'delivery of the message*', 'message delivery', 'delivery of content', 'delivery of the content', 'content delivery', 'delivery of training', 'delivery of the training', 'training delivery', 'delivery of presentation*', 'delivery of the presentation*', 'presentation delivery', 'delivery of updates', 'delivery of communication*', 'course delivery', 'delivery of the course*', 'delivery of course*', 'session delivery', 'delivery of the session*', 'delivery of session*', 'workshop delivery', 'delivery of the workshop*', 'seminar delivery', 'delivery of the seminar*', 'lecture delivery', 'delivery of the lecture*', 'module delivery', 'delivery of the module*', 'programme delivery', 'program delivery', 'delivery of the programme', 'delivery of the program', 'teaching delivery', 'delivery of teaching', 'project delivery', 'delivery of the project*', 'webinar delivery', 'delivery of the webinar*', 'delivery of webinar*', 'class delivery', 'delivery of the class', 'delivery of the classes', 'delivery of classes', 'lesson delivery', 'delivery of the lesson*', 'delivery of lessons', 'delivery of the talk*', 'delivery of talks'], received: ['received', 'arrived', 'delivered'], told: ['description*', 'confirmation*', 'email*', 'e mail*', 'information', 'info', 'details', 'website', 'web site', 'site', 'listing*', 'invoice*', 'bill', 'bills', 'receipt*'], accurate: ['correct', 'accurate', 'accuracy', 'completeness', 'was complete', 'were complete', 'arrived complete', 'complete and correct', 'complete and accurate', 'incomplete'] },
  driver: { words: ['driver', 'drivers'], ride: ['taxi*', 'cab', 'cabs', 'ride', 'rides', 'trip', 'trips', 'journey*', 'fare', 'fares', 'passenger*', 'pick up', 'pickup', 'bus', 'buses', 'coach', 'train*', 'route*', 'lesson*', 'instructor*', 'car', 'cars', 'vehicle*', 'flight', 'flights'], safe: ['safe', 'safely', 'safety', 'secure', 'security'] },
  judged: { pricing: ['price*', 'pricing', 'priced', 'cost*', 'value for money', 'fair price', 'expensive', 'afford*', 'fee', 'fees'], trust: ['trust*', 'confiden*'] },
  consent: ['consent*', 'i understand that', 'i confirm that i have read', 'i confirm i have read', 'i have read and understood', 'agree to participate', 'agree to take part', 'happy to take part', 'happy to participate', 'willing to take part', 'willing to participate', 'processing of my data', 'processing of my personal data'],
  consentDeclined: ['declin*', 'refus*', 'disagree', 'opt out'],
  consentTakingPart: ['take part in this survey', 'take part in the survey', 'take part in this study', 'take part in the study', 'participate in this survey', 'participate in the survey', 'participate in this study', 'participate in the study', 'participation in this survey', 'participation in this study'],
  summaryRows: ['total', 'totals', 'total responses', 'total respondents', 'grand total', 'subtotal', 'sum', 'average', 'avg', 'mean', 'median', 'count', 'std dev', 'standard deviation'],
  dimensions: {
    // Being on time ("on time", "punctual", "at the agreed time") is delivery, as "à temps", "a tiempo", "pünktlich", "terminowo" are,
    // where nothing else is named: they say when, not what (`^`), and an agent who called back on time is service, a complaint
    // handled on time complaints, a bill sent on time pricing. The time support takes to answer is service ("response time").
    // The goods received as they were described or pictured (eBay's "Item as described", E-S-QUAL's fulfilment): the order received
    // right, beside a word of the goods (weak: "The hotel room matched the photos" names no delivery); the description after the verb is
    // what they are compared with, not what is judged (so not `delivering.accurate`, which a word of `told` beside it takes away).
    delivery: ['deliver*', 'shipping', 'shipment', 'shipped', 'dispatch*', 'courier', 'couriers', 'parcel', '~package', '~packaging', '~arriv*', '^on time', '^punctual*', '^at the agreed time', '^at the scheduled time', '^at the promised time', '^on the agreed date', '^on the promised date', '~speed', '~fast*', '~quick*', 'lead time', 'good condition', 'condition on arrival', 'damaged in transit', 'packaged', '~packed', 'well packed', '~correct', '~accurate', '~accuracy', '~completeness', '~was complete', '~were complete', '~arrived complete', '~complete and correct', '~complete and accurate', '~incomplete', '~as described', '~as pictured', '~matched the photo*', '~matched the picture*', '~matched the image*', '~matched the description', '~matched its description', '~matched the listing', '~matched the website', '~matches the photo*', '~matches the picture*', '~matches the description', '~match the photo*', '~match the picture*', '~match the description', '~true to the photo*', '~true to the description', 'installation appointment*', 'installation date', 'installation visit', 'installation process', 'service installation', 'broadband installation', 'engineer appointment*', 'engineer visit*', 'technician appointment*', 'technician visit*', 'service activation', 'line activation', 'new connection', 'connection date', '^on schedule', '^to schedule', '^as scheduled', '^according to schedule', '^according to the schedule', '^to timetable', '^to the timetable', '^according to the timetable', '^according to timetable', '^run late', '^runs late', '^ran late', '^running late', '^delay', '^delays', '^delayed'],
    // What shipping costs is a price: "shipping costs" says more than "shipping".
    // The bill a customer is sent ("my bill", "invoices"), not a form's "Billing address", "Bill to" or "Invoice number";
    // a bill said fair, accurate, correct or clear too, as a variable's name writes it without an article ("bill_fair", "Bill accuracy").
    pricing: ['price*', 'pricing', 'priced', 'cost*', 'shipping cost*', 'delivery cost*', 'shipping fee*', 'delivery fee*', 'shipping charge*', 'delivery charge*', 'postage', 'value for money', '~value', 'fee', 'fees', '~charge*', 'hidden charge*', 'expensive', '~cheap*', 'afford*', 'fair price', 'shipping price*', 'delivery price*', 'price of delivery', 'price of shipping', 'price for delivery', 'price for shipping', 'my invoice', 'your invoice', 'the invoice', 'invoices', 'invoicing', 'my bill', 'your bill', 'the bill', 'bills', 'bill fair', 'bill fairness', 'fair bill', 'fair bills', 'bill accuracy', 'bill accurate', 'accurate bill*', 'bill correct', 'bill correctness', 'correct bill', 'correct bills', 'invoice accuracy', 'invoice accurate', 'accurate invoice*', 'invoice correct', 'invoice correctness', 'correct invoice*', 'bill clarity', 'bill clear', 'clear bill', 'clear bills', 'the billing', 'billing process', 'billing accuracy', 'contract terms', 'contract conditions', 'contract clarity', 'contract length', 'contract duration', 'terms of the contract', 'terms of your contract', 'clarity of the contract', 'clarity of your contract', 'contractual', 'notice period', 'minimum term'],
    complaints: ['complain*', 'complaint*', 'damaged', 'defective', 'faulty', 'the problem', 'the issue', 'what went wrong', 'had a problem', 'had an issue', 'any problems', 'have a problem', 'have an issue', 'have any problem*', 'have any issue*', 'experience* a problem', 'experience* an issue', 'experience* any problem*', 'experience* any issue*', 'encounter* a problem', 'encounter* an issue', 'encounter* any problem*', 'encounter* any issue*', '~problem*', '~issue*', '~resolv*', '~resolution', '~incident*', '~claim*', '~refund*', 'have an outage', 'have a power outage', 'have a power cut', 'have any outage*', 'have any power cut*', 'experience* an outage', 'experience* a power outage', 'experience* a power cut', 'experience* any outage*', 'experience* any power cut*', 'have an interruption', 'experience* an interruption', 'have any interruption*', 'experience* any interruption*', '~outage*', '~power cut*', '~interruption*', '~blackout*', '~supply failure*', 'claims handling', 'claim handling', 'claims processing', 'claim processing', 'claims settlement', 'claim settlement', 'concerns were dealt with', 'concerns were handled', 'concerns were resolved', 'concern was dealt with', 'concern was handled', 'concern was resolved', 'dealt with my concerns', 'handled my concerns', 'resolved my concerns', 'raised a concern', 'anything go wrong', 'anything went wrong', 'anything gone wrong', 'something go wrong', 'something went wrong', 'something gone wrong'],
    // Transparency says how open something is, not what (`^`): alone it is trust ("The company is transparent"); beside
    // another dimension's word that is rated, the prices for one ("Transparent pricing", "Preistransparenz", "Przejrzystość cennika").
    trust: ['trust*', 'honest*', 'reliab*', '~rely', '~confiden*', 'credib*', 'integrity', '^transparen*', 'keeps promises', 'keep promises', 'dependab*', '~believe', 'feel safe', 'feel secure', 'feels safe', 'feels secure', 'felt safe', 'felt secure', 'feeling safe', 'feeling secure', 'feel very safe', 'feel very secure', 'felt very safe', 'felt very secure', 'sense of security', 'safe to pay', 'secure to pay', 'pay safely', 'pay securely', 'paying safely', 'paying securely', 'safe payment*', 'secure payment*', 'payment security', 'payments are secure', 'payment is secure', 'payment was secure', 'secure checkout', 'data is safe', 'data is secure', 'data is protected', 'data are safe', 'data are secure', 'data are protected', 'data safe', 'data secure', 'data security', 'data protection', 'data privacy', 'security of my data', 'security of my personal data', 'safety of my data', 'protection of my data', 'protects my data', 'protect my data', 'information is safe', 'information is secure', 'my privacy', 'secure website', 'secure site', 'details are safe', 'details are secure', 'details are protected', 'details are kept safe', 'details are kept secure', 'details were safe', 'details were secure'],
    service: ['account manager*', 'account executive*', 'relationship manager*', 'client manager*', 'customer success manager*', 'case handler*', 'claims handler*', 'correspondence', 'our letters', 'receptionist*', 'front desk', 'customer service', 'customer support', 'customer care', '~support', 'support team', 'support staff', 'support agent*', 'helpdesk', 'help desk', 'service desk', 'call centre', 'call center', 'contact centre', 'contact center', 'hotline', 'staff', '~employee*', 'agent', 'agents', 'representative*', 'personnel', 'advisor*', 'adviser*', 'friendliness', 'friendly staff', 'polite*', 'courteous*', 'courtesy', 'competent', 'competence', 'knowledgeable', '~helpful*', '~responsive*', 'responds', 'respond to', 'response time', 'time to respond', '~prompt', '~promptly', '~promptness', 'replied', 'reply', 'replies', '~phone', '~telephone', 'live chat', '~chat', '~email', '~e mail', 'social media', '~communicat*', 'kept me informed', 'keep me informed', 'kept informed', 'returns policy', 'return policy', 'refund policy', 'policies', '~policy', 'apologi*', 'apologis*', 'apologiz*', 'after sales', 'aftersales', '~service', '~help', '~assist*', 'care received', 'care you received', 'service received', 'service you received', 'support received', 'support you received', 'our support', 'i was served', 'we were served', 'you were served', 'were you served', 'served promptly', 'served quickly', 'promptly served', 'quickly served', 'check in', 'checkin', 'cleanliness', 'cleaning', 'tidiness', 'hygiene', 'room was clean', 'rooms were clean', 'clean room', 'clean rooms', 'room clean', 'clean and tidy', 'premises were clean', 'store was clean', 'branch was clean', 'involved in decisions', 'involvement in decisions', 'decisions about your care', 'decisions about your treatment', 'information about your medicines', 'information about your medication', 'given about your medicines', 'given about your medication', 'explained your medicines', 'explained your medication'],
  },
  context: {
    // Beside a verb of buying (`purchase`: "Did you buy anything else?"), "anything else" asks for a comment only with a verb of telling ("… you would like to tell us?").
    comment: ['tell', 'add', 'share', 'say', 'mention', 'know'],
    purchase: ['buy', 'bought', 'purchas*', 'order', 'ordered'],
    // Words of making a complaint ("Did you make a complaint about how your claim was handled?"): a word of resolution after one, unless it is said of a complaint made if one was (`ifMade`: "If you made a complaint, was it resolved?"), is what the complaint was about, and the question asks whether one was made.
    // A claim (on an insurance, a warranty, one's expenses) is what the customer asked the company to pay, the service itself, no
    // complaint: a weak word of a claim (`claimed`) names complaints only beside a word of its handling (`claimHandling`: "how your claim
    // was handled"), not beside having one or its kind ("What type of claim did you make?", "I had to chase you for updates on my claim").
    claimed: ['claim*'],
    claimHandling: ['handled', 'handling', 'dealt with', 'processed', 'processing', 'settled', 'settlement', 'resolv*', 'resolution'],
    // How a complaint was made ("How did you make your complaint?"): its answers are the channel, no category of the problem.
    complaintChannel: ['how did you make', 'how did you submit', 'how did you raise', 'how did you lodge', 'how did you file', 'how did you register', 'how did you complain', 'how did you contact', 'which channel*', 'what channel*', 'through which', 'by what means', 'by which means'],
    // Words that ask of a complaint one could or would make, not of one made ("Do you know how to make a complaint?", "Would you complain to us if …?",
    // "How easy is it to complain?"): such a question is no question of a complaint made (see oneProblemQuestion).
    complaintUnmade: ['know how', 'knew how', 'how to', 'would', 'able to', 'how easy', 'how difficult', 'how hard', 'easy to', 'difficult to', 'hard to', 'intend*', 'likely', 'if you need*', 'where to'],
    complaintMade: ['make a complaint', 'made a complaint', 'make any complaint*', 'made any complaint*', 'raise a complaint', 'raised a complaint', 'lodge a complaint', 'lodged a complaint', 'file a complaint', 'filed a complaint', 'submit a complaint', 'submitted a complaint', 'register a complaint', 'registered a complaint', 'complain', 'complained'],
    // A survey whose claim is its product (an insurance's, a warranty's, an expense claim: see claimsOfTheProduct): words of that product anywhere in it,
    // and the words naming the claim (the loss claimed) in a column, which is then the service the survey is about, no complaint.
    claimSurvey: ['insur*', 'insurer*', 'policyholder*', 'deductible', 'claims handler*', 'claims adviser*', 'claims advisor*', 'loss adjuster*', 'expense claim*'],
    // Words of a product that every shop names too (an extended warranty sold, return postage reimbursed): of a survey of claims only in the
    // column naming the claim ("your warranty claim"), in two columns or in the headline question.
    claimSurveyWeak: ['warranty', 'warranties', 'reimburs*'],
    // "claimed" is no claim ("performs as claimed in the advert").
    claimNamed: ['claim', 'claims', 'claimant*', 'claiming'],
    // Words of complaining: a header holding one is a complaint, whatever the survey's product (see claimsOfTheProduct).
    complaining: ['complain*', 'complaint*'],
    ifMade: ['if', 'when', 'after', 'once'],
    best: ['best', 'the best'],
    resolution: ['resolv*', 'resolution', 'handled', 'fixed', 'solved', 'sorted out', 'put right'],
    // Verbs of solving a problem ("Did our staff solve your problem?"): a yes to them is good news, as to
    // `resolution`, but they give no word of a problem its meaning ("the ability to solve math problems").
    solving: ['solve', 'solves', 'solving', 'fix', 'fixes', 'fixing'],
    purpose: ['to', 'in order to'],
    // What makes the thing counted a burden, whatever it was done for (see putRight): "had to contact us more than once to solve".
    burden: ['have to', 'had to', 'has to', 'need to', 'needed to', 'more than once', 'several times', 'repeatedly', 'again'],
    // Verbs of being told (see reversedWording): a bad thing one was told of is no longer what is counted: "How often were delays communicated to you in advance?".
    informing: ['informed', 'inform you', 'notified', 'notify you', 'warned', 'warn you', 'told', 'tell you', 'communicated', 'alerted', 'kept up to date', 'let you know', 'explained'],
    informingOf: ['of', 'about', 'on', 'regarding', 'concerning'],
    informingThat: ['that'],
    ability: ['able', 'unable', 'manage', 'managed', 'manages'],
    // A problem said to be absent ("Was your order free of problems?"): yes is the good answer.
    problemFree: ['free of', 'without', 'no problem*', 'no issue*'],
    importance: ['to you', 'for you', 'to me', 'for me'],
    csat: ['satisf*', 'rate', 'rating', 'ratings', 'experience', 'happy', 'score', 'impression'],
    // A word of quality ("Quality of the provider"): what follows it is rated, not a group (see detectColumn).
    quality: ['quality'],
    ces: ['effort', 'resolv*', 'solv*', 'sorted', 'sort out', 'sorted out', 'fixed', 'put right', 'help', 'handle', 'handled', 'handling', 'contact*', 'support', 'service', 'order*', 'return*', 'purchase*', 'account', 'company', 'us', 'get what i needed', 'got what i needed', 'getting what i needed', 'get what you needed', 'got what you needed', 'getting what you needed', 'get what i came for', 'got what i came for'],
    segment: ['what', 'which', 'type', 'name', 'select', 'live', 'located', 'based'],
    complaints: ['handled', 'handling', 'dealt with', 'had', 'type', 'kind', 'category', 'order*', 'purchase*', 'product', 'products', 'service*', 'company', 'delivery', 'deliveries', 'shop*', 'store', 'account', 'booking', 'reservation', 'staff', 'support', 'customer*', 'complain*', 'complaint*', 'item', 'items', 'bill', 'bills', 'billing', 'invoice*', 'payment*', 'contract', 'provider', 'bank', 'flight', 'hotel', 'stay', 'visit'],
    delivery: ['order*', 'deliver*', 'ship*', 'parcel*', 'product', 'products', 'item', 'items', 'purchase*', 'courier', 'goods', 'condition', 'arrived', 'received'],
    pricing: ['money', 'price*', 'pricing', 'cost*', 'paid', 'pay', 'purchase*', 'spend*'],
    trust: ['company', 'brand', 'provider', 'bank', 'firm', 'information', 'promise*', 'seller', 'store', 'shop'],
    service: ['customer*', 'staff', 'team', 'reach*', 'request*', 'question*', 'query', 'queries', 'enquir*', 'inquir*', 'contact*', 'quality', 'store', 'shop', 'returns', 'shipping'],
  },
  reversedWording: {
    negation: ['not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'isnt', 'wasnt', 'arent', 'werent', 'cannot', 'cant', 'couldnt', 'hardly'],
    absence: ['without', 'free of', 'free from'],
    opposite: ['excessive', 'overpriced', 'difficult', 'hard to', 'slow', 'slowly', 'late', 'delayed', 'confus*', 'unfriendly', 'unclear', 'incomprehensible', 'let down', 'lack of transparency', 'complicated', 'cumbersome', 'inconvenient', 'frustrat*', 'annoy*', 'bothered', 'disturbed', 'inconvenienced', 'rude', 'impolite', 'unprofessional', 'incompetent', 'unhelpful', 'discourteous', 'disrespectful', 'unreliable', 'untrustworthy', 'dishonest', 'misleading', 'unfair', 'unpleasant', 'disappoint*', 'dissatisf*', 'unsatisf*', 'unhappy', 'useless', 'waste of', 'overpriced', 'expensive', 'too high', 'too long', 'took a long time', 'take a long time', 'takes a long time', 'taken a long time', 'too much', 'too many', 'poor', 'poorly', 'bad', 'badly', 'worse', 'worst', 'broken', 'damaged', 'hidden fees', 'hidden costs', 'hidden charge', 'hidden charges', 'too costly', 'lost', 'incomplete', 'paid more', 'charged more', 'overcharg*', 'cheated', 'misled', 'deceived', 'ripped off', 'scammed', 'had to wait', 'waited too long', 'wait too long', 'took ages', 'waited ages', 'wait ages', 'rudely', 'impolitely', 'discourteously', 'disrespectfully', 'had to chase', 'had to follow up', 'had to repeat', 'had to contact you again', 'had to contact them again', 'had to call again', 'had to call back', 'had to explain again', 'several times about the same', 'several times for the same', 'more than once about the same', 'more than once for the same', 'multiple times about the same', 'multiple times for the same'],
    trouble: ['problem*', 'issue', 'issues', 'error*', 'mistake*', 'complaint*', 'difficulties', 'trouble', 'wait*', 'delay', 'delays', 'cancel*'],
    failure: ['drop', 'drops', 'dropping', 'fail', 'fails', 'failed', 'failing', 'failure*', 'crash*', 'break down', 'breaks down', 'broke down', 'breakdown*', 'outage*', 'disconnect*', 'interrupt*', 'cut out', 'cuts out', 'goes down', 'go down', 'went down', 'freeze', 'freezes', 'froze', 'downtime', 'glitch*'],
    hindrance: ['interfere', 'interferes', 'interfered', 'interfering', 'interference', 'get in the way', 'gets in the way', 'got in the way', 'getting in the way', 'hinder', 'hinders', 'hindered', 'hindering', 'disrupt', 'disrupts', 'disrupted', 'disrupting', 'disruption*'],
    often: ['often', 'frequently', 'frequent', 'constantly', 'repeatedly', 'all the time'],
    // A telling that is itself the bad thing (see Lexicon.reversedWording misinforming).
    misinforming: ['told off', 'conflicting', 'contradictory', 'contradicting', 'wrong information', 'incorrect information', 'false information', 'inaccurate information', 'misinformed', 'misinformation', 'scolded', 'reprimanded', 'shouted at', 'yelled at'],
    rare: ['rare', 'rarely', 'seldom', 'infrequent', 'infrequently'],
    rarely: ['rarely', 'seldom', 'infrequently'],
    linking: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'become', 'becomes', 'became'],
    height: ['high', 'higher', 'highest', 'highly'],
    priced: ['price', 'prices', 'pricing', 'priced', 'fee', 'fees', 'cost', 'costs', 'charge', 'charges', 'tariff*', 'fare', 'fares', 'postage', 'bill', 'bills', 'commission', 'commissions', 'interest rate*', 'exchange rate*', 'room rate*', 'hourly rate*', 'call rate*', 'delivery fee*', 'shipping fee*', 'delivery cost*', 'shipping cost*', 'delivery charge*', 'shipping charge*', 'delivery price*', 'shipping price*', 'service fee*', 'service charge*', 'monthly fee*', 'subscription fee*'],
    worth: ['quality', 'value', 'ratio', 'performance', 'worth'],
    degree: ['very', 'quite', 'rather', 'fairly', 'pretty', 'really', 'much', 'far', 'way', 'even', 'bit', 'little', 'somewhat', 'slightly', 'relatively', 'extremely', 'significantly', 'too', 'more', 'generally', 'usually', 'always', 'often'],
    copula: ['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'feel', 'feels', 'look', 'looks', 'remain', 'remains'],
    comparing: ['compar*', 'relative', 'versus', 'vs'],
    opinion: ['in my opinion', 'in your opinion', 'in our opinion', 'think', 'thinks', 'thought', 'find', 'finds', 'found', 'believe', 'believes', 'consider', 'considers', 'considered', 'would say'],
  },
  workplace: ['place to work', 'places to work', 'work here', 'working here', 'worked here', 'work for us', 'working for us', 'work for this company', 'working for this company', 'my manager', 'your manager', 'my line manager', 'your line manager', 'line manager', 'my supervisor*', 'your supervisor*', 'my boss', 'your boss', 'my employer', 'your employer', 'my workload', 'your workload', 'workload', 'work life balance', 'in the workplace', 'my workplace', 'grievance*', 'paid fairly', 'career development', 'career progression', 'medical leave', 'sick leave', 'annual leave', 'intend to leave', 'intention to leave', 'thinking about leaving', 'as an employer', 'with your job', 'with my job', 'in your job', 'in my job', 'job satisfaction', 'senior leadership', 'leadership team'],
  attention: ['select', 'please select', 'choose', 'pick', 'mark', 'tick', 'click', 'answer'],
  attentionQuestion: ['how', 'which', 'what', 'whether'],
  selectAll: ['all that apply', 'all that applies', 'select all', 'check all', 'tick all', 'choose all', 'mark all', 'several answers possible', 'multiple answers possible'],
  unticked: ['not selected', 'unchecked', 'not checked', 'not ticked'],
  // "NA" written by R (and most statistics software) is a blank cell, not this: see non-answer.ts.
  comments: { nothing: ['no', 'none', 'nothing', 'nope', 'nil', 'null', 'no comment', 'no comments', 'no comment at all', 'nothing to add', 'nothing else', 'nothing more', 'nothing to say', 'nothing really', 'not really', 'idk', 'dunno', 'nothing in particular', 'nothing special'], other: ['other', 'others', 'other please specify', 'other specify', 'please specify', 'something else'] },
  // "Didn't use it": the usual non-answer of a grid of services or amenities (a hotel's breakfast, a bank's app).
  notApplicable: ['refused', 'refusal', 'refused to answer', 'declined to answer', 'still pending', 'pending', 'still being looked into', 'still being looked at', 'being looked into', 'still under review', 'under review', 'still in progress', 'still open', 'still ongoing', 'awaiting a response', 'waiting for a response', 'n a', 'na', 'n.a', 'not applicable', 'not applicable to me', 'does not apply', 'does not apply to me', 'dont know', 'do not know', 'i dont know', 'i do not know', 'im not sure', 'i am not sure', 'rather not say', 'dk', 'not sure', 'unsure', 'prefer not to say', 'prefer not to answer', 'i prefer not to say', 'i prefer not to answer', 'no opinion', 'cannot say', 'cant say', 'no basis to judge', 'no basis for evaluation', 'unfamiliar', 'not familiar', 'no answer', 'not relevant', 'did not use', "didn't use", 'did not use it', "didn't use it", 'i did not use', "i didn't use", 'i did not use it', "i didn't use it", 'did not use this service', "didn't use this service", 'not used', 'have not used', "haven't used", 'i have not used', "i haven't used", 'i have not used it', "i haven't used it", 'i have never used it', 'not used it'],
  // PostgreSQL writes a boolean `t` or `f` (psql's \copy, COPY … CSV): a warehouse's export.
  yes: ['yes', 'y', 'true', 't'],
  no: ['no', 'n', 'false', 'f'],
  scales: {
    agreement: {
      veryNegative: ['strongly disagree', 'strong disagree', 'completely disagree', 'totally disagree', 'fully disagree', 'disagree strongly', 'disagree completely'],
      negative: ['disagree', 'moderately disagree'],
      slightlyNegative: ['somewhat disagree', 'slightly disagree', 'tend to disagree', 'mostly disagree'],
      neutral: ['neither agree nor disagree', 'neither agree or disagree', 'neutral', 'neither'],
      slightlyPositive: ['somewhat agree', 'slightly agree', 'tend to agree', 'mostly agree'],
      positive: ['agree', 'moderately agree'],
      veryPositive: ['strongly agree', 'strong agree', 'completely agree', 'totally agree', 'fully agree', 'agree strongly', 'agree completely'],
    },
    // Qualtrics' seven-point scales run Extremely, Moderately, Slightly on each side of Neither: "moderately" is the step below the end.
    satisfaction: {
      veryNegative: ['very dissatisfied', 'very unsatisfied', 'extremely dissatisfied', 'completely dissatisfied'],
      negative: ['dissatisfied', 'unsatisfied', 'mostly dissatisfied', 'moderately dissatisfied'],
      slightlyNegative: ['somewhat dissatisfied', 'slightly dissatisfied', 'somewhat unsatisfied'],
      neutral: ['neither satisfied nor dissatisfied', 'neither satisfied or dissatisfied', 'neutral', 'neither'],
      slightlyPositive: ['somewhat satisfied', 'slightly satisfied'],
      positive: ['satisfied', 'mostly satisfied', 'moderately satisfied'],
      veryPositive: ['very satisfied', 'extremely satisfied', 'completely satisfied'],
    },
    quality: {
      veryNegative: ['very poor', 'very bad', 'terrible'],
      negative: ['poor', 'bad'],
      neutral: ['fair', 'average', 'ok', 'okay', 'acceptable', 'neither good nor poor', 'neither good nor bad', 'neither good or poor', 'neither good or bad'],
      positive: ['good'],
      veryPositive: ['very good', 'excellent'],
      sets: {
        // "Very poorly, Poorly, Neither well nor poorly, Well, Very well": how well something was done ("How well was your problem resolved?").
        'poorly-well-5': [['very poorly'], ['poorly'], ['neither well nor poorly', 'neither poorly nor well'], ['well'], ['very well']],
      },
    },
    excellence: {
      veryNegative: ['poor'],
      negative: ['fair'],
      neutral: ['good'],
      positive: ['very good'],
      veryPositive: ['excellent'],
      sets: {
        // "Very poor, Poor, Fair, Good, Very good, Excellent": six points, a very poor one below the five of excellence.
        'very-poor-6': [['very poor'], ['poor'], ['fair'], ['good'], ['very good'], ['excellent']],
      },
    },
    likelihood: {
      veryNegative: ['very unlikely', 'extremely unlikely', 'not at all likely'],
      negative: ['unlikely', 'moderately unlikely'],
      slightlyNegative: ['somewhat unlikely', 'slightly unlikely'],
      neutral: ['neither likely nor unlikely', 'neither likely or unlikely', 'neutral', 'not sure either way'],
      slightlyPositive: ['somewhat likely', 'slightly likely'],
      positive: ['likely', 'moderately likely'],
      veryPositive: ['very likely', 'extremely likely'],
    },
    ease: {
      veryNegative: ['very difficult', 'extremely difficult', 'very hard'],
      negative: ['difficult', 'hard', 'moderately difficult'],
      slightlyNegative: ['somewhat difficult', 'slightly difficult', 'fairly difficult'],
      neutral: ['neither easy nor difficult', 'neither easy or difficult', 'neutral', 'neither'],
      slightlyPositive: ['somewhat easy', 'slightly easy', 'fairly easy'],
      positive: ['easy', 'moderately easy'],
      veryPositive: ['very easy', 'extremely easy'],
    },
    effort: {
      veryNegative: ['very low effort', 'very little effort', 'no effort at all'],
      negative: ['low effort', 'little effort'],
      neutral: ['moderate effort', 'neither low nor high effort', 'some effort'],
      positive: ['high effort', 'a lot of effort', 'much effort'],
      veryPositive: ['very high effort', 'a great deal of effort', 'very much effort'],
    },
    frequency: {
      veryNegative: ['never'],
      negative: ['rarely', 'seldom', 'once in a while'],
      neutral: ['sometimes', 'occasionally', 'about half the time', 'half the time'],
      positive: ['often', 'usually', 'frequently', 'most of the time'],
      veryPositive: ['always'],
      sets: {
        // "Never, Rarely, Sometimes, Often": four points, none above often.
        'never-often-4': [['never'], ['rarely', 'seldom'], ['sometimes', 'occasionally'], ['often', 'frequently']],
        'almost-4': [['almost never'], ['sometimes', 'occasionally'], ['often', 'frequently'], ['almost always']],
        'almost-5': [['almost never'], ['rarely', 'seldom'], ['sometimes', 'occasionally'], ['often', 'frequently'], ['almost always']],
        // "Never, Almost never, Sometimes, Fairly often, Very often"; "Never, Rarely, Occasionally, Frequently, Very frequently".
        'very-often-5': [['never'], ['almost never', 'rarely'], ['sometimes', 'occasionally'], ['fairly often', 'often', 'frequently'], ['very often', 'very frequently']],
        // A health questionnaire's days in the last two weeks (PHQ-9, GAD-7 and their standard translations).
        'days-4': [['not at all'], ['several days'], ['more than half the days'], ['nearly every day']],
      },
      ladder: [
        ['never'],
        ['less than once a year', 'less often than once a year'],
        ['once a year', 'once a year or less', 'about once a year', 'once per year', 'yearly', 'annually'],
        ['several times a year', 'a few times a year', 'several times per year', 'a few times per year', '2-3 times a year', 'every few months'],
        ['less than once a month', 'less often than once a month'],
        ['once a month', 'once a month or less', 'about once a month', 'once per month', 'monthly'],
        ['several times a month', 'a few times a month', 'several times per month', 'a few times per month', '2-3 times a month'],
        ['once a week', 'about once a week', 'once per week', 'weekly'],
        ['several times a week', 'a few times a week', 'several times per week', 'a few times per week', '2-3 times a week'],
        ['almost every day', 'nearly every day', 'most days'],
        ['every day', 'everyday', 'daily', 'once a day', 'once per day'],
        ['several times a day', 'a few times a day', 'several times per day', 'multiple times a day', 'many times a day'],
      ],
    },
    favourability: {
      veryNegative: ['very unfavourable', 'very unfavorable', 'very unfavourably', 'very unfavorably'],
      negative: ['unfavourable', 'unfavorable', 'unfavourably', 'unfavorably'],
      slightlyNegative: ['somewhat unfavourable', 'somewhat unfavorable', 'mostly unfavourable', 'mostly unfavorable', 'somewhat unfavourably', 'somewhat unfavorably'],
      neutral: ['neither favourable nor unfavourable', 'neither favorable nor unfavorable', 'neither favourably nor unfavourably', 'neither favorably nor unfavorably', 'neutral'],
      slightlyPositive: ['somewhat favourable', 'somewhat favorable', 'mostly favourable', 'mostly favorable', 'somewhat favourably', 'somewhat favorably'],
      positive: ['favourable', 'favorable', 'favourably', 'favorably'],
      veryPositive: ['very favourable', 'very favorable', 'very favourably', 'very favorably'],
      // "Like, Neither like nor dislike, Dislike": how much one likes something, three points.
      sets: { 'like-3': [['dislike', 'do not like', 'dont like'], ['neither like nor dislike', 'neither like or dislike', 'neither like nor dislike it'], ['like', 'like it']] },
    },
    usefulness: {
      veryNegative: ['not useful at all', 'not at all useful', 'completely useless', 'useless'],
      negative: ['not useful', 'not very useful', 'of little use'],
      slightlyNegative: ['rather not useful', 'somewhat useless'],
      neutral: ['neither useful nor useless', 'moderately useful', 'neutral'],
      slightlyPositive: ['somewhat useful', 'rather useful', 'fairly useful'],
      positive: ['useful'],
      veryPositive: ['very useful', 'extremely useful'],
    },
    success: {
      veryNegative: ['not at all successful', 'not successful at all', 'very unsuccessful', 'completely unsuccessful'],
      negative: ['unsuccessful', 'not successful', 'not very successful'],
      slightlyNegative: ['somewhat unsuccessful', 'rather unsuccessful'],
      neutral: ['neither successful nor unsuccessful', 'moderately successful', 'neutral'],
      slightlyPositive: ['somewhat successful', 'rather successful', 'fairly successful'],
      positive: ['successful'],
      veryPositive: ['very successful', 'extremely successful', 'highly successful', 'completely successful'],
    },
    // Change against before or the effect of something, from worse to better: "Worse / About the same / Better" (how a service
    // changed since a last visit or year), "Negatively / No change / Positively" (OSMI's "how has this affected you?"); three points (`change-3`) or more.
    change: {
      veryNegative: ['much worse', 'a lot worse', 'far worse', 'significantly worse', 'got much worse', 'very negatively'],
      negative: CHANGE_WORSE,
      slightlyNegative: ['somewhat worse', 'slightly worse', 'a little worse', 'a bit worse', 'somewhat negatively', 'slightly negatively'],
      neutral: CHANGE_SAME,
      slightlyPositive: ['somewhat better', 'slightly better', 'a little better', 'a bit better', 'slightly improved', 'somewhat improved', 'somewhat positively', 'slightly positively'],
      positive: CHANGE_BETTER,
      veryPositive: ['much better', 'a lot better', 'far better', 'significantly better', 'much improved', 'greatly improved', 'very positively'],
      sets: { '3': [CHANGE_WORSE, CHANGE_SAME, CHANGE_BETTER] },
    },
    extent: {
      // Also the amounts of Qualtrics' "None at all / A little / A moderate amount / A lot / A great deal".
      veryNegative: ['not at all', 'to no extent', 'none at all'],
      negative: ['to a small extent', 'to a little extent', 'to a slight extent', 'a little'],
      neutral: ['to a moderate extent', 'to some extent', 'to a certain extent', 'somewhat', 'a moderate amount'],
      positive: ['to a large extent', 'to a great extent', 'to a considerable extent', 'a lot'],
      veryPositive: ['to a very large extent', 'to a very great extent', 'completely', 'entirely', 'fully', 'a great deal'],
    },
    hedgedYesNo: {
      sets: {
        // "No / Maybe / Yes": a yes/no question with a hedge between its ends (OSMI's Google Forms
        // and Typeform surveys: "Would you bring up a mental health issue … in an interview?").
        '3': [['no'], ['maybe'], ['yes']],
        // "Yes / Partially / No": whether a problem was put right, the middle a part of it (Kobo's and SurveyMonkey's follow-up "Was it resolved?").
        // The CQC and NHS patient surveys' "Yes, always / Yes, sometimes / No" and "Yes, completely (definitely) / Yes, to some extent / No"
        // are the same three points: in full, in part (some of the time), not; OSMI's "Yes, always / Sometimes / No" too.
        'partly-3': [['no', 'no, not at all'], ['partially', 'partly', 'in part', 'partially resolved', 'yes, partially', 'yes, partly', 'yes, sometimes', 'yes, to some extent', 'sometimes'], ['yes', 'yes, completely', 'yes, fully', 'yes, to my satisfaction', 'yes, always', 'yes, definitely']],
        '4': [
          ['no', 'definitely not', 'definitely no', 'certainly not'],
          ['rather no', 'rather not', 'probably not', 'probably no', 'mostly no'],
          ['rather yes', 'probably yes', 'probably', 'mostly yes'],
          ['yes', 'definitely yes', 'definitely', 'certainly'],
        ],
        '5': [
          ['no', 'definitely not', 'definitely no', 'certainly not'],
          ['rather no', 'rather not', 'probably not', 'probably no', 'mostly no'],
          ['neither yes nor no', 'yes and no', 'partly'],
          ['rather yes', 'probably yes', 'probably', 'mostly yes'],
          ['yes', 'definitely yes', 'definitely', 'certainly'],
        ],
      },
    },
    intensity: {
      notAtAll: ['not at all …', 'not … at all', 'no, not at all …', 'no, not … at all'],
      not: ['not …', 'no, not …', 'not so …', 'no, not so …'],
      slightly: ['slightly …', 'a little …', 'a bit …', 'mildly …', 'yes, slightly …', 'yes, a little …'],
      somewhat: ['somewhat …', 'yes, somewhat …'],
      moderately: ['moderately …', 'yes, moderately …'],
      very: ['very …', 'yes, very …'],
      extremely: ['extremely …', 'yes, extremely …'],
      negative: ['rude', 'impolite', 'disrespectful', 'annoying', 'irritating', 'bothersome', 'unpleasant', 'bad', 'difficult', 'hard', 'painful', 'stressful', 'frustrating', 'confusing', 'complicated', 'inconvenient', 'disruptive', 'uncomfortable', 'worried', 'concerned', 'anxious', 'afraid', 'disappointed', 'dissatisfied', 'unhappy', 'expensive', 'costly', 'problematic', 'harmful', 'risky', 'dangerous', 'unsafe', 'noisy', 'slow', 'tiring', 'boring', 'offensive', 'intrusive', 'unfair', 'unreliable', 'unhelpful', 'unfriendly', 'unacceptable', 'inappropriate', 'burdensome', 'time consuming'],
    },
  },
  // The head of a short header naming a kind of thing, its categories (see Lexicon.kindHeads).
  kindHeads: { last: ['method', 'category', 'type', 'channel', 'option', 'plan', 'tier', 'reason'], first: ['type', 'method', 'reason', 'category', 'kind', 'mode', 'channel'], after: ['of', 'for'] },
  // A health questionnaire's question: its window and its word of being bothered (see Lexicon.health).
  health: { window: ['last 2 weeks', 'last two weeks', 'past 2 weeks', 'past two weeks', 'last 14 days', 'past 14 days'], bothered: ['bothered', 'troubled'] },
};
