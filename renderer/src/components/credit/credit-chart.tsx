// The credit chart: an SVG line of an account's credit with its first and last values labelled with their dates, and the low-credit threshold as a dashed line when one is set; one image for assistive technology with a summary as its name. Must not import the vault API.
import type { AccountView } from '../../../../preload/contract';
import { chartSummary, creditScale, sparklinePoints } from '../../credit-text';
import { formatCredit, formatShortDateTime } from '../../format';

const width = 320;
const height = 56;

type Props = { points: AccountView['creditHistory']; threshold: number | null };

function EndLabel({ point, side }: { point: AccountView['creditHistory'][number]; side: 'first' | 'last' }) {
  return (
    <span className={`chart-label chart-label-${side}`} data-testid={`chart-${side}`}>
      <strong>{formatCredit(point.credit)}</strong>
      <time dateTime={point.at}>{formatShortDateTime(point.at)}</time>
    </span>
  );
}

export function CreditChart({ points, threshold }: Props) {
  const first = points[0];
  const last = points.at(-1);
  if (first === undefined || last === undefined) return null;
  const y = creditScale(points, height, threshold);
  const summary = `${chartSummary(points)}${threshold === null ? '' : ` Warning level ${formatCredit(threshold)}.`}`;
  return (
    <figure className="credit-figure">
      <svg
        className="credit-chart"
        role="img"
        aria-label={summary}
        viewBox={`-4 -4 ${width + 8} ${height + 8}`}
        preserveAspectRatio="none"
        data-testid="credit-chart"
        data-points={points.length}
      >
        {threshold !== null && (
          <line
            className="chart-threshold"
            data-testid="chart-threshold"
            x1="0"
            x2={width}
            y1={y(threshold)}
            y2={y(threshold)}
            strokeDasharray="5 4"
            vectorEffect="non-scaling-stroke"
          />
        )}
        <polyline
          points={sparklinePoints(points, width, height, y)}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <figcaption className="chart-labels">
        <EndLabel point={first} side="first" />
        {threshold !== null && (
          <span className="chart-threshold-label" data-testid="chart-threshold-label">
            <span className="chart-threshold-swatch" /> warning at {formatCredit(threshold)}
          </span>
        )}
        <EndLabel point={last} side="last" />
      </figcaption>
    </figure>
  );
}
