import type { Brief } from '../types.js';

/** The brief as JSON: the shape documented in DESIGN.md ({stories, articles, diagnostics}). */
export function renderJson(brief: Brief): string {
  return `${JSON.stringify(brief, null, 2)}\n`;
}
