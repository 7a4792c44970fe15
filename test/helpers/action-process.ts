import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The committed bundle, as a runner starts it. */
export const BUNDLE_ENTRY = [path.join(ROOT, 'dist/action/index.js')];
/** The Action's source entry, compiled on the fly by tsx: the current code, before `npm run build`. */
export const SOURCE_ENTRY = ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href, path.join(ROOT, 'src/action/index.ts')];

export interface ActionProcessOptions {
  /** Node arguments that start the Action: BUNDLE_ENTRY or SOURCE_ENTRY. */
  entry: string[];
  /** GITHUB_WORKSPACE, also the process's working directory. */
  workspace: string;
  /** A folder for the event file, outputs, job summary and RUNNER_TEMP. */
  runParent: string;
  /** GITHUB_API_URL: the fake GitHub server. */
  apiUrl: string;
  pullNumber: number;
  headSha: string;
  baseSha: string;
  inputs: Record<string, string>;
}

export interface ActionRun {
  code: number | null;
  /** stdout and stderr together: workflow commands (`::warning::…`) and logs. */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** This run's RUNNER_TEMP. */
  runnerTemp: string;
}

/**
 * Runs the Action as a runner does: a Node process with the `GITHUB_*` and `INPUT_*` environment
 * and a `pull_request` event payload, the GitHub API pointed at a local fake.
 */
export async function runActionProcess(options: ActionProcessOptions): Promise<ActionRun> {
  const runDir = mkdtempSync(path.join(options.runParent, 'run-'));
  const eventPath = path.join(runDir, 'event.json');
  const outputPath = path.join(runDir, 'output.txt');
  const summaryPath = path.join(runDir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: options.pullNumber,
      pull_request: {
        number: options.pullNumber,
        head: { sha: options.headSha, ref: 'feature', repo: { full_name: 'acme/infra' } },
        base: { sha: options.baseSha, ref: 'main', repo: { full_name: 'acme/infra' } },
      },
      repository: { full_name: 'acme/infra', name: 'infra', owner: { login: 'acme' } },
    }),
  );
  // A clean environment: when the tests themselves run in GitHub Actions, the outer job's
  // GITHUB_*/INPUT_* variables must not leak into the action under test.
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v;
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SHA: 'mergesha1',
    GITHUB_REF: `refs/pull/${options.pullNumber}/merge`,
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runDir,
  });
  // The runner keeps hyphens in input variable names: INPUT_FAIL-LEVEL.
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const child = spawn(process.execPath, options.entry, { env, cwd: options.workspace });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), runnerTemp: runDir };
}

/** The `name<<delimiter … delimiter` records that `core.setOutput` appends to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const record = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(record)) outputs[m[1]!] = m[3]!;
  return outputs;
}
