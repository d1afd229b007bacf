import type { ScanReport } from '../model/finding';

/** Who wrote the report: SARIF's `tool.driver`, which GitHub shows beside every alert. */
export interface ReportingTool {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

/** Everything any format needs, in one object: each Reporter reads the part it uses. */
export interface ReportOptions {
  readonly tool: ReportingTool;
  readonly useColor: boolean;
  /** Also list the binary files read from their blobs and the ignored files passed over. */
  readonly verbose: boolean;
  /** When the scan ran, for formats that record it (GitLab's `scan.start_time`); the process's run by default. */
  readonly scanTimes?: { readonly start: Date; readonly end: Date };
}

/** One output format: the report as the text to print or write. Prints nothing itself. */
export type Reporter = (report: ScanReport, options: ReportOptions) => string;
