// Generated shared AWS files for the writers' property tests: headers with comments, blanks and odd
// brackets, CRLF, CR and mixed endings, tabs, lone "\r", duplicate sections, [profile x] in a credentials
// file, no final newline, trailing blank lines, and user sections named like Rolecall's own.
import fc from 'fast-check'

/** Profile names Rolecall writes in these tests; the user's files use them too, in every spelling. */
export const ROLECALL_NAMES = ['rolecall-a', 'rolecall-b', 'prod'] as const
const USER_NAMES = ['default', 'work', 'DEFAULT', 'profile work', 'profile rolecall-a', 'sso-session s', ...ROLECALL_NAMES]

const blank = fc.constantFrom('', ' ', '  ', '\t', ' \t')
const comment = fc.constantFrom(' # note', ' ; note', '\t;x', '#x', ';x', ' #', ' # [prod]', '')

const header = fc
  .tuple(blank, fc.constantFrom('', ' ', '\t'), fc.constantFrom(...USER_NAMES), fc.constantFrom('', ' '), fc.constantFrom(']', ']]', '] x'), comment)
  .map(([lead, inner, name, after, close, note]) => `${lead}[${inner}${name}${after}${close}${note}`)

const keyLine = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '\t'),
    fc.constantFrom('aws_access_key_id', 'aws_secret_access_key', 'region', 's3', 'max', 'credential_process', 'role_arn'),
    fc.constantFrom(' = ', '=', ' =', ': '),
    fc.constantFrom('AKIAUSER', 'us-east-1', '', 'x # not a comment to botocore', 'a;b', 'v1\u00e9')
  )
  .map(([lead, key, sep, value]) => `${lead}${key}${sep}${value}`)

const oddLine = fc.constantFrom('garbage', '=x', '[', '[]', '# [prod]', '; [rolecall-a]', '  # indented comment', 'a = 1\rb = 2', 'x\r[rolecall-b]', '\uFEFF[bom]', '[prod')

export const iniLine = fc.oneof(
  { weight: 3, arbitrary: header },
  { weight: 5, arbitrary: keyLine },
  { weight: 2, arbitrary: fc.constantFrom('# comment', '; comment', '  # c', '#') },
  { weight: 2, arbitrary: blank },
  { weight: 1, arbitrary: oddLine }
)

const eolsOf = fc.tuple(fc.constantFrom('lf', 'crlf', 'mixed', 'lf', 'crlf', 'mixed', 'cr'), fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }), fc.boolean(), fc.nat({ max: 2 }))

/** Lines joined with their endings (all LF, all CRLF, mixed, or all CR), maybe no final newline, maybe trailing blank lines. */
const joined = (lines: string[], [mode, crlfs, finalNewline, trailingBlanks]: [string, boolean[], boolean, number]): string => {
  const all = [...lines, ...Array<string>(trailingBlanks).fill('')]
  // Old Mac files end lines with a lone "\r": one line to the SDK, many to botocore.
  const eol = (i: number) => (mode === 'cr' ? '\r' : mode === 'crlf' || (mode === 'mixed' && crlfs[i % crlfs.length]) ? '\r\n' : '\n')
  return all.map((line, i) => line + (i < all.length - 1 || finalNewline ? eol(i) : '')).join('')
}

/** Any lines at all: botocore refuses most such files outright (a line without "=", a duplicate), which must stay so. */
const chaoticFile = fc.tuple(fc.array(iniLine, { maxLength: 14 }), eolsOf).map(([lines, eols]) => joined(lines, eols))

/** A section botocore reads: a header in any spelling, distinct keys, comments, blanks, a nested block. */
const section = (name: string) =>
  fc
    .tuple(
      // An indented header after a nested block is more of its value to botocore: only now and then.
      fc.constantFrom('', '', '', '', ' '),
      fc.constantFrom('', ' '),
      comment,
      fc.uniqueArray(fc.constantFrom('aws_access_key_id', 'aws_secret_access_key', 'region', 'role_arn', 'output'), { maxLength: 4 }),
      fc.array(fc.constantFrom('# c', '; c', '', '  # c', '\t'), { maxLength: 3 }),
      fc.boolean()
    )
    .map(([lead, inner, note, keys, quiet, nested]) => [
      `${lead}[${inner}${name}${inner}]${note}`,
      ...keys.map((key, i) => `${key}${i % 2 ? '=' : ' = '}v${i}${i === 2 ? ' # kept by botocore' : ''}`),
      ...(nested ? ['s3 =', '  max = 1', '\taddressing_style = path'] : []),
      ...quiet
    ])

/** A file botocore reads: comments first, then sections with distinct names (some named like Rolecall's). */
const readableFile = fc
  .tuple(fc.array(fc.constantFrom('# mine', '', '; x'), { maxLength: 2 }), fc.uniqueArray(fc.constantFrom(...USER_NAMES), { maxLength: 5 }), eolsOf)
  .chain(([preamble, names, eols]) => fc.tuple(...names.map(section)).map((sections) => joined([...preamble, ...sections.flat()], eols)))

export const iniFile = fc.oneof({ weight: 1, arbitrary: chaoticFile }, { weight: 2, arbitrary: readableFile })

export type WriterOp =
  | { op: 'write'; name: string }
  | { op: 'remove'; name: string }
  | { op: 'block'; names: string[] }
  | { op: 'unblock' }
  | UserEdit

/** The user's own edit between Rolecall's operations, Rolecall's lines included: a line dropped, doubled, changed or indented, the file turned to CRLF, a section added. */
export interface UserEdit {
  op: 'edit'
  how: 'drop' | 'dup' | 'mangle' | 'indent' | 'crlf' | 'append'
  at: number
}

const userEdit = fc.record({ op: fc.constant('edit' as const), how: fc.constantFrom('drop', 'dup', 'mangle', 'indent', 'crlf', 'append'), at: fc.nat() })

/** Operations on Rolecall's own credentials profiles. */
export const credentialsOps = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('write' as const), name: fc.constantFrom(...ROLECALL_NAMES) }),
    fc.record({ op: fc.constant('remove' as const), name: fc.constantFrom(...ROLECALL_NAMES) }),
    userEdit
  ),
  { minLength: 1, maxLength: 8 }
)

/** Operations on the config file's managed block. */
export const blockOps = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('block' as const), names: fc.subarray([...ROLECALL_NAMES]) }),
    fc.record({ op: fc.constant('unblock' as const) }),
    userEdit
  ),
  { minLength: 1, maxLength: 6 }
)

export interface WriterCase {
  file: 'credentials' | 'config'
  original: string
  ops: WriterOp[]
}

export const writerCase: fc.Arbitrary<WriterCase> = fc.oneof(
  fc.record({ file: fc.constant('credentials' as const), original: iniFile, ops: credentialsOps }),
  fc.record({ file: fc.constant('config' as const), original: iniFile, ops: blockOps })
)
