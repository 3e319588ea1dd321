// Puts secrets on the clipboard and takes them off again after a delay, but only if the clipboard
// still holds exactly what Rolecall put there, so whatever the user copied since is never wiped.
import type { Clipboard, Timers } from './ports'

export class ClipboardUnavailableError extends Error {
  override name = 'ClipboardUnavailable'
}

export class ClipboardGuard {
  private pending: { text: string; timer: unknown } | undefined

  constructor(
    private readonly clipboard: Clipboard,
    private readonly timers: Timers
  ) {}

  async copy(text: string, clearAfterSeconds: number): Promise<void> {
    try {
      await this.clipboard.writeText(text)
    } catch (error) {
      throw new ClipboardUnavailableError(`The clipboard could not be written: ${(error as Error).message}`)
    }
    if (this.pending) this.timers.clearTimeout(this.pending.timer)
    const timer = this.timers.setTimeout(() => void this.clearIfOurs(), clearAfterSeconds * 1000)
    this.pending = { text, timer }
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
