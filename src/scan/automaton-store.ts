import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALPHABET, buildKeywordAutomaton, type CompactAutomaton } from '../detect/keyword-automaton';
import type { AutomatonStore } from '../detect/rule-prefilter';
import { writeFileAtomic } from '../fs/atomic-write';
import { userCacheDir } from '../fs/user-cache-dir';

/**
 * One file per set of keywords, named by the SHA-256 of the keywords in rule order (the automaton's
 * whole input), in the user's cache directory (user-cache-dir.ts): never in a repository, so a scan
 * still writes nothing there. The name carries the format's version. A config's keywords are no
 * secrets (a match must contain them; validate-config.ts), and neither is an automaton of them.
 */
const STORE_DIR = 'keyword-automata-v1';

/** The store in `cacheDir`; without one, every automaton is built in the scan that needs it. */
export function diskAutomatonStore(cacheDir: string | undefined = userCacheDir()): AutomatonStore {
  return {
    automatonOf: (keywordsPerRule) => {
      const key = createHash('sha256').update(JSON.stringify(keywordsPerRule)).digest('hex');
      const path = cacheDir === undefined ? undefined : join(cacheDir, STORE_DIR, `${key}.json`);
      const kept = readKept(path, keywordsPerRule.length);
      if (kept !== undefined) return kept;
      const built = buildKeywordAutomaton(keywordsPerRule);
      keep(path, built);
      return built;
    },
  };
}

/**
 * The automaton at `path` when it is whole and fits `ruleCount` rules; else undefined, and it is built
 * again. A file cut short or edited could make the prefilter skip a rule, so its shape is checked.
 */
function readKept(path: string | undefined, ruleCount: number): CompactAutomaton | undefined {
  if (path === undefined) return undefined;
  try {
    const automaton = JSON.parse(readFileSync(path, 'utf8')) as CompactAutomaton;
    return isWhole(automaton, ruleCount) ? automaton : undefined;
  } catch {
    return undefined;
  }
}

/** Every array the size the others say, every state, edge and rule number in range. */
function isWhole(automaton: CompactAutomaton, ruleCount: number): boolean {
  const { failure, edgeStart, edgeCharacter, edgeTarget, accepts } = automaton;
  if (automaton.ruleCount !== ruleCount || ![failure, edgeStart, edgeCharacter, edgeTarget, accepts].every(Array.isArray)) return false;
  const states = failure.length;
  const edges = edgeTarget.length;
  if (edgeStart.length !== states + 1 || edgeStart[states] !== edges || edgeCharacter.length !== edges || accepts.length % 2 !== 0) return false;
  return inRange(failure, 0, 1, states) && inRange(edgeStart, 0, 1, edges + 1) && inRange(edgeCharacter, 0, 1, ALPHABET) && inRange(edgeTarget, 0, 1, states) && inRange(accepts, 0, 2, states) && inRange(accepts, 1, 2, ruleCount);
}

/** Whether values[from], values[from + step], ... are all whole numbers from 0 to below `limit`: loops, as the file has tens of thousands. */
function inRange(values: readonly number[], from: number, step: number, limit: number): boolean {
  for (let index = from; index < values.length; index += step) {
    const value = values[index];
    if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= limit) return false;
  }
  return true;
}

/** Written whole and renamed into place; a cache that cannot be written is not the scan's problem. */
function keep(path: string | undefined, automaton: CompactAutomaton): void {
  if (path === undefined) return;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, JSON.stringify(automaton));
  } catch {
    // The next scan builds it again.
  }
}
