/**
 * Where an alias's redirect page is published (before the site's base path): one leading and one
 * trailing slash, as every page of the site (`trailingSlash: 'always'`, directory format). The
 * content checks, the alias route and the sitemap all use this one rule.
 */
export function aliasPath(alias: string): string {
  const trimmed = alias.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The alias route's parameter for an alias: its path without the outer slashes. */
export function aliasParam(alias: string): string {
  return aliasPath(alias).slice(1, -1);
}
