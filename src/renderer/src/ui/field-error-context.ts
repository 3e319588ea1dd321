// Hands a form's current error down to its fields, so each Field can claim the error that names it.
import { createContext } from 'react'
import type { ErrorView } from '../../../shared/views'

export const FieldErrorContext = createContext<ErrorView | null>(null)
