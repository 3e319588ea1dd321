// App-wide Electron hardening: no navigation, no new windows, no webviews, no permissions, and a
// strict CSP header on every response, for every webContents ever created.
// Electron's objects are passed in rather than imported so tests can drive these handlers in plain Node.
import type { App, Session, WebContents } from 'electron'
import { contentSecurityPolicy } from '../../shared/csp'

export function hardenApp(app: Pick<App, 'on'>, ses: Session, mode: 'production' | 'development'): void {
  const policy = contentSecurityPolicy(mode)
  app.on('web-contents-created', (_event, contents) => lockDown(contents))
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] }
    })
  })
}

export function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
