// The page's content security policy: the same for the desktop window and browser mode.

/** As the page's <meta> tag carries it (renderer/index.html must hold exactly this). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // antd writes its styles at run time (CSS-in-JS), so inline styles are allowed; scripts are not.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * As browser mode's server sends it: frame-ancestors works only in a header (a <meta> tag's is
 * ignored, with a console error), and only a page served over HTTP could be framed by another.
 */
export const HTTP_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
