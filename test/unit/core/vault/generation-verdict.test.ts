// Proves the verdict on a vault file against its marker: the file last written passes, a crash between the two writes passes, an older file, a forged generation, a missing or unusable marker do not.
import { describe, expect, it } from 'vitest';
import { judgeGeneration, type FileFacts, type MarkerFacts } from '../../../../main/core/vault/generation-verdict';
import type { MarkerBody } from '../../../../main/core/vault/generation-marker';

const seal = (n: number): string => n.toString(16).padStart(32, '0');
const file = (generation: number | null, seals: readonly string[], digest = 'd'.repeat(64)): FileFacts => ({ kind: 'document', generation, seals, digest });
const marker = (body: Partial<MarkerBody>): MarkerFacts => ({
  kind: 'valid',
  body: { generation: 5, committed: true, previous: 'p'.repeat(64), seals: [seal(1), seal(2)], ...body },
});

describe('judgeGeneration', () => {
  it('passes the file the committed marker names, also with seals moved or deleted (each account judges those)', () => {
    expect(judgeGeneration(file(5, [seal(1), seal(2)]), marker({}))).toEqual({ kind: 'current' });
    expect(judgeGeneration(file(5, [seal(2)]), marker({}))).toEqual({ kind: 'current' });
    expect(judgeGeneration(file(5, []), marker({}))).toEqual({ kind: 'current' });
  });

  it('reports a lower generation as rolled back, the whole file suspect', () => {
    expect(judgeGeneration(file(4, [seal(1), seal(2)]), marker({}))).toEqual({ kind: 'problem', reason: 'rolled-back', strangers: null });
    expect(judgeGeneration(file(0, []), marker({ generation: 1 }))).toEqual({ kind: 'problem', reason: 'rolled-back', strangers: null });
  });

  it('reports a generation forged up to the current one by the ciphertexts the last write did not hold, and names only those', () => {
    expect(judgeGeneration(file(5, [seal(1), seal(9)]), marker({}))).toEqual({ kind: 'problem', reason: 'rolled-back', strangers: [seal(9)] });
  });

  it('reports a file without a generation once a marker exists: a copy from before this version', () => {
    expect(judgeGeneration(file(null, [seal(1)]), marker({}))).toEqual({ kind: 'problem', reason: 'rolled-back', strangers: null });
    expect(judgeGeneration(file(null, [seal(1)]), marker({ committed: false }))).toEqual({ kind: 'problem', reason: 'rolled-back', strangers: null });
  });

  it('passes a file without a generation that the uncommitted first-start migration was replacing: that crash locks nothing', () => {
    expect(judgeGeneration(file(null, [seal(1)], 'a'.repeat(64)), marker({ generation: 1, committed: false, previous: 'a'.repeat(64) }))).toEqual({
      kind: 'crash-before',
    });
  });

  it('reports a file newer than its marker: the marker was put back', () => {
    expect(judgeGeneration(file(6, [seal(1)]), marker({}))).toEqual({ kind: 'problem', reason: 'marker-behind', strangers: null });
  });

  it('tells a crash between the writes from a rollback: only the exact file the uncommitted marker replaced passes', () => {
    const pending = marker({ committed: false, previous: 'a'.repeat(64) });
    expect(judgeGeneration(file(4, [seal(7)], 'a'.repeat(64)), pending)).toEqual({ kind: 'crash-before' });
    expect(judgeGeneration(file(5, [seal(1)]), pending)).toEqual({ kind: 'crash-after' });
    expect(judgeGeneration(file(4, [seal(7)], 'b'.repeat(64)), pending)).toEqual({ kind: 'problem', reason: 'rolled-back', strangers: null });
    // Once committed, even that exact file counts as rolled back.
    expect(judgeGeneration(file(4, [seal(7)], 'a'.repeat(64)), marker({ previous: 'a'.repeat(64) }))).toMatchObject({ reason: 'rolled-back' });
  });

  it('migrates a file from before generations without a marker, and reports a missing or unusable marker otherwise', () => {
    expect(judgeGeneration(file(null, [seal(1)]), { kind: 'missing' })).toEqual({ kind: 'migrate' });
    expect(judgeGeneration(file(3, [seal(1)]), { kind: 'missing' })).toEqual({ kind: 'problem', reason: 'marker-missing', strangers: null });
    expect(judgeGeneration(file(null, [seal(1)]), { kind: 'unusable' })).toEqual({ kind: 'problem', reason: 'marker-unreadable', strangers: null });
  });

  it('has nothing to judge without a readable document', () => {
    for (const facts of [{ kind: 'empty' }, { kind: 'unreadable' }] as const) {
      for (const markerFacts of [{ kind: 'missing' }, { kind: 'unusable' }, marker({})] as const) {
        expect(judgeGeneration(facts, markerFacts)).toEqual({ kind: 'current' });
      }
    }
  });
});
