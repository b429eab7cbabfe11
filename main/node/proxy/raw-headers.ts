// Reads Node's rawHeaders (name, value, name, value…), where a repeated header appears each time instead of the one Node keeps. Must not import electron.

/** Every value of header `name` (lower case), repeats included, in order. */
export function headerValues(rawHeaders: readonly string[], name: string): string[] {
  const values: string[] = [];
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    if ((rawHeaders[index] ?? '').toLowerCase() === name) values.push(rawHeaders[index + 1] ?? '');
  }
  return values;
}
