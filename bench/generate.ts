/**
 * A synthetic news corpus for benchmarks: deterministic (seeded), invented names and places, news-like sentences
 * with titles, quotes, numbers and relative dates. Several "stories" share actors so cross-article work is real.
 */
import type { ArticleInput } from '../src/analyze/types.ts';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amara', 'Tomas', 'Ilse', 'Kofi', 'Noor', 'Mateo', 'Sunniva', 'Bartek', 'Leilani', 'Oren', 'Petra', 'Dario'];
const LAST = ['Velasquez', 'Okonkwo', 'Lindqvist', 'Haddad', 'Moreau', 'Castellano', 'Brennan', 'Nakamura', 'Kowalczyk', 'Adeyemi'];
const TITLES = ['Foreign Minister', 'Transport Minister', 'Mayor', 'Governor', 'union leader', 'spokeswoman', 'Senator', 'chief negotiator'];
const ORGS = ['the Harbour Workers Union', 'the Ministry of Transport', 'the Port Authority', 'the Coastal Freight Council', 'the National Rail Board'];
const PLACES = ['Marlow Bay', 'Eastport', 'Valdria', 'Northbridge', 'Corvina', 'Lake Ostrava', 'Saint Ferrin'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted'];

export function generateArticles(count: number, seed = 7, storyCount = Math.max(1, Math.ceil(count / 8))): ArticleInput[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const story = i % storyCount;
    const srand = prng(seed * 1000 + story);
    const spick = <T>(xs: readonly T[]): T => xs[Math.floor(srand() * xs.length)]!;
    const lead = `${spick(FIRST)} ${spick(LAST)}`;
    const other = `${spick(FIRST)} ${spick(LAST)}`;
    const place = spick(PLACES);
    const org = spick(ORGS);
    const n = 1000 + Math.floor(srand() * 20000);
    const paras: string[] = [];
    paras.push(
      `${place.toUpperCase()} — ${spick(TITLES)} ${lead} ${pick(VERBS)} on ${pick(DAYS)} that talks with ${org} would resume after ${n.toLocaleString('en-US')} workers walked out over pay.`,
    );
    const sentences = 6 + Math.floor(rand() * 10);
    for (let k = 0; k < sentences; k++) {
      switch (Math.floor(rand() * 5)) {
        case 0:
          paras.push(`“We will not accept a deal that leaves ${place} behind,” ${other} ${pick(VERBS)}. “The next ${2 + Math.floor(rand() * 30)} days will decide it.”`);
          break;
        case 1:
          paras.push(`More than ${Math.floor(rand() * 500)} ships were waiting outside ${place} by ${1 + Math.floor(rand() * 11)} a.m. ${pick(DAYS)}, according to ${org}.`);
          break;
        case 2:
          paras.push(`${lead}, a veteran negotiator and former ${pick(TITLES).toLowerCase()}, met ${other} in ${pick(PLACES)} over the weekend, officials said.`);
          break;
        case 3:
          paras.push(`The dispute began in February ${2019 + Math.floor(rand() * 6)}, when ${org} proposed cutting about ${Math.floor(rand() * 90)} percent of night shifts.`);
          break;
        default:
          paras.push(`Analysts in ${pick(PLACES)} said the stoppage had cost at least $${Math.floor(rand() * 900)} million and could spread to rail lines by next week.`);
      }
    }
    const day = 1 + (i % 28);
    out.push({
      source: `generated/${String(i).padStart(6, '0')}.txt`,
      title: `${place} talks: ${lead} ${pick(['signals a deal', 'rejects terms', 'calls for calm'])}`,
      text: paras.join('\n\n'),
      published: `2025-03-${String(day).padStart(2, '0')}`,
      outlet: `Outlet ${1 + (i % 40)}`,
    });
  }
  return out;
}
