import { describe, expect, it } from 'vitest';
import { withoutSectionRefs } from '../../src/rules/rule-docs.js';

// Rule files cite the maintainers' semantics notes; users reading READMEs and `explain` do not have them.
describe('withoutSectionRefs', () => {
  it('drops section-only parentheses and section items inside other parentheses', () => {
    expect(withoutSectionRefs('Percentages round up (B.1.3).')).toBe('Percentages round up.');
    expect(withoutSectionRefs('The kubelet computes it (`ComputePodQOS`, kubernetes-semantics B.5) from cpu')).toBe(
      'The kubelet computes it (`ComputePodQOS`) from cpu',
    );
    expect(withoutSectionRefs('off by default (semantics doc A.4), so')).toBe('off by default, so');
    expect(withoutSectionRefs('as Karpenter does (semantics doc B.6, when it packs)')).toBe('as Karpenter does (when it packs)');
  });

  it('leaves text without references alone', () => {
    const text = 'maxSkew (at least 1) and minDomains (v1.30+) are checked.';
    expect(withoutSectionRefs(text)).toBe(text);
  });
});
