import { test } from 'node:test';
import assert from 'node:assert/strict';
import { directionAt } from './tense.ts';

function dir(text: string, what: string) {
  const at = text.indexOf(what);
  return directionAt(text, at, at + what.length);
}

test('a past-tense verb before the date points back', () => {
  assert.equal(dir('The envoy arrived in the capital on Friday.', 'Friday'), 'past');
});

test('"will be" + participle points forward, "was" + participle back', () => {
  assert.equal(dir('The summit will be held on Friday.', 'Friday'), 'future');
  assert.equal(dir('The summit was held on Friday.', 'Friday'), 'past');
});

test('"is due", "is expected", "plans to" point forward', () => {
  assert.equal(dir('The envoy is due in the capital on Friday.', 'Friday'), 'future');
  assert.equal(dir('A verdict is expected Friday.', 'Friday'), 'future');
  assert.equal(dir('The club plans to appeal on Friday.', 'Friday'), 'future');
});

test('a verb after the date counts when none stands before it', () => {
  assert.equal(dir('On Friday, the envoy arrived.', 'Friday'), 'past');
  assert.equal(dir('On Friday, the envoy will arrive.', 'Friday'), 'future');
});

test('the dot of "a.m." does not end the clause', () => {
  assert.equal(dir('The court will sit at 10 a.m. Friday.', 'Friday'), 'future');
});

test('a clause with no tense gives null', () => {
  assert.equal(dir('Talks on Friday.', 'Friday'), null);
});

test('a present perfect takes no definite past time: the date it carries is the one announced, ahead', () => {
  assert.equal(dir('The board has called the mayor to a hearing at 10 a.m. Friday.', 'Friday'), 'future');
  assert.equal(dir('The board has been meeting since Friday.', 'Friday'), 'past');
});

test('words after "why", "which", "who" … belong to another clause and are not read', () => {
  assert.equal(dir('A hearing Friday about why repairs stalled drew crowds.', 'Friday'), null);
  assert.equal(dir('Inspectors tour the plant Friday which closed last year.', 'Friday'), null);
});

test('"next to" is a place, and "had been due" an arrangement already past', () => {
  assert.equal(dir('A car bomb went off next to the embassy in the capital Friday morning.', 'Friday'), 'past');
  assert.equal(dir('The offer had been due to expire Friday evening.', 'Friday'), 'past');
});

test('"until" points ahead only when no verb of its clause says otherwise', () => {
  assert.equal(dir('The ferry ban stays in force until Monday.', 'Monday'), 'future');
  assert.equal(dir('The ferry ban is in force till Monday.', 'Monday'), 'future');
  assert.equal(dir('The crew was held in the port until Monday.', 'Monday'), 'past');
  assert.equal(dir('Until Thursday, the harbour police had not named a suspect.', 'Thursday'), 'past');
  assert.equal(dir('The talks will run until Friday.', 'Friday'), 'future');
});

test('"until" after a verb that puts things off points forward, even in the past tense', () => {
  assert.equal(dir('The judge adjourned the hearing until Monday.', 'Monday'), 'future');
  assert.equal(dir('Officials postponed until Monday any decision on the bridge.', 'Monday'), 'future');
  assert.equal(dir('The council has given the tenants until Monday to leave.', 'Monday'), 'future');
  assert.equal(dir('The ferry was held in port until Monday.', 'Monday'), 'past');
});

test('a present perfect reaching back "from" a time points back', () => {
  assert.equal(dir('Bookings have recovered from the slump of the early spring.', 'the early spring'), 'past');
  assert.equal(dir('The mayor has called a vote for Monday.', 'Monday'), 'future');
});

test('a present perfect of arranging points to the date arranged, other present perfects look back', () => {
  assert.equal(dir('The union has set a strike for Monday.', 'Monday'), 'future');
  assert.equal(dir('Police have found new evidence in the October fire.', 'October'), 'past');
});

test('a present verb of a scheduled event points ahead, unless negated or after "to"', () => {
  assert.equal(dir('The minister arrives on Saturday for talks.', 'Saturday'), 'future');
  assert.equal(dir('The two leaders meet Monday in Geneva.', 'Monday'), 'future');
  assert.equal(dir('The offer had been due to expire Friday.', 'Friday'), 'past');
  assert.equal(dir('The envoys did not meet Monday.', 'Monday'), 'past');
});

test('a plural present of a scheduled event points ahead; after a determiner the word is a noun', () => {
  assert.equal(dir('Voters go to the polls on Sunday.', 'Sunday'), 'future');
  assert.equal(dir('The vote on Sunday drew crowds.', 'Sunday'), 'past');
});

test('"Tuesday marks the anniversary" points ahead', () => {
  assert.equal(dir('Tuesday marks the tenth anniversary of the flood.', 'Tuesday'), 'future');
});
