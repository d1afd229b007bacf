import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where leakguard may keep what it can compute again, outside every repository: `$LEAKGUARD_CACHE_DIR`,
 * else `$XDG_CACHE_HOME/leakguard` (XDG Base Directory spec: a relative value is invalid and ignored),
 * else the OS's per-user cache directory (~/.cache on Linux, ~/Library/Caches on macOS,
 * %LOCALAPPDATA% on Windows). Undefined when none is known, or when LEAKGUARD_CACHE_DIR is relative:
 * a hook runs at the repository root, where a relative directory would put the cache into the work tree.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const own = env['LEAKGUARD_CACHE_DIR'];
  if (own !== undefined && own !== '') return isAbsolute(own) ? own : undefined;
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'leakguard');
  const base = platformCacheDir(env, platform);
  return base === undefined ? undefined : join(base, 'leakguard');
}

function platformCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  const localAppData = env['LOCALAPPDATA'];
  if (platform === 'win32' && localAppData !== undefined && isAbsolute(localAppData)) return localAppData;
  const home = homeDir();
  if (home === undefined) return undefined;
  if (platform === 'darwin') return join(home, 'Library', 'Caches');
  if (platform === 'win32') return join(home, 'AppData', 'Local');
  return join(home, '.cache');
}

/** os.homedir() throws when the user has no entry in the password database (a container's uid). */
function homeDir(): string | undefined {
  try {
    const home = homedir();
    return home === '' ? undefined : home;
  } catch {
    return undefined;
  }
}
