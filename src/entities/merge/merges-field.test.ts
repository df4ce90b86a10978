import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateBrief } from '../../brief/validate.ts';
import { FULL_BRIEF } from '../../render/fixtures/full-brief.ts';

test('the validator accepts an entity with merge explanations and flags a malformed one', () => {
  const withMerges = { ...FULL_BRIEF, entities: FULL_BRIEF.entities.map((e, i) =>
    i === 0 ? { ...e, merges: [{ from: 'Yuliya Korenko', to: 'Yulia Korenko', rule: 'spelling-variant' }] } : e) };
  assert.deepEqual(validateBrief(withMerges), []);
  const bad = { ...FULL_BRIEF, entities: FULL_BRIEF.entities.map((e, i) => (i === 0 ? { ...e, merges: [{ from: 3 }] } : e)) };
  assert.ok(validateBrief(bad).some((m) => m.includes('merges')));
});
