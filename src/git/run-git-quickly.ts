import { execFile } from 'node:child_process';
import { LeakguardError } from '../model/errors';
import { redactQuoted } from '../model/redact-quoted';

/**
 * One small git question on the hook's hot path, without loading simple-git: loading it costs about
 * 8 ms, an eighth of a clean commit's whole scan. Everything else asks through queryGit.
 */
export function runGitQuickly(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) return resolve(stdout);
      reject(
        // git echoes the revisions it was given (see streamGit's gitError): what it says is redacted.
        new LeakguardError('GIT_FAILED', `${redactQuoted(`git ${args.join(' ')}`)} failed in ${cwd}: ${redactQuoted(stderr.trim() || error.message)}`, {
          hint: 'Check that git works in this directory (`git status`).',
          cause: new GitStderr(stderr, error),
        }),
      );
    });
  });
}

/** What git printed on stderr, kept so that callers can explain a failure in git's own words. */
export class GitStderr extends Error {
  constructor(
    readonly stderr: string,
    cause: unknown,
  ) {
    super(stderr.trim(), { cause });
    this.name = 'GitStderr';
  }
}
