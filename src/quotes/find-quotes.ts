/**
 * Doc → QuoteSpan[]: detection, cues after and before each quote, linking of pieces and paragraphs, speaker
 * resolution, and speech/scare kind.
 */
import type { Doc, QuoteSpan } from '../doc/types.ts';
import { detectQuotes } from './detect.ts';
import { afterCue, beforeCue, tailCue, type Cue } from './cues.ts';
import { colonLeadCue, labelCue } from './lead-cues.ts';
import { linkQuotes } from './link.ts';
import { isHeadlineLike, quoteKind, wordsOf } from './kind.ts';
import { findPersons } from './persons.ts';
import { resolveSpeaker, speakerAsPerson, type Speaker } from './resolve.ts';
import { buildView, lower } from './view.ts';
import { NAMING_VERBS } from './lexicon.ts';

/** Most tokens between a naming verb and the name it gives ("called the plan “Project Fear”"). */
const MAX_NAMING_GAP = 6;

export function findQuotes(doc: Doc): QuoteSpan[] {
  const found = detectQuotes(doc.text, doc.paragraphs);
  if (found.length === 0) return [];
  const v = buildView(doc, found);
  const own: (Cue | null)[] = found.map((q, i) => {
    const content = doc.text.slice(q.start, q.end);
    // the last character before the closing mark, past nested marks and spaces ("…,'" he said)
    const inner = doc.text.slice(q.start, q.closeMark).replace(/[\s'’"”]+$/u, '');
    const closing = inner[inner.length - 1] ?? '';
    const para = doc.paragraphs[q.paragraph]!;
    const headline = isHeadlineLike(doc.text.slice(para.start, q.open) + ' ' + doc.text.slice(q.close, para.end));
    // a headline "Jane Roe: … ‘…’" names its speaker first; other verbs in it are part of what was said
    const lead = labelCue(v, i) ?? (headline ? colonLeadCue(v, i, true) : null);
    return lead ?? afterCue(v, i, q.unclosed ? '.' : closing) ?? beforeCue(v, i, wordsOf(content).length)
      ?? tailCue(v, i) ?? colonLeadCue(v, i, false);
  });
  const cues = linkQuotes(v, found, own);
  const persons = findPersons(doc, v);
  const resolved = new Map<Cue, Speaker>();
  return found.map((q, i) => {
    const content = doc.text.slice(q.start, q.end);
    const cue = cues[i] ?? null;
    const para = doc.paragraphs[q.paragraph]!;
    const outside = doc.text.slice(para.start, q.open) + ' ' + doc.text.slice(q.close, para.end);
    const before = (doc.text.slice(para.start, q.open).match(/([\p{L}'’]+)[\s,]*$/u)?.[1] ?? '').toLowerCase();
    const namedBy = cue !== null && NAMING_VERBS.has(lower(v.tokens[cue.verb])) && v.openTok[i]! - cue.verb <= MAX_NAMING_GAP;
    const kind = quoteKind(content, cue, q.continues !== null,
      { outside, before, own: cue !== null && cue === own[i], namedBy });
    let speaker: Speaker | null = null;
    if (kind === 'speech' && cue) {
      speaker = resolved.get(cue) ?? resolveSpeaker(doc, v, persons, cue.speaker, cue.label === true);
      if (!resolved.has(cue)) {
        resolved.set(cue, speaker);
        const p = speakerAsPerson(speaker, persons);
        if (p) insertPerson(persons, p);
      }
    }
    return {
      start: q.start,
      end: q.end,
      kind,
      speakerSpan: speaker ? speaker.span : null,
      speakerName: speaker ? speaker.name : null,
      speakerMention: speaker ? speaker.mention : null,
      continues: q.continues,
    };
  });
}

function insertPerson(persons: ReturnType<typeof findPersons>, p: NonNullable<ReturnType<typeof speakerAsPerson>>): void {
  if (persons.some((x) => x.start === p.start && x.end === p.end)) return;
  let at = persons.length;
  while (at > 0 && persons[at - 1]!.start > p.start) at--;
  persons.splice(at, 0, p);
}
