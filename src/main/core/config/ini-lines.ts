// Lines of a shared config file as the SDK's parser (parseIni in @smithy/core) reads them, for the checks
// that must agree with it on what is a section.

/** A line as parseIni reads it: comments cut off, then trimmed. */
export const iniLine = (line: string): string => line.split(/(^|\s)[;#]/)[0]!.trim()

export const isSectionLine = (trimmed: string): boolean => trimmed[0] === '[' && trimmed[trimmed.length - 1] === ']'

/** The file's lines, split where parseIni splits them. */
export const iniLines = (text: string): string[] => text.split(/\r?\n/)
