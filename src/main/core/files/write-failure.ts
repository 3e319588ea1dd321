// Why a file could not be written, in the user's words: the common disk failures by name, anything else
// by the system's own message.
const DISK_FAILURES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EBUSY'])

/** The disk or the file system refused, as opposed to a refusal of the content itself. */
export function isDiskFailure(error: unknown): boolean {
  return DISK_FAILURES.has((error as NodeJS.ErrnoException).code ?? '')
}

export function writeFailureReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  if (e.code === 'ENOSPC' || e.code === 'EDQUOT') return 'the disk is full'
  if (e.code === 'EROFS' || e.code === 'EACCES' || e.code === 'EPERM') return 'it is not writable'
  return e.message
}
