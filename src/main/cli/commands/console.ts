// `rolecall console ROLE`: a federation sign-in URL for the role, opened in the browser or printed.
import { CONSOLE_DESTINATION_PATTERN } from '../../../shared/console-services'
import { REGION_PATTERN } from '../../../shared/region'
import { signinOverride } from '../../core/console/signin-endpoint'
import type { CommandArgs } from '../args'
import { defined, type CommandArgs as Args } from '../args'
import { CommandError, UsageError } from '../errors'
import { mfaCodeOption } from '../mfa-code'
import { print, note } from '../output'
import { fromRunningApp } from '../running-app'

export async function openConsole({ role, values }: CommandArgs<'console'>): Promise<void> {
  const mfaCode = mfaCodeOption(values['mfa-code'], 'console')
  if (values.destination !== undefined && !CONSOLE_DESTINATION_PATTERN.test(values.destination)) {
    throw new UsageError(`--destination "${values.destination}" is not a console service name like s3 or ec2.`, 'console')
  }
  if (values.region !== undefined && !REGION_PATTERN.test(values.region)) {
    throw new UsageError(`--region "${values.region}" is not a region name like eu-west-1.`, 'console')
  }
  const ignored = signinOverride(process.env).problem
  if (ignored) note(ignored)
  const where = defined({ destination: values.destination, region: values.region })
  const served = await fromRunningApp({ op: 'console', ...defined({ role, mfaCode }), ...where }, 'console')
  if (served && 'url' in served) return show(served.url, values.print, role ?? 'the current session')
  const { findRole, roleCredentials, withStandaloneCore } = await import('../standalone-core')
  await withStandaloneCore(async (core) => {
    const target = findRole(core, role!)
    await roleCredentials(core, target, { mfaCode })
    const url = await core.consoleUrl(target.id, where)
    if (!url.ok) throw new CommandError(url.error)
    await show(url.value, values.print, target.displayName)
  })
}

async function show(url: string, printOnly: Args<'console'>['values']['print'], name: string): Promise<void> {
  if (printOnly) return print(url)
  // Loaded only to open a browser: node:child_process would slow every other answer from the app.
  const { systemOpener } = await import('../open-url')
  // The page holding the URL is watched by a process of its own, which removes it once the browser has read it.
  try {
    await systemOpener().openExternal(url)
  } catch (error) {
    throw new CommandError({ code: 'OpenFailed', title: 'Could not open a browser', detail: `${(error as Error).message} Use --print to get the URL.` })
  }
  note(`opened the AWS console as ${name} in your browser.`)
}
