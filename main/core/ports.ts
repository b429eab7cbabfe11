// Ports: the interfaces core needs from the outside world. Must not import electron or node:*.

/** What protects ciphertext at rest, as reported by the cipher after the app is ready. */
export interface Protection {
  /** False when the platform cannot encrypt at all. */
  readonly available: boolean;
  /** e.g. 'aes-256-gcm', 'keychain', 'dpapi', 'gnome_libsecret', 'kwallet5', 'basic_text', 'unknown'. */
  readonly backend: string;
  /** True when the backend only obfuscates (Linux 'basic_text': a hard-coded key), or a probe ciphertext showed it did. */
  readonly weak: boolean;
  /** The marker of a probe ciphertext (e.g. 'v10'), once judged by judgeProtection; absent when not judged. */
  readonly sealMark?: string;
}

/** What a decryption gave back: the text, and whether the cipher wants it sealed again (its key rotated or got stronger). */
export interface Unsealed {
  readonly plainText: string;
  readonly shouldReEncrypt: boolean;
}

/** The protection one ciphertext was sealed under, judged from its own bytes (e.g. Chromium's `v10`/`v11` prefix on Linux). */
export interface SealJudgement {
  readonly level: 'weak' | 'strong';
  /** The non-secret marker that decided it, e.g. 'v11'; shown to the user. */
  readonly mark: string;
}

/** Encrypts single strings. Implemented by Electron safeStorage in the app, AES-256-GCM under Node. */
export interface Cipher {
  protection(): Promise<Protection>;
  encrypt(plainText: string): Promise<Uint8Array>;
  /** Throws when the data was not produced by this cipher's key or was tampered with. */
  decrypt(cipherText: Uint8Array): Promise<Unsealed>;
  /** Judges what protected `cipherText` from its bytes alone; never decrypts. */
  judgeSeal(cipherText: Uint8Array): SealJudgement;
}

/** One JSON document on disk, written whole and atomically with file mode 0600. */
export interface KeyValueStore {
  /** Absolute path of the backing file (for messages and tests). */
  readonly path: string;
  /** The stored document, `{}` when there is no file yet. Throws when the file cannot be read or parsed. */
  read(): Record<string, unknown>;
  /** Replaces the whole document atomically. Throws on failure; the old file then stays intact. */
  write(document: Record<string, unknown>): void;
  /** Renames the current file to a timestamped sibling and returns that path. */
  moveAside(suffix: string): string;
}

/** A fetch-compatible function: Electron's net.fetch in the app, Node's fetch in tests. */
export type Http = (url: string, init: RequestInit) => Promise<Response>;

export type TimerHandle = { readonly id: unknown };

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** How a clipboard write went: `concealed` is false when the platform's "do not keep" formats could not be written. */
export type ClipboardWrite = { concealed: boolean };

/** The system clipboard, text only; asynchronous like Electron's. */
export interface Clipboard {
  readText(): Promise<string>;
  writeText(text: string): Promise<ClipboardWrite>;
  clear(): Promise<void>;
}

export type LogFields = Readonly<Record<string, string | number | boolean | null>>;

/** Structured log sink. Callers pass only redacted, non-secret fields. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** One native notification. Texts carry only an account's label, status and day counts: never a secret or token. */
export interface AlertNotification {
  readonly title: string;
  readonly body: string;
  /** The account a click on the notification should open; null: the window as it is (a scan import waiting). */
  readonly accountId: string | null;
}

/** Shows native notifications: Electron's Notification in the app, a memory list in the harness. */
export interface Notifier {
  notify(notification: AlertNotification): void;
}

/** Shows an https address in the user's default browser: Electron's shell in the app (platform/browser.ts), a recording in the harness. */
export type OpenInBrowser = (url: string) => Promise<void>;
