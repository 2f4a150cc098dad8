/**
 * The words a story search compares, made the same way on both backends: SQLite's full-text index
 * (FTS5, `unicode61 remove_diacritics 2`) splits text into runs of letters and digits, folds case
 * and drops Latin diacritics; the PostgreSQL store keeps each article's title and entity names as
 * such tokens (table `article_search`), so a search finds the same articles there.
 */

/** Latin combining diacritics (the marks `é` splits into): dropped, so "jose" finds "José". */
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
/** A token: a run of letters and digits; everything else separates. */
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The search tokens of a text: letters and digits, lower-cased, without Latin diacritics. */
export function searchTokens(text: string): string[] {
  return text.normalize('NFD').replace(LATIN_DIACRITICS, '').normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}

/** An article's row in PostgreSQL's `article_search`: its title and entity names as space-separated tokens. */
export function searchRow(article: { id: string; title: string; entity_names: string }): { article_id: string; title: string; entity_names: string } {
  return { article_id: article.id, title: searchTokens(article.title).join(' '), entity_names: searchTokens(article.entity_names).join(' ') };
}
