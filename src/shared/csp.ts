// The one Content-Security-Policy for the renderer: injected into index.html at build time and sent
// as a header by main. Development relaxes it only as far as Vite's hot reload needs.

export function contentSecurityPolicy(mode: 'production' | 'development' = 'production'): string {
  const dev = mode === 'development'
  return [
    "default-src 'none'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    dev ? "connect-src 'self' ws:" : "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'"
  ].join('; ')
}
