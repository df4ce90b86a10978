/**
 * SQLite store (better-sqlite3): WAL journal, one transaction per batch, FTS5 full-text search kept in step by
 * triggers. A batch is committed whole or not at all, so an interrupted ingest loses nothing it had committed and
 * can simply be run again.
 */
import Database from 'better-sqlite3';
import { CorroborateError } from '../errors.ts';
import type { NewArticle, SearchHit, Store, StoredArticle, StorySummary } from './types.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  url TEXT,
  title TEXT,
  outlet TEXT,
  byline TEXT,
  published TEXT,
  text TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  story INTEGER,
  duplicate_of INTEGER REFERENCES articles(id),
  idx BLOB
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
PRAGMA user_version = 1;
`;

interface Row {
  id: number; source: string; url: string | null; title: string | null; outlet: string | null; byline: string | null;
  published: string | null; text: string; hash: string; story: number | null; duplicate_of: number | null; idx: Buffer | null;
}

const toArticle = (r: Row): StoredArticle => ({
  id: r.id, source: r.source, url: r.url, title: r.title, outlet: r.outlet, byline: r.byline, published: r.published,
  text: r.text, hash: r.hash, story: r.story, duplicateOf: r.duplicate_of, index: r.idx ? new Uint8Array(r.idx) : null,
});

/** FTS5 query from user words: each word a quoted term, so punctuation in a query is never FTS syntax. */
export function ftsQuery(query: string): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `"${w}"`).join(' ');
}

export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.exec(SCHEMA);
  } catch (e) {
    throw new CorroborateError('STORE_FAILED', { input: path, reason: (e as Error).message });
  }
  const insert = db.prepare(
    `INSERT INTO articles (source, url, title, outlet, byline, published, text, hash)
     VALUES (@source, @url, @title, @outlet, @byline, @published, @text, @hash) ON CONFLICT(hash) DO NOTHING`,
  );
  const link = db.prepare('UPDATE articles SET story = ?, duplicate_of = ?, idx = ? WHERE id = ?');
  const byId = db.prepare('SELECT * FROM articles WHERE id = ?');
  const all = db.prepare('SELECT * FROM articles ORDER BY id');
  const ofStory = db.prepare('SELECT * FROM articles WHERE story = ? ORDER BY published, id');
  const getState = db.prepare('SELECT value FROM state WHERE key = ?');
  const setState = db.prepare('INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const addMany = db.transaction((articles: readonly NewArticle[]) =>
    articles.map((a) => {
      const r = insert.run(a);
      return r.changes === 1 ? Number(r.lastInsertRowid) : null;
    }),
  );
  const linkMany = db.transaction((links: readonly { id: number; story: number; duplicateOf: number | null; index: Uint8Array }[]) => {
    for (const l of links) link.run(l.story, l.duplicateOf, Buffer.from(l.index), l.id);
  });

  return {
    addArticles: (articles) => addMany(articles),
    setLinks: (links) => linkMany(links),
    getArticle: (id) => {
      const r = byId.get(id) as Row | undefined;
      return r ? toArticle(r) : null;
    },
    allArticles: () => (all.all() as Row[]).map(toArticle),
    articlesOfStory: (story) => (ofStory.all(story) as Row[]).map(toArticle),
    stories(): StorySummary[] {
      const rows = db.prepare(
        `SELECT story AS id, MIN(published) AS first, MAX(published) AS last, COUNT(*) AS articles,
                group_concat(DISTINCT outlet) AS outlets,
                (SELECT title FROM articles b WHERE b.story = a.story AND b.title IS NOT NULL ORDER BY b.id LIMIT 1) AS title
         FROM articles a WHERE story IS NOT NULL GROUP BY story ORDER BY articles DESC, last DESC, story`,
      ).all() as { id: number; first: string | null; last: string | null; articles: number; outlets: string | null; title: string | null }[];
      return rows.map((r) => ({
        id: r.id, title: r.title ?? `story ${r.id}`, first: r.first, last: r.last, articles: r.articles,
        outlets: (r.outlets ?? '').split(',').filter(Boolean).sort(),
      }));
    },
    search(query, limit = 20): SearchHit[] {
      const q = ftsQuery(query);
      if (!q) return [];
      return db.prepare(
        `SELECT a.id, a.title, a.source, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ?`,
      ).all(q, limit) as SearchHit[];
    },
    getState: (key) => (getState.get(key) as { value: string } | undefined)?.value ?? null,
    setState: (key, value) => void setState.run(key, value),
    count: () => (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n,
    close: () => db.close(),
  };
}
