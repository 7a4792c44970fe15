import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { lintDetailed, readConfig } from '../engine/lint.js';
import { listChangedFiles, type ChangedFile } from '../github/changed-files.js';
import { annotateFindings } from '../github/annotations.js';
import { messageOf } from '../github/api-errors.js';
import type { GitHubClient } from '../github/client.js';
import { blobUrl, readRunContext, runUrl, type RunContext } from '../github/context.js';
import { writeJobSummary } from '../github/job-summary.js';
import { createOctokitClient } from '../github/octokit-client.js';
import { writePullRequestOutput } from '../github/pull-request-output.js';
import type { LintResult } from '../model/types.js';
import { reportedFindings } from '../report/counts.js';
import { formatResult } from '../report/index.js';
import { VERSION } from '../version.js';
import { failingFindings } from './fail-level.js';
import { headView, SAME_LINES, type HeadView } from './head-lines.js';
import { sourcedGlobs, unmatchedGlobNotices } from '../load/unmatched-globs.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { applySimulation } from './simulation.js';

/**
 * Rows in the job summary: every finding of any realistic run, within GitHub's 1 MiB summary limit
 * (a row is well under 500 characters). The sticky PR comment, cut to fit its own limit, says so.
 */
const JOB_SUMMARY_ROWS = 2000;
const MORE_NOTE = '(every finding is in the file the `findings-json` output names; upload it with actions/upload-artifact to keep it)';

async function pullRequestHeadView(findings: LintResult['findings'], headSha: string, cwd: string): Promise<HeadView> {
  try {
    const view = await headView(findings, headSha, cwd);
    if (view.moved) {
      core.info(
        `The checkout is not the PR head (${headSha.slice(0, 7)}), probably its merge commit: review comments and links use the head's lines` +
          (view.offHead.size ? `; ${view.offHead.size} finding(s) sit on lines only the checkout has and are listed, not commented inline.` : '.'),
      );
    }
    return view;
  } catch (error) {
    core.warning(`Could not map finding lines to the PR head (${messageOf(error)}); review comments use the checked-out lines.`);
    return SAME_LINES;
  }
}

