import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personMention, quotesOf } from './test-helpers.ts';

const only = (text: string) => {
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, `one quote expected in: ${text}`);
  return qs[0]!;
};

test('speaker patterns before and after the quote give the speaker words', () => {
  const cases: [string, string, string][] = [
    ['“The river will crest tonight,” Marta Okafor said.', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” said Marta Okafor.', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” Marta Okafor told reporters.', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” Marta Okafor added.', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” according to Marta Okafor.', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” Marta Okafor wrote on Telegram.', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” Marta Okafor said in a statement.', 'Marta Okafor', 'Marta Okafor'],
    ['Marta Okafor said: “The river will crest tonight.”', 'Marta Okafor', 'Marta Okafor'],
    ['According to Marta Okafor, “the river will crest tonight.”', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” Marta Okafor, a flood warden, said.', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” said Marta Okafor, the county’s flood warden.', 'Marta Okafor', 'Marta Okafor'],
    ['“The river will crest tonight,” Rep. Dana Whitlock (D-Ore.) said.', 'Rep. Dana Whitlock', 'Dana Whitlock'],
  ];
  for (const [text, span, name] of cases) {
    const q = only(text);
    assert.equal(q.text.startsWith('The river') || q.text.startsWith('the river'), true, text);
    assert.equal(q.kind, 'speech', text);
    assert.equal(q.speaker, span, text);
    assert.equal(q.name, name, text);
  }
});

test('a title before the name is in the span but not in the name', () => {
  const q = only('Harbour Minister Tomas Berglund said the plan was “a first step in the right direction”.');
  assert.equal(q.speaker, 'Harbour Minister Tomas Berglund');
  assert.equal(q.name, 'Tomas Berglund');
});

test('a scare quote has no speaker', () => {
  const qs = quotesOf('The so-called “reforms” were shelved after the vote in the regional council.');
  assert.deepEqual(qs.map((q) => [q.text, q.kind, q.speaker, q.name]), [['reforms', 'scare', null, null]]);
});

test('a title in quotes is a scare quote even in a sentence with a speech verb', () => {
  const qs = quotesOf('Jonas Pell said on the talk show “Morning Harbour” that fares would rise.');
  assert.equal(qs[0]!.kind, 'scare');
  assert.equal(qs[0]!.speaker, null);
});

test('a partial quote inside reported speech takes the reported-speech subject', () => {
  const q = only('Governor Ilse Marten said the rival plan was “not credible” and would fail.');
  assert.equal(q.kind, 'speech');
  assert.equal(q.name, 'Ilse Marten');
});

test('a label given with "called" belongs to the one who called', () => {
  const qs = quotesOf('Opposition leader Ruth Calder called the budget a “fantasy” on Monday.');
  assert.equal(qs[0]!.name, 'Ruth Calder');
});

test('an interrupted quote is linked and both pieces share the speaker', () => {
  const qs = quotesOf('“We will not sell the port,” Nadia Ferreira said. “Not this year and not next year.”');
  assert.equal(qs.length, 2);
  assert.equal(qs[1]!.continues, 0);
  assert.equal(qs[0]!.name, 'Nadia Ferreira');
  assert.equal(qs[1]!.name, 'Nadia Ferreira');
});

test('a quote running over paragraphs keeps its speaker in every piece', () => {
  const text = 'Port director Karl Vinter told the board:\n“The cranes are old and the channel is silting up.\n“We need both fixed before winter,” he said.';
  const qs = quotesOf(text);
  assert.equal(qs.length, 2);
  assert.equal(qs[1]!.continues, 0);
  assert.equal(qs[0]!.name, 'Karl Vinter');
  assert.equal(qs[1]!.name, 'Karl Vinter');
});

test('a pronoun goes to the nearest earlier person of its gender', () => {
  const text = 'Elena Sorokina met Peter Vance at the harbour. “We agreed on nothing at all today,” she said.';
  const q = only(text);
  assert.equal(q.speaker, 'she');
  assert.equal(q.name, 'Elena Sorokina');
});

