import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from './find-times.ts';

/** A Thursday. */
const DCT = '2024-03-14';

/** The value of the expression whose text is `what` in `text` (read at the article date `dct`). */
function valueOf(text: string, what: string, dct: string | null = DCT): string | undefined {
  return findTimes(text, dct).find((t) => t.text === what)?.value;
}

const cases: [string, string, string, string?][] = [
  // absolute dates in the usual news forms
  ['The minister signed the accord on March 3, 2024.', 'March 3, 2024', '2024-03-03'],
  ['Voting opens March 20 across the region.', 'March 20', '2024-03-20'],
  ['The bridge reopened on 9 March after repairs.', '9 March', '2024-03-09'],
  ['The filing is dated 2024-03-09.', '2024-03-09', '2024-03-09'],
  ['The lawsuit was filed 3/9/2024 in county court.', '3/9/2024', '2024-03-09'],
  ['Sales peaked on Dec. 28 before the slump.', 'Dec. 28', '2023-12-28'],
  // months, years, decades
  ['The drought began in February 2021 and never eased.', 'February 2021', '2021-02'],
  ['The mill closed in 2019.', '2019', '2019'],
  ['Prices have doubled since 2016.', '2016', '2016'],
  ['Turnout beat the 2023 elections.', '2023', '2023'],
  ['The district was built in the 1980s.', '1980s', '198'],
  ['The strike started in January.', 'January', '2024-01'],
  ['The port will reopen in June.', 'June', '2024-06'],
  ['The harbour froze last November.', 'last November', '2023-11'],
  // weekdays by tense: before the article date when told in the past, after when ahead
  ['The mayor resigned on Monday.', 'Monday', '2024-03-11'],
  ['The council will vote on Monday.', 'Monday', '2024-03-18'],
  ['The mayor proposed a recount on Sunday.', 'Sunday', '2024-03-10'],
  ['Negotiations on Friday.', 'Friday', '2024-03-15'],
  ['The council met Thursday.', 'Thursday', '2024-03-14'],
  ['The hearing is due to start Tuesday.', 'Tuesday', '2024-03-19'],
  ['A ruling is expected Wednesday.', 'Wednesday', '2024-03-20'],
  ['The talks will be held on Saturday.', 'Saturday', '2024-03-16'],
  ['The ferry was held on Saturday.', 'Saturday', '2024-03-09'],
  ['The union struck last Friday.', 'last Friday', '2024-03-08'],
  ['The union strikes again next Thursday.', 'next Thursday', '2024-03-21'],
  // days around the article date
  ['The regulator ruled today.', 'today', '2024-03-14'],
  ['Rain fell yesterday.', 'yesterday', '2024-03-13'],
  ['The pitch opens tomorrow.', 'tomorrow', '2024-03-15'],
  ['The band plays tonight.', 'tonight', '2024-03-14TNI'],
  ['Shares fell this week.', 'this week', '2024-W11'],
  ['Exports slowed last month.', 'last month', '2024-02'],
  ['The treaty lapses next year.', 'next year', '2025'],
  ['Two fans were hurt over the weekend.', 'the weekend', '2024-W10-WE'],
  ['The crowd dispersed on Wednesday evening.', 'Wednesday evening', '2024-03-13TEV'],
  ['The plant opened two years ago.', 'two years ago', '2022'],
  ['Crowds gathered on the eve of March 20.', 'the eve of March 20', '2024-03-19'],
  ['The ferry sails the day after Friday.', 'the day after Friday', '2024-03-16'],
  ['A hearing is set for the week of March 25.', 'the week of March 25', '2024-W13'],
  // clock times
  ['The court will sit at 10 a.m. Friday.', '10 a.m. Friday', '2024-03-15T10:00'],
  ['Polls close Friday at 3:30 p.m. local time.', 'Friday at 3:30 p.m. local time', '2024-03-15T15:30'],
  ['The alert was issued at 5:45 PM EDT.', '5:45 PM EDT', '2024-03-14T17:45'],
  // durations, sets, vague references, quarters, seasons
  ['Both sides agreed a 60-day truce.', '60-day', 'P60D'],
  ['The valley endured four years of drought.', 'four years', 'P4Y'],
  ['The siege lasted more than 2 years.', 'more than 2 years', 'P2Y'],
  ['Prices rose in the past day.', 'the past day', 'P1D'],
  ['The refugees waited 2 1/2 years for papers.', '2 1/2 years', 'P2Y6M'],
  ['The flight took 5 1/2 hours.', '5 1/2 hours', 'PT5H30M'],
  ['The launch is two and a half years late.', 'two and a half years', 'P2Y6M'],
  ['Inspectors visit every month.', 'every month', 'P1M', 'SET'],
  ['The port is now closed.', 'now', 'PRESENT_REF'],
  ['Costs climbed in recent weeks.', 'recent weeks', 'PXW'],
  ['The group posted fourth-quarter losses.', 'fourth-quarter', '2023-Q4'],
  ['Output should recover in the second quarter.', 'the second quarter', '2024-Q2'],
  ['The lake dried up last summer.', 'last summer', '2023-SU'],
  ['The works end this spring.', 'this spring', '2024-SP'],
];

