// Stand-ins for the few Electron objects the hardening, IPC and edge-port modules receive (app,
// session, webContents, ipcMain, events), so their handlers run in plain Node. They only record what
// was registered and let a test fire it; they decide nothing.
import type { App, IpcMain, IpcMainInvokeEvent, Session, WebContents } from 'electron'

type Listener = (...args: unknown[]) => unknown

/** Registers listeners like an EventEmitter and lets the test emit an event to the one registered. */
class Recorder {
  readonly listeners = new Map<string, Listener[]>()

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }

  /** Calls every listener for `name`, as Electron would when the event happens. */
  emit(name: string, ...args: unknown[]): void {
    const registered = this.listeners.get(name) ?? []
    if (registered.length === 0) throw new Error(`nothing listens for ${name}`)
    for (const listener of registered) listener(...args)
  }
}

/** An Electron event whose preventDefault() is remembered. */
export function fakeEvent(): { preventDefault(): void; defaultPrevented: boolean } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

export class FakeWebContents extends Recorder {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  readonly sent: { channel: string; payload: unknown }[] = []
  destroyed = false

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  asElectron(): WebContents {
    return this as unknown as WebContents
  }
}

export class FakeApp extends Recorder {
  asElectron(): App {
    return this as unknown as App
  }
}

type PermissionRequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
type HeadersHandler = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void
) => void

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined
  permissionCheckHandler: ((wc: unknown, permission: string, origin: string, details: unknown) => boolean) | undefined
  headersHandler: HeadersHandler | undefined
  readonly webRequest = {
    onHeadersReceived: (handler: HeadersHandler) => {
      this.headersHandler = handler
    }
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler
  }

  asElectron(): Session {
    return this as unknown as Session
  }
}

type InvokeHandler = (event: IpcMainInvokeEvent, payload: unknown) => unknown

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>()

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }

  /** What ipcRenderer.invoke(channel, payload) from `sender`'s `frame` would resolve to; undefined channels reject, as in Electron. */
  async invoke(channel: string, payload: unknown, sender: FakeWebContents, frame: { url: string; parent: unknown } | null): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return handler({ sender, senderFrame: frame } as unknown as IpcMainInvokeEvent, payload)
  }

  asElectron(): Pick<IpcMain, 'handle'> {
    return this as unknown as Pick<IpcMain, 'handle'>
  }
}
