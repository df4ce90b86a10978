import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate, normalizeDate } from './dates.ts';

const cases: [string, string | null][] = [
  ['2024-03-02', '2024-03-02'],
  ['Updated May 15, 2025 at 5:56 PM EDT', '2025-05-15'],
  ['Tue 6 May 2025', '2025-05-06'],
  ['Sept. 9, 2023', '2023-09-09'],
  ['the 3rd of June 2022', '2022-06-03'],
  ['15.05.2025', '2025-05-15'],
  ['25/12/2024', '2024-12-25'],
  ['12/25/2024', '2024-12-25'],
  ['05/06/2024', null],
  ['May 15', null],
  ['February 30, 2024', null],
  ['February 29, 2023', null],
  ['February 29, 2024', '2024-02-29'],
];

for (const [text, date] of cases) {
  test(`"${text}" reads as ${date ?? 'no date'}`, () => assert.equal(findDate(text), date));
}

test('given dates are normalised from ISO date-times and written dates', () => {
  assert.equal(normalizeDate('2025-05-15T17:56:00Z'), '2025-05-15');
  assert.equal(normalizeDate('May 15, 2025'), '2025-05-15');
  assert.equal(normalizeDate('yesterday'), null);
});
