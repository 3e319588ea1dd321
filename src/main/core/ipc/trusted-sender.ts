// Decides whether an IPC message comes from Rolecall's own renderer: the main frame, loaded from
// exactly the page main loaded. Anything else (an iframe, a navigated page, another origin) is refused.

export interface SenderFrame {
  url: string
  /** null for a top-level frame, as in Electron's WebFrameMain. */
  parent: unknown
}

export function isTrustedSender(frame: SenderFrame | null | undefined, rendererUrl: string): boolean {
  if (!frame || frame.parent !== null) return false
  let sender: URL
  let trusted: URL
  try {
    sender = new URL(frame.url)
    trusted = new URL(rendererUrl)
  } catch {
    return false
  }
  if (sender.protocol !== trusted.protocol) return false
  // file: URLs have no origin worth comparing, so the page itself must match.
  if (trusted.protocol === 'file:') return sender.pathname === trusted.pathname
  return sender.origin === trusted.origin
}
