// Decides whether the main window may navigate: only to the exact URL it already shows. Must not import electron.

export function isNavigationAllowed(currentUrl: string, targetUrl: string): boolean {
  return URL.canParse(targetUrl) && URL.canParse(currentUrl) && new URL(targetUrl).href === new URL(currentUrl).href;
}
