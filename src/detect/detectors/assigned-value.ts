/**
 * Regex fragments shared by the rules that recognise a secret by the name it is assigned to rather
 * than by a prefix of its own (AWS secret keys, Twilio auth tokens, the generic rule).
 */

const OPTIONAL_QUOTE = `["'\`]?`;

/**
 * Between a name and its value in the usual syntaxes: `name = v`, `name: v`, `"name": "v"`, `NAME=v`,
 * `export NAME=v`, `name := v`, `name => v`, with an optional quote on either side. Written as one
 * class and an optional second character rather than alternatives, which the backtracking check
 * explores several times faster; it also accepts `==`, and a literal compared with a secret's name is
 * a hard-coded secret too.
 */
export const ASSIGNMENT = `${OPTIONAL_QUOTE}[ \\t]{0,8}[:=][=>]?[ \\t]{0,8}${OPTIONAL_QUOTE}`;

/** `name`, the assignment, then `value` as the named `secret` group. */
export function assignedValue(name: string, value: string): string {
  return `${name}${ASSIGNMENT}(?<secret>${value})`;
}
