import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeakguardError } from '../model/errors';
import { EMPTY_CONFIG, type ResolvedConfig } from './config-schema';
import { validateConfig } from './validate-config';

/**
 * Finds and validates the config at the repository root: the "leakguard" key of package.json,
 * .leakguardrc (JSON or YAML), .leakguardrc.{json,yaml,yml,js,cjs,mjs} or leakguard.config.{js,cjs,mjs}
 * (cosmiconfig's standard places). Only the root is searched: a config in a parent directory belongs
 * to another project. `explicitPath` (from --config) skips the search.
 */
export async function loadConfig(root: string, knownRuleIds: ReadonlySet<string>, explicitPath?: string): Promise<ResolvedConfig> {
  if (explicitPath === undefined && !mayHoldConfig(root)) return EMPTY_CONFIG;
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('leakguard', { stopDir: root, cache: false });
  let result;
  try {
    result = explicitPath ? await explorer.load(explicitPath) : await explorer.search(root);
  } catch (error) {
    // Only the first line: parsers append a code frame of the file, which could quote a secret.
    const reason = (error as Error).message.split('\n')[0];
    throw new LeakguardError('CONFIG_UNREADABLE', `Could not read leakguard config${explicitPath ? ` ${explicitPath}` : ''}: ${reason}`, {
      hint: 'Fix the syntax of the file named above (JSON, YAML or a JavaScript module exporting an object).',
      cause: error,
    });
  }
  if (!result || result.isEmpty) return EMPTY_CONFIG;
  return validateConfig(result.config, result.filepath, knownRuleIds);
}

/**
 * A cheap look before loading cosmiconfig, which costs about 4 ms on every commit: most repositories
 * have no leakguard config at all. Any name that could be one of cosmiconfig's places sends the search
 * on; a false "maybe" only costs the load.
 */
function mayHoldConfig(root: string): boolean {
  const names = readdirSync(root);
  if (names.some((name) => name.startsWith('.leakguardrc') || name.startsWith('leakguard.config') || name === '.config')) return true;
  return names.includes('package.json') && hasLeakguardKey(join(root, 'package.json'));
}

/** The "leakguard" key, not the word: a devDependency on leakguard names it too. */
function hasLeakguardKey(packageJsonPath: string): boolean {
  try {
    const manifest: unknown = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
    return typeof manifest !== 'object' || manifest === null || 'leakguard' in manifest;
  } catch {
    return true; // unreadable or invalid: let cosmiconfig report it properly
  }
}
