/** What each rule proposes before overlaps are settled. */
import type { TimexType } from '../brief/types.ts';
import type { Day } from './calendar.ts';
import type { Dir } from './resolve.ts';
import type { Gate } from './gate.ts';

/**
 * `day`: a DATE of day granularity (may take a clock time); `clock`: a time of day with no date of its own;
 * `quarter`: a YYYY-Qn date (anchors "a year earlier"); `other`: the rest.
 */
export type CandidateKind = 'day' | 'clock' | 'quarter' | 'other';

export interface Candidate {
  start: number;
  end: number;
  value: string;
  type: TimexType;
  kind: CandidateKind;
  /** Higher wins between two candidates of the same length. */
  prio: number;
  /** For `day`: the resolved day; for `clock`: minutes after midnight. */
  day?: Day | null;
  minutes?: number;
  /**
   * For an anchored placeholder: what to give when the text offers nothing to lean on ("a day earlier" with no date
   * before it is the stretch "a day", P1D).
   */
  fallback?: { end: number; value: string; type: TimexType };
}

export interface RuleContext {
  text: string;
  dct: Day | null;
  /** Direction of the clause around [start, end). */
  dir(start: number, end: number): Dir;
}

export interface Rule {
  name: string;
  re: RegExp;
  prio: number;
  /** The keys every match contains; the rule reads only the text around them. */
  gate: Gate;
  /** Returns the candidate for a match (offsets default to the whole match), or null to skip it. */
  make(m: RegExpExecArray, ctx: RuleContext): Omit<Candidate, 'prio' | 'start' | 'end'> & Partial<Pick<Candidate, 'start' | 'end'>> | null;
}
