/** Every rule, in the order their candidates are proposed (overlaps are settled later, longest first). */
import type { Rule } from './candidate.ts';
import { dateRules } from './rules-dates.ts';
import { relativeRules } from './rules-relative.ts';
import { clockRules } from './rules-clock.ts';
import { extentRules } from './rules-extent.ts';
import { spokenRules } from './rules-spoken.ts';
import { anchoredRules } from './rules-anchored.ts';
import { partRules } from './rules-parts.ts';

export const RULES: readonly Rule[] = [...dateRules, ...relativeRules, ...clockRules, ...extentRules, ...spokenRules, ...anchoredRules, ...partRules];
