// Ambient types for the renderer: Vite's asset imports and the bridge the preload exposes as window.rolecall.
/// <reference types="vite/client" />
import type { RolecallBridge } from '../../shared/bridge'

declare global {
  interface Window {
    rolecall: RolecallBridge
  }
}
