/**
 * A small action lexicon: verbs that say the same thing share a class ("travel", "attend", "take part" → attend).
 * Verbs not listed are their own class (their stem). Reporting and light verbs are "generic": they frame a
 * statement but do not make two statements the same fact.
 */
import { stem } from './stem.ts';

const CLASSES: Readonly<Record<string, readonly string[]>> = {
  attend: ['attend', 'join', 'participate', 'take part', 'go', 'travel', 'show up', 'turn up', 'visit', 'be present'],
  arrive: ['arrive', 'land', 'reach', 'come'],
  meet: ['meet', 'get together', 'sit down', 'hold talks', 'talk with', 'host'],
  propose: ['propose', 'suggest', 'offer', 'call for', 'put forward', 'float'],
  urge: ['urge', 'press', 'call on', 'pressure', 'push', 'demand', 'ask'],
  reject: ['reject', 'refuse', 'dismiss', 'rebuff', 'spurn', 'balk', 'baulk', 'turn down'],
  accept: ['accept', 'agree', 'approve', 'endorse', 'back', 'sign'],
  kill: ['kill', 'die', 'slay', 'perish', 'dead'],
  injure: ['injure', 'wound', 'hurt'],
  lead: ['lead', 'head', 'chair', 'helm'],
  send: ['send', 'dispatch', 'deploy'],
  criticise: ['criticise', 'criticize', 'condemn', 'slam', 'blast', 'denounce', 'accuse', 'attack verbally'],
  attack: ['attack', 'strike', 'shell', 'bomb', 'invade', 'hit'],
  negotiate: ['negotiate', 'discuss', 'hold negotiations'],
  occupy: ['occupy', 'control', 'seize', 'capture'],
  warn: ['warn', 'threaten'],
  appoint: ['appoint', 'name', 'nominate', 'pick', 'choose', 'select', 'designate'],
  resign: ['resign', 'quit', 'step down'],
  arrest: ['arrest', 'detain', 'hold in custody'],
  impose: ['impose', 'sanction', 'levy'],
  expect: ['expect', 'anticipate', 'be due', 'be set', 'be scheduled', 'be slated'],
  happen: ['happen', 'take place', 'occur', 'be held'],
  leave: ['leave', 'depart', 'exit', 'withdraw'],
  rise: ['rise', 'increase', 'grow', 'climb', 'jump', 'surge'],
  fall: ['fall', 'decrease', 'drop', 'decline', 'plunge', 'slump'],
  win: ['win', 'defeat', 'beat'],
  lose: ['lose'],
  release: ['release', 'free'],
  announce: ['announce', 'unveil', 'reveal', 'disclose'],
  supply: ['supply', 'provide', 'serve', 'deliver', 'furnish'],
  evacuate: ['evacuate', 'flee', 'leave home', 'move out'],
};

/** Reporting and light verbs: a shared one does not make two statements the same fact on its own. */
const GENERIC = [
  'say', 'tell', 'add', 'state', 'note', 'remark', 'claim', 'insist', 'report', 'accord', 'confirm', 'write',
  'speak', 'comment', 'explain', 'describe', 'call', 'be', 'have', 'do', 'make', 'get', 'give', 'take', 'put',
  'seem', 'appear', 'remain', 'become', 'keep', 'continue', 'begin', 'start', 'want', 'need', 'try', 'see', 'think',
  'believe', 'know', 'let', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'plan',
  'intend', 'hope', 'aim', 'seek', 'look', 'come', 'use', 'show',
];

/** Adjectives that say what happened to whom ("three people are missing", "29 injured"): they act as verbs. */
export const PREDICATE_ADJECTIVES = new Set([
  'missing', 'dead', 'injured', 'wounded', 'homeless', 'displaced', 'detained', 'hospitalised', 'hospitalized',
  'unaccounted', 'stranded', 'trapped', 'evacuated', 'killed',
]);

/**
 * Nouns that name an action of the lexicon, with its polarity: "Varnik's absence from the talks" says she did not
 * attend, "her participation" that she did. The one whose noun it is stands before it ("X's", "his") or after "of".
 */
export const NOMINAL_ACTIONS: ReadonlyMap<string, { cls: string; negative: boolean }> = new Map([
  ['absence', { cls: 'attend', negative: true }],
  ['no-show', { cls: 'attend', negative: true }],
  ['non-attendance', { cls: 'attend', negative: true }],
  ['nonattendance', { cls: 'attend', negative: true }],
  ['attendance', { cls: 'attend', negative: false }],
  ['participation', { cls: 'attend', negative: false }],
]);

/** Predicate adjectives that say what their subject did ("Varnik was absent"): a class, a polarity, and the
 * actor before them is who acts (unlike "injured", whose subject undergoes it). */
export const ACTING_ADJECTIVES: ReadonlyMap<string, { cls: string; negative: boolean }> = new Map([
  ['absent', { cls: 'attend', negative: true }],
]);

/** Words that negate the verb that follows within a few words ("not", "no plans to", "never"). */
export const NEGATORS = new Set(['not', "n't", 'n’t', 'no', 'never', 'neither', 'nor', 'without', 'cannot']);
/** Verbs whose infinitive complement is negated: "declined to attend" means did not attend. */
export const NEGATING_VERBS = new Set(['declin', 'refus', 'fail', 'reject', 'deny', 'rule out'].map((w) => w.split(' ').map(stem).join(' ')));

const single = new Map<string, string>();
const phrasal = new Map<string, string>();
for (const [cls, words] of Object.entries(CLASSES)) {
  for (const w of words) {
    const parts = w.split(' ').map(stem);
    if (parts.length === 1) single.set(parts[0]!, cls);
    else phrasal.set(parts.join(' '), cls);
  }
}
const generic = new Set(GENERIC.map(stem));

/** The class of a verb given its stem and the stem of the word after it ("take" + "part" → attend). */
export function actionClass(verbStem: string, nextStem: string | null): { cls: string; words: number } {
  if (nextStem !== null) {
    const p = phrasal.get(`${verbStem} ${nextStem}`);
    if (p) return { cls: p, words: 2 };
  }
  return { cls: single.get(verbStem) ?? verbStem, words: 1 };
}

export const isGeneric = (cls: string): boolean => generic.has(cls) && !single.has(cls);
