// Runs secretlint-rule-akool on one text with secretlint's core (the engine @secretlint/node drives per file) and reads its reports back with their values. No node:*.
import { lintSource } from '@secretlint/core';
import type { SecretLintCoreResultMessage } from '@secretlint/types';
import { creator, ruleId } from '../../../secretlint-rule-akool/src/index';
import { findingKinds, type FindingKind } from './scan-types';

/** One report of the rule, with the value it covers (empty for a storage write): stays in main. */
export interface RuleHit {
  kind: FindingKind;
  /** 1-based line and column of the value's first character. */
  line: number;
  column: number;
  name: string;
  fingerprint: string;
  value: string;
  /** secretlint's own message (fingerprint only), kept for SARIF. */
  message: SecretLintCoreResultMessage;
}

const config = { rules: [{ id: ruleId, rule: creator }] };

const isKind = (value: unknown): value is FindingKind => findingKinds.some((kind) => kind === value);
const textField = (data: object | undefined, key: string): string => {
  const value: unknown = data === undefined ? undefined : Object.getOwnPropertyDescriptor(data, key)?.value;
  return typeof value === 'string' ? value : '';
};

export async function runRule(filePath: string, content: string): Promise<RuleHit[]> {
  const ext = filePath.includes('.') ? filePath.slice(filePath.lastIndexOf('.')) : '';
  const result = await lintSource({ source: { filePath, content, ext, contentType: 'text' }, options: { config } });
  const hits: RuleHit[] = [];
  for (const message of result.messages) {
    const kind: unknown = textField(message.data, 'KIND');
    if (!isKind(kind)) continue;
    const [start, end] = message.range;
    hits.push({
      kind,
      line: message.loc.start.line,
      column: message.loc.start.column + 1,
      name: textField(message.data, 'NAME'),
      fingerprint: textField(message.data, 'FINGERPRINT'),
      value: kind === 'storage-write' ? '' : content.slice(start, end),
      message,
    });
  }
  return hits;
}
