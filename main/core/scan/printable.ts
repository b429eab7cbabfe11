// Text from a scanned folder (file names, variable names) made safe to print or send: control characters shown as `?` as cli/table-text.ts does, lengths capped. Pure.

// eslint-disable-next-line no-control-regex -- the point is to find control characters (C0, DEL, C1: ESC, CSI, OSC…)
const controlChars = /[\u0000-\u001f\u007f-\u009f]/g;

/** A terminal never sees an escape sequence from a file name: ESC, CSI, OSC (52 writes the clipboard), BEL… become `?`. */
export const printable = (text: string): string => text.replace(controlChars, '?');

/** Printable and at most `max` characters, a cut one ending in `…`. */
export function fitText(text: string, max: number): string {
  const shown = printable(text);
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** JSON.stringify escapes C0 but writes DEL and C1 (U+009B is a CSI) as they are; the same value, escaped. */
export const escapeJsonControls = (json: string): string =>
  json.replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
