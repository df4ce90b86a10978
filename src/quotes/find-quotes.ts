/**
 * Doc → QuoteSpan[]: detection, cues after and before each quote, linking of pieces and paragraphs, speaker
 * resolution, and speech/scare kind.
 */
import type { Doc, QuoteSpan } from '../doc/types.ts';
import { detectQuotes as detectQuotes_, type FoundQuote } from './detect.ts';
import { afterCue as afterCue_, beforeCue as beforeCue_, tailCue as tailCue_, type Cue } from './cues.ts';
import {
  colonLeadCue as colonLeadCue_, hasLeadColon as hasLeadColon_, labelCue as labelCue_, nameColonCue as nameColonCue_
} from './lead-cues.ts';
import { linkQuotes as linkQuotes_ } from './link.ts';
import { putItCue as putItCue_ } from './put-it.ts';
import { ownerCue as ownerCue_ } from './owner-cue.ts';
import { signatureCue as signatureCue_ } from './signature-cue.ts';
import { toLeadCue as toLeadCue_ } from './to-lead.ts';
import { subjectCue as subjectCue_ } from './subject-cue.ts';
import { viaOf as viaOf_ } from './via.ts';
import { headlineCue as headlineCue_ } from './headline-cue.ts';
import {
  countWords as countWords_, headlineFlags as headlineFlags_, isTitleLike as isTitleLike_, quoteKind as quoteKind_
} from './kind.ts';
import { findPersons as findPersons_, type Person } from './persons.ts';
import {
  resolveSpeaker as resolveSpeaker_, speakerAsPerson as speakerAsPerson_, type PersonPool, type Speaker
} from './resolve.ts';
import { buildView as buildView_, lower as lower_, type TokenView } from './view.ts';
import {
  CORE_SPEECH_VERBS as CORE_SPEECH_VERBS_, NAMING_VERBS as NAMING_VERBS_, SPEECH_VERBS as SPEECH_VERBS_, TERM_VERBS as TERM_VERBS_
} from './lexicon.ts';
import {
  earlierNamedSpeaker as earlierNamedSpeaker_, isGenderedPronoun as isGenderedPronoun_,
  pronounSubject as pronounSubject_, saidBefore as saidBefore_,
} from './sentence-subject.ts';
import { firstNameGender as firstNameGender_ } from './first-names.ts';
import { GAZETTEER, GAZ_FIRST, GAZ_SURNAME } from '../entities/ner/gazetteer.ts';

// Local copies: imported bindings compile to property getters under tsx, slow in per-token loops.
const detectQuotes = detectQuotes_;
const afterCue = afterCue_;
const beforeCue = beforeCue_;
const tailCue = tailCue_;
const colonLeadCue = colonLeadCue_;
const hasLeadColon = hasLeadColon_;
const labelCue = labelCue_;
const nameColonCue = nameColonCue_;
const linkQuotes = linkQuotes_;
const putItCue = putItCue_;
const ownerCue = ownerCue_;
const signatureCue = signatureCue_;
const toLeadCue = toLeadCue_;
const subjectCue = subjectCue_;
const viaOf = viaOf_;
const headlineCue = headlineCue_;
const countWords = countWords_;
const headlineFlags = headlineFlags_;
const quoteKind = quoteKind_;
const isTitleLike = isTitleLike_;
/** A quote this long (words) or shorter that reads as a title gets no speaker from the subject fallback. */
const MAX_TITLE_WORDS = 6;
const findPersons = findPersons_;
const resolveSpeaker = resolveSpeaker_;
const speakerAsPerson = speakerAsPerson_;
const buildView = buildView_;
const lower = lower_;
const NAMING_VERBS = NAMING_VERBS_;
const CORE_SPEECH_VERBS = CORE_SPEECH_VERBS_;
const SPEECH_VERBS = SPEECH_VERBS_;
const TERM_VERBS = TERM_VERBS_;
const isGenderedPronoun = isGenderedPronoun_;
const pronounSubject = pronounSubject_;
const earlierNamedSpeaker = earlierNamedSpeaker_;
const saidBefore = saidBefore_;
const firstNameGender = firstNameGender_;

