/** ASCII: a state's row in the transition table is `state << ROW_BITS`, and a character indexes it. */
export const ROW_BITS = 7;
export const ALPHABET = 1 << ROW_BITS;
/** ASCII letters fold to lowercase; every non-ASCII character folds to NUL, which no keyword holds. */
export const FOLD = buildCaseFold();

function buildCaseFold(): Uint8Array {
  const fold = new Uint8Array(65536);
  for (let code = 1; code < ALPHABET; code++) fold[code] = code >= 65 && code <= 90 ? code + 32 : code;
  return fold;
}

/**
 * The keywords' Aho-Corasick automaton (Aho and Corasick, "Efficient string matching", CACM 1975) as
 * the build writes it beside the rule index (dist/detect/keyword-automaton.json): building it from
 * 1,500 keywords took 10-20 ms on every commit, in code that runs once and so is never optimised.
 * The trie and its failure links only; the prefilter fills a state's row of the transition table the
 * first time a scan enters it (TransitionTable), as most commits meet a few hundred of 4,600 states.
 * Plain arrays, so that it is JSON. States are numbered breadth-first: a state's failure state always
 * has a lower number.
 */
export interface CompactAutomaton {
  /** How many rules the keywords came from; the rule numbers below are below it. */
  readonly ruleCount: number;
  /** failure[state]: the longest proper suffix of the state's text that is a state too. */
  readonly failure: readonly number[];
  /** The trie's edges of state s are edgeStart[s] to edgeStart[s + 1] (exclusive) in edgeCharacter and edgeTarget. */
  readonly edgeStart: readonly number[];
  readonly edgeCharacter: readonly number[];
  readonly edgeTarget: readonly number[];
  /** The rules whose keywords end at a state, directly or through failure links: state, rule, state, rule, ... */
  readonly accepts: readonly number[];
}

export function buildKeywordAutomaton(keywordsPerRule: readonly (readonly string[])[]): CompactAutomaton {
  const trie = breadthFirst(buildTrie(keywordsPerRule));
  const failure = failureLinks(trie);
  const rulesAtState = trie.rules.map((rules) => new Set(rules));
  // Breadth-first order: a failure state's rules are complete before the states that fall back to it.
  for (let state = 1; state < failure.length; state++) for (const rule of rulesAtState[failure[state] as number] as Set<number>) (rulesAtState[state] as Set<number>).add(rule);
  const edges = trie.children.map((row) => [...row]);
  return {
    ruleCount: keywordsPerRule.length,
    failure,
    edgeStart: runningTotals(edges.map((row) => row.length)),
    edgeCharacter: edges.flatMap((row) => row.map(([character]) => character)),
    edgeTarget: edges.flatMap((row) => row.map(([, child]) => child)),
    accepts: rulesAtState.flatMap((rules, state) => [...rules].sort((a, b) => a - b).flatMap((rule) => [state, rule])),
  };
}

/**
 * The transition table, filled a row at a time: a state's row starts as a copy of its failure state's
 * row, then its own edges overwrite their characters. The lazy construction of a DFA, as RE2 does it.
 * An entry is the next state's row, `state * ALPHABET`, so that the hot loop adds a character to it
 * and reads the next entry, nothing more; an entry whose state needs a look first (its row not filled
 * yet, or `watched`: a scan's keyword ends there) holds the row's complement, which is negative, and
 * `arrive` does what it needs. An entry keeps that mark only while its state needs it: the next step
 * through it takes the short way. On 20 MB of CI log, a status byte read beside every entry cost a
 * third of the prefilter's time.
 */
export class TransitionTable {
  readonly transitions: Int32Array;
  /** 1 where the state's row is filled. */
  private readonly isFilled: Uint8Array;

  constructor(
    private readonly automaton: CompactAutomaton,
    /** 1 for the states the scanner must hear of, every time one is entered. */
    private readonly watched: Uint8Array,
  ) {
    this.transitions = new Int32Array(automaton.failure.length * ALPHABET);
    this.isFilled = new Uint8Array(automaton.failure.length);
    this.writeEdges(0);
    this.isFilled[0] = 1;
  }

  /** The row `transitions[entry]` leads to, once a marked entry is met: filled, and unmarked unless watched. */
  arrive(entry: number): number {
    const row = ~(this.transitions[entry] as number);
    const state = row >> ROW_BITS;
    this.fill(state);
    if (this.watched[state] === 0) this.transitions[entry] = row;
    return row;
  }

  /** Fills the row of `state`, and first those of the failure states it copies. */
  private fill(state: number): void {
    if (this.isFilled[state] === 1) return;
    const fallback = this.automaton.failure[state] as number;
    this.fill(fallback);
    this.transitions.copyWithin(state * ALPHABET, fallback * ALPHABET, fallback * ALPHABET + ALPHABET);
    this.writeEdges(state);
    this.isFilled[state] = 1;
  }

  private writeEdges(state: number): void {
    const { edgeStart, edgeCharacter, edgeTarget } = this.automaton;
    for (let edge = edgeStart[state] as number; edge < (edgeStart[state + 1] as number); edge++) {
      const target = edgeTarget[edge] as number;
      const needsLook = this.isFilled[target] === 0 || this.watched[target] === 1;
      this.transitions[state * ALPHABET + (edgeCharacter[edge] as number)] = needsLook ? ~(target * ALPHABET) : target * ALPHABET;
    }
  }
}

/** [0, a, a + b, ...]: where each group starts in the groups laid end to end, and where they end. */
function runningTotals(sizes: readonly number[]): number[] {
  const totals = [0];
  for (const size of sizes) totals.push((totals[totals.length - 1] as number) + size);
  return totals;
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
