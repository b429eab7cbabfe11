// Keytar-compatible store of sealed blobs in the vault document (account code opens them through account-seals.ts, which checks bindings). Must not import electron.
import type { DocumentStore } from './document-store';
import type { Cipher } from '../ports';
import type { VaultDocument } from './vault-document';
import { VaultError } from './vault-error';

export interface Credential {
  account: string;
  password: string;
}

/** The subset of keytar's API that akool-vault uses, with keytar's semantics. */
export interface SecretVault {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
  findCredentials(service: string): Promise<Credential[]>;
}

/** Encrypts one secret into the base64 form the vault document stores. */
export async function sealSecret(cipher: Cipher, plainText: string): Promise<string> {
  return Buffer.from(await cipher.encrypt(plainText)).toString('base64');
}

/** The document with one sealed secret set, or removed when `sealed` is null. Pure. */
export function withSecret(document: VaultDocument, service: string, account: string, sealed: string | null): VaultDocument {
  const { [account]: _previous, ...others } = entriesOf(document, service);
  const entries = sealed === null ? others : { ...others, [account]: sealed };
  return { ...document, secrets: { ...document.secrets, [service]: entries } };
}

function entriesOf(document: VaultDocument, service: string): Record<string, string> {
  return (Object.hasOwn(document.secrets, service) ? document.secrets[service] : undefined) ?? {};
}

/** The base64 ciphertext stored for `account` under `service`, or undefined; own properties only. */
export function sealedEntry(document: VaultDocument, service: string, account: string): string | undefined {
  const entries = entriesOf(document, service);
  return Object.hasOwn(entries, account) ? entries[account] : undefined;
}

/** Thrown when a ciphertext cannot be decrypted; the same text wherever it happens. */
export const undecryptable = (): VaultError =>
  new VaultError(
    'storage-failed',
    'A stored secret could not be decrypted: the system keyring or its key changed. Re-enter the secret for this account.',
  );

export function createSecretVault(documents: DocumentStore, cipher: Cipher): SecretVault {
  const decrypt = async (encoded: string): Promise<string> => {
    try {
      return (await cipher.decrypt(Buffer.from(encoded, 'base64'))).plainText;
    } catch {
      throw undecryptable();
    }
  };
  return {
    getPassword: async (service, account) => {
      const encoded = sealedEntry(documents.current(), service, account);
      return encoded === undefined ? null : decrypt(encoded);
    },
    setPassword: async (service, account, password) => {
      const sealed = await sealSecret(cipher, password);
      documents.update((document) => withSecret(document, service, account, sealed));
    },
    deletePassword: async (service, account) => {
      if (!Object.hasOwn(entriesOf(documents.current(), service), account)) return false;
      documents.update((document) => withSecret(document, service, account, null));
      return true;
    },
    findCredentials: async (service) =>
      Promise.all(
        Object.entries(entriesOf(documents.current(), service)).map(async ([account, encoded]) => ({ account, password: await decrypt(encoded) })),
      ),
  };
}
