import pc from 'picocolors';
import type { Diagnostic } from '../types.js';

/** One diagnostic as a stderr line: severity, the input and place, the note and its rule. */
export function formatDiagnostic(d: Diagnostic): string {
  const tag = d.severity === 'error' ? pc.red('error') : d.severity === 'warning' ? pc.yellow('warning') : pc.dim('info');
  return `${tag} ${d.source}${d.place ? `:${d.place}` : ''}: ${d.note} (${d.rule})\n`;
}
