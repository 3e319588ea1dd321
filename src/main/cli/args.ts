// Turns argv into one command to run, with Node's util.parseArgs, rejecting anything unexpected as a
// usage error before any file is read or any request is made.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { exportFormats, type ExportFormat } from '../../shared/export-formats'
import { isRoleSessionSeconds } from '../../shared/sts-limits'
import { COMMANDS, isCommand, type CommandName } from './commands'
import { UsageError } from './errors'

type Options<C extends CommandName> = (typeof COMMANDS)[C]['options'] & { help: { type: 'boolean'; short: 'h' } }
type Values<C extends CommandName> =
  Options<C> extends infer O extends NonNullable<ParseArgsConfig['options']>
    ? ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values']
    : never
type RoleArg<C extends CommandName> = (typeof COMMANDS)[C]['role'] extends 'optional' ? string | undefined : undefined

export interface CommandArgs<C extends CommandName> {
  role: RoleArg<C>
  values: Values<C>
}

export type CommandLine =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | { [C in CommandName]: { kind: 'run'; command: C; args: CommandArgs<C> } }[CommandName]

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv
  if (first === undefined) throw new UsageError('no command given.')
  if (first === '-h' || first === '--help') return { kind: 'help' }
  if (first === '--version') return { kind: 'version' }
  if (first === 'help') {
    const topic = rest[0]
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(`there is no command "${topic}".`)
    return topic === undefined ? { kind: 'help' } : { kind: 'help', command: topic }
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option "${first}"; options go after the command.`)
  if (!isCommand(first)) throw new UsageError(`unknown command "${first}".`)
  return parseCommand(first, rest)
}

/** Options whose value may be left out, e.g. `--to-credentials-file [NAME]`; parseArgs needs one, so '' stands for none. */
const OPTIONAL_VALUE = new Set(['--to-credentials-file'])

function withOptionalValues(argv: readonly string[]): string[] {
  return argv.flatMap((arg, i) => {
    const next = argv[i + 1]
    return OPTIONAL_VALUE.has(arg) && (next === undefined || next.startsWith('-')) ? [`${arg}=`] : [arg]
  })
}

function parseCommand<C extends CommandName>(command: C, argv: readonly string[]): CommandLine {
  const spec = COMMANDS[command]
  let parsed: { values: Record<string, unknown>; positionals: string[] }
  try {
    parsed = parseArgs({ args: withOptionalValues(argv), options: { ...spec.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message), command)
  }
  if (parsed.values.help) return { kind: 'help', command }
  const [role, ...extra] = parsed.positionals
  if (spec.role === 'none' && role !== undefined) throw new UsageError(`"${command}" takes no ROLE, but got "${role}".`, command)
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`, command)
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' && !OPTIONAL_VALUE.has(`--${name}`)) throw new UsageError(`--${name} needs a value.`, command)
  }
  return { kind: 'run', command, args: { role, values: parsed.values } } as CommandLine
}

// Node's messages go on to explain "--" for positionals that start with a dash; the first sentence is the point.
function firstSentence(message: string): string {
  const end = message.indexOf('. ')
  return end === -1 ? message : message.slice(0, end + 1)
}

const HOURS_MINUTES_SECONDS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/

/** "900", "15m", "1h", "1h30m", "12h" → seconds, within what STS accepts. */
export function parseDuration(text: string, command: CommandName): number {
  const parts = /^\d+$/.test(text) ? [undefined, undefined, text] : HOURS_MINUTES_SECONDS.exec(text)?.slice(1)
  const [h = '0', m = '0', s = '0'] = parts ?? []
  const seconds = Number(h) * 3600 + Number(m) * 60 + Number(s)
  if (!parts || text === '' || !isRoleSessionSeconds(seconds)) {
    throw new UsageError(
      `--duration "${text}" is not a session length from 15m to 12h; write it as seconds (900) or as 1h, 15m, 1h30m.`,
      command
    )
  }
  return seconds
}

export function parseFormat(text: string | undefined, command: CommandName): ExportFormat {
  if (text === undefined) return 'bash'
  if ((exportFormats as readonly string[]).includes(text)) return text as ExportFormat
  throw new UsageError(`--format "${text}" is not one of ${exportFormats.join(', ')}.`, command)
}

/** Drops the options that were not given, so optional request fields stay absent rather than undefined. */
export function defined<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> }
}