test('a pronoun with no person before it keeps its span and gets no name', () => {
  const q = only('“The water is rising faster than we feared,” he said.');
  assert.equal(q.speaker, 'he');
  assert.equal(q.name, null);
});

test('Mr and a role word give the gender of a name the list does not know', () => {
  const text = 'Mr. Okonkwo-Baptiste and spokeswoman Adaeze Lund spoke after the vote. “The count was clean,” she said.';
  assert.equal(only(text).name, 'Adaeze Lund');
});

test('a role noun goes to the person introduced with that role', () => {
  const text = 'Ferry company spokesman Arvid Holm confirmed the delay.\nThe company’s spokesman said the ferries were “fully booked until June”.';
  const q = only(text);
  assert.equal(q.speaker, 'The company’s spokesman');
  assert.equal(q.name, 'Arvid Holm');
});

test('a reporter quoted as a source is the speaker', () => {
  const q = only('Lina Sato, reporting from the border crossing, said: “The queue is three kilometres long.”');
  assert.equal(q.name, 'Lina Sato');
});

test('an unattributed quote paragraph continues the speaker of the previous paragraph', () => {
  const text = '“The fishing quota is too low,” said Brenna Kilpatrick.\n“Half the fleet will stay in port this spring.”';
  const qs = quotesOf(text);
  assert.equal(qs.length, 2);
  assert.equal(qs[1]!.name, 'Brenna Kilpatrick');
});

test('attribution is found across a tagger split after “…OK?”', () => {
  const q = only('“Nothing moves until the two of us sit down, OK?” Marcus Hale said on the plane.');
  assert.equal(q.name, 'Marcus Hale');
});

test('a quote that ends its sentence does not take the subject of the next sentence', () => {
  const qs = quotesOf('Pia Lorentz spoke first. “The vote is final.” Tomas Reed said the count would be repeated.');
  assert.notEqual(qs[0]!.name, 'Tomas Reed');
});

test('the speaker is linked to the NER mention that covers it', () => {
  const text = 'Aldo Brenner arrived late. “The deal is done,” Brenner said.';
  const second = text.lastIndexOf('Brenner');
  const mentions = [
    personMention(text, 'Aldo Brenner', 0),
    { ...personMention(text, 'Aldo Brenner', 0), start: second, end: second + 'Brenner'.length, text: 'Brenner' },
  ];
  assert.equal(only(text).name, 'Aldo Brenner');
  const q = quotesOf(text, mentions)[0]!;
  assert.equal(q.mention, 1);
  assert.equal(q.name, 'Aldo Brenner');
});

test('an organisation can speak, and a sentence-final attribution counts', () => {
  const q = only('A tenant who “waited two years for repairs” was evicted anyway, the housing charity said.');
  assert.equal(q.speaker, 'the housing charity');
});

test('a signature after a dash names the speaker', () => {
  const q = only('“Keep the library open on Sundays.” ― Ines Albrecht');
  assert.equal(q.name, 'Ines Albrecht');
});

test('a headline led by a name and a colon gives that name', () => {
  const q = only('Rosa Tamm on the new levy: Council Plan Is ‘Daylight Robbery’');
  assert.equal(q.kind, 'speech');
  assert.equal(q.name, 'Rosa Tamm');
});

test('a coordinated speech verb takes the subject of its own clause', () => {
  const text = 'Unions have attacked the deal, while Mayor Ilse Brandt says she was not consulted and called the plan “rushed”.';
  assert.equal(only(text).name, 'Ilse Brandt');
});

test('", saying" takes the subject of the sentence', () => {
  const q = only('Jonas Weber rejected the offer on Monday, saying the buyers were “not serious about the harbour”.');
  assert.equal(q.name, 'Jonas Weber');
});

