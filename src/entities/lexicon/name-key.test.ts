import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey } from './name-key.ts';
import { roleKey } from './role-key.ts';

const same: [string, string][] = [
  ['Zelensky', 'Zelenskyy'],
  ['Zelenskiy', 'Zelenskyy’s'],
  ['Türkiye', 'Turkey'],
  ['Turkiye', 'Türkiye'],
  ['Kiev', 'Kyiv'],
  ['Mohammed Saleh', 'Mohamed Saleh'],
  ['the United States', 'U.S.'],
  ['US Air Force', 'United States Air Force'],
  ['Jean-Claude Mercier', 'Jean Claude Mercier'],
  ['Yulia Brannek', 'Yuliya Brannek'],
  ['Julija Brannek', 'Iulia Brannek'],
  ['Natalya Orvaska', 'Nataliya Orvaska'],
  ['Pavel Dorovsky', 'Pavel Dorovski'],
  ['Dorovskiy', 'Dorovskyy'],
  ['Mikhail Teren', 'Mihail Teren'],
  ['Youssef Amrani', 'Yusef Amrani'],
  ['Dmitri Salko', 'Dmitry Salko'],
  ['Sergei Alekseev', 'Sergey Alexeev'],
  ['Jevgeni Tarn', 'Yevgeni Tarn'],
  ['Hallvard', 'Halvard'],
];
for (const [a, b] of same) test(`${a} and ${b} have one name key`, () => assert.equal(nameKey(a), nameKey(b)));

const different: [string, string][] = [
  ['Vladimir Orlov', 'Vladimir Sidorov'],
  ['Sudan', 'South Sudan'],
  ['Austria', 'Australia'],
  ['Yulia Brannek', 'Yulia Korsak'],
  ['Dorovsky', 'Dorovska'],
  ['Maria', 'Marta'],
];
for (const [a, b] of different) test(`${a} and ${b} keep different name keys`, () => assert.notEqual(nameKey(a), nameKey(b)));

test('spelling variants of a role have one role key', () => {
  assert.equal(roleKey('Defense Minister'), roleKey('defence minister'));
  assert.equal(roleKey('the Organization chief'), roleKey('organisation chief'));
  assert.equal(roleKey('a senior advisor'), roleKey('Senior Adviser'));
  assert.notEqual(roleKey('foreign minister'), roleKey('defence minister'));
});

test('an adjective ending on a name is not part of its key', () => {
  assert.equal(nameKey('Halvex-led'), nameKey('Halvex'));
  assert.equal(nameKey('Brenmoor-based'), nameKey('Brenmoor'));
});
