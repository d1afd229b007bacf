/** ASCII; the prefilter's `state << 7` indexes the table by it. */
export const ALPHABET = 128;
/** ASCII letters fold to lowercase; every non-ASCII character folds to NUL, which no keyword holds. */
export const FOLD = buildCaseFold();

function buildCaseFold(): Uint8Array {
  const fold = new Uint8Array(65536);
  for (let code = 1; code < ALPHABET; code++) fold[code] = code >= 65 && code <= 90 ? code + 32 : code;
  return fold;
}

/**
 * The keywords' Aho-Corasick automaton (Aho and Corasick, "Efficient string matching", CACM 1975) in
 * the form the build writes beside the rule index (dist/detect/keyword-automaton.json): building it
 * from 1,500 keywords took 10-20 ms on every commit, in code that runs once and so is never optimised;
 * expanding this form takes one native row copy per state. Plain arrays, so that it is JSON.
 * States are numbered breadth-first: a state's failure state always has a lower number.
 */
export interface CompactAutomaton {
  /** How many rules the keywords came from; the rule numbers below are below it. */
  readonly ruleCount: number;
  /** failure[state]: the state whose row this state's row starts as (the longest proper suffix that is a trie state). */
  readonly failure: readonly number[];
  /** The trie's edges, grouped by parent state in state order: parent, character, child, ... */
  readonly edges: readonly number[];
  /** The rules whose keywords end at a state, directly or through failure links: state, rule, ... in state order. */
  readonly accepts: readonly number[];
}

/** The automaton as the prefilter's hot loop reads it. */
export interface ExpandedAutomaton {
  /** transitions[state * ALPHABET + character] = next state; the failure links are folded in. */
  readonly transitions: Int32Array;
  /** For each state, the rules whose keywords end there (directly or through a failure link). */
  readonly rulesAtState: readonly (readonly number[])[];
}

export function buildKeywordAutomaton(keywordsPerRule: readonly (readonly string[])[]): CompactAutomaton {
  const trie = breadthFirst(buildTrie(keywordsPerRule));
  const failure = failureLinks(trie);
  const rulesAtState = trie.rules.map((rules) => new Set(rules));
  // Breadth-first order: a failure state's rules are complete before the states that fall back to it.
  for (let state = 1; state < failure.length; state++) for (const rule of rulesAtState[failure[state] as number] as Set<number>) (rulesAtState[state] as Set<number>).add(rule);
  const edges = trie.children.flatMap((row, parent) => [...row].flatMap(([character, child]) => [parent, character, child]));
  const accepts = rulesAtState.flatMap((rules, state) => [...rules].sort((a, b) => a - b).flatMap((rule) => [state, rule]));
  return { ruleCount: keywordsPerRule.length, failure, edges, accepts };
}

/** The full transition table: each state's row starts as its failure state's row, then its own edges overwrite their characters. */
export function expandAutomaton(automaton: CompactAutomaton): ExpandedAutomaton {
  const { failure, edges, accepts } = automaton;
  const transitions = new Int32Array(failure.length * ALPHABET);
  let edge = 0;
  for (let state = 0; state < failure.length; state++) {
    const rowStart = state * ALPHABET;
    if (state > 0) transitions.copyWithin(rowStart, (failure[state] as number) * ALPHABET, (failure[state] as number) * ALPHABET + ALPHABET);
    for (; edge < edges.length && edges[edge] === state; edge += 3) transitions[rowStart + (edges[edge + 1] as number)] = edges[edge + 2] as number;
  }
  const rulesAtState: number[][] = failure.map(() => []);
  for (let index = 0; index < accepts.length; index += 2) (rulesAtState[accepts[index] as number] as number[]).push(accepts[index + 1] as number);
  return { transitions, rulesAtState };
}

interface Trie {
  /** children[state] maps a character to the child state. Sparse: most states have one child. */
  readonly children: Map<number, number>[];
  readonly rules: number[][];
}

function buildTrie(keywordsPerRule: readonly (readonly string[])[]): Trie {
  const children = [new Map<number, number>()];
  const rules: number[][] = [[]];
  keywordsPerRule.forEach((keywords, ruleIndex) => {
    for (const keyword of keywords) {
      let state = 0;
      for (let index = 0; index < keyword.length; index++) {
        const character = FOLD[keyword.charCodeAt(index)] as number;
        const row = children[state] as Map<number, number>;
        let child = row.get(character);
        if (child === undefined) {
          child = children.length;
          row.set(character, child);
          children.push(new Map());
          rules.push([]);
        }
        state = child;
      }
      (rules[state] as number[]).push(ruleIndex);
    }
  });
  return { children, rules };
}

/** The same trie with its states renumbered in breadth-first order. */
function breadthFirst(trie: Trie): Trie {
  const order = [0];
  for (let head = 0; head < order.length; head++) for (const child of (trie.children[order[head] as number] as Map<number, number>).values()) order.push(child);
  const renumbered = new Int32Array(order.length);
  order.forEach((state, position) => (renumbered[state] = position));
  const children = order.map((state) => new Map([...(trie.children[state] as Map<number, number>)].map(([character, child]) => [character, renumbered[child] as number])));
  return { children, rules: order.map((state) => trie.rules[state] as number[]) };
}

/** As in the paper: follow the parent's failure chain until a state has an edge for the character. */
function failureLinks(trie: Trie): number[] {
  const failure: number[] = trie.children.map(() => 0);
  trie.children.forEach((row, parent) => {
    for (const [character, child] of row) {
      if (parent === 0) continue;
      let fallback = failure[parent] as number;
      while (fallback !== 0 && !(trie.children[fallback] as Map<number, number>).has(character)) fallback = failure[fallback] as number;
      failure[child] = (trie.children[fallback] as Map<number, number>).get(character) ?? 0;
    }
  });
  return failure;
}
