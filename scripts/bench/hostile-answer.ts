// Figure: the worst time to turn a 1 MiB hostile Akool answer into a typed outcome, against JSON.parse of the same bytes. Must not import electron.
import { interpretAnswer } from '../../main/core/akool/response';
import { compareRuns, median, type Figure } from './figure';

const size = 1024 * 1024;
const runs = 15;
const secret = 'bench-secret-Sx9q/w+r t-0123456789';
const token = `eyJhbGciOiJIUzI1NiJ9.${'eyJ1aWQiOjQyfQ'.repeat(8)}.c2lnbmF0dXJlLXNpZ25hdHVyZQ`;

const msgOf = (unit: string): string => JSON.stringify({ code: 1101, msg: unit.repeat(Math.floor((size - 30) / unit.length)) });

/** The answers the issue names (eyJ, Bearer and base64url runs, nested JSON, whitespace), each about 1 MiB. */
export const hostileAnswers: Record<string, string> = {
  'eyJ run in msg': msgOf('eyJ'),
  'Bearer run in msg': msgOf('Bearer '),
  'base64url run in msg': msgOf('Ab0_-zY9'),
  'secret pieces in msg': msgOf(secret.slice(0, 9)),
  'nested JSON': `${'['.repeat(size / 2)}${']'.repeat(size / 2)}`,
  'whitespace body': `${' '.repeat(size - 12)}{"code":1101}`,
};

function timeOnce(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** Per answer, alternating runs of interpretAnswer and JSON.parse; the figure is the answer whose median is worst. */
export function hostileAnswer(): Figure {
  const measured = Object.entries(hostileAnswers).map(([name, text]) => {
    const answer = { kind: 'answer' as const, status: 200, retryAfter: null, text };
    const ours: number[] = [];
    const floor: number[] = [];
    const parse = (): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        return null;
      }
    };
    const interpret = () => interpretAnswer(answer, 'credentials', [secret, token], Date.now());
    interpret();
    parse();
    for (let run = 0; run < runs; run += 1) {
      if (run % 2 === 0) {
        ours.push(timeOnce(interpret));
        floor.push(timeOnce(parse));
      } else {
        floor.push(timeOnce(parse));
        ours.push(timeOnce(interpret));
      }
    }
    return { name, ours, floor };
  });
  const worst = measured.reduce((a, b) => (median(b.ours) > median(a.ours) ? b : a));
  return compareRuns(
    {
      name: 'hostile 1 MiB answer → typed outcome',
      unit: 'ms',
      target: '≤ 16 ms',
      note: `interpretAnswer on the worst of ${measured.length} hostile 1 MiB answers (${worst.name}); floor: JSON.parse of the same bytes; before issue 9 a 360 KB eyJ run took about 49 s`,
    },
    worst.ours,
    worst.floor,
  );
}
