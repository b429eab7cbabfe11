// The shapes of Akool credentials and the tests that set placeholders, docs examples and other vendors' keys apart. Imports nothing.

/** Longest run considered as a value: anything longer is data (a bundle's base64 image), not a credential. */
export const maxValueLength = 2048;

/** clientId: 24 base64 characters, 16 bytes, so ending `==`. */
const clientIdShape = /^[A-Za-z0-9+/]{22}==$/;
/** clientSecret / API key: at least 32 characters of the base64 (or base64url) alphabet, padding only at the end. */
const secretShape = /^[A-Za-z0-9+/_-]{32,128}={0,2}$/;
/** A JWT: header and payload are base64url JSON objects (`eyJ`), then a signature. Each class is followed by a character outside it. */
const jwtShape = /^eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}$/;

/** Words placeholders and docs are made of, five letters or more: a random credential holds one of them by chance about once in a million. */
const placeholderWords = /xxxxx|example|placeholder|changeme|change_me|dummy|sample|redacted|replace|insert|secret|client|token_?here/i;
/**
 * Shorter words of placeholders (`Your0Akool1Api2Key…`, `fake_key_…`). One alone is no sign: a random credential holds
 * `xxx`, `api` or `key` about once in 1,100 and `your` once in 32,000, so they count only two together.
 */
const shortPlaceholderWords = /your|fake|xxx|here|akool|api|key/gi;
/** Prefixes of other vendors' keys: OpenAI, Anthropic, AWS, Google, GitHub, Slack, Stripe, GitLab, npm, SendGrid, Hugging Face. */
const otherVendorPrefix = /^(?:sk-|sk_|rk_|pk_|AKIA|ASIA|AIza|ghp_|gho_|ghs_|github_pat_|xox[abpr]-|glpat-|npm_|SG\.|hf_)/;
/** A path such as /api/open/v3/faceswap/quota/info: two segments of lower-case letters and digits (one alone starts about one random credential in 16,000). */
const pathLike = /^\/[a-z]{2,}\/[a-z0-9]{2,}\//;

export type ValueShape = 'client-id' | 'secret' | 'jwt';

/** How many kinds of character (upper, lower, digit) the value mixes: random base64 mixes all three. */
function characterKinds(value: string): number {
  return Number(/[A-Z]/.test(value)) + Number(/[a-z]/.test(value)) + Number(/[0-9]/.test(value));
}

/** Too few distinct characters for a random value: `aaaa…`, `abcabc…`, `0123456789…`. */
function tooRegular(value: string): boolean {
  return new Set(value).size < Math.min(12, Math.floor(value.length / 2));
}

/** A value that only stands for a credential: a placeholder, a docs example, a repeated or sequential pattern. */
export function isPlaceholder(value: string): boolean {
  return placeholderWords.test(value) || twoShortWords(value) || tooRegular(value) || /abcdef|123456|ABCDEF/.test(value);
}

function twoShortWords(value: string): boolean {
  const words = new Set(Array.from(value.matchAll(shortPlaceholderWords), (match) => match[0].toLowerCase()));
  return words.size >= 2;
}

/** The credential shape a value has, or null for anything else (including other vendors' keys and placeholders). */
export function shapeOf(value: string): ValueShape | null {
  if (value.length > maxValueLength || otherVendorPrefix.test(value)) return null;
  // A JWT's payload and signature are long random base64url: short words turn up there by chance (1 token in 6,000).
  if (jwtShape.test(value)) return placeholderWords.test(value) || tooRegular(value) ? null : 'jwt';
  if (isPlaceholder(value)) return null;
  if (characterKinds(value) < 2 || pathLike.test(value)) return null;
  if (clientIdShape.test(value)) return 'client-id';
  if (secretShape.test(value)) return 'secret';
  return null;
}
