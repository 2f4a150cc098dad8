/**
 * Keeping PostgreSQL's search tokens in step with `articles` (migration `0003-search-upkeep`): the
 * articles a trigger queued in `article_search_pending` (inserted without tokens, or retitled by
 * anything but the placement writer) are tokenised before a search reads the tokens, and the
 * consistency check reports articles that have neither tokens nor a place in the queue.
 */
import { sql, type Kysely } from 'kysely';
import { isStoreError } from './errors.js';
import type { Store } from './open-store.js';
import type { StoreSchema } from './schema.js';
import { searchRow } from './search-tokens.js';

/** Queued articles tokenised per round trip: bounds memory on a long queue. */
const PENDING_PAGE = 1000;

/** Tokenises every queued article (inside the caller's write transaction); returns how many. */
export async function indexPendingSearch(db: Kysely<StoreSchema>): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = (await sql<{ id: string; title: string; entity_names: string }>`with taken as (delete from article_search_pending
        where article_id in (select article_id from article_search_pending limit ${PENDING_PAGE}) returning article_id)
      select a.id, a.title, a.entity_names from taken join articles a on a.id = taken.article_id`.execute(db)).rows;
    if (rows.length > 0) {
      await sql`insert into article_search (article_id, title, entity_names)
        values ${sql.join(rows.map((r) => { const s = searchRow(r); return sql`(${s.article_id}, ${s.title}, ${s.entity_names})`; }))}
        on conflict (article_id) do update set title = excluded.title, entity_names = excluded.entity_names`.execute(db);
    }
    done += rows.length;
    if (rows.length < PENDING_PAGE) return done;
  }
}

/**
 * Before a search on PostgreSQL: tokenises the queued articles, if any (one indexed probe when
 * none). A store opened without write rights is searched as it is.
 */
export async function searchReady(store: Store): Promise<void> {
  if (store.kind !== 'postgres') return;
  const queued = await store.read((db) => sql<{ one: number }>`select 1 as one from article_search_pending limit 1`.execute(db));
  if (queued.rows.length === 0) return;
  try {
    await store.write((tx) => indexPendingSearch(tx));
  } catch (error) {
    if (!(isStoreError(error) && error.code === 'read-only')) throw error;
  }
}

/** How many articles have no search tokens and are not queued for them (PostgreSQL). */
export async function unsearchableArticles(db: Kysely<StoreSchema>): Promise<number> {
  const row = (await sql<{ n: number }>`select count(*) as n from articles a
    where not exists (select 1 from article_search s where s.article_id = a.id)
      and not exists (select 1 from article_search_pending p where p.article_id = a.id)`.execute(db)).rows[0];
  return Number(row?.n ?? 0);
}
