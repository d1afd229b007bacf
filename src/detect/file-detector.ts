import type { Span } from '../model/redact';
import type { Confidence, Severity } from '../model/severity';
import type { SampleGenerator } from './detector';

/** A changed file, as a file detector's example: its path, whether git calls it binary, its added lines. */
export interface FileSample {
  readonly path: string;
  readonly isBinary?: boolean;
  readonly lines: readonly string[];
}

/**
 * A file rule: a credential store known by its name (a key store, a `.env` with values, Terraform
 * state). It reports the file once, even when no line of it matches a content rule or it is binary.
 * One per file in file-detectors/<kind>.ts, listed in the registry beside the content detectors.
 */
export interface FileDetector {
  /** kebab-case `sensitive-file-<kind>`, `<kind>` being its file's name; stable forever like every rule id. */
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** What the finding's preview says instead of showing content: "private key file". */
  readonly label: string;
  /**
   * Matches the lowercase path, with "/" separators, of a file of this kind. A pattern, not a
   * function: the build copies it into the index, so that a scan loads a file detector's module only
   * for a file it names (built-in-file-detectors.ts).
   */
  readonly namePattern: RegExp;
  /** An added line that shows the file holds a secret (`path` is lowercase, as namePattern reads it). */
  readonly holdsSecret: (lineText: string, path: string) => boolean;
  /**
   * For kinds whose credential is a value on one line (a password in .netrc, a secret-named variable
   * in .env): where it is on an added line. Once the baseline accepts the file, such a line added
   * later is reported by itself. Absent where the whole file is the secret (key files, key stores).
   */
  readonly secretIn?: (lineText: string) => Span | undefined;
  /** A binary change to a file of this name is reported (DER keys, key stores); text formats are not read when binary. */
  readonly binaryIsSecret: boolean;
  readonly fix: string;
  /** Files it must report, and files it must stay silent on; built at test time like a detector's samples. */
  readonly examples: {
    readonly reports: (generate: SampleGenerator) => readonly FileSample[];
    readonly ignores: (generate: SampleGenerator) => readonly FileSample[];
  };
}
