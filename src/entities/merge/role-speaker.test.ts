import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BriefEntity } from '../../brief/types.ts';
import { entityForRole, indexRoles } from './role-speaker.ts';

const person = (id: string, name: string, roles: string[], articles: string[]): BriefEntity => ({
  id, name, type: 'person', aliases: [name], roles: roles.map((role) => ({ role, articles: ['a1'] })), articles, mentions: [],
});

// An invented story: two port officials and a minister.
const entities = [
  person('e1', 'Ines Kolar', ['Velden’s chief harbour master', 'Harbour Master'], ['a1', 'a2']),
  person('e2', 'Jonas Berg', ['Defense Minister'], ['a1']),
  person('e3', 'Mara Voss', ['Harbour Master'], ['a2']),
  { ...person('e4', 'Port Authority', ['Velden’s chief harbour master'], ['a2']), type: 'organization' as const },
];
const index = indexRoles(entities);

test('a role one person of the story is given stands for that person in an article that mentions her', () => {
  assert.equal(entityForRole(index, 'Velden’s chief harbour master', 'a2'), 'e1');
  assert.equal(entityForRole(index, "the Velden's chief harbour master", 'a2'), 'e1');
});

test('spelling variants of a role are one role', () => {
  assert.equal(entityForRole(index, 'the Defence Minister', 'a1'), 'e2');
});

test('a role two people are given, an unknown role, or an article that never mentions the person give no entity', () => {
  assert.equal(entityForRole(index, 'harbour master', 'a2'), null);
  assert.equal(entityForRole(index, 'the ferry captain', 'a1'), null);
  assert.equal(entityForRole(index, 'the Defence Minister', 'a2'), null);
});
