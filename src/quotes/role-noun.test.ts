import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personMention, quotesOf } from './test-helpers.ts';

const names = (text: string, people: string[]) => quotesOf(text, people.map((p) => personMention(text, p))).map((q) => q.name);

test('a role noun names the person an abbreviated title or an apposition gave that role', () => {
  assert.deepEqual(names('Sen. Tad Cruse spoke in Ames on Monday. “We will win this fight,” the senator said.', ['Tad Cruse']),
    ['Tad Cruse']);
  assert.deepEqual(names('Tad Cruse, a Texas senator, spoke in Ames on Monday. “We will win this fight,” the senator said.',
    ['Tad Cruse']), ['Tad Cruse']);
});

test("a title before someone else's name is no role of the next person named", () => {
  const text = 'Gov. Chris Kristan accused Tad Cruse of opposing the bill. “He went for the easy vote,” the governor said.';
  assert.deepEqual(names(text, ['Chris Kristan', 'Tad Cruse']), ['Chris Kristan']);
});

test('a bare role does not reach past other people named since its holder', () => {
  const text = 'Senator Ada Mollen left early. Later, Rob Tiernan and Lisa Vane toured the plant. “We will close it,” the senator said.';
  assert.deepEqual(names(text, ['Ada Mollen', 'Rob Tiernan', 'Lisa Vane']), ['the senator']);
});

test('"one spokesman", "a senior aide" stand for someone not named', () => {
  const text = 'Spokesman Ivo Brant spoke on Monday. “We will not comment,” one spokesman said on Tuesday.';
  assert.deepEqual(names(text, ['Ivo Brant']), ['one spokesman']);
});
