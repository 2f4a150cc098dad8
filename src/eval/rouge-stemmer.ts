/**
 * The Porter stemmer exactly as ROUGE-1.5.5 runs it for `-m`.
 *
 * Why a port rather than a package (the npm `stemmer` 2.0.1, MIT, is a well-kept Porter stemmer):
 * ROUGE-1.5.5 ships its own Perl Porter stemmer, whose step 4 its author changed in 2004 ("-ement"
 * words no longer try "-ment"/"-ent" in one rule, but "-ment" and "-ent" run as separate steps) and
 * which keeps the Perl release's "bli"/"logi" departures. Official DUC scores are reproducible only
 * with those exact rules, which no published package implements. The regular expressions below are
 * the Perl ones, so the behaviour can be checked line by line against ROUGE-1.5.5.pl.
 */

const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
/** [C]VC... : measure > 0. */
const MGR0 = new RegExp(`^(${C})?${V}${C}`);
/** [C]VC[V] : measure = 1. */
const MEQ1 = new RegExp(`^(${C})?${V}${C}(${V})?$`);
/** [C]VCVC... : measure > 1. */
const MGR1 = new RegExp(`^(${C})?${V}${C}${V}${C}`);
/** A vowel in the stem. */
const HAS_VOWEL = new RegExp(`^(${C})?${v}`);
/** consonant-vowel-consonant ending, the last not w, x or y ("hop" -> "hope"). */
const CVC = new RegExp(`^${C}${v}[^aeiouwxy]$`);

const STEP2: Readonly<Record<string, string>> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al', entli: 'ent',
  eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al', iveness: 'ive', fulness: 'ful',
  ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP2_RE = /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3: Readonly<Record<string, string>> = {
  icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '',
};
const STEP3_RE = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4_RE = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Perl's `$`` (the text before the match). */
function before(w: string, m: RegExpExecArray): string {
  return w.slice(0, m.index);
}

/** Stems one lower-case word with ROUGE-1.5.5's Porter rules. */
export function rougePorterStem(word: string): string {
  if (word.length < 3) return word;
  let w = word;
  const firstY = w.startsWith('y');
  // An initial y is a consonant: upper-case it so the vowel classes never match it.
  if (firstY) w = `Y${w.slice(1)}`;
  let m: RegExpExecArray | null;

  // Step 1a
  if ((m = /(ss|i)es$/.exec(w))) w = before(w, m) + m[1]!;
  else if ((m = /([^s])s$/.exec(w))) w = before(w, m) + m[1]!;
  // Step 1b
  if ((m = /eed$/.exec(w))) {
    if (MGR0.test(before(w, m))) w = w.slice(0, -1);
  } else if ((m = /(ed|ing)$/.exec(w))) {
    const stem = before(w, m);
    if (HAS_VOWEL.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }
  // Step 1c
  if ((m = /y$/.exec(w))) {
    const stem = before(w, m);
    if (HAS_VOWEL.test(stem)) w = `${stem}i`;
  }
  // Step 2
  if ((m = STEP2_RE.exec(w))) {
    const stem = before(w, m);
    if (MGR0.test(stem)) w = stem + STEP2[m[1]!]!;
  }
  // Step 3
  if ((m = STEP3_RE.exec(w))) {
    const stem = before(w, m);
    if (MGR0.test(stem)) w = stem + STEP3[m[1]!]!;
  }
  // Step 4, with ROUGE's 2004 change: three rules applied in turn.
  if ((m = STEP4_RE.exec(w))) {
    const stem = before(w, m);
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = /ment$/.exec(w))) {
    const stem = before(w, m);
    if (MGR1.test(stem)) w = stem;
  }
  if ((m = /ent$/.exec(w))) {
    const stem = before(w, m);
    if (MGR1.test(stem)) w = stem;
  } else if ((m = /(s|t)(ion)$/.exec(w))) {
    const stem = before(w, m) + m[1]!;
    if (MGR1.test(stem)) w = stem;
  }
  // Step 5
  if ((m = /e$/.exec(w))) {
    const stem = before(w, m);
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);
  if (firstY) w = `y${w.slice(1)}`;
  return w;
}
