import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesOf } from './test-helpers.ts';

test('"X, who in 2012 said … “…”" reads past a short adverbial to the relative pronoun and its name', () => {
  const text = 'Senator Ines Varga, who in 2014 said the plan would turn the quay into a “ghost harbour,” spoke on Friday.';
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'speech');
  assert.equal(q!.speaker, 'who');
  assert.equal(q!.name, 'Ines Varga');
});

test('a relative pronoun before an adverbial outranks a noun inside it ("who in the end said")', () => {
  const text = 'A ferryman who in the end said little called the crossing “a slow grind” that day.';
  const [q] = quotesOf(text);
  assert.notEqual(q!.speaker, 'the end');
});

test('"X took to the radio to accuse Y of being “…”": the infinitive speaks for the subject of its verb', () => {
  const text = 'Ines Varga went on local radio to accuse the port board of being “asleep at the wheel” on Tuesday.';
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'speech');
  assert.equal(q!.speaker, 'Ines Varga');
});

test('an infinitive after "to be" or after an object-taking verb gives no subject of its own', () => {
  const [a] = quotesOf('The harbour chief said the tides are to blame for “the worst season in years.”');
  assert.equal(a!.speaker, 'The harbour chief');
  const [b] = quotesOf('The union pressed Ines Varga to describe the new rota as “unworkable” for staff.');
  assert.notEqual(b!.speaker, 'The union');
});

test('"X has gone after Y as a “…”" and "X admires Y as a “…”" give the label to X', () => {
  const [a, b] = quotesOf('Ines Varga has gone after the port board as a “club of sleepers” and a “rubber stamp.”');
  assert.equal(a!.speaker, 'Ines Varga');
  assert.equal(b!.kind, 'speech');
  assert.equal(b!.speaker, 'Ines Varga');
  const [c] = quotesOf('Tomas Brek openly admires the old harbour master as a “steady hand,” by all accounts.');
  assert.equal(c!.kind, 'speech');
  assert.equal(c!.speaker, 'Tomas Brek');
});

test('a role given with "as" ("hired Y as a “…”", "words such as “…”", "known as") is no label anyone speaks', () => {
  assert.equal(quotesOf('The ferry line hired Ines Varga as a “consultant” last spring.')[0]!.kind, 'scare');
  assert.equal(quotesOf('Clerks searched files for terms such as “quay” in March.')[0]!.kind, 'scare');
  assert.equal(quotesOf('Ines Varga was known as a “fixer” along the quay.')[0]!.kind, 'scare');
});

test('"X attacked “…”" with a quoted statement as object speaks for X; a short quoted target does not', () => {
  const [a] = quotesOf('In a May speech, Tomas Brek attacked “the quiet rot of a port run for the few and not the many.”');
  assert.equal(a!.kind, 'speech');
  assert.equal(a!.speaker, 'Tomas Brek');
  assert.equal(quotesOf('The coast guard attacked “smuggler boats” near the cape.')[0]!.kind, 'scare');
});

test('a name garbled by a wrong decoding (letters, combining marks, Latin-1 signs glued) is read as one word', () => {
  const garbled = 'Fran' + 'A\u0303\u0083A\u0302\u00a7' + 'ois';
  const text = `“The harbour stays open,” Harbour Chief ${garbled} Delmas said on Friday.`;
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, `Harbour Chief ${garbled} Delmas`);
  assert.equal(quotesOf('“We stay,” Zoë Brûlé said.')[0]!.speaker, 'Zoë Brûlé');
});

test('a nickname in quotes inside a name (Ada “Dee” Moss) neither ends the speaker phrase nor the after-cue', () => {
  const [a, nick] = quotesOf('“The ferry is our lifeline!” Mayor Ada “Dee” Moss told the crowd.');
  assert.equal(a!.speaker, 'Mayor Ada “Dee” Moss');
  assert.equal(nick!.kind, 'scare');
  const [b] = quotesOf('“The ferry is our lifeline!” Moss’s cousin, Ada “Dee” Moss (D-Eastport), told the crowd.');
  assert.equal(b!.speaker, 'Moss’s cousin');
});

test('"After saying … “…,” she was …": a leading participle clause speaks for the main clause subject', () => {
  const qs = quotesOf('After saying the ramp was “too steep for any cart to climb,” she was “sent back to the depot.”');
  assert.equal(qs[0]!.speaker, 'she');
  assert.equal(quotesOf('After calling the levy “a raid on bread,” Ines Varga quietly left the hall.')[0]!.speaker, 'Ines Varga');
});

