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

test('a role followed by a name in apposition names that person, initials kept', () => {
  for (const [text, name] of [
    ['Another critic, Lorn H. Tavish, likened the rules to “burning the charter” in a brief.', 'Lorn H. Tavish'],
    ['“We will win,” said the company’s spokesman, Ivo Brant, on Monday.', 'Ivo Brant'],
    ['The ministry’s spokesman, Dmitri Pelov, said the talks were “constructive and useful for all sides.”', 'Dmitri Pelov'],
  ] as const) assert.deepEqual(quotesOf(text).map((q) => q.name), [name], text);
  assert.deepEqual(quotesOf('“We will win,” said the spokesman, adding that the plan was sound.').map((q) => q.name), ['the spokesman']);
});
