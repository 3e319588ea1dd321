// Runs generated cases of Rolecall's file writers (the credentials file's profiles, the config file's
// credential_process block) and holds every result against the real parsers: the user's sections read
// the same before and after in the SDK's loader and in botocore, the user's bytes are still there (and
// all of them, exactly, once Rolecall has removed what it wrote), and Rolecall's own profiles read back
// as exactly what it wrote. A refusal must leave the file as it was.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { removeProcessProfiles, writeProcessProfiles } from '../../src/main/core/credentials-out/process-profiles/block'
import { removeProfile, writeProfile } from '../../src/main/core/credentials-out/credentials-file'
import { SharedFileError } from '../../src/main/core/ini/shared-file-error'
import type { UserEdit, WriterCase, WriterOp } from './ini-file-arbitrary'
import { botocoreParse, sdkParse, type BotocoreResult, type Parsed } from './ini-parsers'

export interface WriterRun {
  /** Files × operations. */
  inputs: number
  dataChecks: number
  dataLost: number
  writes: number
  refusals: number
  /** Everything that went wrong, with the case to reproduce it. */
  problems: string[]
  onCheck: (kept: boolean) => void
}

/** Rolecall's profiles live in a file after some operations: name → the keys it wrote there. */
type Own = Map<string, Parsed>

/**
 * The file after one of Rolecall's operations, and what to hold it against: the user's original until the
 * user edits the file, then the text just before the operation. `exclude` names Rolecall's profiles
 * (not the user's data); `verify`, those it wrote as they must read (after a user's edit, only those it
 * has rewritten since).
 */
interface Snapshot {
  base: string
  text: string
  exclude: Set<string>
  verify: Own
}

const credentialKeys = (n: number): Parsed => ({ aws_access_key_id: `ASIAKEY${n}`, aws_secret_access_key: `secret/${n}+=`, aws_session_token: `token${n}/+=` })
const processKeys = (name: string, n: number): Parsed => ({ credential_process: `rolecall credential-process ${name}-${n}` })

