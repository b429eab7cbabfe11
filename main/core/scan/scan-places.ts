// Which paths the scan treats specially: dotenv files, built browser output, node_modules, public env prefixes. Pure; no node:*.

/** Paths use `/` (relative to the scanned folder) on every OS. */
const builtOutputRoots = ['dist', 'build', 'out'];

export const isDotenv = (fileName: string): boolean => fileName === '.env' || fileName.startsWith('.env.');

/** True for a path inside built browser output: dist/, build/, out/ or .next/static/ at any depth. */
export function isBuiltOutput(relativePath: string): boolean {
  const parts = relativePath.split('/');
  return parts.some((part, index) => builtOutputRoots.includes(part) || (part === '.next' && parts[index + 1] === 'static'));
}

/** A directory that is scanned even when .gitignore ignores it: built output, and .next on the way to .next/static. */
export function scannedEvenIfIgnored(relativeDirectory: string): boolean {
  const parts = relativeDirectory.split('/');
  const last = parts[parts.length - 1] ?? '';
  return isBuiltOutput(relativeDirectory) || last === '.next';
}

/** Prefixes that bundlers expose to browser code: a value under one ships to every visitor. */
export const publicEnvPrefixes = ['VITE_', 'NEXT_PUBLIC_', 'REACT_APP_', 'EXPO_PUBLIC_', 'NUXT_PUBLIC_', 'PUBLIC_', 'GATSBY_'];

/** The variable's own name: `import.meta.env.VITE_X` → `VITE_X`, `export VITE_X` → `VITE_X`. */
export const variableName = (name: string): string => name.slice(name.lastIndexOf('.') + 1);

export const hasPublicPrefix = (name: string): boolean => publicEnvPrefixes.some((prefix) => variableName(name).startsWith(prefix));

/** Server-side code by its path: server/, api/, *.server.*, middleware: import.meta.env there does not ship. */
export const isServerPath = (relativePath: string): boolean =>
  /(^|\/)(server|api|functions|backend)\//.test(relativePath) || /\.server\.[cm]?[jt]sx?$/.test(relativePath) || /(^|\/)server\.[cm]?[jt]s$/.test(relativePath);
