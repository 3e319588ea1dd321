// Electron security checklist, navigation, new windows, webviews, permissions and the CSP header:
// hardenApp's handlers, registered on fakes of app and session, refuse every request they receive.
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../src/shared/csp'
import { hardenApp } from '../../src/main/electron/security'
import { FakeApp, FakeSession, FakeWebContents, fakeEvent } from './electron-fakes'

function hardened(mode: 'production' | 'development' = 'production') {
  const app = new FakeApp()
  const session = new FakeSession()
  hardenApp(app.asElectron(), session.asElectron(), mode)
  // Every webContents Electron creates (windows, webviews, devtools) passes through this event.
  const contents = new FakeWebContents()
  app.emit('web-contents-created', fakeEvent(), contents)
  return { session, contents }
}

describe('every webContents is locked down when it is created', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents } = hardened()
    const event = fakeEvent()
    contents.emit(name, event, { url: 'https://example.com/' })
    expect(event.defaultPrevented).toBe(true)
  })

  it.each(['https://example.com/', 'https://signin.aws.amazon.com/federation', 'file:///etc/passwd'])(
    'denies window.open(%s)',
    (url) => {
      const { contents } = hardened()
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
  )
})

describe('the default session', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen'])(
    'refuses a %s permission request and check',
    (permission) => {
      const { session } = hardened()
      const answers: boolean[] = []
      session.permissionRequestHandler?.(null, permission, (granted) => answers.push(granted), {})
      expect(answers).toEqual([false])
      expect(session.permissionCheckHandler?.(null, permission, 'file://', {})).toBe(false)
    }
  )

  it.each(['production', 'development'] as const)('sends the %s CSP on every response, replacing any the response had', (mode) => {
    const { session } = hardened(mode)
    let headers: Record<string, unknown> | undefined
    session.headersHandler?.(
      { responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ['default-src *'] } },
      (response) => (headers = response.responseHeaders)
    )
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy(mode)] })
  })
})
