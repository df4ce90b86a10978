/**
 * Words that name a role or an office. A role head ends a title ("Defence Minister", "intelligence chief") or a
 * role noun phrase ("the Kremlin's spokesman"); an honorific stands just before a name ("Dr.", "Mr").
 */
import { memo } from './memo.ts';

/** Role heads, singular, lower case. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokesmen', 'ambassador', 'envoy', 'negotiator', 'aide', 'adviser', 'advisor', 'chief', 'head',
  'leader', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'representative', 'lawmaker', 'mp',
  'deputy', 'commander', 'general', 'admiral', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'officer',
  'director', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'executive',
  'manager', 'judge', 'justice', 'prosecutor', 'attorney', 'lawyer', 'king', 'queen', 'prince', 'princess',
  'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'patriarch', 'imam', 'rabbi', 'pastor', 'sheikh',
  'emir', 'sultan', 'ayatollah', 'dictator', 'official', 'diplomat', 'correspondent', 'reporter', 'editor',
  'analyst', 'economist', 'professor', 'researcher', 'scientist', 'spokesperson', 'strongman', 'tycoon',
  'billionaire', 'oligarch', 'businessman', 'businesswoman', 'candidate', 'nominee', 'speaker', 'whip',
  'delegate', 'mediator', 'counterpart', 'coach', 'striker', 'captain', 'owner', 'partner', 'member', 'envoy',
  'inspector', 'commissioner', 'ombudsman', 'counsel', 'attache', 'consul', 'marshal', 'superintendent',
  'principal', 'dean', 'rector', 'provost', 'treasurer', 'comptroller', 'auditor', 'regent', 'monarch',
  'prime', 'activist', 'dissident', 'opposition', 'hardliner', 'hawk', 'loyalist', 'ally', 'critic', 'rival',
  'designer', 'engineer', 'architect', 'pilot', 'author', 'writer', 'actor', 'actress', 'singer', 'musician',
  'player', 'athlete', 'champion', 'president-elect', 'chief executive', 'vp',
]);

/** Honorifics written before a name. Mr/Mrs/Ms carry no role and make no descriptor. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr', 'sr', 'sen', 'rep',
  'gen', 'col', 'lt', 'capt', 'cpt', 'maj', 'sgt', 'adm', 'gov', 'pres', 'hon', 'st',
]);

export const EMPTY_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Words that may stand inside a title before its head ("Deputy Foreign Minister", "Prime Minister"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'acting', 'interim', 'former', 'ex', 'prime', 'foreign', 'defence', 'defense', 'interior',
  'finance', 'justice', 'health', 'education', 'culture', 'trade', 'economy', 'energy', 'state', 'home', 'chief',
  'senior', 'top', 'first', 'general', 'supreme', 'grand', 'executive', 'press', 'national', 'security',
  'presidential', 'foreign-policy', 'intelligence', 'military', 'armed', 'forces', 'staff', 'lead', 'assistant',
  'associate', 'special', 'attorney', 'crown', 'opposition', 'party', 'world', 'union', 'federal', 'regional',
]);

/** "Ministers" → "minister", "Dr." → "dr": the form looked up in these lists. */
export const lexKey = memo((word: string): string => {
  const w = word.toLowerCase().replace(/[.’']/g, '');
  return w.endsWith('s') && ROLE_HEADS.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
});

export const isRoleHead = memo((word: string): boolean => ROLE_HEADS.has(lexKey(word)));
export const isHonorific = memo((word: string): boolean => HONORIFICS.has(word.toLowerCase().replace(/\.$/, '')));
