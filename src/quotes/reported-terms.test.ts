import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('a capitalised word in what someone said is that speaker’s word, not a title', () => {
  const qs = quotesOf('Mayor Ines Varga has said that the toll plan could bring another “Catastrophe.”');
  assert.deepEqual(qs.map((q) => [q.text, q.kind, q.speaker]), [['Catastrophe.', 'speech', 'Mayor Ines Varga']]);
});

test('a show named after a network, or after an article, stays a title', () => {
  for (const text of ['Ines Varga told the network’s “Harbour Today” that tolls would rise.',
    'Ines Varga said during a “Harbour Forum” that tolls would rise.']) {
    const qs = quotesOf(text);
    assert.equal(qs[0]!.kind, 'scare', text);
    assert.equal(qs[0]!.speaker, null, text);
  }
});

test('any reporting verb, not only "said", makes a capitalised word the speaker’s', () => {
  const qs = quotesOf('Ines Varga drew criticism last week by claiming that the judge could not be fair because he is “Danish.”');
  assert.deepEqual(qs.map((q) => [q.kind, q.speaker]), [['speech', 'Ines Varga']]);
});

test('a plural role noun and a speech verb that agrees with it read as subject and verb', () => {
  assert.deepEqual(quotesOf('Legal observers note the board would not truly “close” the port at all.').map((q) => [q.kind, q.speaker]),
    [['speech', 'Legal observers']]);
  // "the same campaign points" is a noun phrase, not a subject and its verb
  assert.deepEqual(quotesOf('Ines Varga repeated the same campaign points, calling him a “talented guy” on stage.').map((q) => q.speaker),
    ['Ines Varga']);
});

test('"It goes without saying" makes no capitalised quote anyone’s word', () => {
  const qs = quotesOf('It goes without saying that the pilots have long dreamed of a harbour “Grand Bargain” with the board.');
  assert.equal(qs[0]!.kind, 'scare');
  assert.equal(qs[0]!.speaker, null);
});
