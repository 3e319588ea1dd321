// `rolecall console ROLE`: a federation sign-in URL for the role, opened in the browser or printed.
import { settingsSchema } from '../../../shared/views'
import type { CommandArgs } from '../args'
import { findRole, mfaCodeOption, roleCredentials, withCore } from '../core-session'
import { CommandError, UsageError } from '../errors'
import { systemOpener } from '../open-url'
import { print, note } from '../output'

const regionSchema = settingsSchema.shape.defaultRegion.unwrap()

export async function openConsole({ role, values }: CommandArgs<'console'>): Promise<void> {
  const mfaCode = mfaCodeOption(values['mfa-code'], 'console')
  if (values.region !== undefined && !regionSchema.safeParse(values.region).success) {
    throw new UsageError(`--region "${values.region}" is not a region name like eu-west-1.`, 'console')
  }
  await withCore(async (core) => {
    const target = findRole(core, role)
    await roleCredentials(core, target, { mfaCode })
    const url = await core.consoleUrl(target.id, {
      ...(values.destination ? { destination: values.destination } : {}),
      ...(values.region ? { region: values.region } : {})
    })
    if (!url.ok) throw new CommandError(url.error)
    if (values.print) return print(url.value)
    try {
      await systemOpener().openExternal(url.value)
    } catch (error) {
      throw new CommandError({ code: 'OpenFailed', title: 'Could not open a browser', detail: `${(error as Error).message} Use --print to get the URL.` })
    }
    note(`opened the AWS console as ${target.displayName} in your browser.`)
  })
}
