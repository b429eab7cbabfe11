// secretlint-rule-akool: the rule (messages + create) that reports Akool credentials by fingerprint, never by value. Imports @secretlint/types (types only) and this package.
import type { SecretLintRuleCreator, SecretLintSourceCode } from '@secretlint/types';
import { fingerprintOf } from './fingerprint.js';
import { findCredentials, readFileContext, type CredentialKind } from './find-credentials.js';
import { findStorageWrites } from './storage-writes.js';

export { fingerprintOf } from './fingerprint.js';
export { findCredentials, mentionsAkool, type CredentialFinding, type CredentialKind } from './find-credentials.js';
export { findStorageWrites, type StorageWrite } from './storage-writes.js';

export const ruleId = 'secretlint-rule-akool';

/** KIND and FINGERPRINT also reach the result's `data` (secretlint keeps a message's props there), so tools read them without parsing text. */
type FoundProps = { NAME: string; FINGERPRINT: string; KIND: CredentialKind };
const found = (what: string, advice: string) => ({
  en: (props: FoundProps) => `Akool ${what} under "${props.NAME}" (sha256 ${props.FINGERPRINT}…). ${advice}`,
});
const moveIt = 'Move it to a vault (akool-vault) and rotate it on Akool\'s API Credentials page if it was ever shared.';

export const messages = {
  AKOOL_CLIENT_SECRET: found('client secret', moveIt),
  AKOOL_API_KEY: found('API key', moveIt),
  AKOOL_TOKEN: found('token (JWT)', 'A token grants the account until it expires: keep it out of files.'),
  AKOOL_CLIENT_ID: found('client ID', 'An identifier, not a credential (lower severity): it is only exposed with its secret.'),
  AKOOL_STORAGE_WRITE: {
    en: (props: { STORAGE: string; NAME: string; KIND: 'storage-write' }) =>
      `Akool credential "${props.NAME}" written to ${props.STORAGE}: any script on the page can read it. Keep credentials on a server.`,
  },
};

const messageIdOf: Record<CredentialKind, 'AKOOL_CLIENT_SECRET' | 'AKOOL_API_KEY' | 'AKOOL_TOKEN' | 'AKOOL_CLIENT_ID'> = {
  'client-secret': 'AKOOL_CLIENT_SECRET',
  'api-key': 'AKOOL_API_KEY',
  token: 'AKOOL_TOKEN',
  'client-id': 'AKOOL_CLIENT_ID',
};

export const creator: SecretLintRuleCreator = {
  messages,
  meta: {
    id: ruleId,
    recommended: true,
    type: 'scanner',
    supportedContentTypes: ['text'],
  },
  create(context) {
    const t = context.createTranslator(messages);
    return {
      file(source: SecretLintSourceCode) {
        const text = source.content;
        for (const finding of findCredentials(text)) {
          const fingerprint = fingerprintOf(text.slice(finding.start, finding.end));
          context.report({
            message: t(messageIdOf[finding.kind], { NAME: finding.name, FINGERPRINT: fingerprint, KIND: finding.kind }),
            range: [finding.start, finding.end],
          });
        }
        for (const write of findStorageWrites(text, readFileContext(text).mentionsAkool)) {
          context.report({
            message: t('AKOOL_STORAGE_WRITE', { STORAGE: write.storage, NAME: write.name, KIND: 'storage-write' }),
            range: [write.start, write.end],
          });
        }
      },
    };
  },
};