test('a paragraph ending "X said:" gives the speaker of the next quote paragraph', () => {
  const text = 'Harbour master Pia Holm told the council on Tuesday:\n“The dredging must start before the autumn storms.”';
  assert.equal(only(text).name, 'Pia Holm');
});

test('a possessive before a name is not part of the name', () => {
  const q = only('“The queues are getting longer,” Radio Nord’s Aino Virtanen said.');
  assert.equal(q.name, 'Aino Virtanen');
});

test('a pronoun passes over a name after a preposition for the subject before it', () => {
  const text = 'Rafael Ortiz thanked the envoy sent by Marco Levi. “The talks were useful,” he said.';
  assert.equal(only(text).name, 'Rafael Ortiz');
  const mentions = [personMention(text, 'Rafael Ortiz', 0), personMention(text, 'Marco Levi', 1)];
  assert.equal(quotesOf(text, mentions)[0]!.name, 'Rafael Ortiz');
});

test('a name after a comma is a subject, not an object of the phrase before the comma', () => {
  const text = 'Arriving in Tallinn, Marco Levi told reporters the offer stood. “We are patient,” he said.';
  const mentions = [personMention(text, 'Marco Levi', 0)];
  assert.equal(quotesOf(text, mentions)[0]!.name, 'Marco Levi');
});

test('a programme title after "on" is a scare quote even beside a speech verb', () => {
  const qs = quotesOf('Speaking on “Harbour Hour,” Mayor Lotte Brink said the ferry would stay.');
  assert.equal(qs[0]!.kind, 'scare');
  assert.equal(qs[0]!.speaker, null);
});

test('a quoted subhead does not inherit the speaker of the paragraph before it', () => {
  const text = '“We will keep the mill open,” said Edda Holt.\n‘Rust on the Rails’\nThe line closed in May.';
  const qs = quotesOf(text);
  assert.equal(qs[1]!.text, 'Rust on the Rails');
  assert.equal(qs[1]!.kind, 'scare');
  assert.equal(qs[1]!.name, null);
});

test('a title in the middle of an attribution is not a piece of the quote', () => {
  const qs = quotesOf('“The mill stays open,” Edda Holt said on the radio show “Morning Mill.” “We found a buyer.”');
  assert.equal(qs.find((q) => q.text.startsWith('Morning'))!.kind, 'scare');
  assert.equal(qs.find((q) => q.text.startsWith('We found'))!.name, 'Edda Holt');
});

test('the owner of a claim is the speaker of a quote inside it', () => {
  const q = only('Auditors checked Mayor Ines Falk’s claim that the port earned “record profits” last year.');
  assert.equal(q.kind, 'speech');
  assert.equal(q.name, 'Ines Falk');
});

test('a gerund cue like "promising" takes the sentence subject', () => {
  const q = only('Governor Ruben Alto is promising cheaper bus fares and “trains every ten minutes”.');
  assert.equal(q.name, 'Ruben Alto');
});

test('a newspaper name that is also a verb ("The Valley Post") can speak', () => {
  const q = only('The Valley Post reports that the council plans to “sell the old harbour to the highest bidder”.');
  assert.equal(q.speaker, 'The Valley Post');
});

test('a whole-paragraph quote continues a speaker whose remarks the paragraph before describes', () => {
  const text = 'Mayor Greta Lind limited her comments to the budget.\n“The harbour fund will not be touched while I am in office.”';
  assert.equal(only(text).name, 'Greta Lind');
});

test('a transcript label in capitals names the speaker of its line', () => {
  const text = 'Anchor Rita Moss spoke to Governor Karl Voss.\n"VOSS: We will balance the budget by spring."';
  const q = only(text);
  assert.equal(q.speaker, 'VOSS');
  assert.equal(q.name, 'Karl Voss');
});

test('an acronym speaker keeps its capitals', () => {
  assert.equal(only('“The alliance stands together,” NATO said.').name, 'NATO');
});

