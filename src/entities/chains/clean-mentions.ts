/**
 * The tagger's mentions of one article, tidied before chaining, by general rules:
 *  - a single word that is a pronoun, determiner or interjection ("Everyone", "OK") is not a name and goes;
 *  - a possessive inside a mention ends a name: "Acme's Jane Roe" is "Acme" (type unsure) and "Jane Roe";
 *  - coordinated names are two mentions: "Holmcastle and Ferrow", "Britain, France and Germany". Kept whole: a
 *    known joint name ("Bosnia and Herzegovina", "Procter and Gamble"), an organisation unless each part is also
 *    named alone in the article ("Food and Drug Administration"), and a conjunct with lower-case words;
 *  - a person's name glued to a title or a body by the tagger ("US Secretary of State Marco Rubio", "Acme Air Force
 *    Jane Roe" typed as a body) is cut off as a person, when it starts with a known first name;
 *  - types: a building or street that stands for a body ("the Kremlin", "Downing Street") and an online platform
 *    ("Telegram") are organisations; "<Name>'s <Person>, reporting" makes the first name an organisation (a news
 *    outlet), and so do "<Name> staff", "<Name> newsroom" and "told the <Name>" (not a person); a one-word name
 *    after "river", "lake", "town of" … or before "region", "valley" … is a place. Such mentions get via 'typed'.
 * Linear in the mentions and the few tokens around each.
 */
import type { Doc, EntityMention, Token } from '../../doc/types.ts';
import { GAZETTEER as GAZETTEER_, GAZ_FIRST as GAZ_FIRST_, GAZ_ORG_END as GAZ_ORG_END_ } from '../ner/gazetteer.ts';
import { FACILITY_HEADS as FACILITY_HEADS_, JOINT_NAMES as JOINT_NAMES_, METONYMS as METONYMS_, PLACE_AFTER as PLACE_AFTER_, PLACE_BEFORE as PLACE_BEFORE_, PLATFORMS as PLATFORMS_ } from '../lexicon/name-kinds.ts';
import { isHonorific as isHonorific_, isRoleHead as isRoleHead_, TITLE_MODIFIERS as TITLE_MODIFIERS_ } from '../lexicon/titles.ts';
import { countryOf as countryOf_ } from '../lexicon/demonyms.ts';
import { nameKey as nameKey_ } from '../lexicon/name-key.ts';
import { foldText as foldText_ } from '../lexicon/word-key.ts';
import { memo as memo_ } from '../lexicon/memo.ts';
import { isCapitalised as isCapitalised_, isPossessive as isPossessive_ } from './tokens.ts';
import { textInfo as textInfo_ } from './text-info.ts';
// Local copies: imported bindings compile to property getters (tsx/CommonJS), slow in per-token loops.
const GAZETTEER = GAZETTEER_;
const GAZ_FIRST = GAZ_FIRST_;
const GAZ_ORG_END = GAZ_ORG_END_;
const JOINT_NAMES = JOINT_NAMES_;
const METONYMS = METONYMS_;
const PLACE_AFTER = PLACE_AFTER_;
const FACILITY_HEADS = FACILITY_HEADS_;
const PLACE_BEFORE = PLACE_BEFORE_;
const PLATFORMS = PLATFORMS_;
const isHonorific = isHonorific_;
const isRoleHead = isRoleHead_;
const TITLE_MODIFIERS = TITLE_MODIFIERS_;
const countryOf = countryOf_;
const nameKey = nameKey_;
const foldText = foldText_;
const memo = memo_;
const isCapitalised = isCapitalised_;
const isPossessive = isPossessive_;
const textInfo = textInfo_;

const NOT_NAMES: ReadonlySet<string> = new Set(['PRON', 'DET', 'INTJ', 'AUX', 'CCONJ', 'SCONJ', 'ADP', 'PART']);

/** Lower-case key of a name as the lists hold it: folded, dots dropped, "&" read as "and", a leading "the" dropped. */
export const listKey = memo((text: string): string =>
  foldText(text).replace(/\./g, '').replace(/&/g, ' and ').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim()
    .replace(/^the /, ''));

const slice = (doc: Doc, a: number, b: number): string => doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end);

function sub(doc: Doc, m: EntityMention, a: number, b: number, type = m.type): EntityMention {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return { ...m, start, end, tokenStart: a, tokenEnd: b, text: doc.text.slice(start, end), type };
}

/** Token runs of a coordinated name, split at "and" (and commas before it), or null when it is not one. */
function conjuncts(doc: Doc, m: EntityMention): [number, number][] | null {
  const toks = doc.tokens;
  let hasAnd = false;
  for (let t = m.tokenStart + 1; t < m.tokenEnd - 1; t++) if (toks[t]!.norm === 'and') hasAnd = true;
  if (!hasAnd) return null;
  const parts: [number, number][] = [];
  let from = m.tokenStart;
  for (let t = m.tokenStart; t <= m.tokenEnd; t++) {
    const tok = toks[t];
    if (t === m.tokenEnd || tok!.norm === 'and' || tok!.text === ',') {
      if (t > from) parts.push([from, t]);
      else if (t !== m.tokenEnd && !(tok!.norm === 'and' && toks[t - 1]?.text === ',')) return null;
      from = t + 1;
    }
  }
  return parts.length >= 2 && parts.every(([a, b]) => nameLike(toks, a, b)) ? parts : null;
}

