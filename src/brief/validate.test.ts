import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateBrief } from './validate.ts';
import { EMPTY_SECTIONS_BRIEF, FULL_BRIEF } from '../render/fixtures/full-brief.ts';
import type { Brief } from './types.ts';

const copy = (): Brief => structuredClone(FULL_BRIEF);
const oneProblemAt = (problems: string[], path: string) => {
  assert.ok(problems.length > 0, 'expected a problem');
  assert.ok(problems.some((p) => p.startsWith(path)), `expected a problem at ${path}, got:\n${problems.join('\n')}`);
};

test('a brief with every section filled is valid', () => {
  assert.deepEqual(validateBrief(FULL_BRIEF), []);
});

test('a brief with empty sections is valid', () => {
  assert.deepEqual(validateBrief(EMPTY_SECTIONS_BRIEF), []);
});

test('a brief survives a JSON round trip unchanged and still valid', () => {
  const back = JSON.parse(JSON.stringify(FULL_BRIEF));
  assert.deepEqual(back, FULL_BRIEF);
  assert.deepEqual(validateBrief(back), []);
});

test('the wrong schema string is caught', () => {
  const b = { ...copy(), schema: 'corroborate.brief/2' };
  oneProblemAt(validateBrief(b), 'brief.schema');
});

test('something that is not an object is one problem', () => {
  assert.equal(validateBrief(null).length, 1);
  assert.equal(validateBrief([]).length, 1);
});

/** Prefixes the first summary sentence with an attribution to its first article's outlet, as the summary stage does. */
const attribute = (b: Brief): void => {
  const s = b.summary[0]!;
  const prefix = 'According to Valley Courier, ';
  s.text = prefix + s.text;
  s.attribution = { outlet: 'Valley Courier', start: 0, end: prefix.length };
};

test('a summary sentence that names its one outlet in added words is valid', () => {
  const b = copy();
  attribute(b);
  assert.deepEqual(validateBrief(b), []);
});

const broken: [string, (b: Brief) => void, string][] = [
  ['an offset past the end of its article', (b) => { b.facts[0]!.evidence[0]!.end = 100_000; }, 'brief.facts[0].evidence[0]'],
  ['a negative offset', (b) => { b.entities[0]!.mentions[0]!.start = -1; }, 'brief.entities[0].mentions[0]'],
  ['a fractional offset', (b) => { b.summary[0]!.evidence[0]!.start = 1.5; }, 'brief.summary[0].evidence[0]'],
  ['an empty span', (b) => { const e = b.timeline[0]!.evidence[0]!; e.end = e.start; }, 'brief.timeline[0].evidence[0]'],
  ['a dangling article id', (b) => { b.summary[1]!.evidence[0]!.article = 'a9'; }, 'brief.summary[1].evidence[0].article'],
  ['a dangling entity id on a quote', (b) => { b.quotes[0]!.speaker = 'e99'; }, 'brief.quotes[0].speaker'],
  ['a dangling entity id in framing', (b) => { b.framing[0]!.entity = 'e99'; }, 'brief.framing[0].entity'],
  ['a dangling quote id in a group', (b) => { b.quoteGroups[0]!.quotes.push('q99'); }, 'brief.quoteGroups[0].quotes[2]'],
  ['a dangling group id on a quote', (b) => { b.quotes[2]!.group = 'g7'; }, 'brief.quotes[2].group'],
  ['a dangling duplicateOf', (b) => { b.articles[2]!.duplicateOf = 'a42'; }, 'brief.articles[2].duplicateOf'],
  ['a quote text that is not its slice', (b) => { b.quotes[0]!.text = 'We will let families sleep.'; }, 'brief.quotes[0].text'],
  ['a time text that is not its slice', (b) => { b.articles[0]!.times[0]!.text = 'Saturday'; }, 'brief.articles[0].times[0].text'],
  ['a missing field', (b) => { delete (b.articles[0] as Partial<Brief['articles'][0]>).byline; }, 'brief.articles[0].byline'],
  ['a wrong type', (b) => { (b.facts[0] as unknown as Record<string, unknown>).outlets = 'Valley Courier'; }, 'brief.facts[0].outlets'],
  ['an unknown enum value', (b) => { (b.facts[1] as unknown as Record<string, unknown>).support = 'likely'; }, 'brief.facts[1].support'],
  ['a duplicate id', (b) => { b.entities[1]!.id = 'e1'; }, 'brief.entities[1].id'],
  ['a summary sentence without evidence', (b) => { b.summary[0]!.evidence = []; }, 'brief.summary[0].evidence'],
  ['evidence from an article the item does not list', (b) => { b.facts[1]!.evidence.push({ ...b.facts[0]!.evidence[0]! }); }, 'brief.facts[1].evidence[1].article'],
  ['a conflict with one variant', (b) => { b.conflicts[0]!.variants.pop(); }, 'brief.conflicts[0].variants'],
  ['a corroborated fact with one outlet', (b) => { b.facts[0]!.outlets = ['Valley Courier']; }, 'brief.facts[0].support'],
  ['a single-outlet fact with two outlets', (b) => { b.facts[1]!.outlets.push('Continental Press Wire'); }, 'brief.facts[1].support'],
  ['a quote group of one', (b) => { b.quoteGroups[0]!.quotes.pop(); b.quotes[1]!.group = null; b.quoteGroups[0]!.differences.pop(); }, 'brief.quoteGroups[0].quotes'],
  ['an attribution whose offsets run past its sentence', (b) => { b.summary[0]!.attribution = { outlet: 'X', start: 0, end: 10_000 }; }, 'brief.summary[0].attribution'],
  ['an attribution whose added words do not name its outlet', (b) => { attribute(b); b.summary[0]!.attribution!.outlet = 'Radio Sarn'; }, 'brief.summary[0].attribution'],
  ['a published date that is not YYYY-MM-DD', (b) => { b.articles[0]!.published = 'March 16'; }, 'brief.articles[0].published'],
  ['a credited source whose name is not its words', (b) => { b.quotes[2]!.via!.name = 'Valley Courier'; }, 'brief.quotes[2].via'],
  ['a credited source past the end of its article', (b) => { b.quotes[2]!.via!.end = 100_000; }, 'brief.quotes[2].via'],
];

for (const [what, breakIt, path] of broken) {
  test(`the validator catches ${what}`, () => {
    const b = copy();
    breakIt(b);
    oneProblemAt(validateBrief(b), path);
  });
}

test('unknown extra fields are allowed (additive changes keep /1)', () => {
  const b = copy() as Brief & { extra?: unknown };
  b.extra = { note: 'new in a later /1 version' };
  (b.articles[0] as unknown as Record<string, unknown>).language = 'en';
  assert.deepEqual(validateBrief(b), []);
});
