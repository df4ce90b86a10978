import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectRoles, type RoleUse } from './roles.ts';

const use = (article: string, text: string, kind: RoleUse['descriptor']['kind'] = 'title'): RoleUse =>
  ({ article, descriptor: { mention: 0, start: 0, end: text.length, text, kind } });
const order = new Map([['a1', 0], ['a2', 1], ['a3', 2], ['a4', 3]]);

test('spelling variants and a repeated nationality are one role with all their articles', () => {
  const roles = collectRoles([
    use('a1', 'Defence Minister'), use('a2', 'Defence Minister'), use('a3', 'Danish Defense Minister'),
    use('a4', 'defense minister'),
  ], order);
  assert.deepEqual(roles, [{ role: 'Defence Minister', articles: ['a1', 'a2', 'a3', 'a4'] }]);
});

test('a country possessive folds like a demonym', () => {
  const roles = collectRoles([use('a1', 'foreign minister', 'apposition'), use('a2', "Poland's foreign minister", 'apposition')], order);
  assert.equal(roles.length, 1);
  assert.deepEqual(roles[0]!.articles, ['a1', 'a2']);
});

test('former and deputy stay different roles', () => {
  const roles = collectRoles([use('a1', 'Defence Minister'), use('a2', 'Deputy Defence Minister'), use('a3', 'former defence minister', 'apposition')], order);
  assert.equal(roles.length, 3);
});

test('two different nationalities are not folded into the bare role', () => {
  const roles = collectRoles([use('a1', 'President'), use('a2', 'Polish President'), use('a3', 'Czech President')], order);
  assert.equal(roles.length, 3);
});

test('a qualified role alone stays as written', () => {
  assert.deepEqual(collectRoles([use('a2', 'Estonian Foreign Minister')], order), [{ role: 'Estonian Foreign Minister', articles: ['a2'] }]);
});