for (const [text, what, value, type] of cases) {
  test(`"${what}" in "${text}" is ${value}`, () => {
    const found = findTimes(text, DCT).find((t) => t.text === what);
    assert.ok(found, `no expression "${what}" in ${JSON.stringify(findTimes(text, DCT).map((t) => t.text))}`);
    assert.equal(found.value, value);
    if (type) assert.equal(found.type, type);
  });
}

test('a number with a thousands comma or a counted noun is not a year', () => {
  assert.deepEqual(findTimes('Some 2,000 troops and 1500 police were deployed.', DCT), []);
});

test('ages are not durations', () => {
  assert.deepEqual(findTimes('A 46-year-old driver was arrested.', DCT).map((t) => t.text), []);
});

test('"may" as a verb is not a month; "May 3" is a date', () => {
  assert.equal(findTimes('Officials may decide soon.', DCT).length, 0);
  assert.equal(valueOf('The vote falls on May 3.', 'May 3'), '2024-05-03');
});

test('a written date takes the nearest year unless the tense says otherwise by months', () => {
  assert.equal(valueOf('The vote falls on June 20.', 'June 20'), '2024-06-20');
  assert.equal(valueOf('The vote fell on June 20.', 'June 20'), '2023-06-20');
  assert.equal(valueOf('The board declared a dividend payable April 2.', 'April 2'), '2024-04-02');
});

test('without an article date, relative expressions keep only what can be known', () => {
  const text = 'The panel met on Friday, last year it met on March 20, and in 2019 it met tomorrow.';
  assert.equal(valueOf(text, 'Friday', null), 'XXXX-WXX-5');
  assert.equal(valueOf(text, 'last year', null), 'XXXX');
  assert.equal(valueOf(text, 'March 20', null), 'XXXX-03-20');
  assert.equal(valueOf(text, '2019', null), '2019');
  assert.equal(valueOf(text, 'tomorrow', null), 'XXXX-XX-XX');
});

test('"the eve of the summit" is the day before the date the article gives the summit', () => {
  const text = 'The summit opens in Oslo on Saturday, organisers said. Protesters marched on the eve of the summit.';
  assert.equal(valueOf(text, 'the eve of the summit'), '2024-03-15');
  assert.equal(valueOf('Protesters marched on the eve of the summit.', 'the eve of the summit'), undefined);
});

test('"later that year" and "the next morning" lean on the date the text gave last', () => {
  const text = 'The firm was founded in June 2011 and listed later that year. The fire started on May 2, 2020, and ' +
    'crews contained it the next morning.';
  assert.equal(valueOf(text, 'later that year'), '2011');
  assert.equal(valueOf(text, 'the next morning'), '2020-05-03TMO');
  assert.equal(valueOf('Crews contained it the next morning.', 'the next morning'), undefined);
});

test('offsets slice back to the expression text', () => {
  const text = 'On Tuesday, the board met.\n\nIt will meet again at 9 a.m. Monday and every week after that.';
  const times = findTimes(text, DCT);
  assert.ok(times.length >= 3);
  for (const t of times) assert.equal(text.slice(t.start, t.end), t.text);
});

test('a 40 kB text is read without runaway backtracking', () => {
  const text = 'The council met on Tuesday and will vote next week on a 30-day plan, officials said on March 2. '.repeat(400);
  const t0 = performance.now();
  const times = findTimes(text, DCT);
  assert.ok(performance.now() - t0 < 3000);
  assert.equal(times.length, 1600);
});

test('spelled-out digits before a plural noun are a count, not a year', () => {
  assert.equal(findTimes('The ruins are two thousand years old.', DCT).some((t) => t.value === '2000'), false);
  assert.equal(valueOf('The archive opened in nineteen ninety-six.', 'nineteen ninety-six'), '1996');
});

test('a rate after an amount is no time expression; a count of times is a frequency', () => {
  assert.deepEqual(findTimes('The club charges $40 a year for a locker.', DCT), []);
  assert.equal(valueOf('The ferry now sails twice a week.', 'a week'), 'P1W');
  assert.equal(findTimes('The ferry sails twice a week.', DCT)[0]?.type, 'SET');
});

test('a 24-hour clock after a capitalised "At" is a time', () => {
  assert.equal(valueOf('At 11:45 GMT on Wednesday the market fell.', '11:45 GMT on Wednesday'), '2024-03-13T11:45Z');
});

test('"high noon" is an idiom, not midday', () => {
  assert.equal(findTimes('For the league, high noon comes on derby day.', DCT).some((t) => t.text === 'noon'), false);
  assert.equal(valueOf('The polls close at noon.', 'noon'), '2024-03-14T12:00');
});

test('a clock time given in UTC or GMT is marked Z; a local one is not', () => {
  assert.deepEqual(findTimes('The rocket lifted off on Tuesday in Tarn at 18:00 UTC.', DCT).map((t) => t.value), ['2024-03-12', '2024-03-12T18:00Z']);
  assert.equal(valueOf('The ferry sails at 6 p.m. EDT on Friday.', '6 p.m. EDT on Friday'), '2024-03-15T18:00');
});

test('"formerly" describes a former state, not a time; "recently" is the recent past', () => {
  assert.equal(findTimes('The mill, formerly a granary, reopened.', DCT).length, 0);
  assert.equal(valueOf('The mill recently reopened.', 'recently'), 'PAST_REF');
});
