// Formats the figures as a fixed-width text table and as Markdown. Must not import app code.
import type { Figure } from './figure';

const columns = ['figure', 'ours', 'floor', 'ratio', 'target', 'runs', 'min / median / max'] as const;

/** Bytes as KiB or MiB once they are large, so the columns stay readable. */
function scaled(value: number, unit: string): [number, string] {
  if (unit !== 'B' || Math.abs(value) < 10 * 1024) return [value, unit];
  return Math.abs(value) < 10 * 1024 * 1024 ? [value / 1024, 'KiB'] : [value / 1024 ** 2, 'MiB'];
}

function number(raw: number | null, rawUnit: string): string {
  if (raw === null) return 'n/a';
  const [value, unit] = scaled(raw, rawUnit);
  const digits = Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`.trim();
}

function row(figure: Figure): string[] {
  const spread =
    figure.min === null || figure.max === null || figure.ours === null
      ? 'n/a'
      : `${number(figure.min, figure.unit)} / ${number(figure.ours, figure.unit)} / ${number(figure.max, figure.unit)}`;
  return [
    figure.name,
    number(figure.ours, figure.unit),
    number(figure.floor, figure.unit),
    figure.ratio === null ? 'n/a' : `${figure.ratio.toFixed(2)}×`,
    figure.target,
    String(figure.runs),
    spread,
  ];
}

export function textTable(figures: readonly Figure[]): string {
  const rows = [[...columns], ...figures.map(row)];
  const widths = columns.map((_, index) => Math.max(...rows.map((cells) => (cells[index] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}

export function markdownTable(figures: readonly Figure[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...figures.map((figure) => line(row(figure)))].join('\n');
}