test('a headline name before a colon is cut out of the title-case run', () => {
  const q = only('Helena Strand Slams Port Board: ‘You Sold Our Harbour’');
  assert.equal(q.speaker, 'Helena Strand');
});

test('in a title-case headline only sure verb forms are cues', () => {
  const q = only('Mayor Says Museum Will Tell of ‘Storms and Rescues’');
  assert.equal(q.speaker, 'Mayor');
});

test('a name given with "hailed … as" is the namer’s words, even in title case', () => {
  const q = only('A local paper hailed the mayor as “The Harbour Builder” after the vote.');
  assert.equal(q.kind, 'speech');
  assert.equal(q.speaker, 'A local paper');
});

test('two joined names can speak together', () => {
  const q = only('Ruth Calder and Ilse Brandt call the plan a “giveaway” to developers.');
  assert.equal(q.speaker, 'Ruth Calder and Ilse Brandt');
});

test('an adverb between "and" and the verb keeps the clause subject', () => {
  const q = only('Mayor Ilse Brandt left the hall and repeatedly said, “We will not sign this contract.”');
  assert.equal(q.name, 'Ilse Brandt');
});

test('a colon after a noun for something said gives the sentence subject', () => {
  const q = only('Governor Ruben Alto is rolling out a blunt new message: “Build the bridge or lose the port.”');
  assert.equal(q.name, 'Ruben Alto');
});

test('helpers read the word before a quote and the last character before its closing mark', async () => {
  const { wordBefore, lastCharBefore, sameName } = await import('./find-quotes.ts');
  const text = 'The skipper said, “We sail at dawn.’ ”';
  assert.equal(wordBefore(text, 0, text.indexOf('“')), 'said');
  assert.equal(wordBefore('(“x”)', 0, 1), '');
  assert.equal(lastCharBefore(text, text.indexOf('We'), text.lastIndexOf('”')), '.');
  assert.equal(lastCharBefore('  ”', 0, 2), '');
  assert.equal(sameName('Jane Roe', 'Jane A. Roe'), true);
  assert.equal(sameName('Roe', 'Jane Roe'), false);
  assert.equal(sameName('Jane Roe', null), false);
});

test('a short quote after "a new message:" takes the sentence subject however long the sentence before it', () => {
  const text = 'Worried about the long delays at the northern crossing and the cost of fuel for the small haulage firms of '
    + 'the valley, the transport minister Ada Lunde is trying out a new message: "Trust the plan."';
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'speech');
  assert.match(q!.speaker ?? '', /Ada Lunde/);
});

test('the subject of the verb holding "message:" is the speaker, not the subject of an opening clause', () => {
  const text = 'With harbour crews increasingly worried about the season, Mayor Ada Lunde is rolling out a blunt new message: "Stay home."';
  assert.match(quotesOf(text)[0]!.speaker ?? '', /Ada Lunde/);
});

test('a claim that is the object of a speech verb belongs to that verb, not to its owner', () => {
  const text = 'Ada Lunde, a member of the harbour board, called Mr. Berg’s remarks on Friday "a welcome wake-up call" for the fleet.';
  assert.match(quotesOf(text)[0]!.speaker ?? '', /Ada Lunde/);
  const own = 'Berg’s claim that the fleet was "in good shape" drew laughter.';
  assert.equal(quotesOf(own)[0]!.speaker, 'Berg');
});

test('the object of a place preposition is no speaker: the noun it hangs on speaks', () => {
  assert.equal(quotesOf('Officials at the port said it was "far too early to reopen the harbour."')[0]!.speaker, 'Officials');
  assert.equal(quotesOf('Protesters marching through the old town chanted "No more closures in this harbour."')[0]!.speaker,
    'Protesters');
});

test('a verb closing the sentence after a clause names the speaker after it (", said X, a …")', () => {
  const text = 'Nobody in the valley expected “a flood of this size” this early, said Oskar Brandt, a retired ferry pilot.';
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'speech');
  assert.equal(q!.speaker, 'Oskar Brandt');
});

