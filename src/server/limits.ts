/** Request and page limits shared by the app and its routes. */

/** Enough for a batch of long HTML pages or a day's feed export; larger uploads go through the CLI. */
export const DEFAULT_MAX_REQUEST_BYTES = 10 * 1024 * 1024;
export const DEFAULT_PAGE_SIZE = 50;
/** Larger pages make the list slow to render and to read. */
export const MAX_PAGE_SIZE = 200;
