import type { Reporter } from './reporter';

/**
 * The output formats, each `--format` name with a loader of its Reporter (report/render-<format>.ts):
 * a format is loaded only when it is asked for, so the hook's clean run loads no renderer and only
 * `--format sarif` loads SARIF's. A new format is its file and one row here.
 */
const REPORTERS = {
  text: async () => (await import('./render-text')).renderText,
  json: async () => (await import('./render-json')).renderJson,
  sarif: async () => (await import('./render-sarif')).renderSarif,
  gitlab: async () => (await import('./render-gitlab')).renderGitlab,
} satisfies Readonly<Record<string, () => Promise<Reporter>>>;

export type ReportFormat = keyof typeof REPORTERS;

export const REPORT_FORMATS = Object.keys(REPORTERS) as readonly ReportFormat[];

export function loadReporter(format: ReportFormat): Promise<Reporter> {
  return REPORTERS[format]();
}
