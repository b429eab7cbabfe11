// Plain-text columns for a terminal, with control characters from account labels shown as `?`. Imports nothing.

// eslint-disable-next-line no-control-regex -- the point is to find control characters
const controlChars = /[\u0000-\u001f\u007f-\u009f]/g;
const clean = (cell: string): string => cell.replace(controlChars, '?');

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows].map((cells) => cells.map(clean));
  const widths = header.map((_, column) => Math.max(...all.map((cells) => (cells[column] ?? '').length)));
  return all.map((cells) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}
