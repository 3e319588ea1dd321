// App-wide Electron hardening: no navigation, no new windows, no webviews, no permissions, and a
// strict CSP header on every response, for every webContents ever created.
import { app, session, type WebContents } from 'electron'
import { contentSecurityPolicy } from '../../shared/csp'

export function hardenApp(mode: 'production' | 'development'): void {
  const policy = contentSecurityPolicy(mode)
  app.on('web-contents-created', (_event, contents) => lockDown(contents))
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] }
    })
  })
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