/** Most tokens between a naming verb and the name it gives ("called the plan “Project Fear”"). */
const MAX_NAMING_GAP = 10;

/** The last word before `at` in [lo, at), lower case, spaces and commas skipped ("said, “…”" → said). */
export function wordBefore(text: string, lo: number, at: number): string {
  let e = at;
  while (e > lo && /[\s,]/.test(text[e - 1]!)) e--;
  let s = e;
  while (s > lo && WORD_OR_APOSTROPHE.test(text[s - 1]!)) s--;
  return text.slice(s, e).toLowerCase();
}

const WORD_OR_APOSTROPHE = /[\p{L}'’]/u;
const TRAILING_MARK = /[\s'’"”]/u;

/** The last character in [lo, end) that is no space or quotation mark ('' when there is none). */
export function lastCharBefore(text: string, lo: number, end: number): string {
  let e = end;
  while (e > lo && TRAILING_MARK.test(text[e - 1]!)) e--;
  return e > lo ? text[e - 1]! : '';
}

/** Two resolved names of one person: equal, or full names with the same surname ("Jane Roe", "Jane A. Roe"). */
export function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length < 2 || y.length < 2) return false;
  return x[x.length - 1] === y[y.length - 1];
}

export function findQuotes(doc: Doc): QuoteSpan[] {
  const found = detectQuotes(doc.text, doc.paragraphs);
  if (found.length === 0) return [];
  const v = buildView(doc, found);
  // per quote: does the rest of its paragraph read as a headline? Read per paragraph, and only where it matters
  const headlines = new Headlines(doc, found);
  const contentWords = found.map((q) => countWords(doc.text, q.start, q.end));
  const own: (Cue | null)[] = found.map((q, i) => {
    // the last character before the closing mark, past nested marks and spaces ("…,'" he said)
    const closing = lastCharBefore(doc.text, q.start, q.closeMark);
    // a headline "Jane Roe: … ‘…’" names its speaker first; other verbs in it are part of what was said
    const lead = labelCue(v, i) ?? (hasLeadColon(v, i) && headlines.at(i) ? colonLeadCue(v, i, true) : null);
    // "as one aide put it" beside the quote outweighs a verb further back in the sentence
    return lead ?? ownerCue(v, i) ?? afterCue(v, i, q.unclosed ? '.' : closing) ?? putItCue(v, i) ?? beforeCue(v, i, contentWords[i]!)
      ?? toLeadCue(v, i) ?? tailCue(v, i) ?? colonLeadCue(v, i, false) ?? nameColonCue(v, i) ?? signatureCue(v, i)
      ?? (q.paragraph === 0 ? headlineCue(v, i, headlines.at(i)) : null);
  });
  const cues = linkQuotes(v, found, own);
  const people = new People(doc, v);
  const resolved = new Map<Cue, Speaker>();
  return found.map((q, i) => {
    const content = doc.text.slice(q.start, q.end);
    let cue = cues[i] ?? null;
    const para = doc.paragraphs[q.paragraph]!;
    const before = wordBefore(doc.text, para.start, q.open);
    const namedBy = cue !== null && NAMING_VERBS.has(lower(v.tokens[cue.verb])) && v.openTok[i]! - cue.verb <= MAX_NAMING_GAP;
    const kind = quoteKind(content, cue, q.continues !== null,
      { headline: headlines, index: i, before, own: cue !== null && cue === own[i], namedBy, words: contentWords[i]!,
        reportedBy: cue !== null && cue.via === 'before' && reportingVerb(lower(v.tokens[cue.verb]))
          && !VAGUE_SUBJECTS.has(lower(v.tokens[cue.speaker.lo])) });
    let speaker: Speaker | null = null;
    // a statement with no cue at all: the subject of its sentence, when that names someone
    if (kind === 'speech' && !cue && q.continues === null && !(contentWords[i]! <= MAX_TITLE_WORDS && isTitleLike(content))) {
      cue = subjectCue(v, i);
    }
    if (kind === 'speech' && cue) {
      speaker = resolved.get(cue) ?? null;
      if (!speaker) {
        speaker = resolveSpeaker(doc, v, people, cue.speaker, cue.label === true);
        // "Jane Roe said she felt …": the sentence's subject names the speaker the pronoun stands for
        const echoed = cue.via === 'after' ? earlierNamedSpeaker(v, cue.speaker, v.openTok[i]!) : null;
        const subject = pronounSubject(v, cue.speaker) ?? echoed;
        if (subject) {
          const named = resolveSpeaker(doc, v, people, subject);
          // "Jane Roe condemned what she called …": the subject calls it, unless a known gender says otherwise
          // and "Jane Roe said she …" keeps Jane Roe the same way, as does "Jane Roe said that …, she said"
          const calledBySubject = (lower(v.tokens[cue.speaker.lo - 1]) === 'what' || saidBefore(v, cue.speaker.lo)
            || echoed !== null) && genderFits(v, cue.speaker, named.name);
          if (!isGenderedPronoun(v, cue.speaker) || sameName(speaker.name, named.name) || calledBySubject) speaker = named;
        }
        // "Jane Roe, who said …": the relative pronoun is the verb's own subject; it keeps the name it stands for
        const rel = relativeBetween(v, cue.speaker.hi, cue.verb);
        if (rel >= 0) speaker = { ...speaker, span: { start: v.tokens[rel]!.start, end: v.tokens[rel]!.end } };
        resolved.set(cue, speaker);
        people.addSpeaker(speaker);
      }
    }
    const via = speaker && cue ? viaOf(v, cue) : null;
    const out: QuoteSpan = {
      start: q.start,
      end: q.end,
      kind,
      speakerSpan: speaker ? speaker.span : null,
      speakerName: speaker ? speaker.name : null,
      speakerMention: speaker ? speaker.mention : null,
      continues: q.continues,
    };
    if (via) out.via = { start: v.tokens[via.lo]!.start, end: v.tokens[via.hi - 1]!.end };
    return out;
  });
}

