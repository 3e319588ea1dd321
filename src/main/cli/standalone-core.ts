// The app's own core, opened on the app's settings file, for the commands that talk to AWS: finding
// a role by name, and getting its credentials, asking for an MFA code on the terminal when needed.
import Conf from 'conf'
import { isMfaCode, MFA_CODE_MESSAGE } from '../../shared/mfa-code'
import type { RoleView } from '../../shared/views'
import { appDataDir, PRODUCT_NAME, SETTINGS_NAME, settingsFile } from '../core/store/app-paths'
import { openStore, recoveryMessage } from '../core/store/open-store'
import { SETTINGS_FILE_MODE } from '../core/store/shared-store'
import type { Clipboard } from '../core/ports'
import { RolecallCore } from '../core/rolecall-core'
import type { TemporaryCredentials } from '../core/sts/sts-gateway'
import { CommandError } from './errors'
import { systemOpener } from './open-url'
import { describeFailure, note } from './output'
import { canPrompt, TerminalPrompt } from './prompt'

// A terminal session has no clipboard to manage; the core only touches it for "copy", which the CLI never asks for.
const noClipboard: Clipboard = {
  readText: async () => '',
  writeText: async () => {
    throw new Error('The command line does not use the clipboard.')
  }
}

/** Runs `use` with a core that has read the AWS config, and always disposes of it (its timers, its secrets). */
export async function withStandaloneCore<T>(use: (core: RolecallCore) => Promise<T>): Promise<T> {
  // Without the app's JSON Schema, whose compiling would cost each command ~40 ms: every read is checked
  // with the same zod schemas it is made from, and openStore backs up a file that fails them.
  const opened = openStore(
    settingsFile(),
    () => new Conf({ projectName: PRODUCT_NAME.toLowerCase(), cwd: appDataDir(), configName: SETTINGS_NAME, configFileMode: SETTINGS_FILE_MODE })
  )
  if (opened.recovery) note(recoveryMessage(opened.recovery))
  const core = new RolecallCore({ store: opened.store, clipboard: noClipboard, opener: systemOpener() })
  try {
    await core.loadCatalog()
    return await use(core)
  } finally {
    await core.dispose()
  }
}

/** The role ROLE names, read as the broker reads it (catalogue/resolve); a name that fits none or several fails. */
export function findRole(core: RolecallCore, name: string): RoleView {
  const resolved = core.resolveRole(name)
  if (resolved.ok) return resolved.value
  const problems = resolved.error.code === 'UnknownRole' ? core.state().catalog.problems : []
  throw new CommandError({ ...resolved.error, detail: [resolved.error.detail, ...problems].join(' ') })
}

const MAX_PROMPTS = 3

/**
 * The role's credentials from the core (which assumes the role). A role that needs an MFA code gets
 * the --mfa-code one, else up to three typed on the terminal; without a terminal, it fails saying so.
 */
export async function roleCredentials(
  core: RolecallCore,
  role: RoleView,
  options: { mfaCode?: string | undefined; durationSeconds?: number | undefined }
): Promise<{ credentials: TemporaryCredentials; region: string }> {
  const prompt = new TerminalPrompt()
  try {
    let mfaCode = options.mfaCode
    for (let prompts = 0; ; prompts++) {
      const result = await core.credentialsFor(role.id, {
        ...(mfaCode ? { mfaCode } : {}),
        ...(options.durationSeconds ? { durationSeconds: options.durationSeconds } : {})
      })
      if (result.ok) return result.value
      const error = result.error
      if (!error.needsMfaCode || options.mfaCode !== undefined || prompts === MAX_PROMPTS) throw new CommandError(error)
      if (!canPrompt()) {
        throw new CommandError({
          ...error,
          detail: `${error.detail} Pass it with --mfa-code CODE: Rolecall only asks for it when stdin and stderr are a terminal.`
        })
      }
      if (mfaCode) note(describeFailure(error))
      mfaCode = await typedMfaCode(prompt, role.mfaSerial)
    }
  } finally {
    prompt.close()
  }
}

async function typedMfaCode(prompt: TerminalPrompt, device: string | undefined): Promise<string> {
  for (;;) {
    const typed = await prompt.ask(`MFA code${device ? ` for ${device}` : ''}: `)
    if (typed === undefined) throw new CommandError({ code: 'MfaRequired', title: 'MFA code needed', detail: 'No code was entered.' })
    if (isMfaCode(typed)) return typed
    note(MFA_CODE_MESSAGE)
  }
}
