// Vite's compile-time constants in the main process (import.meta.env.MODE selects e2e-only code).
/// <reference types="vite/client" />
