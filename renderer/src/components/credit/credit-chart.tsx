// A small SVG sparkline of an account's credit, one image for assistive technology with a summary as its name. Must not import the vault API.
import type { AccountView } from '../../../../preload/contract';
import { chartSummary, sparklinePoints } from '../../credit-text';

const width = 240;
const height = 48;

export function CreditChart({ points }: { points: AccountView['creditHistory'] }) {
  const summary = chartSummary(points);
  return (
    <svg
      className="credit-chart"
      role="img"
      aria-label={summary}
      viewBox={`-2 -2 ${width + 4} ${height + 4}`}
      width={width}
      height={height}
      data-testid="credit-chart"
      data-points={points.length}
    >
      {points.length > 1 && (
        <polyline points={sparklinePoints(points, width, height)} fill="none" stroke="currentColor" strokeWidth="2" />
      )}
      {points.length === 1 && <circle cx={width / 2} cy={height / 2} r="3" fill="currentColor" />}
    </svg>
  );
}
