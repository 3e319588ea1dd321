// The requests from outside the window (the CLI through the broker) that wait for a role's MFA code. They are
// part of the app state rather than one-off events, so a window that is still loading asks for them too.
import type { AppState } from '../../../shared/views'

type Prompt = AppState['mfaPrompts'][number]

export class MfaPrompts {
  private readonly waiting = new Set<Prompt>()
  private issued = 0

  constructor(private readonly onChange: () => void) {}

  list(): Prompt[] {
    return [...this.waiting]
  }

  /** Asks the window for the role's MFA code until the returned function is called. */
  ask(roleId: string): () => void {
    const prompt = { id: String(++this.issued), roleId }
    this.waiting.add(prompt)
    this.onChange()
    return () => {
      if (!this.waiting.delete(prompt)) return
      // Released from inside a listener, a state emitted at once would reach the listeners after this
      // one before the state being delivered does, and the older state, still asking, would be their last.
      queueMicrotask(() => this.onChange())
    }
  }
}
