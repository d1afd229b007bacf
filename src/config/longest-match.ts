/**
 * The most characters one match attempt of a JavaScript regex can read from where it starts
 * (Infinity for `*`, `+` and `{n,}`). A sequence adds its parts, an alternation takes its longest
 * branch, a quantifier multiplies by its upper bound (so nesting multiplies). A lookaround is counted
 * as if it consumed what it reads, and a backreference as the longest group before it: the figure is
 * an upper bound, never an underestimate. Syntax as in ECMA-262 §22.2.1 (Patterns), without the `v`
 * flag's set notation; the pattern is known to compile before this runs.
 */
export function longestMatch(pattern: RegExp): number {
  const reader = { source: pattern.source, offset: 0, longestGroup: 0, isUnicode: pattern.unicode };
  return readAlternation(reader);
}

interface Reader {
  readonly source: string;
  offset: number;
  longestGroup: number;
  /** Without the `u` flag `\u{12}` is "u" twelve times, not one character. */
  readonly isUnicode: boolean;
}

function readAlternation(reader: Reader): number {
  let longest = 0;
  let branch = 0;
  while (reader.offset < reader.source.length && reader.source[reader.offset] !== ')') {
    if (reader.source[reader.offset] === '|') {
      reader.offset++;
      longest = Math.max(longest, branch);
      branch = 0;
      continue;
    }
    const atom = readAtom(reader);
    branch += atom === 0 ? 0 : atom * readRepetition(reader);
  }
  return Math.max(longest, branch);
}

/** One atom's length: a character, a class, an escape, an assertion or a group. */
function readAtom(reader: Reader): number {
  const { source } = reader;
  const char = source[reader.offset++] as string;
  if (char === '^' || char === '$') return 0;
  if (char === '[') {
    while (reader.offset < source.length && source[reader.offset] !== ']') reader.offset += source[reader.offset] === '\\' ? 2 : 1;
    reader.offset++;
    return 1;
  }
  if (char === '\\') return readEscape(reader);
  if (char !== '(') return 1;
  // (?:  (?=  (?!  (?<=  (?<!  (?<name>: the group's own syntax, then its alternation.
  const opening = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(reader.offset, reader.offset + 64));
  reader.offset += opening?.[0].length ?? 0;
  const length = readAlternation(reader);
  reader.offset++;
  reader.longestGroup = Math.max(reader.longestGroup, length);
  return length;
}

function readEscape(reader: Reader): number {
  const { source } = reader;
  const char = source[reader.offset++] as string;
  if (char === 'b' || char === 'B') return 0;
  if (/[1-9]/.test(char)) {
    while (/\d/.test(source[reader.offset] ?? '')) reader.offset++;
    return reader.longestGroup;
  }
  if (char === 'k' && source[reader.offset] === '<') {
    reader.offset = source.indexOf('>', reader.offset) + 1;
    return reader.longestGroup;
  }
  // \u{…} and \p{…} (with `u`), \uXXXX, \xHH and \cX are one character too: skip their tail so that it is not read
  // as literal characters (it would only make the bound larger, but `{` would look like a quantifier).
  const rest = source.slice(reader.offset - 1, reader.offset + 63);
  const tail = (reader.isUnicode ? /^(?:u\{[0-9A-Fa-f]+\}|[pP]\{[^}]*\})/.exec(rest) : null) ?? /^(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/.exec(rest);
  if (tail) reader.offset += tail[0].length - 1;
  return 1;
}

/** The upper bound of the quantifier after an atom (1 without one), and its lazy `?` skipped. */
function readRepetition(reader: Reader): number {
  const rest = reader.source.slice(reader.offset, reader.offset + 32);
  const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/.exec(rest);
  if (!quantifier) return 1;
  reader.offset += quantifier[0].length;
  if (reader.source[reader.offset] === '?') reader.offset++;
  const [text, lower, comma, upper] = quantifier;
  if (text === '?') return 1;
  if (text === '*' || text === '+') return Infinity;
  if (comma === undefined) return Number(lower);
  return upper === '' || upper === undefined ? Infinity : Number(upper);
}
