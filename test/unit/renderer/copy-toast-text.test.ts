// Proves the copy toast's wording for each format and outcome, and that extra notes join as their own parts. Must not import electron, node:* or main/.
import { describe, expect, it } from 'vitest';
import { separator, toastParts } from '../../../renderer/src/copy-toast-text';

describe('toastParts', () => {
  it('says what was copied and when it clears', () => {
    expect(toastParts({ format: 'token', outcome: 'pending', secondsLeft: 30 }).join(separator)).toBe('Token copied · clears in 30 s');
    expect(toastParts({ format: 'header', outcome: 'pending', secondsLeft: 5 })).toEqual(['Authorization header copied', 'clears in 5 s']);
  });

  it('says when the clipboard is never cleared', () => {
    expect(toastParts({ format: 'token', outcome: 'pending', secondsLeft: null })).toEqual(['Token copied', 'not cleared automatically']);
  });

  it('appends notes as parts of their own', () => {
    const notes = ['copied without clipboard-history protection'];
    expect(toastParts({ format: 'token', outcome: 'pending', secondsLeft: 30, notes })).toEqual(['Token copied', 'clears in 30 s', notes[0]]);
  });

  it('says how the copy ended', () => {
    expect(toastParts({ format: 'token', outcome: 'cleared', secondsLeft: 0 })).toEqual(['Clipboard cleared']);
    expect(toastParts({ format: 'header', outcome: 'changed', secondsLeft: 3 })).toEqual(['Clipboard left alone: it changed since the copy']);
  });
});
