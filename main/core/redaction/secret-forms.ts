// The forms a secret can take when a server echoes it: plain, URL- and form-encoded, JSON-escaped, base64, base64url, hex. Must not import electron or node:*.

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64 without `=` padding. */
function base64(bytes: Uint8Array): string {
  let out = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const triple = ((bytes[at] ?? 0) << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    const kept = Math.min(3, bytes.length - at) + 1;
    for (let index = 0; index < kept; index += 1) out += base64Alphabet.charAt((triple >> (18 - 6 * index)) & 63);
  }
  return out;
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** JSON string escaping with every non-ASCII character as \uXXXX and `/` as `\/`, as PHP and Python write it. */
function asciiJson(value: string): string {
  let out = '';
  for (const character of JSON.stringify(value).slice(1, -1)) {
    const code = character.charCodeAt(0);
    if (character === '/') out += '\\/';
    else if (code > 0x7e) {
      for (let index = 0; index < character.length; index += 1) {
        out += `\\u${character.charCodeAt(index).toString(16).padStart(4, '0')}`;
      }
    } else out += character;
  }
  return out;
}

/** Lower-cases A–Z only, so lengths and positions never change (unlike toLowerCase on some Unicode letters). */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/** Invisible characters and whitespace runs become one space, as in the text shown to the user. */
export function collapseSpace(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\s]+/gu, ' ');
}

/**
 * Every form of `secret` a server's text could carry, ASCII-folded to lower case. base64 and base64url come at the
 * three byte alignments, so the encoding of any piece of the secret is a run inside one of them.
 */
export function secretForms(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const url = encodeURIComponent(secret);
  const forms = [secret, collapseSpace(secret), url, url.replace(/%20/g, '+'), JSON.stringify(secret).slice(1, -1), asciiJson(secret), hex(bytes)];
  for (let offset = 0; offset < 3 && offset < bytes.length; offset += 1) {
    const encoded = base64(bytes.subarray(offset));
    forms.push(encoded, encoded.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(forms.map(foldAscii))];
}
