/**
 * validateBrief(brief) → problems: checks a value against the corroborate.brief/1 contract (types.ts, docs/brief.md)
 * at run time. An empty list means valid. Each problem names the path ("quotes[2].start") and what was wrong.
 * Unknown extra fields are allowed: additive changes keep the schema at /1, so readers must tolerate them.
 */
import { BRIEF_SCHEMA } from './types.ts';

type Obj = Record<string, unknown>;

const PUBLISHED_FROM = ['header', 'text', 'html', 'metadata', 'inferred'];
const REMOVED_KINDS = ['date-head', 'headline', 'updated', 'byline', 'dateline', 'credit', 'subhead', 'related', 'boilerplate'];
const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const ENTITY_TYPES = ['person', 'organization', 'place', 'other'];
const QUOTE_KINDS = ['speech', 'scare'];
const SUPPORT = ['corroborated', 'single'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

class Checker {
  readonly problems: string[] = [];
  readonly texts = new Map<string, string>();
  readonly entityIds = new Set<string>();
  readonly quoteIds = new Map<string, Obj>();
  readonly groupIds = new Set<string>();

  add(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  field(o: Obj, key: string, path: string, want: 'string' | 'number' | 'boolean', nullable = false): boolean {
    const v = o[key];
    if (!(key in o)) { this.add(`${path}.${key}`, 'missing'); return false; }
    if (v === null && nullable) return false;
    if (typeof v !== want) {
      this.add(`${path}.${key}`, `expected ${want}${nullable ? ' or null' : ''}, found ${show(v)}`);
      return false;
    }
    return true;
  }

  oneOf(o: Obj, key: string, path: string, allowed: string[], nullable = false): void {
    if (!this.field(o, key, path, 'string', nullable)) return;
    if (!allowed.includes(o[key] as string)) this.add(`${path}.${key}`, `expected one of ${allowed.join('|')}, found ${show(o[key])}`);
  }

  array(o: Obj, key: string, path: string): unknown[] {
    const v = o[key];
    if (!Array.isArray(v)) { this.add(`${path}.${key}`, key in o ? `expected an array, found ${show(v)}` : 'missing'); return []; }
    return v;
  }

  objects(o: Obj, key: string, path: string, each: (item: Obj, path: string) => void): void {
    this.array(o, key, path).forEach((item, i) => {
      const p = `${path}.${key}[${i}]`;
      if (isObj(item)) each(item, p);
      else this.add(p, `expected an object, found ${show(item)}`);
    });
  }

  strings(o: Obj, key: string, path: string): string[] {
    const items = this.array(o, key, path);
    items.forEach((s, i) => { if (typeof s !== 'string') this.add(`${path}.${key}[${i}]`, `expected a string, found ${show(s)}`); });
    return items.filter((s): s is string => typeof s === 'string');
  }

  articleRef(v: unknown, path: string): boolean {
    if (typeof v !== 'string') { this.add(path, `expected an article id, found ${show(v)}`); return false; }
    if (!this.texts.has(v)) { this.add(path, `no article ${show(v)}`); return false; }
    return true;
  }

  articleRefs(o: Obj, key: string, path: string): Set<string> {
    const items = this.array(o, key, path);
    items.forEach((a, i) => this.articleRef(a, `${path}.${key}[${i}]`));
    return new Set(items.filter((a): a is string => typeof a === 'string'));
  }

  entityRef(o: Obj, key: string, path: string, nullable: boolean): void {
    const v = o[key];
    if (!(key in o)) { this.add(`${path}.${key}`, 'missing'); return; }
    if (v === null && nullable) return;
    if (typeof v !== 'string' || !this.entityIds.has(v)) this.add(`${path}.${key}`, `no entity ${show(v)}`);
  }

  /** start/end: integers, 0 ≤ start < end ≤ text length (the cited words are never empty). */
  span(o: Obj, path: string, article: string | null): void {
    const okStart = this.field(o, 'start', path, 'number');
    const okEnd = this.field(o, 'end', path, 'number');
    if (!okStart || !okEnd || article === null) return;
    const text = this.texts.get(article);
    if (text === undefined) return;
    const start = o.start as number;
    const end = o.end as number;
    if (!Number.isInteger(start) || !Number.isInteger(end)) this.add(path, `offsets must be integers, found ${start}–${end}`);
    else if (start < 0 || end > text.length || start >= end) this.add(path, `offsets ${start}–${end} are not a non-empty span of ${article} (length ${text.length})`);
    else if (text.slice(start, end).trim() === '') this.add(path, `offsets ${start}–${end} cite only white space in ${article}`);
  }

  /** An Evidence or Mention: {article, start, end}. */
  cited(o: Obj, path: string): string | null {
    const article = this.articleRef(o.article, `${path}.article`) ? (o.article as string) : null;
    this.span(o, path, article);
    return article;
  }

  /** evidence[]: each cited span, and each from an article the item lists. */
  evidence(o: Obj, path: string, listed: Set<string>, required: boolean): void {
    const items = this.array(o, 'evidence', path);
    if (required && items.length === 0 && Array.isArray(o.evidence)) this.add(`${path}.evidence`, 'is empty: every item must cite its words');
    this.objects(o, 'evidence', path, (e, p) => {
      const a = this.cited(e, p);
      if (a !== null && !listed.has(a)) this.add(`${p}.article`, `${a} is cited but not listed in articles`);
    });
  }

  uniqueId(o: Obj, path: string, seen: Set<string> | Map<string, Obj>): string | null {
    if (!this.field(o, 'id', path, 'string')) return null;
    const id = o.id as string;
    if (id === '') { this.add(`${path}.id`, 'is empty'); return null; }
    if (seen.has(id)) this.add(`${path}.id`, `duplicate id ${show(id)}`);
    return id;
  }
}

function checkArticles(c: Checker, brief: Obj): void {
  const ids = new Set<string>();
  // First pass: ids and texts, so that later references (duplicateOf) can be resolved in any order.
  c.array(brief, 'articles', 'brief').forEach((a) => {
    if (isObj(a) && typeof a.id === 'string' && typeof a.text === 'string' && !c.texts.has(a.id)) c.texts.set(a.id, a.text);
  });
  c.objects(brief, 'articles', 'brief', (a, p) => {
    const id = c.uniqueId(a, p, ids);
    if (id !== null) ids.add(id);
    c.field(a, 'source', p, 'string');
    for (const key of ['title', 'outlet', 'byline', 'dateline']) c.field(a, key, p, 'string', true);
    c.strings(a, 'credits', p);
    if (c.field(a, 'published', p, 'string', true) && !ISO_DAY.test(a.published as string)) {
      c.add(`${p}.published`, `expected YYYY-MM-DD, found ${show(a.published)}`);
    }
    c.oneOf(a, 'publishedFrom', p, PUBLISHED_FROM, true);
    if ((a.published === null) !== (a.publishedFrom === null)) c.add(`${p}.publishedFrom`, 'must be null exactly when published is null');
    if (c.field(a, 'updated', p, 'string', true) && !ISO_DAY.test(a.updated as string)) {
      c.add(`${p}.updated`, `expected YYYY-MM-DD, found ${show(a.updated)}`);
    }
    if (!('duplicateOf' in a)) c.add(`${p}.duplicateOf`, 'missing');
    else if (a.duplicateOf !== null) {
      if (c.articleRef(a.duplicateOf, `${p}.duplicateOf`) && a.duplicateOf === id) c.add(`${p}.duplicateOf`, 'an article cannot copy itself');
    }
    c.field(a, 'text', p, 'string');
    c.objects(a, 'removed', p, (r, rp) => {
      c.oneOf(r, 'kind', rp, REMOVED_KINDS);
      c.field(r, 'text', rp, 'string');
    });
    const own = id !== null && typeof a.text === 'string' ? id : null;
    c.objects(a, 'times', p, (t, tp) => {
      c.span(t, tp, own);
      if (c.field(t, 'text', tp, 'string') && own !== null) sliceEquals(c, t, tp, own);
      if (c.field(t, 'value', tp, 'string') && t.value === '') c.add(`${tp}.value`, 'is empty');
      c.oneOf(t, 'type', tp, TIMEX_TYPES);
    });
  });
}

/** o.text must be exactly the words its offsets cite. */
function sliceEquals(c: Checker, o: Obj, path: string, article: string): void {
  const text = c.texts.get(article);
  if (text === undefined || !Number.isInteger(o.start) || !Number.isInteger(o.end)) return;
  const slice = text.slice(o.start as number, o.end as number);
  if (slice !== o.text) c.add(`${path}.text`, `expected the words at ${o.start}–${o.end} of ${article} (${show(slice)}), found ${show(o.text)}`);
}

function checkEntities(c: Checker, brief: Obj): void {
  c.array(brief, 'entities', 'brief').forEach((e) => { if (isObj(e) && typeof e.id === 'string') c.entityIds.add(e.id); });
  const seen = new Set<string>();
  c.objects(brief, 'entities', 'brief', (e, p) => {
    const id = c.uniqueId(e, p, seen);
    if (id !== null) seen.add(id);
    if (c.field(e, 'name', p, 'string') && (e.name as string).trim() === '') c.add(`${p}.name`, 'is empty');
    c.oneOf(e, 'type', p, ENTITY_TYPES);
    c.strings(e, 'aliases', p);
    c.objects(e, 'roles', p, (r, rp) => {
      c.field(r, 'role', rp, 'string');
      c.articleRefs(r, 'articles', rp);
    });
    const listed = c.articleRefs(e, 'articles', p);
    c.objects(e, 'mentions', p, (m, mp) => {
      const a = c.cited(m, mp);
      if (a !== null && !listed.has(a)) c.add(`${mp}.article`, `${a} has a mention but is not listed in articles`);
    });
    if (e.merges !== undefined) {
      c.objects(e, 'merges', p, (x, xp) => { for (const k of ['from', 'to', 'rule']) c.field(x, k, xp, 'string'); });
    }
  });
}

function checkQuotes(c: Checker, brief: Obj): void {
  c.array(brief, 'quoteGroups', 'brief').forEach((g) => { if (isObj(g) && typeof g.id === 'string') c.groupIds.add(g.id); });
  c.objects(brief, 'quotes', 'brief', (q, p) => {
    const id = c.uniqueId(q, p, c.quoteIds);
    if (id !== null) c.quoteIds.set(id, q);
    const article = c.articleRef(q.article, `${p}.article`) ? (q.article as string) : null;
    c.span(q, p, article);
    if (c.field(q, 'text', p, 'string') && article !== null) sliceEquals(c, q, p, article);
    c.oneOf(q, 'kind', p, QUOTE_KINDS);
    c.entityRef(q, 'speaker', p, true);
    c.field(q, 'speakerName', p, 'string', true);
    if (!('speakerSpan' in q)) c.add(`${p}.speakerSpan`, 'missing');
    else if (q.speakerSpan !== null) {
      if (isObj(q.speakerSpan)) c.span(q.speakerSpan, `${p}.speakerSpan`, article);
      else c.add(`${p}.speakerSpan`, `expected {start, end} or null, found ${show(q.speakerSpan)}`);
    }
    if (!('group' in q)) c.add(`${p}.group`, 'missing');
    else if (q.group !== null && (typeof q.group !== 'string' || !c.groupIds.has(q.group))) c.add(`${p}.group`, `no quote group ${show(q.group)}`);
    // optional (additive in /1): the source credited for the quote, its name exactly the words at its span
    if ('via' in q) {
      const via = q.via;
      if (!isObj(via)) c.add(`${p}.via`, `expected {name, start, end}, found ${show(via)}`);
      else {
        c.span(via, `${p}.via`, article);
        if (c.field(via, 'name', `${p}.via`, 'string') && article !== null) {
          sliceEquals(c, { start: via.start, end: via.end, text: via.name }, `${p}.via`, article);
        }
      }
    }
  });
  const seen = new Set<string>();
  c.objects(brief, 'quoteGroups', 'brief', (g, p) => {
    const id = c.uniqueId(g, p, seen);
    if (id !== null) seen.add(id);
    c.entityRef(g, 'speaker', p, true);
    const members = c.strings(g, 'quotes', p);
    if (Array.isArray(g.quotes) && members.length < 2) c.add(`${p}.quotes`, 'a group needs at least two renderings');
    members.forEach((qid, i) => {
      const q = c.quoteIds.get(qid);
      if (!q) c.add(`${p}.quotes[${i}]`, `no quote ${show(qid)}`);
      else if (q.group !== id) c.add(`${p}.quotes[${i}]`, `quote ${qid} names group ${show(q.group)}, not ${show(id)}`);
    });
    c.objects(g, 'differences', p, (d, dp) => {
      if (c.field(d, 'quote', dp, 'string') && !members.includes(d.quote as string)) c.add(`${dp}.quote`, `${show(d.quote)} is not a quote of this group`);
      c.strings(d, 'only', dp);
    });
  });
}

function checkSections(c: Checker, brief: Obj): void {
  const seenFacts = new Set<string>();
  c.objects(brief, 'facts', 'brief', (f, p) => {
    const id = c.uniqueId(f, p, seenFacts);
    if (id !== null) seenFacts.add(id);
    c.field(f, 'text', p, 'string');
    const listed = c.articleRefs(f, 'articles', p);
    const outlets = c.strings(f, 'outlets', p);
    c.oneOf(f, 'support', p, SUPPORT);
    if (f.support === 'corroborated' && outlets.length < 2) c.add(`${p}.support`, `corroborated by ${outlets.length} outlet(s): needs two or more`);
    if (f.support === 'single' && outlets.length > 1) c.add(`${p}.support`, `single, but ${outlets.length} outlets are listed`);
    c.evidence(f, p, listed, true);
  });
  const seenConflicts = new Set<string>();
  c.objects(brief, 'conflicts', 'brief', (k, p) => {
    const id = c.uniqueId(k, p, seenConflicts);
    if (id !== null) seenConflicts.add(id);
    c.field(k, 'about', p, 'string');
    c.entityRef(k, 'entity', p, true);
    const variants = c.array(k, 'variants', p);
    if (Array.isArray(k.variants) && variants.length < 2) c.add(`${p}.variants`, 'a conflict needs at least two variants');
    c.objects(k, 'variants', p, (v, vp) => {
      c.field(v, 'value', vp, 'string');
      c.evidence(v, vp, c.articleRefs(v, 'articles', vp), true);
    });
  });
  c.objects(brief, 'timeline', 'brief', (t, p) => {
    if (c.field(t, 'date', p, 'string') && !/^\d{4}/.test(t.date as string)) c.add(`${p}.date`, `expected a TIMEX3 date value, found ${show(t.date)}`);
    c.field(t, 'text', p, 'string');
    c.evidence(t, p, c.articleRefs(t, 'articles', p), true);
    c.field(t, 'inferred', p, 'boolean');
  });
  c.objects(brief, 'framing', 'brief', (r, p) => {
    c.entityRef(r, 'entity', p, false);
    c.articleRef(r.article, `${p}.article`);
    c.strings(r, 'descriptors', p);
  });
  c.objects(brief, 'summary', 'brief', (s, p) => {
    const hasText = c.field(s, 'text', p, 'string');
    c.evidence(s, p, c.articleRefs(s, 'articles', p), true);
    if (s.attribution !== undefined) checkAttribution(c, s, p, hasText ? (s.text as string) : null);
  });
}

/** summary[].attribution: the outlet named and the offsets of the added words, a non-empty span of the sentence. */
function checkAttribution(c: Checker, s: Obj, path: string, text: string | null): void {
  const a = s.attribution;
  const p = `${path}.attribution`;
  if (!isObj(a)) { c.add(p, `expected an object, found ${show(a)}`); return; }
  if (c.field(a, 'outlet', p, 'string') && (a.outlet as string).trim() === '') c.add(`${p}.outlet`, 'is empty');
  if (!c.field(a, 'start', p, 'number') || !c.field(a, 'end', p, 'number') || text === null) return;
  const start = a.start as number;
  const end = a.end as number;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    c.add(p, `offsets ${start}–${end} are not a non-empty span of the sentence (length ${text.length})`);
  } else if (!text.slice(start, end).includes(a.outlet as string)) {
    c.add(p, `the added words ${show(text.slice(start, end))} do not name ${show(a.outlet)}`);
  }
}

export function validateBrief(brief: unknown): string[] {
  const c = new Checker();
  if (!isObj(brief)) return [`brief: expected an object, found ${show(brief)}`];
  if (brief.schema !== BRIEF_SCHEMA) c.add('brief.schema', `expected ${show(BRIEF_SCHEMA)}, found ${show(brief.schema)}`);
  checkArticles(c, brief);
  checkEntities(c, brief);
  checkQuotes(c, brief);
  checkSections(c, brief);
  return c.problems;
}
