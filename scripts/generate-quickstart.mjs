#!/usr/bin/env node
// Writes the bundled sample, fixtures/quickstart/responses.csv: a realistic e-commerce
// customer-satisfaction export, made from a fixed seed so that the same file comes out every time
// (a test checks that it does).
//
//   node scripts/generate-quickstart.mjs [out.csv] [--rows N] [--seed S]
//
// Each customer has a general attitude; delivery, pricing and trust perceptions follow it with
// their own noise, problems happen more often after a bad delivery, and overall satisfaction and
// likelihood to recommend are driven by all of them. Answers are therefore correlated the way real
// answers are. A few answers are blank or "N/A"/"Don't know", as in real exports.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mulberry32 } from './mulberry32.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rows: { type: 'string', default: '640' }, seed: { type: 'string', default: '20260803' } },
});
const out = positionals[0] ?? 'fixtures/quickstart/responses.csv';
const rows = Number(values.rows);
const random = mulberry32(Number(values.seed));

const HEADER = [
  'Response ID',
  'Submitted At',
  'Region',
  'Contact channel',
  'How satisfied are you with the speed of delivery?',
  'How satisfied are you with the condition of your order on arrival?',
  'The price was fair',
  'Value for money',
  'Did you have a problem or complaint about your order?',
  'If you had a problem, how satisfied are you with how it was handled?',
  'I trust this company to keep its promises',
  'The company is honest and reliable',
  'Overall, how satisfied are you with your purchase?',
  'How likely are you to recommend us to a friend or colleague? (0-10)',
  'Any other comments?',
];

const REGIONS = [['North', 0.3], ['South', 0.25], ['East', 0.2], ['West', 0.25]];
const REGION_DELIVERY = { North: 0.1, South: 0.05, East: -0.35, West: 0 };
const CHANNELS = [['E-mail', 0.45], ['Phone', 0.25], ['Social media', 0.2], ['Mail', 0.1]];
const START = Date.UTC(2026, 7, 3, 6, 0, 0); // Monday 3 August 2026, 06:00 UTC
const SPAN_MS = 10 * 7 * 24 * 3600 * 1000; // ten weeks

const COMMENTS = {
  good: [
    'Fast delivery, well packed. Thank you!',
    'Great service, will order again.',
    'Très bien, merci — arrived a day early.',
    'Courier was friendly, parcel in perfect condition.',
    'Everything as described, "no surprises", which is what I want.',
    'Zamówienie dotarło szybko, wszystko w porządku. Dziękuję!',
    'Good prices, good quality, good people.',
  ],
  mixed: [
    'Product is fine, but delivery took a while.',
    'OK overall; the price could be lower.',
    'Paldies, viss kārtībā, tikai piegāde kavējās.',
    'Decent, nothing special.',
    'Box was dented, contents fine.\nWould be nice to get tracking updates.',
  ],
  bad: [
    'Parcel arrived late, and the box was damaged.',
    'Waited two weeks; support said "tomorrow" three times.',
    'Too expensive for what you get, sorry.',
    'Müller from support was helpful, but the refund took 3 weeks.',
    'Wrong item sent.\nReturned it, still waiting for the money back.',
    'Nunca más: entrega tardía y sin respuesta.',
  ],
};

const records = [];
for (let i = 0; i < rows; i++) records.push(respondent());
records.sort((a, b) => a.time - b.time);

const lines = [HEADER.map(csvField).join(',')];
records.forEach((r, i) => {
  const fields = [`R-${String(i + 1).padStart(5, '0')}`, formatTime(r.time), ...r.answers];
  lines.push(fields.map(csvField).join(','));
});
writeFileSync(out, `${lines.join('\r\n')}\r\n`);
process.stderr.write(`wrote ${rows} responses to ${out}\n`);

function respondent() {
  const time = START + Math.floor(random() * SPAN_MS);
  const region = pick(REGIONS);
  const channel = pick(CHANNELS);
  const attitude = normal();
  const delivery = 0.75 * attitude + 0.66 * normal() + REGION_DELIVERY[region];
  const pricing = 0.5 * attitude + 0.87 * normal() - 0.2;
  const trust = 0.7 * attitude + 0.7 * normal() + 0.1;
  const problem = random() < 1 / (1 + Math.exp(1.7 + 0.9 * delivery));
  const handling = 0.4 * attitude + 0.9 * normal() - 0.1;
  const overall = 0.35 * delivery + 0.25 * pricing + 0.3 * trust - (problem ? 0.5 - 0.3 * handling : 0) + 0.45 * normal();
  const recommend = 0.85 * overall + 0.4 * normal();

  const answers = [
    region,
    channel,
    rating(delivery + 0.45 * normal(), 'blank'),
    rating(delivery + 0.45 * normal(), 'blank'),
    rating(pricing + 0.4 * normal(), 'N/A'),
    rating(pricing + 0.4 * normal(), 'N/A'),
    problem ? 'Yes' : 'No',
    problem ? rating(handling, 'blank') : '',
    rating(trust + 0.45 * normal(), "Don't know"),
    rating(trust + 0.45 * normal(), "Don't know"),
    rating(overall, 'blank'),
    random() < 0.01 ? '' : String(Math.max(0, Math.min(10, Math.round(7.4 + 2.1 * recommend)))),
    comment(overall),
  ];
  return { time, answers };
}

/** A 1-5 answer from a latent value, leaning positive as real satisfaction answers do. */
function rating(latent, nonAnswer) {
  const u = random();
  if (u < 0.015) return '';
  if (u < 0.03) return nonAnswer === 'blank' ? '' : nonAnswer;
  const cuts = [-1.9, -1.1, -0.35, 0.55];
  return String(1 + cuts.filter((c) => latent > c).length);
}

function comment(overall) {
  if (random() > 0.35) return '';
  const mood = overall > 0.5 ? 'good' : overall > -0.5 ? 'mixed' : 'bad';
  const options = COMMENTS[mood];
  return options[Math.floor(random() * options.length)];
}

function pick(weighted) {
  let u = random();
  for (const [value, weight] of weighted) {
    if ((u -= weight) < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/** Standard normal by Box-Muller. */
function normal() {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function formatTime(ms) {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function csvField(value) {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
