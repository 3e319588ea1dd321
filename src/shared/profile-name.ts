// The profile names Rolecall writes into the shared credentials file: ones every AWS CLI and SDK reads the
// same way. Kept free of imports, so the CLI checks --to-credentials-file without loading a schema library.
export const PROFILE_NAME_PATTERN = /^[\w.+@-]{1,64}$/
export const PROFILE_NAME_MESSAGE = 'A profile name is 1 to 64 letters, digits or . + @ _ -.'