/** A conjunct is a name: capitalised words, no possessive, not only titles. */
function nameLike(toks: readonly Token[], a: number, b: number): boolean {
  const words = toks.slice(a, b).filter((x) => x.pos !== 'PUNCT' || !/^[-.'’]$/.test(x.text));
  return words.length > 0 && words.every((x) => isCapitalised(x) && !isPossessive(x))
    && words.some((x) => !isHonorific(x.text) && !isRoleHead(x.text));
}

function splitCoordinated(doc: Doc, ms: EntityMention[]): EntityMention[] {
  let alone: Set<string> | null = null;
  const out: EntityMention[] = [];
  for (const m of ms) {
    const parts = conjuncts(doc, m);
    if (!parts || JOINT_NAMES.has(listKey(m.text))) { out.push(m); continue; }
    alone ??= new Set(ms.map((x) => nameKey(x.text)));
    const names = alone;
    if (m.type === 'organization' && !parts.every(([a, b]) => names.has(nameKey(slice(doc, a, b))))) { out.push(m); continue; }
    for (const [a, b] of parts) out.push(sub(doc, m, a, b));
  }
  return out;
}

/** Gazetteer flags of a word, remembered per spelling. */
const gazetteerFlags = memo((text: string): number => GAZETTEER.get(text.toLowerCase()) ?? 0);

const knownFirst = (t: Token): boolean => (gazetteerFlags(t.text) & GAZ_FIRST) !== 0;

const isTitleToken = (t: Token): boolean => {
  const low = t.text.toLowerCase().replace(/\.$/, '');
  return isRoleHead(t.text) || isHonorific(t.text) || TITLE_MODIFIERS.has(low) || countryOf(t.text) !== null
    || low === 'of' || /^[A-Z]{2,4}$/.test(t.text.replace(/\./g, ''));
};

/**
 * A person's name glued to the end of a body's name or title, as the tagger sometimes writes it: "US Secretary of
 * State Marco Rubio" → "Marco Rubio"; "Acme Air Force Jane Roe" → "Acme Air Force" and "Jane Roe". The name is the
 * last two or three capitalised words, starting with a known first name and not ending in a body's word.
 */
function splitGluedPerson(doc: Doc, m: EntityMention): EntityMention[] {
  if (m.type === 'person' || m.tokenEnd - m.tokenStart < 3) return [m];
  const toks = doc.tokens;
  if ((gazetteerFlags(toks[m.tokenEnd - 1]!.text) & GAZ_ORG_END) !== 0) return [m];
  for (const size of [2, 3]) {
    const k = m.tokenEnd - size;
    if (k <= m.tokenStart) break;
    const first = toks[k]!;
    if (!knownFirst(first)) continue;
    if (!toks.slice(k, m.tokenEnd).every((t) => isCapitalised(t) && /^\p{L}/u.test(t.text))) continue;
    const before = toks.slice(m.tokenStart, k);
    if (!before.every((t) => isCapitalised(t) || t.pos === 'PUNCT' || t.norm === 'of')) continue;
    const person = sub(doc, m, k, m.tokenEnd, 'person');
    // A title before the name is not a body: it stays outside every mention and the title rules read it.
    if (before.some((t) => isRoleHead(t.text)) && before.every(isTitleToken)) return [person];
    if (before.some((t) => isRoleHead(t.text))) return [m];
    return [sub(doc, m, m.tokenStart, k), person];
  }
  return [m];
}

/** Type fixes from lists and from the words around the mention. */
function retype(doc: Doc, m: EntityMention, reporters: ReadonlySet<number>): EntityMention {
  const lowBefore = lower(doc.tokens[m.tokenStart - 1]);
  const lowAfter = lower(doc.tokens[m.tokenEnd]);
  if (listedOf(m.text) || reporters.has(m.tokenStart) || (ORG_AFTER.has(lowAfter) && !looksPerson(doc, m))
    || (m.type !== 'person' && lowBefore === 'the' && lower(doc.tokens[m.tokenStart - 2]) === 'told')) {
    return { ...m, type: 'organization', via: TYPED };
  }
  if (m.type !== 'person' && m.type !== 'place' && m.tokenEnd - m.tokenStart >= 2) {
    const last = doc.tokens[m.tokenEnd - 1]!;
    if (isCapitalised(last) && FACILITY_HEADS.has(last.norm)) return { ...m, type: 'place', via: TYPED };
  }
  if (m.tokenEnd - m.tokenStart === 1 && m.type !== 'person') {
    // A language: "speaking in Dravanian", "translated from Vesk", "Dravanian speakers".
    // "speaking from Doha" is where the speaker stands; only a translation comes from a language
    const verb = doc.tokens[m.tokenStart - 2]?.norm ?? '';
    const inLanguage = lowBefore === 'from' ? TRANSLATION_WORDS.has(verb) : IN_LANGUAGE.has(lowBefore) && LANGUAGE_VERBS.has(verb);
    if (inLanguage || LANGUAGE_AFTER.has(lowAfter)) {
      return { ...m, type: 'other', via: TYPED };
    }
    if (PLACE_BEFORE.has(lowBefore) || (lowBefore === 'of' && PLACE_BEFORE.has(lower(doc.tokens[m.tokenStart - 2])))
      || PLACE_AFTER.has(lowAfter)) return { ...m, type: 'place', via: TYPED };
  }
  return m;
}

/** A building or street that stands for a body, or an online platform: an organisation ("the Kremlin", "Telegram"). */
const listedBody = memo((text: string): boolean => {
  const key = listKey(text);
  return METONYMS.has(key) || PLATFORMS.has(key);
});

/** listedBody, kept in the mention text's record. */
function listedOf(text: string): boolean {
  const info = textInfo(text);
  if (info.listed === -1) info.listed = listedBody(text) ? 1 : 0;
  return info.listed === 1;
}

/** A person's full name before "staff" is still a person ("Ana Lisle staff" is rare, "the Lisle staff" is not). */
function looksPerson(doc: Doc, m: EntityMention): boolean {
  return m.type === 'person' && (m.tokenEnd - m.tokenStart === 1 || knownFirst(doc.tokens[m.tokenStart]!));
}

/** The normal form of a lower-case word, else "". */
const lower = (t: Token | undefined): string => (t && !isCapitalised(t) ? t.norm : '');

/** `via` of a mention whose type a list or the words around it decided: the corpus vote trusts it more. */
export const TYPED = 'typed';

/** Lower-case words after a name that make it a newsroom: "Harbour Ledger staff", "Radio Sarn newsroom". */
const IN_LANGUAGE: ReadonlySet<string> = new Set(['in', 'into']);
const TRANSLATION_WORDS: ReadonlySet<string> = new Set(['translated', 'translating', 'translation', 'dubbed', 'subtitled']);
const LANGUAGE_VERBS: ReadonlySet<string> = new Set(['speak', 'speaks', 'spoke', 'speaking', 'spoken', 'translated', 'translating', 'translation', 'written', 'wrote', 'dubbed', 'subtitled', 'fluent', 'sang', 'sung', 'broadcast', 'interviewed', 'interview']);
const LANGUAGE_AFTER: ReadonlySet<string> = new Set(['speakers', 'speaker', 'translation', 'translator', 'translators', 'dialect', 'dialects']);
const ORG_AFTER: ReadonlySet<string> = new Set(['staff', 'newsroom', 'staffers', 'subscribers', 'readers', 'listeners', 'viewers']);

/** Ends in "'s" or "’s" (lower-case s), read from the character codes. */
function endsPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115) return false;
  const q = text.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
}