test('a subject with a bracketed tag and a relative clause before its verb is still found', () => {
  const text = 'Rep. Ada Voss (D-Ore.), who chairs the panel, said the bill was “dead on arrival” in the Senate.';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'Rep. Ada Voss');
});

test('a place after a preposition inside an aside is passed over for the subject opening the clause', () => {
  const text = 'Mara Holt, during a town meeting in Linden, Vermont, said the levy was “simply unfair to farmers.”';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'Mara Holt');
});

test('a stop glued to the next word (N.Y.) ends no sentence before the speech verb', () => {
  const text = 'Rep. Ida Lund (D-N.Y.) said the city budget “was never going to balance.”';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'Rep. Ida Lund');
});

test('"used the phrase" introduces what was said; "continue to" is no speech verb', () => {
  const used = quotesOf('Governor Tilde Marsh used the phrase “a lost decade” twice on Monday.');
  assert.equal(used[0]!.speaker, 'Governor Tilde Marsh');
  const cont = quotesOf('Anna Berg said she is sure the port will continue to be “the heart of this town.”');
  assert.equal(cont[0]!.speaker, 'Anna Berg');
});

test('newer speech verbs attribute a partial quote to their subject (echoed, credited, touted)', () => {
  const text = 'Lars Eide touted the deal as “the best we could get” before the vote.';
  assert.equal(quotesOf(text)[0]!.speaker, 'Lars Eide');
});

test('a name alone before a colon mid-paragraph speaks the quote after it', () => {
  const text = 'The turnout fell again in the north. More from Tove Lindgren: “Rural voters simply stopped coming out.”';
  const qs = quotesOf(text);
  assert.equal(qs[0]!.speaker, 'Tove Lindgren');
  const plain = quotesOf('The result was plain. The verdict: “Nobody wins this round.”');
  assert.notEqual(plain[0]!.speaker, 'The verdict');
});

test('an inverted "Said X, who …," before a quote names X', () => {
  const text = 'Said Edda Moss, who grew up on the same street, “We were all so proud of her.”';
  assert.equal(quotesOf(text)[0]!.speaker, 'Edda Moss');
});

test('"as X put it" beside a quote outweighs a speech verb earlier in the sentence', () => {
  const text = 'Several council members echo those doubts, because the only test is a “proven local address,” as a city memo put it.';
  assert.equal(quotesOf(text)[0]!.speaker, 'a city memo');
});

test('a speech verb in a leading "when …," clause is not the one a later "and said" continues', () => {
  const text = 'When my aunt mentioned the storm to me, I laughed and said, “I have never seen snow here.”';
  assert.equal(quotesOf(text)[0]!.speaker, 'I');
});

test('"X notes." after a quote is a speech verb even when tagged as a noun', () => {
  const text = '“The ferry has never once been late,” Halvard Prytz notes.';
  assert.equal(quotesOf(text)[0]!.speaker, 'Halvard Prytz');
});

test('"X, who said …" takes the relative pronoun as the speaker words and keeps the name it stands for', () => {
  const text = 'The levy is “a tax on bread,” said Ruth Amsel, who said farmers had “no say at all” in the matter.';
  const qs = quotesOf(text);
  assert.equal(qs[0]!.speaker, 'Ruth Amsel');
  assert.equal(qs[1]!.speaker, 'who');
  assert.equal(qs[1]!.name, 'Ruth Amsel');
});

test('a verb after its own subject phrase takes no subject from after it', () => {
  const text = 'The former harbour master of the town said the port “clearly” needed more cranes.';
  assert.notEqual(quotesOf(text)[0]!.speaker, 'the port');
});

test('", according to X" later in the sentence attributes a partial quote', () => {
  const text = 'Some 4,000 growers joined a regional “harvest strike” across 90 towns, according to the farmers union.';
  const [q] = quotesOf(text);
  assert.equal(q!.kind, 'speech');
  assert.equal(q!.speaker, 'the farmers union');
});

