import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGate } from './gate.ts';

test('a score under its minimum fails the gate', () => {
  const failures = checkGate({ minimums: { 'x.f1': 0.8 } }, [{ metric: 'x.f1', value: 0.79 }]);
  assert.equal(failures.length, 1);
  assert.match(failures[0]!, /x\.f1/);
});

test('a score at or above its minimum passes', () => {
  assert.deepEqual(checkGate({ minimums: { 'x.f1': 0.8 } }, [{ metric: 'x.f1', value: 0.8 }]), []);
});

test('a pinned metric that nothing produced fails unless the run was partial', () => {
  assert.equal(checkGate({ minimums: { 'y.r': 0.5 } }, []).length, 1);
  assert.equal(checkGate({ minimums: { 'y.r': 0.5 } }, [], { partial: true }).length, 0);
});
