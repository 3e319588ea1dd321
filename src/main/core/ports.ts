// The small interfaces through which the Electron-free core reaches the machine's edge.
// The composition root fills them with Electron's facilities; tests fill them with real Node ones.

/** Asynchronous, as Electron's clipboard module is from Electron 45 on. */
export interface Clipboard {
  readText(): Promise<string>
  writeText(text: string): Promise<void>
}

export interface ExternalOpener {
  openExternal(url: string): Promise<void>
}

export interface Timers {
  /** Wall-clock epoch ms: what expiries are compared with. */
  now(): number
  /** A clock that never jumps, to tell a wall-clock change from elapsed time. */
  monotonic(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemTimers: Timers = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  // Unref'd: a pending warning or refresh must not keep a CLI process alive after its work is done.
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

/** The subset of electron-store (and its base, conf) the core persists through. */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
  readonly path: string
}

/**
 * How well a secret Rolecall kept on disk would be protected by the OS: 'os' (Keychain, DPAPI, a Linux
 * keyring), 'basic_text' (Linux with no keyring: Electron encrypts with a fixed key, so not at all) or
 * 'unavailable'. Rolecall keeps no secret on disk (sessions live in memory), so only the protection level
 * is needed, to tell the user; encrypt and decrypt belong here with the first secret that is persisted.
 */
export type SecretProtection = 'os' | 'basic_text' | 'unavailable'

export interface SecretBox {
  protection(): Promise<SecretProtection>
}

export interface NotificationAction {
  id: 'refresh' | 'dismiss' | 'show'
  label: string
}

/** Desktop notifications; actions appear as buttons where the platform supports them. */
export interface Notifier {
  notify(notification: { title: string; body: string; actions?: NotificationAction[] }, onAction: (id: NotificationAction['id']) => void): void
}

/** What the window itself can be asked to do from the renderer. */
export interface WindowControl {
  hide(): void
}
