export { renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml, escapeHtml } from './html.js';
