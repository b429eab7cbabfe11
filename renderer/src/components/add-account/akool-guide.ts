// What the guide link shows: the address of Akool's API-credentials guide, as text. Main holds the address it opens (main/core/guides/guide-pages.ts); test/ui/guide-link.spec.ts proves they match.
export const akoolDocsAddress = 'docs.akool.com/authentication/usage';
