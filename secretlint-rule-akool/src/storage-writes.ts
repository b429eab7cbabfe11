// Finds writes of Akool names to localStorage / sessionStorage: setItem('akool…'), .akoolKey =, ['akool…'] =. Linear in the text. Imports nothing.

export type StorageWrite = { start: number; end: number; storage: 'localStorage' | 'sessionStorage'; name: string };

const storageWord = /\b(localStorage|sessionStorage)\b/g;
/** What may follow the storage object, read on at most 200 characters after it. Each class is followed by a character outside it. */
const writeShape = /^\s{0,8}(?:\.setItem\(\s{0,8}["'`]([\w.:-]{1,100})["'`]\s{0,8},|\.([\w$]{1,100})\s{0,8}=(?!=)|\[\s{0,8}["'`]([\w.:-]{1,100})["'`]\s{0,8}\]\s{0,8}=(?!=))/;
/** A credential-like key name: in a file that mentions Akool, `apiKey` or `clientSecret` is as telling as `akoolApiKey`. */
const credentialName = /secret|api_?key|apikey|token|client_?id/i;

/** Every storage write whose key names Akool, or names a credential in a file that mentions Akool. */
export function findStorageWrites(text: string, mentionsAkool: boolean): StorageWrite[] {
  if (!mentionsAkool) return [];
  const writes: StorageWrite[] = [];
  for (const match of text.matchAll(storageWord)) {
    const after = match.index + match[0].length;
    const write = writeShape.exec(text.slice(after, after + 200));
    if (write === null) continue;
    const name = write[1] ?? write[2] ?? write[3] ?? '';
    if (!/akool/i.test(name) && !credentialName.test(name)) continue;
    const storage = match[1] === 'sessionStorage' ? 'sessionStorage' : 'localStorage';
    writes.push({ start: match.index, end: after + write[0].length, storage, name });
  }
  return writes;
}