/** `onCheck` hears every data check as it is made (the hostile suite's tally). */
export async function runWriterCases(cases: readonly WriterCase[], onCheck: (kept: boolean) => void = () => undefined): Promise<WriterRun> {
  const run: WriterRun = { inputs: 0, dataChecks: 0, dataLost: 0, writes: 0, refusals: 0, problems: [], onCheck }
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-writers-'))
  const all: { c: WriterCase; snapshots: Snapshot[] }[] = []
  try {
    for (const [i, c] of cases.entries()) all.push({ c, snapshots: await runCase(c, join(dir, `${i}-${c.file}`), run) })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const texts = [...new Set(all.flatMap(({ snapshots }) => snapshots.flatMap((s) => [s.base, s.text])))]
  const parsed = new Map<string, BotocoreResult>()
  for (let i = 0; i < texts.length; i += 4000) {
    const chunk = texts.slice(i, i + 4000)
    botocoreParse(chunk).forEach((result, j) => parsed.set(chunk[j]!, result))
  }
  for (const { c, snapshots } of all) {
    for (const snapshot of snapshots) {
      const where = `\n  case: ${JSON.stringify(c)}\n  after: ${JSON.stringify(snapshot.text)}`
      const sdk = await compareSdk(c, snapshot)
      check(run, sdk.lost === undefined, `${sdk.lost}${where}`)
      const boto = compareBotocore(c, snapshot, parsed.get(snapshot.base)!, parsed.get(snapshot.text)!)
      check(run, boto.lost === undefined, `${boto.lost}${where}`)
      for (const wrong of [sdk.wrong, boto.wrong]) if (wrong) run.problems.push(`${wrong}${where}`)
    }
  }
  return run
}

/**
 * Applies the case's operations, then removes whatever Rolecall still has there: until the user edits the
 * file, it must stay the user's bytes with Rolecall's appended, and be back to the byte at the end.
 */
async function runCase(c: WriterCase, path: string, run: WriterRun): Promise<Snapshot[]> {
  writeFileSync(path, c.original)
  const state: State = { own: new Map(), block: false, edited: false }
  /** After a user's edit: the profiles Rolecall has written whole since. */
  const rewritten = new Set<string>()
  const snapshots: Snapshot[] = []
  const step = async (op: WriterOp, n: number) => {
    run.inputs += 1
    if (op.op === 'edit') {
      writeFileSync(path, edited(readFileSync(path, 'utf8'), op))
      state.edited = true
      rewritten.clear()
      return
    }
    const before = readFileSync(path, 'utf8')
    const ownBefore = [...state.own.keys()]
    const outcome = await apply(path, op, state, n).catch((error: unknown) => error)
    const after = readFileSync(path, 'utf8')
    if (outcome instanceof SharedFileError) {
      run.refusals += 1
      check(run, after === before, `a refused ${op.op} changed the file: ${outcome.message}\n  case: ${JSON.stringify(c)}`)
      const names = op.op === 'write' || op.op === 'remove' ? [op.name] : op.op === 'block' ? op.names : []
      const inTheWay = state.edited || names.some((name) => c.original.includes(name)) || c.original.includes('DEFAULT')
      if (!inTheWay) run.problems.push(`refused with nothing in the way: ${outcome.message}\n  case: ${JSON.stringify(c)}`)
    } else if (outcome instanceof Error) {
      run.problems.push(`${op.op} failed: ${outcome.stack}\n  case: ${JSON.stringify(c)}`)
    } else {
      if (op.op === 'write' || op.op === 'block') run.writes += 1
      if (op.op === 'block' || op.op === 'unblock') rewritten.clear()
      for (const name of op.op === 'write' ? [op.name] : op.op === 'block' ? op.names : []) rewritten.add(name)
      if (op.op === 'remove') rewritten.delete(op.name)
    }
    const exclude = new Set([...ownBefore, ...state.own.keys()])
    const verify = new Map([...state.own].filter(([name]) => !state.edited || rewritten.has(name)))
    snapshots.push({ base: state.edited ? before : c.original, text: after, exclude, verify })
    if (state.edited) return
    const kept = state.own.size === 0 && !state.block ? after === c.original : after.startsWith(c.original)
    check(run, kept, `the user's bytes changed after ${op.op}\n  case: ${JSON.stringify(c)}\n  after: ${JSON.stringify(after)}`)
  }
  for (const [i, op] of c.ops.entries()) await step(op, i + 1)
  const cleanup: WriterOp[] = c.file === 'config' ? [{ op: 'unblock' }] : [...state.own.keys()].map((name) => ({ op: 'remove', name }))
  for (const op of cleanup) await step(op, 0)
  return snapshots
}

/** The user's edit applied to the text. */
function edited(text: string, { how, at }: UserEdit): string {
  if (how === 'crlf') return text.replace(/\r?\n/g, '\r\n')
  if (how === 'append') return `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}[user-${at}]\nregion = r${at}\n`
  const lines = text.split(/(?<=\n)/)
  if (lines.length === 0) return text
  const i = at % lines.length
  const line = lines[i]!
  const body = line.replace(/\r?\n$/, '')
  const changed = { drop: [], dup: [line, line.endsWith('\n') ? line : `${line}\n`], mangle: [`${body} x${line.slice(body.length)}`], indent: [`  ${line}`] }[how]
  return [...lines.slice(0, i), ...changed, ...lines.slice(i + 1)].join('')
}

/** What Rolecall has in the file: its profiles (name → the keys it wrote), and whether the config block is there. */
interface State {
  own: Own
  block: boolean
  /** The user has edited the file: Rolecall's answers may rightly differ from what it wrote. */
  edited: boolean
}

function check(run: WriterRun, kept: boolean, what: string): void {
  run.onCheck(kept)
  run.dataChecks += 1
  if (!kept) {
    run.dataLost += 1
    run.problems.push(what)
  }
}

async function apply(path: string, op: WriterOp, state: State, n: number): Promise<void> {
  switch (op.op) {
    case 'write': {
      const keys = credentialKeys(n)
      await writeProfile(path, {
        profile: op.name,
        roleName: `Role ${n}\n[default]`,
        credentials: {
          accessKeyId: keys.aws_access_key_id as string,
          secretAccessKey: keys.aws_secret_access_key as string,
          sessionToken: keys.aws_session_token as string,
          expiresAt: Date.parse('2030-01-01T00:00:00Z')
        }
      })
      state.own.set(op.name, keys)
      return
    }
    case 'remove': {
      const removed = await removeProfile(path, op.name)
      if (!state.edited && removed !== state.own.has(op.name)) throw new Error(`removeProfile(${op.name}) said ${removed}`)
      state.own.delete(op.name)
      return
    }
    case 'block': {
      const entries = op.names.map((name) => ({ name, credentialProcess: processKeys(name, n).credential_process as string }))
      await writeProcessProfiles(path, entries)
      state.own.clear()
      for (const name of op.names) state.own.set(name, processKeys(name, n))
      state.block = true
      return
    }
    case 'edit':
      return
    case 'unblock': {
      const removed = await removeProcessProfiles(path)
      if (!state.edited && removed !== state.block) throw new Error(`removeProcessProfiles said ${removed}`)
      state.own.clear()
      state.block = false
    }
  }
}

/** What a parser read differently: a user's section (lost), or Rolecall's own profile (wrong). */
interface Difference {
  lost?: string
  wrong?: string
}

async function compareSdk(c: WriterCase, snapshot: Snapshot): Promise<Difference> {
  const [before, after] = [await sdkParse(snapshot.base, c.file), await sdkParse(snapshot.text, c.file)]
  const difference: Difference = {}
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (snapshot.exclude.has(name) || isDeepStrictEqual(before[name], after[name])) continue
    difference.lost = `SDK reads the user's [${name}] differently: ${JSON.stringify([before[name], after[name]])}`
  }
  for (const [name, keys] of snapshot.verify) {
    if (!isDeepStrictEqual(after[name], keys)) difference.wrong = `SDK reads Rolecall's [${name}] as ${JSON.stringify(after[name])}`
  }
  return difference
}