/** A verb that reports a statement ("said", "claimed", "adding"), not one that names or labels ("called"). */
const reportingVerb = (w: string): boolean =>
  CORE_SPEECH_VERBS.has(w) || (SPEECH_VERBS.has(w) && !NAMING_VERBS.has(w) && !TERM_VERBS.has(w));

/** Subjects that name no one ("It goes without saying that …"): no word in the clause is theirs. */
const VAGUE_SUBJECTS = new Set(['it', 'this', 'that', 'there']);

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/** Most tokens between a relative pronoun and its verb ("who in 2010 said"). */
const MAX_RELATIVE_GAP = 6;

/** Token index of a relative pronoun right after a speaker phrase ending at `from` that is the subject of the verb at
 * `verb` ("Roe, who later said"), or -1. */
function relativeBetween(v: TokenView, from: number, verb: number): number {
  let k = from;
  if (v.tokens[k]?.text === ',' || v.tokens[k]?.text === '—' || v.tokens[k]?.text === '–' || v.tokens[k]?.text === '-') k++;
  if (k >= verb || !RELATIVE_PRONOUNS.has(lower(v.tokens[k]))) return -1;
  if (verb - k > MAX_RELATIVE_GAP) return -1;
  for (let m = k + 1; m < verb; m++) {
    const t = v.tokens[m]!;
    if (v.inQuote[m]! >= 0 || /^[,;:]$/.test(t.text)) return -1;
    // "an official who spoke anonymously said": the pronoun has a verb of its own; the name is the subject
    if (t.pos === 'VERB' && !/ing$/.test(t.text) && lower(v.tokens[m - 1]) !== 'to' && lower(v.tokens[m - 1]) !== 'be') return -1;
  }
  return k;
}

