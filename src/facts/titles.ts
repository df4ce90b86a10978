/**
 * Titles and offices written before a name ("Former U.S. Secretary of State", "Defence Minister") and their normal
 * form: spelling unified, nationality and country qualifiers dropped, "former" kept apart.
 */

/** Nouns that head an office. */
const HEADS = [
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'mayor', 'senator', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'negotiator', 'chief', 'commander',
  'director', 'chairman', 'chairwoman', 'chair', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'judge',
  'justice', 'speaker', 'leader', 'representative', 'rep.', 'sen.', 'gov.', 'gen.', 'ceo', 'head', 'attorney',
  'prosecutor', 'lawmaker', 'congressman', 'congresswoman', 'mp', 'emir', 'sheikh', 'sultan', 'prime', 'vice',
  'deputy', 'foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'culture', 'health', 'education',
  'energy', 'trade', 'agriculture', 'home', 'affairs', 'state', 'treasury', 'intelligence', 'ministry', 'presidential',
  'acting', 'interim', 'former', 'ex', 'then', 'top', 'senior', 'chief', 'military', 'army', 'security', 'national',
  'transport', 'labour', 'labor', 'environment', 'justice', 'information', 'communications', 'secretary-general',
  'engineer', 'manager', 'executive', 'officer', 'inspector', 'commissioner', 'coach', 'editor', 'founder',
  'ousted', 'deposed', 'sacked', 'fired', 'late', 'retired', 'exiled', 'jailed', 'onetime', 'erstwhile',
  'outgoing', 'last', 'caretaker', 'incoming', 'designate', 'elect',
  'of', 'the',
];
const TITLE_WORDS = new Set(HEADS);
/** Words that only join or grade a title; never a title on their own. */
const GLUE = new Set(['of', 'the', 'former', 'ex', 'then', 'acting', 'interim', 'top', 'senior']);
/** Words that say the office is no longer held. */
const PAST = new Set(['former', 'ousted', 'deposed', 'sacked', 'fired', 'late', 'retired', 'exiled', 'jailed', 'onetime', 'erstwhile']);
/** Words that leave unclear whether the office is held now ("outgoing", "the last … president", "then"). */
const UNSURE = new Set(['outgoing', 'last', 'then', 'acting', 'interim', 'caretaker', 'incoming', 'designate', 'elect']);
/** Office-holder nouns: the head of a normalised title. */
const OFFICE = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'mayor', 'senator', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'negotiator', 'chief', 'commander', 'director',
  'chairman', 'chair', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'judge', 'speaker', 'leader',
  'representative', 'attorney', 'prosecutor', 'lawmaker', 'congressman', 'mp', 'emir', 'sheikh', 'sultan',
  'secretary-general', 'engineer', 'manager', 'executive', 'officer', 'inspector', 'commissioner', 'coach', 'editor',
  'founder',
]);
/** Offices one person rarely holds two of at once: two different ones for one person are a conflict. Roles such
 * as aide, adviser, negotiator, envoy, leader, head or chief sit beside an office and never conflict with one. */
const EXCLUSIVE = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'mayor', 'senator', 'ambassador',
  'director', 'engineer', 'chair', 'ceo', 'judge', 'prosecutor', 'spokesperson', 'general', 'commander', 'king',
  'queen', 'pope', 'speaker', 'attorney', 'representative', 'congressman', 'mp', 'emir', 'sultan', 'manager',
  'secretary-general', 'inspector', 'commissioner', 'coach', 'editor',
]);
export const isExclusiveOffice = (head: string): boolean => EXCLUSIVE.has(head);
const SPELLING: Readonly<Record<string, string>> = {
  defense: 'defence', advisor: 'adviser', labor: 'labour', 'rep.': 'representative', 'sen.': 'senator',
  'gov.': 'governor', 'gen.': 'general', chairwoman: 'chair', chairman: 'chair', spokeswoman: 'spokesperson',
  spokesman: 'spokesperson', congresswoman: 'congressman', ex: 'former', premier: 'prime minister',
};

export const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word.toLowerCase());

export interface Title {
  /** "secretary of state", "defence minister" */
  office: string;
  /** "secretary", "minister" */
  head: string;
  /** The words of the office other than the head ("state", "defence"). */
  words: string[];
  former: boolean;
  /** Whether the office is held now cannot be told ("outgoing Premier", "the last president"). */
  unsure: boolean;
}

/** "Former U.S. Secretary of State" → { office: 'secretary of state', head: 'secretary', former: true }. */
export function normaliseTitle(text: string): Title | null {
  const raw = text.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/)
    .flatMap((w) => (TITLE_WORDS.has(w) ? [w] : w.split('-')))
    .filter(Boolean);
  const words = raw.flatMap((w) => (SPELLING[w] ?? w).split(' ')).filter((w) => TITLE_WORDS.has(w));
  const former = words.some((w) => PAST.has(w));
  const unsure = words.some((w) => UNSURE.has(w));
  const kept = words.filter((w) => (!GLUE.has(w) && !PAST.has(w) && !UNSURE.has(w)) || w === 'of');
  while (kept[0] === 'of') kept.shift();
  while (kept[kept.length - 1] === 'of') kept.pop();
  // the head: the last office noun before any "of" phrase ("secretary of state"), else the last office noun
  const ofAt = kept.indexOf('of');
  const scope = ofAt >= 0 ? kept.slice(0, ofAt) : kept;
  let head: string | null = null;
  for (const w of scope) if (OFFICE.has(w)) head = w;
  if (!head) for (const w of kept) if (OFFICE.has(w)) head = w;
  if (!head) return null;
  const office = kept.join(' ');
  return { office, head, words: kept.filter((w) => w !== head && w !== 'of'), former, unsure };
}
