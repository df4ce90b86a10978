/** An in-memory store: for tests, browsers and one-off runs. Passes the same conformance suite as SQLite. */
import type { NewArticle, Store, StoredArticle, StorySummary } from './types.ts';

export function openMemoryStore(): Store {
  const rows: StoredArticle[] = [];
  const hashes = new Set<string>();
  const state = new Map<string, string>();
  return {
    addArticles(articles) {
      return articles.map((a: NewArticle) => {
        if (hashes.has(a.hash)) return null;
        hashes.add(a.hash);
        const id = rows.length + 1;
        rows.push({ ...a, id, story: null, duplicateOf: null, index: null });
        return id;
      });
    },
    setLinks(links) {
      for (const l of links) {
        const r = rows[l.id - 1];
        if (r) Object.assign(r, { story: l.story, duplicateOf: l.duplicateOf, index: l.index });
      }
    },
    getArticle: (id) => rows[id - 1] ?? null,
    allArticles: () => [...rows],
    articlesOfStory: (story) =>
      rows.filter((r) => r.story === story).sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id - b.id),
    stories(): StorySummary[] {
      const by = new Map<number, StoredArticle[]>();
      for (const r of rows) if (r.story !== null) (by.get(r.story) ?? by.set(r.story, []).get(r.story)!).push(r);
      return [...by].map(([id, list]) => {
        const dates = list.map((r) => r.published).filter((d): d is string => Boolean(d)).sort();
        return {
          id, title: list.find((r) => r.title)?.title ?? `story ${id}`, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null,
          articles: list.length, outlets: [...new Set(list.map((r) => r.outlet).filter((o): o is string => Boolean(o)))].sort(),
        };
      }).sort((a, b) => b.articles - a.articles || (b.last ?? '').localeCompare(a.last ?? '') || a.id - b.id);
    },
    search(query, limit = 20) {
      const words = (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      if (!words.length) return [];
      return rows
        .map((r) => {
          const hay = `${r.title ?? ''} ${r.text}`.toLowerCase();
          return { r, hits: words.every((w) => hay.includes(w)) ? words.reduce((n, w) => n + hay.split(w).length - 1, 0) : 0 };
        })
        .filter((x) => x.hits > 0)
        .sort((a, b) => b.hits - a.hits || a.r.id - b.r.id)
        .slice(0, limit)
        .map(({ r }) => {
          const at = r.text.toLowerCase().indexOf(words[0]!);
          return { id: r.id, title: r.title, source: r.source, snippet: r.text.slice(Math.max(0, at - 40), at + 60) };
        });
    },
    getState: (key) => state.get(key) ?? null,
    setState: (key, value) => void state.set(key, value),
    count: () => rows.length,
    close: () => undefined,
  };
}
