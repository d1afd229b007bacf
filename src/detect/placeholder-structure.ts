/**
 * Fakes people type by hand have structure a random token lacks: a character repeated (`aaaaaaa`), a
 * short unit repeated (`abc123abc123`, `abcd1234abcd1234`), counting (`abcdefg`, `1234567`, `9876` is
 * not: only upward, as people count), or two counts interleaved (`a1b2c3d4`, `A1B2C3D4E5F6`). Each
 * such step (a character equal to, or one after, the character `lag` places before it) happens by
 * chance with probability 1/16 or less in a hex token and 1/62 in a base62 one, so the checks below
 * ask for enough steps that a random token of up to 200 characters meets them about once in 10,000
 * (hex) to never (base62): they judge the shape, never a list of strings.
 */

/** A character the same as the one `lag` places before: runs (lag 1) and repeated units (lags 2 to 8). */
const REPEAT_LAGS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
/** One after the character `lag` places before: counting (lag 1) and two counts interleaved (lag 2). */
const COUNT_LAGS = [1, 2] as const;
/**
 * Six steps in a row (`aaaaaaa`, `abcdefg`, `abc123abc123`, `a1b2c3d4`): (1/16)^6 = 6e-8 per place and
 * kind in a hex token, (1/62)^6 = 2e-11 in a base62 one.
 */
const STEPS_IN_A_ROW = 6;
/**
 * Ten characters counted out anywhere (`0123456789`, `abcdefghij`, an alphabet pasted into a token):
 * (1/16)^9 per place even in hex, so a run this long is never chance, however random the rest.
 */
const COUNTED_OUT = 9;
/** A value of digits alone has ten characters to choose from, so chance steps come six times as often: eight in a row, (1/10)^8. */
const DIGITS_STEPS_IN_A_ROW = 8;
/**
 * Over a whole value of letters and digits, three steps in five (`abcd1234-ef56-gh78`,
 * `abc123xyz-456def789`): a random hex value of 16 characters has that share about once in 30,000,
 * and the odds fall with every character more. Not for digits alone: one in five of their steps is
 * chance.
 */
const STEP_SHARE = 0.6;
const SHARE_MIN_LENGTH = 16;

type Step = (previous: number, current: number) => boolean;
const repeats: Step = (previous, current) => previous === current;
/** Counting goes on past 9 to 0 (`1234567890`). */
const counts: Step = (previous, current) => current === previous + 1 || (previous === 57 && current === 48);
const repeatsOrCounts: Step = (previous, current) => repeats(previous, current) || counts(previous, current);

/** The longest stretch of steps in a row, and how many steps there are in all (one pass, no arrays: this runs on every match). */
function stepsOf(codes: string, lag: number, step: Step): { longestRun: number; share: number } {
  let longestRun = 0;
  let run = 0;
  let total = 0;
  for (let index = lag; index < codes.length; index++) {
    const isStep = step(codes.charCodeAt(index - lag), codes.charCodeAt(index));
    run = isStep ? run + 1 : 0;
    if (isStep) total++;
    if (run > longestRun) longestRun = run;
  }
  return { longestRun, share: total / Math.max(1, codes.length - lag) };
}

/**
 * A run counts when it is most of the value: real tokens can hold an encoded field with structure of
 * its own (JFrog reference tokens are base64 of `reftkn:01:<expiry>:…`, and a zero expiry encodes as
 * `MDAwMDAwMDA`), a fake is structure throughout.
 */
function isMostlyRun(codes: string, lag: number, step: Step, inARow: number): boolean {
  const run = stepsOf(codes, lag, step).longestRun;
  return run >= inARow && (run + lag) * 2 >= codes.length;
}

const KINDS: readonly (readonly [number, Step])[] = [...REPEAT_LAGS.map((lag) => [lag, repeats] as const), ...COUNT_LAGS.map((lag) => [lag, counts] as const)];

/** Case does not count (`A1B2c3d4`); separators between the parts (`abcd-1234`) are skipped for the share. */
export function hasTypedStructure(secret: string): boolean {
  const codes = secret.toLowerCase();
  if (stepsOf(codes, 1, counts).longestRun >= COUNTED_OUT) return true;
  const digitsOnly = /^[0-9]+$/.test(secret);
  const inARow = digitsOnly ? DIGITS_STEPS_IN_A_ROW : STEPS_IN_A_ROW;
  if (KINDS.some(([lag, step]) => isMostlyRun(codes, lag, step, inARow))) return true;
  const alphanumeric = codes.replace(/[^a-z0-9]/g, '');
  if (digitsOnly || alphanumeric.length < SHARE_MIN_LENGTH) return false;
  return COUNT_LAGS.some((lag) => stepsOf(alphanumeric, lag, repeatsOrCounts).share >= STEP_SHARE);
}

/** Whether the whole value is one character repeated (`1111`, `aaaa`). */
export function isOneCharacterRepeated(value: string): boolean {
  return value.length > 1 && stepsOf(value, 1, repeats).longestRun === value.length - 1;
}
