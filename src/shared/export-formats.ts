// Every format Rolecall can hand credentials out in, without a schema library so the CLI can list
// them cheaply: shell snippets, the credential_process document and a credentials-file section.

export const exportFormats = ['bash', 'zsh', 'fish', 'pwsh', 'cmd', 'dotenv', 'json', 'ini'] as const
export type ExportFormat = (typeof exportFormats)[number]
