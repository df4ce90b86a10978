/**
 * Corpus stage: every article's quotes as BriefQuote (ids q1…, speaker entity through corpus.mentionEntity, or for a
 * role-noun speaker the one person given that role: entities/merge/role-speaker.ts), and
 * groups of quotes that render the same statement of the same speaker.
 */
import type { Stage } from '../pipeline/stage.ts';
import type { Corpus, CorpusLayer } from '../analyze/types.ts';
import type { BriefQuote } from '../brief/types.ts';
import { groupQuotes, type GroupInput } from './group.ts';
import { entityForRole, indexRoles } from '../entities/merge/role-speaker.ts';

export function collectQuotes(corpus: Corpus): GroupInput[] {
  const names = new Map((corpus.entities ?? []).map((e) => [e.id, e.name]));
  const roles = indexRoles(corpus.entities ?? []);
  const out: GroupInput[] = [];
  for (const doc of corpus.docs) {
    const linked = corpus.mentionEntity?.[doc.id] ?? [];
    for (const q of doc.quotes ?? []) {
      const named = q.speakerMention !== null ? linked[q.speakerMention] ?? null : null;
      // "Russia's top negotiator said …" before the article names him: the one person some outlet gives that role.
      const entity = named ?? (q.kind === 'speech' && q.speakerName ? entityForRole(roles, q.speakerName, doc.id) : null);
      const quote: BriefQuote = {
        id: `q${out.length + 1}`,
        article: doc.id,
        start: q.start,
        end: q.end,
        text: doc.text.slice(q.start, q.end),
        kind: q.kind,
        speaker: entity,
        speakerName: q.speakerName,
        speakerSpan: q.speakerSpan ? { start: q.speakerSpan.start, end: q.speakerSpan.end } : null,
        group: null,
      };
      if (q.via) quote.via = { name: doc.text.slice(q.via.start, q.via.end), start: q.via.start, end: q.via.end };
      out.push({ quote, entity, entityName: entity ? names.get(entity) ?? null : null });
    }
  }
  return out;
}

export const quoteGroupsStage: Stage<Corpus, CorpusLayer> = {
  name: 'quoteGroupsStage',
  requires: ['entities'],
  assigns: ['quotes'],
  run: (corpus) => {
    const inputs = collectQuotes(corpus);
    const { groups, groupOf } = groupQuotes(inputs);
    const quotes = inputs.map((inp, i) => ({ ...inp.quote, group: groupOf[i] ?? null }));
    return { ...corpus, quotes, quoteGroups: groups };
  },
};
