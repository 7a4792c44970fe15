import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../../src/load/load-manifests.js';
import { formatSimulationMarkdown, formatSimulationText, simulate, simulationFindings } from '../../src/simulate/index.js';
import { MARKDOWN_BUDGET } from '../../src/simulate/markdown.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = (p: string) => loadManifests([p], { cwd: root }).objects;

describe('examples/simulate: broken shows the problem, fixed does not', () => {
  it.each([
    ['checkout.yaml', 'sim/drain-blocked', 'rolling-upgrade', 'spec.minAvailable'],
    ['payments.yaml', 'sim/zone-loss-outage', 'zone-outage', 'spec.template.spec.nodeSelector'],
    ['search.yaml', 'sim/hpa-saturated', 'load', 'spec.maxReplicas'],
  ])('%s → %s', (file, rule, scenario, field) => {
    const broken = simulationFindings(simulate(load(`examples/simulate/broken/${file}`), { cwd: root, scenarios: [scenario] }));
    expect(broken.map((f) => f.ruleId)).toContain(rule);
    expect(broken.find((f) => f.ruleId === rule)!.fieldPath).toBe(field);
    const fixed = simulationFindings(simulate(load(`examples/simulate/fixed/${file}`), { cwd: root, scenarios: [scenario] }));
    expect(fixed).toEqual([]);
  });

  it('consolidation/storefront.yaml: Karpenter takes the storefront to zero and keeps the do-not-disrupt node (A.4, B.6)', () => {
    const broken = simulationFindings(simulate(load('examples/simulate/consolidation/broken/storefront.yaml'), { cwd: root, scenarios: ['consolidation'] }));
    expect(broken.map((f) => [f.ruleId, f.object?.name, f.line])).toEqual([
      // The Deployment leaves replicas to its HPA, so the drop is anchored at its spec.
      ['sim/availability-drop', 'storefront', 33],
      ['sim/consolidation-blocked', 'sessions', 86],
    ]);
    expect(broken[1]!.message).toContain('could be replaced with r5.large');
    const fixed = simulationFindings(simulate(load('examples/simulate/consolidation/fixed/storefront.yaml'), { cwd: root, scenarios: ['consolidation'] }));
    expect(fixed).toEqual([]);
  });

  it('anchors the blocked drain at the PDB line that sets minAvailable', () => {
    const [finding] = simulationFindings(simulate(load('examples/simulate/broken/checkout.yaml'), { cwd: root, scenarios: ['rolling-upgrade'] })).filter(
      (f) => f.ruleId === 'sim/drain-blocked',
    );
    expect(finding).toMatchObject({ file: 'examples/simulate/broken/checkout.yaml', line: 31, severity: 'error' });
  });

  it('a zone outage takes the zone-pinned workload to zero until the zone returns (B.8)', () => {
    const result = simulate(load('examples/simulate/broken/payments.yaml'), { cwd: root, scenarios: ['zone-outage:zone=us-east-1a,duration=30m'] });
    const payments = result.head.scenarios[0]!.workloads[0]!;
    expect(payments.minReady).toBe(0);
    // Gone from time 0 until the zone is back at 30 min and the pods are Ready 5 s later.
    expect(payments.zeroSeconds).toBe(1805);
    expect(payments.unschedulableReasons[0]).toContain("didn't match Pod's node affinity/selector");
  });

  it('a single replica in a lost zone is replaced only after 40 s + 300 s (B.8), then Ready after its probe', () => {
    const result = simulate(load('examples/simulate/broken/checkout.yaml'), { cwd: root, scenarios: ['zone-outage'] });
    const zero = result.head.scenarios.map((s) => s.workloads[0]!.zeroSeconds);
    // Only the zone holding the pod matters; readiness probe: 10 s initial delay + 5 s period.
    expect(zero.filter((z) => z > 0)).toEqual([355]);
  });

  it('is deterministic: two runs give byte-identical JSON', () => {
    const run = () => JSON.stringify(simulate(load('examples/simulate/broken'), { cwd: root, base: load('examples/simulate/fixed') }));
    expect(run()).toBe(run());
  });

  it('compares base and head: a regression is "new in this change", a problem on both sides "already on base"', () => {
    const result = simulate(load('examples/simulate/broken/checkout.yaml'), {
      cwd: root,
      scenarios: ['rolling-upgrade'],
      base: load('examples/simulate/fixed/checkout.yaml'),
    });
    const findings = simulationFindings(result);
    expect(findings.find((f) => f.ruleId === 'sim/drain-blocked')!.message).toMatch(/New in this change\.$/);
    const same = simulate(load('examples/simulate/broken/checkout.yaml'), { cwd: root, scenarios: ['rolling-upgrade'], base: load('examples/simulate/broken/checkout.yaml') });
    expect(simulationFindings(same).every((f) => f.message.endsWith('Already on base.'))).toBe(true);
    const reverse = simulate(load('examples/simulate/fixed/checkout.yaml'), { cwd: root, scenarios: ['rolling-upgrade'], base: load('examples/simulate/broken/checkout.yaml') });
    expect(reverse.comparison!.problems.map((p) => p.status)).toContain('fixed');
    expect(simulationFindings(reverse)).toEqual([]);
  });

  it('labels 1 → 3 replicas better where the single replica died, and rescaled where the outage did not reach it', () => {
    const result = simulate(load('examples/simulate/fixed/checkout.yaml'), { cwd: root, scenarios: ['zone-outage'], base: load('examples/simulate/broken/checkout.yaml') });
    const deltas = result.comparison!.deltas.map((d) => [d.scenario, `${d.base!.minReady}/${d.base!.desired} → ${d.head!.minReady}/${d.head!.desired}`, d.change]);
    expect(deltas).toEqual([
      ['zone-outage:us-east-1a', '0/1 → 2/3', 'better'],
      // The base's one replica sits in us-east-1a and loses nothing here; the head keeps 2 of its 3: no outage either side.
      ['zone-outage:us-east-1b', '1/1 → 2/3', 'rescaled'],
      ['zone-outage:us-east-1c', '1/1 → 2/3', 'rescaled'],
    ]);
    const reverse = simulate(load('examples/simulate/broken/checkout.yaml'), { cwd: root, scenarios: ['zone-outage'], base: load('examples/simulate/fixed/checkout.yaml') });
    expect(reverse.comparison!.deltas.map((d) => d.change)).toEqual(['worse', 'rescaled', 'rescaled']);
  });

  it('says "replicas 1 → 3" where only the replica count changed and nothing was disrupted', () => {
    const result = simulate(load('examples/simulate/fixed'), { cwd: root, scenarios: ['load'], base: load('examples/simulate/broken') });
    const checkout = result.comparison!.deltas.find((d) => d.workload === 'Deployment/shop/checkout')!;
    expect(checkout.change).toBe('rescaled');
    expect(formatSimulationText(result)).toContain('replicas 1 → 3 Deployment/shop/checkout in load: none lost on either side');
    expect(formatSimulationText(result)).not.toMatch(/better Deployment\/shop\/checkout in load/);
    expect(formatSimulationMarkdown(result)).toContain('| ⚪ replicas 1 → 3 | Deployment/shop/checkout | load | none lost on either side | 1/1 → 3/3 |');
  });

  it('renders a text table and a Mermaid xychart for workloads that dipped', () => {
    const result = simulate(load('examples/simulate/broken/checkout.yaml'), { cwd: root, scenarios: ['rolling-upgrade'], base: load('examples/simulate/fixed/checkout.yaml') });
    const text = formatSimulationText(result);
    expect(text).toContain('Deployment/shop/checkout');
    expect(text).toContain('timed-out after 5m');
    const md = formatSimulationMarkdown(result);
    expect(md).toContain('```mermaid\nxychart-beta');
    // Kind/namespace/name, as in the workload tables: two namespaces may hold a PDB of the same name.
    expect(md).toContain('| 🔴 new | `sim/drain-blocked` | PodDisruptionBudget/shop/checkout | rolling-upgrade |');
    // The chart is folded away, and its x-axis stays readable in a PR comment.
    expect(md).toContain('<details><summary>Ready replicas over time (1 workload)</summary>\n\n```mermaid');
    const labels = md.match(/x-axis "seconds" \[(.*)\]/)![1]!.split(', ');
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThanOrEqual(20);
  });

  it('keeps the Markdown of every example short enough for a PR comment: at most 3 charts per scenario, folded', () => {
    const md = formatSimulationMarkdown(simulate(load('examples'), { cwd: root }));
    // The lint report shares the PR comment (65,536 characters at most): sections that do not fit are shortened.
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_BUDGET);
    expect(md).toContain('Details left out to fit the PR comment; the text and JSON reports have them.');
    const scenarios = md.split(/^#### /m).slice(1);
    expect(scenarios.length).toBeGreaterThan(3);
    for (const s of scenarios) {
      const charts = s.match(/```mermaid/g)?.length ?? 0;
      expect(charts).toBeLessThanOrEqual(3);
      if (charts > 0) expect(s).toMatch(/<details><summary>Ready replicas over time \((\d+ of \d+ workloads|\d+ workloads?)\)<\/summary>/);
    }
    expect(md.length).toBeLessThan(30_000);
  });

  it('shows base against head in Markdown: what moved per workload, and both lines in one chart', () => {
    const result = simulate(load('examples/simulate/broken/checkout.yaml'), { cwd: root, scenarios: ['rolling-upgrade'], base: load('examples/simulate/fixed/checkout.yaml') });
    const md = formatSimulationMarkdown(result);
    // Base: 3 replicas that never reach zero; head: 1 replica whose drains hang (B.1.5).
    // The measure that decided comes before the numbers.
    expect(md).toMatch(/\| 🔴 worse \| Deployment\/shop\/checkout \| rolling-upgrade \| at zero 0s → (\d+m)?\d*s? \| 2\/3 → 0\/1 \| 0s → (\d+m)?\d*s? \|/);
    const chart = md.slice(md.indexOf('```mermaid'));
    expect(chart).toContain('base then head');
    const lines = [...chart.matchAll(/^  line \[(.*)\]$/gm)].map((m) => m[1]!.split(', ').map(Number));
    expect(lines).toHaveLength(2);
    expect(lines[0]!.length).toBe(lines[1]!.length);
    expect(Math.min(...lines[0]!)).toBeGreaterThan(0);
    expect(Math.min(...lines[1]!)).toBe(0);
  });
});
