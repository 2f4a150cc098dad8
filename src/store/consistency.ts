/** Checks of what the store promises beyond SQLite's own integrity check. */
import { sql } from 'kysely';
import type { Store } from './open-store.js';
import { unsearchableArticles } from './search-upkeep.js';

/**
 * Problems with the store's invariants: every article in exactly one live story, every live story
 * non-empty, every duplicate member in an existing group, and on PostgreSQL every article searchable
 * (search tokens written, or queued to be). Empty when all hold.
 */
export async function checkConsistency(store: Store): Promise<string[]> {
  return store.read(async (db) => {
    const problems: string[] = [];
    const count = async (label: string, query: ReturnType<typeof sql<{ n: number }>>) => {
      const n = Number((await query.execute(db)).rows[0]?.n ?? 0);
      if (n > 0) problems.push(`${n} ${label}`);
    };
    await count('articles without a story', sql<{ n: number }>`select count(*) as n from articles a where not exists (select 1 from story_articles m where m.article_id = a.id)`);
    await count('memberships of missing or merged stories', sql<{ n: number }>`select count(*) as n from story_articles m left join stories s on s.id = m.story_id where s.id is null or s.merged_into is not null`);
    await count('live stories without articles', sql<{ n: number }>`select count(*) as n from stories s where s.merged_into is null and not exists (select 1 from story_articles m where m.story_id = s.id)`);
    await count('duplicate members of missing groups', sql<{ n: number }>`select count(*) as n from duplicate_members d left join duplicate_groups g on g.id = d.group_id where g.id is null`);
    await count('duplicate groups with fewer than two members', sql<{ n: number }>`select count(*) as n from duplicate_groups g where (select count(*) from duplicate_members d where d.group_id = g.id) < 2`);
    if (store.kind === 'postgres') {
      const n = await unsearchableArticles(db);
      if (n > 0) problems.push(`${n} articles without search tokens`);
    }
    return problems;
  });
}
