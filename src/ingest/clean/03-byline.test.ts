import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from './clean.ts';
import { raw } from './for-tests.ts';

const LEAD = 'The council closed the old pier on Friday after an inspection.';
const BODY = `${LEAD}\n\nRepairs will take a year, officials said.`;

const cases: [string, string][] = [
  ['By Maria Lindqvist', 'Maria Lindqvist'],
  ['By Tomás Ortega and Ruth Adeyemi', 'Tomás Ortega and Ruth Adeyemi'],
  ['By JONAS WEBER, Harbour Times', 'JONAS WEBER'],
  ['By Ana de la Cruz in Lisbon', 'Ana de la Cruz'],
  ['Kwame Mensah | Coastal Courier', 'Kwame Mensah'],
  ['Ines Haddad, Senior Correspondent', 'Ines Haddad'],
  ['By Peter J. Olsen | May 3, 2024', 'Peter J. Olsen'],
];

for (const [line, names] of cases) {
  test(`the byline "${line}" leaves the body and gives "${names}"`, () => {
    const a = cleanArticle(raw(`${line}\n\n${BODY}`));
    assert.equal(a.byline, names);
    assert.equal(a.text, BODY);
    assert.deepEqual(a.removed, [{ kind: 'byline', text: line }]);
  });
}

test('a byline after the first paragraph is found too', () => {
  const a = cleanArticle(raw(`${LEAD}\n\nBy Maria Lindqvist\n\nRepairs will take a year, officials said.`));
  assert.equal(a.byline, 'Maria Lindqvist');
  assert.equal(a.text, BODY);
});

test('a role line under the byline goes with it', () => {
  const a = cleanArticle(raw(`By Maria Lindqvist\nTransport correspondent\n\n${BODY}`));
  assert.equal(a.byline, 'Maria Lindqvist');
  assert.deepEqual(a.removed.map((r) => r.text), ['By Maria Lindqvist', 'Transport correspondent']);
  assert.equal(a.text, BODY);
});

test('a given byline is kept; the line still leaves the body', () => {
  const a = cleanArticle(raw(`By Maria Lindqvist\n\n${BODY}`, { byline: 'M. Lindqvist' }));
  assert.equal(a.byline, 'M. Lindqvist');
  assert.equal(a.text, BODY);
});

test('sentences that start with "By" stay', () => {
  for (const line of ['By Friday, the pier had been closed.', 'By then the council had voted to close it.']) {
    const a = cleanArticle(raw(`${line}\n\n${BODY}`));
    assert.equal(a.byline, null, line);
    assert.ok(a.text.startsWith(line), line);
  }
});

test('"<Outlet> newsroom" is the byline and names the outlet when none was given', () => {
  for (const [line, outlet] of [['Coast Radio newsroom', 'Coast Radio'], ['Harbour Times News Desk', 'Harbour Times'], ['The Daily Lantern staff', 'The Daily Lantern']]) {
    const a = cleanArticle(raw(`${line}\n\n${BODY}`));
    assert.equal(a.byline, line);
    assert.equal(a.outlet, outlet);
    assert.equal(a.text, BODY);
  }
  assert.equal(cleanArticle(raw(`Coast Radio newsroom\n\n${BODY}`, { outlet: 'Coast FM' })).outlet, 'Coast FM');
});

test('a sentence about a newsroom stays', () => {
  const text = `The Harbour Times newsroom was evacuated on Friday.\n\n${BODY}`;
  assert.equal(cleanArticle(raw(text)).text, text);
});

test('the name after a pipe in a byline is the outlet: "By Pia Dunmore | Valley Courier"', () => {
  const a = cleanArticle(raw(`By Pia Dunmore | Valley Courier\n\n${BODY}`));
  assert.equal(a.byline, 'Pia Dunmore');
  assert.equal(a.outlet, 'Valley Courier');
});

test('a place after a comma in a byline is no outlet: "By Ana de la Cruz, Lisbon"', () => {
  const a = cleanArticle(raw(`By Ana de la Cruz, Lisbon\n\n${BODY}`));
  assert.equal(a.outlet, null);
});

test('"MERIDIAN DAILY — FOREIGN DESK" is the outlet’s desk: the outlet is Meridian Daily', () => {
  const a = cleanArticle(raw(`MERIDIAN DAILY — FOREIGN DESK\n\n${BODY}`));
  assert.equal(a.outlet, 'Meridian Daily');
  assert.equal(a.text, BODY);
});
