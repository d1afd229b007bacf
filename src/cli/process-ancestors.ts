import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** One process above this one: its program's name and its whole command line. */
export interface Ancestor {
  readonly name: string;
  readonly commandLine: string;
}

/**
 * The processes above `pid`, nearest first, up to and including the first `git` (the one that ran
 * the hook: what is above it did not start the scan), at most `depth` of them. Linux's /proc first
 * (proc(5): `stat` is "pid (comm) state ppid …", `cmdline` the NUL-separated argv); elsewhere one
 * POSIX `ps -A -o pid= -o ppid= -o args=`. Anything unreadable ends the walk: the caller then knows less.
 */
export function processAncestors(pid: number, depth: number): Ancestor[] {
  const read = existsProc() ? readProc : psReader();
  const ancestors: Ancestor[] = [];
  for (let current: number | undefined = pid; current !== undefined && current > 1 && ancestors.length < depth; ) {
    const found = read(current);
    if (found === undefined) break;
    ancestors.push(found.ancestor);
    if (found.ancestor.name === 'git') break;
    current = found.ppid;
  }
  return ancestors;
}

interface Found {
  readonly ancestor: Ancestor;
  readonly ppid: number;
}

const existsProc = (): boolean => process.platform === 'linux' && readOrUndefined('/proc/self/stat') !== undefined;

function readProc(pid: number): Found | undefined {
  const stat = readOrUndefined(`/proc/${pid}/stat`);
  const argv = readOrUndefined(`/proc/${pid}/cmdline`)?.split('\0').filter((arg) => arg !== '');
  // comm may hold spaces and parentheses: the fields after it start after the last ')'.
  const ppid = stat === undefined ? undefined : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  if (argv === undefined || argv.length === 0 || ppid === undefined || !Number.isInteger(ppid)) return undefined;
  return { ancestor: { name: basename(argv[0] as string), commandLine: argv.join(' ') }, ppid };
}

function psReader(): (pid: number) => Found | undefined {
  const byPid = new Map<number, Found>();
  try {
    const table = execFileSync('ps', ['-A', '-o', 'pid=', '-o', 'ppid=', '-o', 'args='], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 });
    for (const line of table.split('\n')) {
      const match = /^\s*(\d+)\s+(\d+)\s+(\S+)(.*)$/.exec(line);
      if (match) byPid.set(Number(match[1]), { ancestor: { name: basename(match[3] as string), commandLine: `${match[3]}${match[4]}` }, ppid: Number(match[2]) });
    }
  } catch {
    // No ps (a slim container, Windows): no ancestors known.
  }
  return (pid) => byPid.get(pid);
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
