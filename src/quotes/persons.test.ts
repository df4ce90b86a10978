import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../doc/types.ts';
import { personMention, quotesOf } from './test-helpers.ts';

/** A mention of another type than person over the first occurrence of `words`. */
function typed(text: string, words: string, type: EntityMention['type']): EntityMention {
  return { ...personMention(text, words), type };
}

test('a faith or a nationality the NER found is no one a later pronoun can stand for', () => {
  const text = 'Mrs. Orla Brandt was Roman Catholic. She said that the plan was “not a problem for anyone who reads it.”';
  const qs = quotesOf(text, [personMention(text, 'Orla Brandt'), typed(text, 'Roman Catholic', 'other')]);
  assert.deepEqual(qs.map((q) => [q.speaker, q.name]), [['She', 'Orla Brandt']]);
  const text2 = 'Yet it was a defining friendship for Edda Wren, a former Spanish teacher. “It is part of the fabric of my life,” she said.';
  const qs2 = quotesOf(text2, [personMention(text2, 'Edda Wren'), typed(text2, 'Spanish', 'other')]);
  assert.deepEqual(qs2.map((q) => [q.speaker, q.name]), [['she', 'Edda Wren']]);
});

test('a name after "a" or "an" is a description ("an Orlando Republican"), not someone a pronoun stands for', () => {
  const text = 'Mandates are a burden, said Tor Wilmot, an Orlando Republican who served in the navy. “There is more time spent on forms than on teaching,” he said.';
  const qs = quotesOf(text, [personMention(text, 'Tor Wilmot'), personMention(text, 'Orlando Republican')]);
  assert.deepEqual(qs.map((q) => [q.speaker, q.name]), [['he', 'Tor Wilmot']]);
});
