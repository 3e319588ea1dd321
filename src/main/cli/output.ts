// Everything the CLI writes. Stdout carries only the requested output (a snippet, JSON, a table, a URL),
// so it can be piped or eval'd; messages, prompts and warnings go to stderr.
import type { ErrorView } from '../../shared/views'

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

export function note(message: string): void {
  process.stderr.write(`rolecall: ${message}\n`)
}

/** "Access denied (AccessDenied): …", the core's words with the AWS error code. */
export function describeFailure(view: ErrorView): string {
  return `${view.title} (${view.code})${view.detail ? `: ${view.detail}` : ''}`
}

/** Left-aligned columns, two spaces apart; the last column is not padded, no line ends in spaces. */
export function table(rows: readonly (readonly string[])[]): string {
  // Plain loops, not a map and a join per row: `rolecall list` lays out thousands of rows.
  const widths: number[] = []
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) widths[i] = Math.max(widths[i] ?? 0, row[i]!.length)
  }
  const lines: string[] = []
  for (const row of rows) {
    let line = ''
    for (let i = 0; i < row.length - 1; i++) line += `${row[i]!.padEnd(widths[i]!)}  `
    lines.push(`${line}${row.at(-1) ?? ''}`.trimEnd())
  }
  return lines.join('\n')
}

/**
 * Exits once stdout and stderr have taken everything: on some platforms writes to pipes are
 * asynchronous, and process.exit would cut off a credentials document half-way.
 */
export async function exit(code: number): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))))
  process.exit(code)
}
