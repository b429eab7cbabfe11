// The forms a secret can take when a server echoes it (plain, URL- and form-encoded, JSON-escaped, base64, base64url, hex) and the foldings text is compared in. Must not import electron or node:*.

/** Any character above U+007F. */
const beyondAscii = /[\u0080-\uFFFF]/;
const asciiText = new TextDecoder('ascii');
const utf8 = new TextEncoder();

/** The UTF-8 bytes of `text` as a Latin-1 string (one character a byte): ASCII text is its own; else in chunks, so no call gets too many arguments. */
function latin1(text: string, bytes: Uint8Array): string {
  if (!beyondAscii.test(text)) return text;
  let out = '';
  for (let at = 0; at < bytes.length; at += 8192) out += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return out;
}

/** base64 of `binary` (a Latin-1 string) without `=` padding, by the built-in btoa. */
function base64(binary: string): string {
  return btoa(binary).replace(/=+$/, '');
}

const hexPairs = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += hexPairs[byte] ?? '';
  return out;
}

/** What asciiJson rewrites: `/` and anything above `~`. */
const asciiJsonRewrites = /[/\u007F-\uFFFF]/;

/** JSON string escaping with every non-ASCII character as \uXXXX and `/` as `\/`, as PHP and Python write it. */
function asciiJson(value: string): string {
  const json = JSON.stringify(value).slice(1, -1);
  if (!asciiJsonRewrites.test(json)) return json;
  let out = '';
  for (const character of json) {
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


/**
 * Lower-cases A–Z only, so lengths and positions never change (unlike toLowerCase on some Unicode letters). On ASCII
 * text toLowerCase does exactly that, natively; only other text takes the slower run-by-run path.
 */
export function foldAscii(text: string): string {
  return beyondAscii.test(text) ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text.toLowerCase();
}

const notLetterOrDigit = /[^A-Za-z0-9]+/g;
/** Below this length a pattern is quicker than a buffer and a decoder; above, the one pass is (runs of one character apart cost the pattern). */
const shortText = 1024;

/** Only A–Z, a–z and 0–9, lower-cased: `Zx9-Q k2&#8203;L` becomes `zx9qk2l`. Short text by one pattern; long text in one pass over the char codes into one buffer. */
export function squeeze(text: string): string {
  if (text.length <= shortText) return text.replace(notLetterOrDigit, '').toLowerCase();
  const kept = new Uint8Array(text.length);
  let length = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 0x41 && code <= 0x5a) kept[length++] = code + 0x20;
    else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) kept[length++] = code;
  }
  return asciiText.decode(kept.subarray(0, length));
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
  const bytes = utf8.encode(secret);
  const binary = latin1(secret, bytes);
  const url = encodeURIComponent(secret);
  const forms = [secret, collapseSpace(secret), url, url.replace(/%20/g, '+'), JSON.stringify(secret).slice(1, -1), asciiJson(secret), hex(bytes)];
  for (let offset = 0; offset < 3 && offset < bytes.length; offset += 1) {
    const encoded = base64(binary.slice(offset));
    forms.push(encoded, encoded.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...new Set(forms.map(foldAscii))];
}
