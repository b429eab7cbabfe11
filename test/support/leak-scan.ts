// Leak scan by pieces: finds any 6-character run of a canary (12 hex digits) in any form a leak could take; reports where, never the canary. Must not import main/.
import { Buffer } from 'node:buffer';

/** A run this long of any form of a canary counts as a leak; hex is scanned at twice this, the same 6 bytes. */
export const leakRunLength = 6;

interface Form {
  name: string;
  text: string;
  run: number;
}

function base64At(bytes: Buffer, offset: number, url: boolean): string {
  return bytes.subarray(offset).toString(url ? 'base64url' : 'base64').replace(/=+$/, '');
}

/** The canary as is, URL- and form-encoded, JSON-escaped (also \uXXXX and \/), base64 and base64url at every byte alignment, hex. */
export function leakForms(canary: string): Form[] {
  const bytes = Buffer.from(canary, 'utf8');
  const json = JSON.stringify(canary).slice(1, -1);
  const forms: Form[] = [
    { name: 'plain', text: canary, run: leakRunLength },
    { name: 'URL-encoded', text: encodeURIComponent(canary), run: leakRunLength },
    { name: 'form-encoded', text: encodeURIComponent(canary).replace(/%20/g, '+'), run: leakRunLength },
    { name: 'JSON-escaped', text: json, run: leakRunLength },
    { name: 'JSON-escaped ASCII', text: json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\//g, '\\/'), run: leakRunLength },
    { name: 'hex', text: bytes.toString('hex'), run: 2 * leakRunLength },
  ];
  for (const offset of [0, 1, 2]) {
    forms.push({ name: `base64@${offset}`, text: base64At(bytes, offset, false), run: leakRunLength });
    forms.push({ name: `base64url@${offset}`, text: base64At(bytes, offset, true), run: leakRunLength });
  }
  return forms;
}

/**
 * Every place in `text` holding a run of `leakRunLength` characters of any form of any canary (hex: any case), as
 * `canary #i form at offset`: safe to print. Empty when nothing leaked. Linear: one set of windows, one pass per length.
 */
export function findLeaks(text: string, canaries: readonly string[]): string[] {
  const byRun = new Map<number, Map<string, string>>();
  canaries.forEach((canary, index) => {
    for (const form of leakForms(canary)) {
      const windows = byRun.get(form.run) ?? new Map<string, string>();
      byRun.set(form.run, windows);
      const source = form.name === 'hex' ? form.text.toLowerCase() : form.text;
      for (let at = 0; at + form.run <= source.length; at += 1) windows.set(source.slice(at, at + form.run), `canary #${index} ${form.name}`);
    }
  });
  const found: string[] = [];
  const lowered = text.toLowerCase();
  for (const [run, windows] of byRun) {
    for (let at = 0; at + run <= text.length; at += 1) {
      const hit = windows.get(text.slice(at, at + run)) ?? (run === 2 * leakRunLength ? windows.get(lowered.slice(at, at + run)) : undefined);
      if (hit !== undefined) found.push(`${hit} at offset ${at}`);
    }
  }
  return found;
}
