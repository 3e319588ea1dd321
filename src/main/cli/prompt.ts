// Asks for MFA codes on the terminal. Questions go to stderr so stdout stays clean for the
// credentials; answers are read from stdin.
import { createInterface, type Interface } from 'node:readline'
import { visible } from './output'

/** Only when a person is there to answer: stdin is a terminal and the question would be seen on one. */
export function canPrompt(): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY)
}

/**
 * One readline interface for every question, opened on the first, whose lines are queued: a line typed
 * ahead (the next code, after a wrong one) answers the next question instead of being dropped.
 */
export class TerminalPrompt {
  private rl: Interface | undefined
  private readonly lines: string[] = []
  private ended = false
  private waiting: ((line: string | undefined) => void) | undefined

  /** The answer, or undefined once the user ends input (Ctrl-D) or interrupts (Ctrl-C). */
  ask(question: string): Promise<string | undefined> {
    const rl = (this.rl ??= this.open())
    rl.setPrompt(visible(question))
    rl.prompt()
    const queued = this.lines.shift()
    if (queued !== undefined || this.ended) return Promise.resolve(queued?.trim())
    return new Promise((resolve) => (this.waiting = (line) => resolve(line?.trim())))
  }

  close(): void {
    this.rl?.close()
  }

  private open(): Interface {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
    rl.on('line', (line) => this.answer(line))
    rl.once('close', () => {
      this.ended = true
      this.answer(undefined)
    })
    // Without a listener readline only pauses on Ctrl-C, which would leave the question hanging.
    rl.once('SIGINT', () => rl.close())
    return rl
  }

  private answer(line: string | undefined): void {
    const waiting = this.waiting
    this.waiting = undefined
    if (waiting) waiting(line)
    else if (line !== undefined) this.lines.push(line)
  }
}
