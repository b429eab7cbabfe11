// Wraps any Logger so no message, field name or field value can carry a token, Bearer, Authorization or x-api-key value. Must not import electron or node:*.
import type { LogFields, Logger } from '../ports';
import { redact, redactionMarker } from './redact';

/** Fields whose whole value is a credential, whatever it looks like. */
const credentialFieldName = /^(?:proxy-authorization|authorization|x-api-key|api[-_]?key|client[-_]?secret|secret|password|token|access[-_]?token)$/i;

function redactFields(fields: LogFields): LogFields {
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => {
      if (credentialFieldName.test(name) && value !== null) return [redact(name, []), redactionMarker];
      return [redact(name, []), typeof value === 'string' ? redact(value, []) : value];
    }),
  );
}

export function createRedactingLogger(inner: Logger): Logger {
  const clean = (message: string, fields?: LogFields): [string, LogFields | undefined] => [
    redact(message, []),
    fields === undefined ? undefined : redactFields(fields),
  ];
  return {
    info: (message, fields) => inner.info(...clean(message, fields)),
    warn: (message, fields) => inner.warn(...clean(message, fields)),
    error: (message, fields) => inner.error(...clean(message, fields)),
  };
}
