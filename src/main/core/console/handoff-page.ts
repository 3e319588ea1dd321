// The page that carries the console sign-in URL from Rolecall to the browser: it holds the URL, and the
// browser is told only where the page is, so no command line ever holds the URL (see handoff.ts).
// No script, no styles, nothing loaded: a meta refresh, and a link for a browser that ignores it.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)
}

export function handoffPage(url: string): string {
  const href = escapeHtml(url)
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    // Nothing on the page may load or run; the refresh and the link are navigations, which this leaves alone.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0;url=${href}">`,
    '<title>Opening the AWS console</title></head>',
    `<body><p>Opening the AWS console… <a href="${href}" rel="noreferrer">Continue</a></p></body></html>`,
    ''
  ].join('\n')
}
