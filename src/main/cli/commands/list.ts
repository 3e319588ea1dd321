// `rolecall list`: every role the app would show, replayed from a cache while the files it was made from
// are unchanged, so it answers in about the time Node takes to start; only a miss loads the catalogue
// (list-roles.ts).
import { awsFilePaths } from '../../core/catalogue/aws-file-paths'
import { appDataDir, settingsFile } from '../../core/store/app-paths'
import type { CommandArgs } from '../args'
import { listCache } from '../list-cache'
import { note, print } from '../output'

export async function list({ values }: CommandArgs<'list'>): Promise<void> {
  const paths = awsFilePaths()
  const settingsPath = settingsFile()
  const json = values.json ?? false
  const cache = listCache(appDataDir(), json ? 'list-json' : 'list', [paths.config, paths.credentials, settingsPath])
  let listing = cache.read()
  if (!listing) {
    const { listRoles } = await import('./list-roles')
    listing = await listRoles(paths, settingsPath, json)
    cache.write(listing)
  }
  if (listing.stdout) print(listing.stdout)
  for (const warning of listing.warnings) note(warning)
}
