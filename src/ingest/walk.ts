import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../types.js';

/** Files inside a folder that describe the folder (notes, expected results), not articles in it. */
export const FOLDER_DESCRIPTION_FILES: readonly string[] = ['EXPECTATIONS.md', 'README.md'];

/** Extensions taken from folders; a file named explicitly is tried whatever its extension. */
export const DEFAULT_TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** One file to read, with the input (file or folder) it came from. */
export interface WalkEntry {
  readonly path: string;
  /** The folder input it was found in, or null for a file named explicitly. */
  readonly folder: string | null;
  /** True for an http(s) URL input, which is fetched, not read from disk. */
  readonly remote?: boolean;
}

/** Inputs starting like this are fetched; other schemes are refused rather than read as paths. */
export const URL_INPUT = /^https?:\/\//i;
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]+:\/\//i;

export interface WalkResult {
  readonly files: WalkEntry[];
  readonly folders: string[];
  readonly diagnostics: Diagnostic[];
}

/** Lists the files to read: explicit files as given, folders recursively, sorted by path. */
export async function walkInputs(inputs: readonly string[], extensions: readonly string[]): Promise<WalkResult> {
  const files: WalkEntry[] = [];
  const folders: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const describes = new Set(FOLDER_DESCRIPTION_FILES.map((n) => n.toLowerCase()));
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));

  const addFile = async (file: string, folder: string | null): Promise<void> => {
    const real = await realpath(file).catch(() => file);
    if (seen.has(real)) {
      diagnostics.push({ severity: 'info', source: file, rule: 'duplicate-input', note: 'already read from another input; read once' });
      return;
    }
    seen.add(real);
    files.push({ path: file, folder });
  };

  const visit = async (dir: string, root: string, visited: Set<string>): Promise<void> => {
    const real = await realpath(dir);
    // A symlink pointing back up the tree would otherwise recurse forever.
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(unreadable(dir, error));
      return;
    }
    const names = entries.map((e) => e.name).filter((n) => !n.startsWith('.')).sort();
    for (const name of names) {
      const full = path.join(dir, name);
      let info;
      try {
        info = await stat(full);
      } catch (error) {
        diagnostics.push(unreadable(full, error));
        continue;
      }
      if (info.isDirectory()) await visit(full, root, visited);
      else if (info.isFile() && hasExtension(name, wanted) && !describes.has(name.toLowerCase())) {
        await addFile(full, root);
      }
    }
  };

  for (const input of inputs) {
    if (URL_INPUT.test(input)) {
      if (seen.has(input)) diagnostics.push({ severity: 'info', source: input, rule: 'duplicate-input', note: 'already given; fetched once' });
      else {
        seen.add(input);
        files.push({ path: input, folder: null, remote: true });
      }
      continue;
    }
    if (OTHER_SCHEME.test(input)) {
      diagnostics.push({ severity: 'error', source: input, rule: 'bad-url', note: 'only http and https URLs can be fetched' });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      diagnostics.push(unreadable(input, error));
      continue;
    }
    if (info.isDirectory()) {
      folders.push(input);
      await visit(input, input, new Set());
    } else if (info.isFile()) {
      await addFile(input, null);
    } else {
      // FIFOs and devices can block or never end when read.
      diagnostics.push({ severity: 'error', source: input, rule: 'unreadable', note: 'not a regular file or folder' });
    }
  }
  return { files, folders, diagnostics };
}

/** Compares whole name endings, so that compound extensions such as `.html.gz` can be asked for. */
function hasExtension(name: string, wanted: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  for (const e of wanted) if (lower.endsWith(e) && lower.length > e.length) return true;
  return false;
}

/** A diagnostic naming the OS error code, so the user can tell a typo from a permission problem. */
export function unreadable(source: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'UNKNOWN';
  const message = error instanceof Error ? error.message : String(error);
  return { severity: 'error', source, rule: 'unreadable', note: `cannot be read (${code}): ${message}` };
}
