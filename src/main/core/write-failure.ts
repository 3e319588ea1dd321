// Why a file could not be written, in the user's words: the common disk failures by name, anything else
// by the system's own message.
export function writeFailureReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  if (e.code === 'ENOSPC') return 'the disk is full'
  if (e.code === 'EROFS' || e.code === 'EACCES' || e.code === 'EPERM') return 'it is not writable'
  return e.message
}
