import type { ResolvedConfig } from '../config/config-schema';
import type { AutomatonStore } from '../detect/rule-prefilter';

/**
 * The automaton store for a config with rules of its own, the only case that builds an automaton at
 * run time; its module (node:crypto, the cache directory) is loaded only then.
 */
export async function automataFor(config: ResolvedConfig): Promise<{ automata?: AutomatonStore }> {
  return config.customRules.length === 0 ? {} : { automata: (await import('./automaton-store')).diskAutomatonStore() };
}
