/**
 * A copy of `text` with storage of its own. V8 keeps a slice of a long string (a line split from a
 * chunk of git's output, a path cut from that line) as a view into the whole string, so one short
 * slice kept for the rest of a scan keeps its whole chunk alive. Measured on a 40 MB staged change
 * before paths were detached: 37 MB of chunks held by the file paths alone, peak memory 124 MB
 * instead of 93 MB. UTF-16 in and out: lossless, lone surrogates included.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
