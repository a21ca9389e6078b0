import type { Lexicon } from './types.js';

/** English. Add a language by copying this file and registering it in lexicon/index.ts. */
export const en: Lexicon = {
  language: 'en',
  roles: {
    id: ['id', 'response id', 'respondent id', 'respondent', 'response number', 'record id', 'uuid'],
    timestamp: ['timestamp', 'date', 'time', 'submitted*', 'submission date', 'created at', 'completed at', 'recorded date', 'start date', 'end date'],
    nps: ['recommend*', 'nps', 'net promoter*', 'likely to refer', 'tell a friend'],
    csat: {
      strong: ['csat', 'overall satisf*', 'satisf* overall', 'overall how satisf*', 'general satisf*', 'overall experience'],
      weak: ['overall', 'satisf*'],
    },
    ces: ['ces', 'effort*', 'easy to', 'ease of', 'how easy', 'how difficult'],
    comment: ['comment*', 'feedback', 'remark', 'remarks', 'suggestion*', 'anything else', 'other thoughts', 'why', 'explain*', 'verbatim', 'open ended', 'free text'],
    segment: ['region', 'country', 'city', 'state', 'market', 'channel', 'contact channel', 'segment', 'plan', 'tier', 'store', 'shop', 'branch', 'department', 'product', 'category', 'customer type', 'gender', 'age group', 'language', 'source'],
    weight: ['weight', 'wt', 'weighting', 'design weight'],
    ignored: ['ip address', 'ipaddress', 'user agent', 'progress', 'duration*', 'latitude', 'longitude', 'status', 'finished', 'email', 'e mail address', 'first name', 'last name', 'collector id', 'network id'],
  },
  dimensions: {
    delivery: ['deliver*', 'shipping', 'shipment', 'shipped', 'dispatch*', 'courier', 'parcel', 'package', 'packaging', 'arriv*', 'on time', 'speed', 'fast*', 'quick*', 'wait*', 'lead time', 'condition'],
    pricing: ['price*', 'pricing', 'priced', 'cost*', 'value for money', 'value', 'fee', 'fees', 'charge*', 'expensive', 'cheap*', 'afford*', 'fair price'],
    complaints: ['complain*', 'complaint*', 'problem*', 'issue*', 'resolv*', 'resolution', 'handled', 'handling', 'fixed', 'incident*', 'claim*', 'refund*', 'return*'],
    trust: ['trust*', 'honest*', 'reliab*', 'rely', 'confiden*', 'credib*', 'integrity', 'transparen*', 'keeps promises', 'keep promises', 'dependab*', 'believe'],
  },
  notApplicable: ['n a', 'na', 'n.a', 'not applicable', 'does not apply', 'dont know', 'do not know', 'dk', 'not sure', 'unsure', 'prefer not to say', 'prefer not to answer', 'no opinion', 'cannot say', 'cant say', 'no basis to judge', 'no basis for evaluation', 'unfamiliar'],
  yes: ['yes', 'y', 'true'],
  no: ['no', 'n', 'false'],
  labelSets: [
    {
      id: 'agreement-5',
      labels: [['strongly disagree'], ['disagree', 'somewhat disagree'], ['neither agree nor disagree', 'neutral', 'neither'], ['agree', 'somewhat agree'], ['strongly agree']],
    },
    {
      id: 'satisfaction-5',
      labels: [['very dissatisfied'], ['dissatisfied', 'somewhat dissatisfied'], ['neither satisfied nor dissatisfied', 'neutral', 'neither'], ['satisfied', 'somewhat satisfied'], ['very satisfied']],
    },
    {
      id: 'quality-5',
      labels: [['very poor'], ['poor'], ['fair', 'average'], ['good'], ['excellent', 'very good']],
    },
  ],
};