test('"X condemned what he called …" gives X when X\'s given name says no other gender', () => {
  const text = 'Ombudsman Lo Ki-tan condemned what he called a “brazen breach” of the port rules.';
  assert.equal(quotesOf(text)[0]!.speaker, 'Ombudsman Lo Ki-tan');
});

test('a full name with its role before a colon speaks the quote after it, wherever the phrase stands', () => {
  const text = 'The early lead did not surprise county pollster Ines Varga: “Late deciders always break this way.”';
  assert.equal(quotesOf(text)[0]!.speaker, 'county pollster Ines Varga');
});

test('"the 46-year-old" names a speaker after a verb', () => {
  const text = '“We built this harbour with our own hands,” said the 46-year-old.';
  assert.equal(quotesOf(text)[0]!.speaker, 'the 46-year-old');
});

test('a participle after "said X" takes X as its subject', () => {
  const text = '“The bridge is safe,” said engineer Pia Sund at the time, adding that the cables were “better than new.”';
  const qs = quotesOf(text);
  assert.equal(qs[1]!.speaker, 'engineer Pia Sund');
});

test('a capitalised speech word inside a name after lower-case words is no verb ("the United States")', () => {
  const text = 'Minister Ola Dahl said the United States “must carry its share” of the cost.';
  assert.equal(quotesOf(text)[0]!.speaker, 'Minister Ola Dahl');
});

test('"his warning that …" makes the possessive pronoun the speaker, resolved to the person before it', () => {
  const text = 'Mayor Jonas Lind spoke at the pier. Few forgot his warning that the town would face “a very long winter.”';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'his');
  assert.equal(q!.name, 'Jonas Lind');
});

test('"his call for “…”" makes the possessive pronoun the speaker, resolved to the person before it', () => {
  const text = 'Mayor Jonas Lind gained support after the storm and his call for “a complete ban” on night sailing.';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'his');
  assert.equal(q!.name, 'Jonas Lind');
});

test('"the mother of three replied" names its speaker by the noun before "of"', () => {
  const text = 'Asked about the plan, the 34-year-old mother of three replied, “It was never meant for us.”';
  assert.equal(quotesOf(text)[0]!.speaker, 'the 34-year-old mother of three');
});

test('"63 percent said" is a speaker: a share of those asked', () => {
  const text = 'In the new survey, 63 percent said the ferry fare was “far too high” for daily use.';
  assert.equal(quotesOf(text)[0]!.speaker, '63 percent');
});

test('phrasal speech verbs attribute a quote ("shot back", "went on", "chimed in")', () => {
  const back = quotesOf('“You never read the report,” Councillor Eva Holm shot back.');
  assert.equal(back[0]!.speaker, 'Councillor Eva Holm');
  const on = quotesOf('“We will rebuild the quay,” Piet Maas went on, “and we will do it this year.”');
  assert.equal(on[0]!.speaker, 'Piet Maas');
  const tour = quotesOf('Piet Maas went on a long tour of the “new harbour” last week.');
  assert.equal(tour[0]!.speaker, null);
});

test('a finding reported with "that" attributes its quote ("the survey found that …"); without "that" it does not', () => {
  const found = quotesOf('The harbour survey found that “nearly half the boats” had no working radio.');
  assert.equal(found[0]!.speaker, 'The harbour survey');
  const lost = quotesOf('Divers found the “lost anchor” near the pier.');
  assert.equal(lost[0]!.speaker, null);
});

test('"The leaflet claims “…”" reads the speech word as a verb before an opening mark', () => {
  const text = 'The leaflet claims “the new road will cut the drive to the coast by half.”';
  assert.equal(quotesOf(text)[0]!.speaker, 'The leaflet');
});

