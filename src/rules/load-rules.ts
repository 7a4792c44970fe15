import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fingerprint } from '../model/fingerprint.js';
import type { Finding, ManifestObject } from '../model/types.js';
import { loadManifestText } from '../load/load-manifests.js';
import { toPosix } from '../load/discover.js';
import { RuleProblem, RULE_API_VERSION, parseRule } from './parse-rule.js';
import { positionInScalar } from './scalar-offset.js';
import type { RuleDefinition } from './rule-definition.js';

export interface LoadedRules {
  rules: RuleDefinition[];
  /** Problems in rule files, as `rule-error` findings at the rule file's line. */
  errors: Finding[];
  /** Policy objects of other kinds found in the folders (admission policies, params), for adapters. */
  otherObjects: ManifestObject[];
}

/** File names in a policy folder that hold rule tests or docs rather than rules. */
const NOT_RULE_FILES = new Set(['tests.yaml', 'tests.yml']);

/**
 * Loads rules from policy folders: every YAML file below them (except `tests.yaml`), so both the
 * built-in layout (`<id>/rule.yaml`) and a flat folder of rule files work. A broken file or rule
 * becomes a `rule-error` finding naming the file and line; every other rule still loads.
 */
export function loadRules(dirs: readonly { dir: string; builtin: boolean }[], cwd: string): LoadedRules {
  const out: LoadedRules = { rules: [], errors: [], otherObjects: [] };
  const seen = new Map<string, RuleDefinition>();
  for (const { dir, builtin } of dirs) {
    const abs = path.resolve(cwd, dir);
    if (!existsSync(abs)) {
      out.errors.push(problem(toPosix(path.relative(cwd, abs) || dir), 1, 1, `policy folder not found: ${dir}`));
      continue;
    }
    for (const file of yamlFiles(abs)) {
      const rel = toPosix(path.relative(cwd, file));
      const text = readFileSync(file, 'utf8');
      const loaded = loadManifestText(text, rel);
      for (const p of loaded.problems) out.errors.push({ ...p, ruleId: 'rule-error', message: `cannot read rule file: ${p.message}` });
      for (const obj of loaded.objects) {
        if (obj.kind !== 'Rule' || obj.apiVersion !== RULE_API_VERSION) {
          out.otherObjects.push(obj);
          continue;
        }
        ruleFileText.set(obj, text);
        try {
          const rule = parseRule(obj, path.dirname(file), builtin);
          // In the `<rule-id>/rule.yaml` layout the folder names the rule: docs links and
          // `resilint test` output use it, so a folder that says otherwise misleads.
          const folder = path.basename(path.dirname(file));
          if (path.basename(file) === 'rule.yaml' && folder !== rule.id) {
            const at = obj.locate(['metadata', 'id']);
            out.errors.push(problem(rel, at.line, at.column, `rule id "${rule.id}" does not match its folder "${folder}/"; rename one of them`, rule.id));
            continue;
          }
          const clash = seen.get(rule.id);
          if (clash) {
            const at = obj.locate(['metadata', 'id']);
            out.errors.push(problem(rel, at.line, at.column, `duplicate rule id "${rule.id}" (also in ${clash.source.file})`, rule.id));
            continue;
          }
          seen.set(rule.id, rule);
          out.rules.push(rule);
        } catch (error) {
          if (!(error instanceof RuleProblem)) throw error;
          out.errors.push(ruleProblemFinding(obj, error, obj.raw?.metadata?.id));
        }
      }
    }
  }
  return out;
}

/** Each rule object's file text, so a CEL error can be placed at its token rather than its key. */
const ruleFileText = new WeakMap<ManifestObject, string>();

export function ruleProblemFinding(obj: ManifestObject, error: RuleProblem, ruleId?: string): Finding {
  const at = obj.locate(error.path);
  const text = ruleFileText.get(obj);
  const exact =
    error.expressionOffset !== undefined && text !== undefined && at.matchedSegments === error.path.length
      ? positionInScalar(text, at.line, error.expressionOffset)
      : undefined;
  const id = typeof ruleId === 'string' ? ruleId : undefined;
  if (exact) return problem(obj.file, exact.line, exact.column, error.message, id);
  return problem(obj.file, at.line, at.column, error.message, id, at.endLine, at.endColumn);
}

function problem(file: string, line: number, column: number, message: string, ruleId?: string, endLine = line, endColumn = column): Finding {
  return {
    ruleId: 'rule-error',
    validation: ruleId,
    severity: 'error',
    message: ruleId ? `rule ${ruleId}: ${message}` : message,
    file,
    line,
    column,
    endLine,
    endColumn,
    fingerprint: fingerprint(['rule-error', file, ruleId, message]),
    suppressed: false,
  };
}

function yamlFiles(dir: string): string[] {
  if (statSync(dir).isFile()) return [dir];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.') && entry.name !== 'fixtures') walk(full);
      } else if (/\.ya?ml$/.test(entry.name) && !NOT_RULE_FILES.has(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}
