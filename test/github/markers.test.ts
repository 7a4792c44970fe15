import { describe, expect, it } from 'vitest';
import { findingMarker, hasSummaryMarker, parseFindingMarkers, SUMMARY_MARKER } from '../../src/github/markers.js';

describe('markers', () => {
  it('round-trips fingerprint and rule id through a hidden HTML comment', () => {
    const marker = findingMarker('0123abcd', 'pdb-min-available');
    expect(marker).toBe('<!-- resilint:v1 kind=finding fp=0123abcd rule=pdb-min-available -->');
    expect(parseFindingMarkers(`text\n${marker}\n`)).toEqual([{ fingerprint: '0123abcd', ruleId: 'pdb-min-available' }]);
  });

  it('finds every marker in a review body that lists several findings', () => {
    const body = [findingMarker('a', 'r1'), 'table', findingMarker('b', 'sim/zone-loss')].join('\n');
    expect(parseFindingMarkers(body).map((m) => m.fingerprint)).toEqual(['a', 'b']);
  });

  it('keeps a rule id with a space from breaking the marker', () => {
    expect(parseFindingMarkers(findingMarker('a', 'bad id'))).toEqual([{ fingerprint: 'a', ruleId: 'bad_id' }]);
  });

  it('recognises the summary marker and nothing else as a summary', () => {
    expect(hasSummaryMarker(`hello\n${SUMMARY_MARKER}`)).toBe(true);
    expect(hasSummaryMarker(findingMarker('a', 'r'))).toBe(false);
    expect(hasSummaryMarker(null)).toBe(false);
  });
});
