// Finds secrets only past commits hold: reads a bounded `git log -p --all` (no textconv or external diff driver runs), runs the rule on each commit's added lines, names the commit. No node:*.
import type { GitRunner } from './scan-ports';
import { runRule, type RuleHit } from './run-rule';
import type { Skipped } from './scan-types';

export const defaultHistoryLimits = { maxCommits: 2000, maxBytes: 64 * 1024 * 1024 };

/** A hit in a past commit: `line` is the line in that commit's version of the file. */
export interface HistoryHit extends RuleHit {
  file: string;
  commit: string;
}

interface AddedText {
  commit: string;
  file: string;
  lines: string[];
  lineNumbers: number[];
}

const hunkStart = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Splits `git log -p --unified=0 --format=commit %H` into each commit's added lines per file, in log order (newest first). */
export function addedTexts(log: string): AddedText[] {
  const texts: AddedText[] = [];
  let commit = '';
  let current: AddedText | null = null;
  let nextLine = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('commit ')) {
      commit = line.slice(7).trim();
      current = null;
    } else if (line.startsWith('+++ ')) {
      const path = line.slice(4);
      current = path.startsWith('b/') ? { commit, file: path.slice(2), lines: [], lineNumbers: [] } : null;
      if (current !== null) texts.push(current);
    } else if (line.startsWith('@@')) {
      nextLine = Number(hunkStart.exec(line)?.[1] ?? 0);
    } else if (current !== null && line.startsWith('+')) {
      current.lines.push(line.slice(1));
      current.lineNumbers.push(nextLine);
      nextLine += 1;
    }
  }
  return texts.filter((text) => text.lines.length > 0);
}

export async function scanHistory(
  git: GitRunner,
  root: string,
  limits = defaultHistoryLimits,
): Promise<{ hits: HistoryHit[]; skipped: Skipped[] }> {
  // The prefixes and --text are set here, not left to config: diff.noprefix, core.bigFileThreshold or a `-diff`/`binary`
  // attribute (common for bundles, where browser-exposed keys live) would otherwise hide every added line.
  const args = [
    'log', '-p', '--all', '--relative', '--no-color', '--no-ext-diff', '--no-textconv', '--text', '--src-prefix=a/', '--dst-prefix=b/',
    '--unified=0', '--format=commit %H', `--max-count=${limits.maxCommits}`,
  ];
  const answer = await git.run(root, args, limits.maxBytes);
  if (!answer.ok) return { hits: [], skipped: [{ path: '.git', reason: answer.timedOut === true ? 'history-timed-out' : 'not-a-git-repository' }] };
  const hits: HistoryHit[] = [];
  for (const added of addedTexts(answer.stdout)) {
    for (const hit of await runRule(added.file, added.lines.join('\n'))) {
      hits.push({ ...hit, file: added.file, commit: added.commit, line: added.lineNumbers[hit.line - 1] ?? hit.line });
    }
  }
  return { hits, skipped: answer.truncated ? [{ path: '.git', reason: 'history-truncated' }] : [] };
}