function compareBotocore(c: WriterCase, snapshot: Snapshot, before: BotocoreResult, after: BotocoreResult): Difference {
  // A file botocore could not read before may be one it reads now (Rolecall took out its own duplicate), never the reverse.
  if ('error' in before) return {}
  if ('error' in after) return { lost: `botocore cannot read the file any more: ${after.error}` }
  const botoName = (name: string) => (c.file === 'config' ? `profile ${name}` : name)
  const own = new Set([...snapshot.exclude].map(botoName))
  const difference: Difference = {}
  for (const name of new Set([...Object.keys(before.sections), ...Object.keys(after.sections)])) {
    if (own.has(name) || isDeepStrictEqual(before.sections[name], after.sections[name])) continue
    difference.lost = `botocore reads the user's [${name}] differently: ${JSON.stringify([before.sections[name], after.sections[name]])}`
  }
  if (!isDeepStrictEqual(before.defaults, after.defaults)) difference.lost = `botocore reads the user's [DEFAULT] differently`
  for (const [name, keys] of snapshot.verify) {
    // configparser gives every section the [DEFAULT] keys; Rolecall's own must win over them.
    const section = after.sections[botoName(name)]
    const expected = new Set([...Object.keys(keys), ...Object.keys(after.defaults)])
    const same = section && Object.keys(section).length === expected.size && Object.entries(keys).every(([key, value]) => section[key] === value)
    if (!same) difference.wrong = `botocore reads Rolecall's [${name}] as ${JSON.stringify(section)}`
  }
  return difference
}
