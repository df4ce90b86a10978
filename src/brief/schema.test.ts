import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FULL_BRIEF, EMPTY_SECTIONS_BRIEF } from '../render/fixtures/full-brief.ts';
import { BRIEF_SCHEMA } from './types.ts';

type Schema = Record<string, any>;
const schema: Schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'brief.schema.json'), 'utf8'));

/** The subset of JSON Schema 2020-12 that docs/brief.schema.json uses; returns the paths that fail. */
function check(value: unknown, s: Schema, path = '$'): string[] {
  if (s.$ref) return check(value, schema.$defs[s.$ref.replace('#/$defs/', '')], path);
  if (s.oneOf) return s.oneOf.filter((x: Schema) => check(value, x, path).length === 0).length === 1 ? [] : [`${path}: oneOf`];
  if ('const' in s && value !== s.const) return [`${path}: const`];
  if (s.enum && !s.enum.includes(value)) return [`${path}: enum`];
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  const types: string[] = s.type === undefined ? [] : [s.type].flat();
  if (types.length && !types.includes(kind) && !(kind === 'integer' && types.includes('number'))) return [`${path}: type ${kind}`];
  const out: string[] = [];
  if (typeof value === 'string') {
    if (s.minLength && value.length < s.minLength) out.push(`${path}: minLength`);
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) out.push(`${path}: pattern`);
  }
  if (typeof value === 'number' && s.minimum !== undefined && value < s.minimum) out.push(`${path}: minimum`);
  if (Array.isArray(value)) {
    if (s.minItems && value.length < s.minItems) out.push(`${path}: minItems`);
    if (s.items) value.forEach((v, i) => out.push(...check(v, s.items, `${path}[${i}]`)));
  }
  if (kind === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of s.required ?? []) if (!(key in o)) out.push(`${path}.${key}: required`);
    for (const [key, sub] of Object.entries(s.properties ?? {})) if (key in o) out.push(...check(o[key], sub as Schema, `${path}.${key}`));
  }
  return out;
}

test('the JSON Schema names the same schema string as the types', () => {
  assert.equal(schema.properties.schema.const, BRIEF_SCHEMA);
});

test('a full brief and a brief with empty sections match the JSON Schema', () => {
  assert.deepEqual(check(JSON.parse(JSON.stringify(FULL_BRIEF)), schema), []);
  assert.deepEqual(check(JSON.parse(JSON.stringify(EMPTY_SECTIONS_BRIEF)), schema), []);
});

test('the JSON Schema requires every field the full brief has, at every level, or declares it optional', () => {
  // Every key of every object in the fixture is declared by the schema (no field left undocumented): required, or
  // an additive field whose description says it is optional.
  const walk = (value: unknown, s: Schema, path: string): string[] => {
    if (s.$ref) return walk(value, schema.$defs[s.$ref.replace('#/$defs/', '')], path);
    if (s.oneOf) return value === null ? [] : walk(value, s.oneOf.find((x: Schema) => x.type === 'object'), path);
    if (Array.isArray(value)) return value.flatMap((v, i) => (s.items ? walk(v, s.items, `${path}[${i}]`) : []));
    if (value === null || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([k, v]) =>
      s.properties?.[k] && (s.required?.includes(k) || /^Optional/.test(s.properties[k].description ?? ''))
        ? walk(v, s.properties[k], `${path}.${k}`) : [`${path}.${k}`]);
  };
  assert.deepEqual(walk(FULL_BRIEF, schema, '$'), []);
});

test('the JSON Schema rejects a wrong schema string, a negative offset and a missing field', () => {
  const b = structuredClone(FULL_BRIEF) as any;
  b.schema = 'corroborate.brief/2';
  b.quotes[0].start = -1;
  delete b.articles[0].text;
  assert.deepEqual(check(b, schema).sort(), ['$.articles[0].text: required', '$.quotes[0].start: minimum', '$.schema: const']);
});
