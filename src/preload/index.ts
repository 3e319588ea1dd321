// The sandboxed preload: exposes exactly the contract's functions as window.rolecall, and nothing of ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from '../shared/bridge'

contextBridge.exposeInMainWorld(
  'rolecall',
  createBridge({
    invoke: (channel, request) => ipcRenderer.invoke(channel, request),
    on: (event, listener) => {
      const wrapped = (_e: unknown, payload: unknown): void => listener(payload)
      ipcRenderer.on(event, wrapped)
      return () => ipcRenderer.removeListener(event, wrapped)
    }
  })
)