test('a whole-sentence statement after a sentence whose subject is a full name continues that person', () => {
  const text = 'On “Harbour Hour,” Sen. Ines Varga (Ore.), who lost the vote, named fatigue as the main cause. '
    + '“People on the quay are tired of it, more than at any time I recall.” The town moved on.';
  const qs = quotesOf(text);
  assert.equal(qs[1]!.speaker, 'Sen. Ines Varga');
  // a body as subject, or a short quote, gives nobody
  const [b] = quotesOf('The town council named fatigue as the main cause. “People on the quay are tired of it, more than ever.”');
  assert.equal(b!.speaker, null);
});

test('"X himself said …": a reflexive between subject and verb keeps the subject', () => {
  const [q] = quotesOf('Ines Varga herself conceded at a town forum that the vote would be “very hard to win” this year.');
  assert.equal(q!.speaker, 'Ines Varga');
});

test('"found in 2019 that …", "ruled on Monday that …": a finding with a short time adverbial before its "that"', () => {
  const [q] = quotesOf('Two surveyors found in 2019 that the old quay was “the safest berth on the coast” by far.');
  assert.equal(q!.speaker, 'Two surveyors');
  assert.equal(quotesOf('The crew found in the hold a crate marked “fragile” and a lamp.')[0]!.speaker, null);
});

test('a time adverbial between a subject and its verb ("X, who …, on Friday described …") keeps the subject', () => {
  const [a] = quotesOf('Ines Varga, who has sparred with the board all month, on Friday described a plan for a “big tent” port.');
  assert.equal(a!.speaker, 'Ines Varga');
  const [b] = quotesOf('Tomas Brek earlier this week called the levy a “raid on bread.”');
  assert.equal(b!.speaker, 'Tomas Brek');
});

test('"In declaring … “…,” the bishop …": a leading "in" participle clause speaks for the main clause subject', () => {
  const [q] = quotesOf('In declaring the mayor’s plan “not neighbourly,” the old bishop again showed his knack for a fight.');
  assert.equal(q!.speaker, 'the old bishop');
});

test('"X heralded the board’s deal with Eastport as a “…”": an object of up to eight tokens before "as"', () => {
  const [q] = quotesOf('Ines Varga heralded the ferry board’s deal with Eastport as a “breakthrough for the coast.”');
  assert.equal(q!.speaker, 'Ines Varga');
});

test('a bracketed party tag followed by a comma before the verb ("Gov. X (R-OH), said") keeps the name', () => {
  const [q] = quotesOf('After the count, Gov. Ines Varga (R-OH), said, “We are ready to sail west and keep going.”');
  assert.equal(q!.speaker, 'Gov. Ines Varga');
});

test('"…, but X’s campaign is already claiming “…”": a progressive participle takes the subject of its "be"', () => {
  const [q] = quotesOf('The tallies are not in, but Ines Varga’s campaign is already claiming a “clear win on the coast.”');
  assert.equal(q!.speaker, 'Ines Varga’s campaign');
});

test('views and forecasts reported with "that" (projects, anticipated, recognized …) attribute their quote', () => {
  const [q] = quotesOf('The Varga campaign projects that “a levy of a fraction of a percent” would pay for the quay.');
  assert.equal(q!.speaker, 'The Varga campaign');
  assert.equal(quotesOf('Her projects were “odd” to some.')[0]!.speaker, null);
});

test('"X ripped Y for acting as “…”": a verb of reproach with an object and a charge after "for" speaks for X', () => {
  const [q] = quotesOf('Ines Varga ripped the port director for acting as “judge and jury at once” in the probe.');
  assert.equal(q!.speaker, 'Ines Varga');
  assert.equal(quotesOf('The storm hit the town for hours, leaving “a trail of ruin.”')[0]!.speaker, null);
});

test('"X reacted …, “…”" is a speech verb', () => {
  const [q] = quotesOf('Ines Varga reacted coolly to the plan, “I have doubts about any deal that closes the quay.”');
  assert.equal(q!.speaker, 'Ines Varga');
});

test('"Roe slams GOP’s ‘…’": a lower-case present tense between two names is a verb even when tagged a noun', () => {
  const [q] = quotesOf('Varga slams NATO’s ‘doom and gloom’ on trade.');
  assert.equal(q!.kind, 'speech');
  assert.equal(q!.speaker, 'Varga');
});

test('"X described … after she attacked Y and blamed …": a coordinated verb in a subordinate clause keeps its own subject', () => {
  const qs = quotesOf('Tomas Brek called the mayor a “disgrace” after she scolded the crews and blamed the delays on “plain idleness” there.');
  assert.equal(qs[0]!.speaker, 'Tomas Brek');
  assert.equal(qs[1]!.speaker, 'she');
});

test('manner-of-speaking verbs after a quote ("“…!” beamed X", "sighed X") attribute it', () => {
  assert.equal(quotesOf('“What a night for the town!” beamed Ines Varga of Eastport.')[0]!.speaker, 'Ines Varga of Eastport');
  assert.equal(quotesOf('“We wait again,” Tomas Brek sighed.')[0]!.speaker, 'Tomas Brek');
});