test('a paragraph-long quote after a sentence about an earlier speaker continues that speaker', () => {
  const text = '“The pier needs work,” Nils Ekberg said.\n\nEkberg is hopeful about the vote next month.\n\n“If the council backs us, the fishing fleet can stay in this town for another generation.”';
  const qs = quotesOf(text);
  assert.equal(qs[1]!.speaker, 'Ekberg');
  assert.equal(qs[1]!.name, 'Nils Ekberg');
});

test('"a sign that said “…”" speaks as "that"; "X - who said" skips the dash to X', () => {
  const sign = quotesOf('Fishermen carried a banner that said, “Save our harbour before it is too late.”');
  assert.equal(sign[0]!.speaker, 'that');
  const dash = quotesOf('Mayor Rolf Dahl - who previously said he would “close the quay for good” - left early.');
  assert.equal(dash[0]!.speaker, 'who');
  assert.equal(dash[0]!.name, 'Rolf Dahl');
});

test('a quote opening the sentence after one about an earlier speaker continues that speaker', () => {
  const text = '“We will fight the closure,” said Greta Lunde, who chairs the ferry users group and has led the campaign '
    + 'against the cuts since the spring of last year, when the first plans reached the local paper and the town hall. '
    + 'Lunde named the ferry cuts as the main worry. “Nobody here can reach the hospital without that boat.”';
  const qs = quotesOf(text);
  assert.equal(qs[1]!.speaker, 'Lunde');
});

test('"defended his comments as “…”" gives the quote no owner from the claim noun: nothing follows it as content', () => {
  const [q] = quotesOf('Mayor Jonas Lind later defended his comments as being "sarcastic."');
  assert.notEqual(q!.speaker, 'his');
});

test('"her assertion during the debate that “…”" makes the owner of the assertion the speaker', () => {
  const text = 'Mayor Ines Falk came under fire over her assertion during the debate that "we now finally are where we need to be" on tolls.';
  const [q] = quotesOf(text);
  assert.equal(q!.speaker, 'her');
  assert.equal(q!.name, 'Ines Falk');
});

test('after a question, "X then writes back, “…”" leads into X’s next quote; the question keeps the speaker before it', () => {
  const qs = quotesOf('Ines Varga replies to Tom Hale with, “Why now? That was on my way to the port?” Hale then writes back, “You look fine.”');
  assert.deepEqual(qs.map((q) => q.speaker), ['Ines Varga', 'Hale']);
});

test('"would continue “to break barriers”" is no speech verb: the quote goes to the one who said it', () => {
  const qs = quotesOf('Ines Varga said that her campaign would continue “to break barriers” across the region.');
  assert.equal(qs[0]!.speaker, 'Ines Varga');
});

test('a letter "obtained by" a news agency speaks, not the agency', () => {
  const qs = quotesOf('A letter from the harbour board obtained by the Eastport Courier warns that “any further contact will be through our lawyer.”');
  assert.equal(qs[0]!.speaker, 'the harbour board');
});

test('a later "she" never stands for a body that spoke before', () => {
  const qs = quotesOf('The Eastport Harbour Board warned that “the pier is closed.” She added: “We will reopen when it is safe.”', [
    { start: 4, end: 25, type: 'organization', text: 'Eastport Harbour Board' } as never,
  ]);
  assert.notEqual(qs[1]!.name, 'Eastport Harbour Board');
});

test('two speakers joined by "and" are both named, neither kept alone', () => {
  const qs = quotesOf('“We will not give up,” Jane Roe and John Doe, both harbour pilots, said on Monday.');
  assert.deepEqual(qs.map((q) => [q.speaker, q.name, q.mention]), [['Jane Roe and John Doe', 'Jane Roe and John Doe', null]]);
});

test('two titles joined by "and" belong to the one person named after them', () => {
  const qs = quotesOf('“That is what he did twice before,” said former Norland Gov. and Harbour Board Chairman Ed Varnum.');
  assert.deepEqual(qs.map((q) => q.name), ['Ed Varnum']);
});