/** Token starts of names written as "<Name>'s <Person>, reporting": the outlet of a correspondent. */
function reporterOutlets(doc: Doc, ms: readonly EntityMention[]): ReadonlySet<number> {
  let starts: Map<number, EntityMention> | null = null;
  const out = new Set<number>();
  for (const m of ms) {
    const poss = isPossessive(doc.tokens[m.tokenEnd]);
    const inside = !poss && endsPossessive(m.text) ? m.tokenEnd : -1;
    if (!poss && inside < 0) continue;
    starts ??= new Map(ms.map((x) => [x.tokenStart, x]));
    const next = poss ? starts.get(m.tokenEnd + 1) : starts.get(inside);
    if (!next || next.type === 'organization' || next.type === 'place') continue;
    if (doc.tokens[next.tokenEnd]?.text === ',' && doc.tokens[next.tokenEnd + 1]?.norm === 'reporting') out.add(m.tokenStart);
  }
  return out;
}

/** "Al Jazeera's Sinem Koseoglu" as one mention → the owner (type unsure) and the name after the possessive. */
function splitPossessive(doc: Doc, m: EntityMention): EntityMention[] {
  for (let p = m.tokenStart + 1; p < m.tokenEnd - 1; p++) {
    if (!isPossessive(doc.tokens[p])) continue;
    if (!isCapitalised(doc.tokens[p + 1]!)) return [m];
    return [sub(doc, m, m.tokenStart, p, 'other'), sub(doc, m, p + 1, m.tokenEnd)];
  }
  return [m];
}

export function cleanMentions(doc: Doc, given: readonly EntityMention[]): EntityMention[] {
  const pieces: EntityMention[] = [];
  for (const m of given) {
    if (m.tokenEnd - m.tokenStart === 1 && NOT_NAMES.has(doc.tokens[m.tokenStart]!.pos)) continue;
    // Two tokens hold no possessive inside, no glued name and no "and": nothing to split.
    if (m.tokenEnd - m.tokenStart <= 2) { pieces.push(m); continue; }
    for (const p of splitPossessive(doc, m)) for (const q of splitGluedPerson(doc, p)) pieces.push(q);
  }
  const split = splitCoordinated(doc, pieces);
  const reporters = reporterOutlets(doc, split);
  return split.map((m) => retype(doc, m, reporters));
}
