// Puts secrets on the clipboard and takes them off again after a delay, but only if the clipboard
// still holds exactly what Rolecall put there, so whatever the user copied since is never wiped.
import type { Clipboard, Timers } from '../ports'

export class ClipboardUnavailableError extends Error {
  override name = 'ClipboardUnavailable'
}

/** What was copied, so a refreshed session can put its new credentials in its place. */
export interface CopyTag {
  roleId: string
  format: string
}

export class ClipboardGuard {
  private pending: { text: string; timer: unknown; tag?: CopyTag } | undefined

  constructor(
    private readonly clipboard: Clipboard,
    private readonly timers: Timers
  ) {}

  async copy(text: string, clearAfterSeconds: number, tag?: CopyTag): Promise<void> {
    try {
      await this.clipboard.writeText(text)
    } catch (error) {
      throw new ClipboardUnavailableError(`The clipboard could not be written: ${(error as Error).message}`)
    }
    if (this.pending) this.timers.clearTimeout(this.pending.timer)
    const timer = this.timers.setTimeout(() => void this.clearIfOurs(), clearAfterSeconds * 1000)
    this.pending = { text, timer, ...(tag ? { tag } : {}) }
  }

  /**
   * When a session is refreshed while its export is still on the clipboard, swap in the new
   * credentials (same format, same clear deadline), so a paste never yields expired keys.
   */
  async follow(roleId: string, render: (format: string) => string): Promise<void> {
    const pending = this.pending
    if (!pending?.tag || pending.tag.roleId !== roleId) return
    try {
      if ((await this.clipboard.readText()) !== pending.text) return
      const text = render(pending.tag.format)
      await this.clipboard.writeText(text)
      pending.text = text
    } catch {
      // The old text stays; it was ours and will still be cleared on time.
    }
  }

  /** Clears now (on quit) if the clipboard still holds our text. */
  async clearIfOurs(): Promise<void> {
    const pending = this.pending
    if (!pending) return
    this.timers.clearTimeout(pending.timer)
    this.pending = undefined
    try {
      if ((await this.clipboard.readText()) === pending.text) await this.clipboard.writeText('')
    } catch {
      // Nothing to protect if the clipboard cannot even be read; the secret was never confirmed there.
    }
  }
}
