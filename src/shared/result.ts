// The one result shape of the app: every request answers with it over IPC, and the core, the CLI and the
// renderer's forms pass it along rather than throwing.
import type { ErrorView } from './views'

export type Ok<T> = { ok: true; value: T }
export type Fail = { ok: false; error: ErrorView }
export type Result<T> = Ok<T> | Fail

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value })
export const fail = (error: ErrorView): Fail => ({ ok: false, error })
