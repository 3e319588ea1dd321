// What other capabilities use of the roles Rolecall knows: role sources, the catalogue, role keys, views and the
// resolver. They import it from here, never from the files inside, so this folder's inside can change without
// reaching into theirs.
export { AppRoles } from './app-roles'
export { awsFilePaths } from './aws-file-paths'
export type { AwsFilePaths } from './aws-file-paths'
export type { AwsFiles } from './aws-files'
export { Catalogue } from './catalogue'
export { MAX_CHAIN_PROFILES, SESSION_TAGS_KEY, TRANSITIVE_TAG_KEYS_KEY, profileSection } from './config-profiles'
export type { ConfigRole, CredentialSourceName } from './config-profiles'
export { ConfigProfiles } from './config-source'
export { roleHandlers } from './role-handlers'
export { KEY_CHARACTERS } from './role-key'
export type { Section } from './sdk-sections'
