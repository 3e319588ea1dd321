// Everything the CLI writes. Stdout carries only the requested output (a snippet, JSON, a table, a URL),
// so it can be piped or eval'd; messages, prompts and warnings go to stderr. Text meant for a person (notes,
// tables, prompts) passes through visible(), as it carries values from files and from AWS; machine output
// (export snippets, JSON documents, the console URL) has writers of its own and is printed as it is.
import { hasControlCharacter, showControlCharacters } from '../../shared/plain-text'
import type { ErrorView } from '../../shared/views'

/**
 * The text with every character that a terminal would act on or that would disguise the text shown as
 * an escape (ESC as \u001b), so a name in a config file or an AWS message cannot retitle the terminal,
 * clear it, or make one name look like another.
 */
export const visible = (text: string): string => showControlCharacters(text)

export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}

export function note(message: string): void {
  process.stderr.write(`rolecall: ${visible(message)}\n`)
}

/** "Access denied (AccessDenied): …", the core's words with the AWS error code. */
export function describeFailure(view: ErrorView): string {
  return `${view.title} (${view.code})${view.detail ? `: ${view.detail}` : ''}`
}

/** Left-aligned columns, two spaces apart; the last column is not padded, no line ends in spaces. */
export function table(rows: readonly (readonly string[])[]): string {
  const lines = layout(rows)
  // Checked line by line once laid out (a cell holds no line break of its own): thousands of plain rows
  // cost one test each, and only a table with such a character is laid out again with it shown escaped.
  return (lines.some(hasControlCharacter) ? layout(rows.map((row) => row.map(visible))) : lines).join('\n')
}

function layout(rows: readonly (readonly string[])[]): string[] {
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
  return lines
}

/**
 * Exits once stdout and stderr have taken everything: on some platforms writes to pipes are
 * asynchronous, and process.exit would cut off a credentials document half-way.
 */
export async function exit(code: number): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))))
  process.exit(code)
}