/**
 * The Action: inputs → lint → annotations, job summary, outputs, PR review → exit status.
 * Manifests and policies from the PR are only ever read as data; nothing from the PR is executed.
 */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
    const context = readRunContext(github.context);
    const client = inputs.githubToken
      ? createOctokitClient({ token: inputs.githubToken, owner: context.owner, repo: context.repo, log: core.info })
      : undefined;

    const changed = await pullRequestFiles(client, context, inputs);
    const reportFiles = inputs.onlyChanged && changed ? changed.map((c) => c.path) : undefined;
    if (reportFiles) core.info(`Reporting findings in ${reportFiles.length} changed manifest file(s) of PR #${context.pullRequest?.number}.`);

    const linted = lintDetailed({
      paths: inputs.paths,
      cwd,
      include: inputs.include,
      exclude: inputs.exclude,
      namespace: inputs.namespace,
      maxFileBytes: inputs.maxFileBytes,
      configFile: inputs.config,
      policies: inputs.policies,
      reportFiles,
      baseline: inputs.baseline,
    });
    const config = readConfig({ configFile: inputs.config }, cwd);
    const globs = sourcedGlobs(inputs, config, { include: 'include input', exclude: 'exclude input' });
    if (globs.include.length || globs.exclude.length) for (const notice of unmatchedGlobNotices(inputs.paths, cwd, globs.include, globs.exclude)) core.notice(`resilint: ${notice}`);
    // The simulator reuses the manifests the linter loaded; only the base side is read again.
    const simulation = await applySimulation(linted.result, inputs, {
      cwd,
      objects: linted.loaded.objects,
      baseSha: context.pullRequest?.baseSha,
      tempDir: tempDir(),
      log: { info: core.info, warning: core.warning },
    });
    const result = simulation.result;

    const findings = reportedFindings(result.findings);
    // Annotations, links and review comments show on the PR head (a pull_request run's checks
    // belong to the head commit); the checkout may be its merge commit, with other line numbers.
    const head = context.pullRequest ? await pullRequestHeadView(result.findings, context.pullRequest.headSha, cwd) : SAME_LINES;
    annotateFindings(head.moved ? findings.map(head.translate) : findings, { changedFiles: changed ? new Set(changed.map((c) => c.path)) : undefined });
    // A finding on a line only the checkout has links into the checked-out commit, where it is.
    const checkoutOnly = new Set([...head.offHead].map((f) => `${f.file}:${f.line}`));
    const fileUrl = (file: string, line: number) =>
      checkoutOnly.has(`${file}:${line}`) ? blobUrl(context, file, line, head.checkout ?? context.sha) : blobUrl(context, file, line);
    const headResult = head.moved ? { ...result, findings: result.findings.map(head.translate) } : result;
    const summaryMarkdown = `${formatResult(headResult, 'markdown', { toolVersion: VERSION, fileUrl, maxRows: JOB_SUMMARY_ROWS, moreNote: MORE_NOTE })}${simulation.markdown ? `\n${simulation.markdown}\n` : ''}\n[Workflow run](${runUrl(context)}) · resilint ${VERSION}\n`;
    await writeJobSummary(summaryMarkdown).catch((error: unknown) => core.warning(`Could not write the job summary: ${messageOf(error)}`));
    writeOutputs(result, inputs, cwd);

    if (client && context.pullRequest) {
      await writePullRequestOutput({
        client,
        run: context,
        findings: head.moved ? findings.map(head.translate) : findings,
        notInline: head.offHead,
        changed: changed ?? [],
        summaryMarkdown,
        mode: inputs.commentMode,
        maxComments: inputs.maxComments,
        fileUrl,
        log: { info: core.info, warning: core.warning },
      });
    }

    if (simulation.failure) core.setFailed(simulation.failure);
    // The input wins, then .resilint.yaml's failLevel, as the CLI's flag wins over the config.
    const failLevel = inputs.failLevel ?? config.failLevel ?? 'error';
    const failing = failingFindings(result.findings, failLevel);
    if (failing.length) core.setFailed(`resilint found ${failing.length} problem(s) at or above fail-level "${failLevel}".`);
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}

/**
 * The PR's changed manifests, needed to report only what the PR touches and to know which lines
 * can carry a comment. If they cannot be listed we lint and report everything rather than
 * nothing: a missing permission must never hide findings.
 */
async function pullRequestFiles(client: GitHubClient | undefined, context: RunContext, inputs: ActionInputs): Promise<ChangedFile[] | undefined> {
  const pr = context.pullRequest;
  if (!pr) return undefined;
  if (!client) {
    core.warning('No github-token given: findings in every file are reported and nothing is posted to the pull request.');
    return undefined;
  }
  try {
    return await listChangedFiles(client, pr.number, { include: inputs.include, exclude: inputs.exclude });
  } catch (error) {
    core.warning(`Could not list the files of PR #${pr.number} (${messageOf(error)}); reporting findings in every file.`);
    return undefined;
  }
}

function writeOutputs(result: LintResult, inputs: ActionInputs, cwd: string): void {
  core.setOutput('errors', result.summary.errors);
  core.setOutput('warnings', result.summary.warnings);
  core.setOutput('notices', result.summary.notices);

  const jsonFile = path.join(tempDir(), 'resilint', 'findings.json');
  writeReport(jsonFile, formatResult(result, 'json', { toolVersion: VERSION }));
  core.setOutput('findings-json', jsonFile);

  if (inputs.sarifFile) {
    const sarifFile = path.resolve(cwd, inputs.sarifFile);
    writeReport(sarifFile, formatResult(result, 'sarif', { toolVersion: VERSION }));
    core.setOutput('sarif-file', sarifFile);
  } else {
    core.setOutput('sarif-file', '');
  }
}

/** The runner's per-job scratch directory, emptied after the job. */
function tempDir(): string {
  return process.env.RUNNER_TEMP || os.tmpdir();
}

function writeReport(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