/** A name whose given name says no other gender than the pronoun's ("he" and "Ban Ki-moon": unknown, fits). */
function genderFits(v: TokenView, pronoun: { lo: number }, name: string | null): boolean {
  if (name === null) return false;
  const g = firstNameGender(name.slice(0, name.indexOf(' ') >= 0 ? name.indexOf(' ') : name.length));
  return g === null || g === (lower(v.tokens[pronoun.lo]) === 'she' ? 'f' : 'm');
}

/** One word ending in "s" that the name lists know neither as a given name nor as a surname ("Audiences", not
 * "Jones"). */
function pluralNoun(name: string): boolean {
  if (name.includes(' ') || !/\p{Ll}s$/u.test(name)) return false;
  return ((GAZETTEER.get(name.toLowerCase()) ?? 0) & (GAZ_FIRST | GAZ_SURNAME)) === 0;
}

/** Per quote: does the rest of its paragraph read as a headline? Read once per paragraph, and only when asked. */
class Headlines {
  private readonly byParagraph = new Map<number, boolean[]>();
  constructor(private readonly doc: Doc, private readonly found: readonly FoundQuote[]) {}

  at(i: number): boolean {
    const { found } = this;
    const p = found[i]!.paragraph;
    let flags = this.byParagraph.get(p);
    if (!flags) {
      let a = i;
      while (a > 0 && found[a - 1]!.paragraph === p) a--;
      let b = i;
      while (b < found.length && found[b]!.paragraph === p) b++;
      const para = this.doc.paragraphs[p]!;
      flags = new Array<boolean>(a).concat(headlineFlags(this.doc.text, para.start, para.end, found.slice(a, b)));
      this.byParagraph.set(p, flags);
    }
    return flags[i]!;
  }
}

/**
 * The article's people, found only once a speaker needs them: the NER's persons for a speaker written as a name,
 * those and the persons found in the text alone for a pronoun or a role noun. Each named speaker resolved so far is
 * added as a person for later pronouns.
 */
class People implements PersonPool {
  private namedList: Person[] | null = null;
  private allList: Person[] | null = null;
  private readonly speakers: Speaker[] = [];
  constructor(private readonly doc: Doc, private readonly v: TokenView) {}

  named(): readonly Person[] {
    if (this.allList) return this.allList;
    if (!this.namedList) this.namedList = this.withSpeakers(findPersons(this.doc, this.v, false));
    return this.namedList;
  }

  all(): readonly Person[] {
    if (!this.allList) this.allList = this.withSpeakers(findPersons(this.doc, this.v, true));
    return this.allList;
  }

  addSpeaker(s: Speaker): void {
    this.speakers.push(s);
    if (this.namedList) this.insertSpeaker(this.namedList, s);
    if (this.allList) this.insertSpeaker(this.allList, s);
  }

  private withSpeakers(list: Person[]): Person[] {
    for (const s of this.speakers) this.insertSpeaker(list, s);
    return list;
  }

  private insertSpeaker(persons: Person[], s: Speaker): void {
    // a speaker already standing as a person at the same place adds nothing
    for (const x of persons) if (x.start === s.span.start && x.end === s.span.end) return;
    // a body, a place or a thing that speaks ("the American Legion warns") is no one a later "she" can stand for
    const type = s.mention !== null ? this.doc.mentions?.[s.mention]?.type : undefined;
    if (type !== undefined && type !== 'person') return;
    // "Audiences can expect …", "Critics say …": a plural noun opening the sentence, no name the NER or the name
    // lists know
    if (type === undefined && s.name !== null && pluralNoun(s.name)) return;
    const p = speakerAsPerson(s, persons);
    if (!p) return;
    let at = persons.length;
    while (at > 0 && persons[at - 1]!.start > p.start) at--;
    persons.splice(at, 0, p);
  }
}
