// Leak scan by pieces: finds any 6-character run of a canary (12 hex digits) in any form a leak could take, and 10 of its letters and digits across separators; reports where, never the canary. Must not import main/.
import { Buffer } from 'node:buffer';

/** A run this long of any form of a canary counts as a leak; hex is scanned at twice this, the same 6 bytes. */
export const leakRunLength = 6;
/** This many letters and digits of a form in a row, read across whatever separates them, count as a leak too. */
export const squeezedLeakRunLength = 10;

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

/** HTML numeric entities decoded once, then only ASCII letters and digits, lower-cased: how a reader would undo a split echo. */
export function squeezeForScan(text: string): string {
  const decoded = text.replace(/&#(x[0-9a-f]{1,6}|[0-9]{1,7});/gi, (entity, digits: string) => {
    const code = digits.startsWith('x') || digits.startsWith('X') ? Number.parseInt(digits.slice(1), 16) : Number(digits);
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
  return decoded.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
}

/** Places where `text`, squeezed, holds `squeezedLeakRunLength` squeezed characters of a form of a canary in a row. */
function squeezedLeaks(text: string, canaries: readonly string[]): string[] {
  const windows = new Map<string, string>();
  canaries.forEach((canary, index) => {
    for (const form of leakForms(canary)) {
      const source = squeezeForScan(form.text);
      for (let at = 0; at + squeezedLeakRunLength <= source.length; at += 1) {
        windows.set(source.slice(at, at + squeezedLeakRunLength), `canary #${index} ${form.name}, squeezed`);
      }
    }
  });
  const squeezed = squeezeForScan(text);
  const found: string[] = [];
  for (let at = 0; at + squeezedLeakRunLength <= squeezed.length; at += 1) {
    const hit = windows.get(squeezed.slice(at, at + squeezedLeakRunLength));
    if (hit !== undefined) found.push(`${hit} at squeezed offset ${at}`);
  }
  return found;
}

/**
 * Every place in `text` holding a run of `leakRunLength` characters of any form of any canary (hex: any case), as
 * `canary #i form at offset`: safe to print; also every run of 10 of a form's letters and digits with anything between
 * them (see squeezeForScan). Empty when nothing leaked. Linear: one set of windows, one pass per length.
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
  return [...found, ...squeezedLeaks(text, canaries)];
}
