import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('"as X put it" after a quote names whose words they are', () => {
  const [q] = quotesOf('The ferry plan was seen, as The Valley Courier put it, as "a gift to nobody."');
  assert.equal(q!.kind, 'speech');
  assert.equal(q!.speaker, 'The Valley Courier');
});

test('"as X put it" before a quote counts too, and a short quote with it is speech', () => {
  const [q] = quotesOf('The main source of money must be, as a council memo put it, "lawful trade."');
  assert.equal(q!.speaker, 'a council memo');
});

test('"as" without "put it" gives no speaker', () => {
  const [q] = quotesOf('The old ferry was, as always, "a gift to nobody at all."');
  assert.equal(q!.speaker, null);
});
