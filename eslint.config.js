// Lint rules for every TypeScript source: typescript-eslint's recommended set plus React hooks rules.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  {
    // Main reaches the window only through the adapter, as GitHub Desktop does: events by sendEvent (typed by the
    // event contract and checked against it), requests by registerIpc (sender check, schema check).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/electron/events.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(send|sendSync|sendToFrame|postMessage)$/][callee.object.property.name='webContents']",
          message: 'Send events to the window with sendEvent (src/main/electron/events.ts), which checks them against the event contract.'
        },
        {
          selector: "CallExpression[callee.property.name=/^(send|sendSync|sendToFrame|postMessage)$/][callee.object.name=/^(web)?contents$/i]",
          message: 'Send events to the window with sendEvent (src/main/electron/events.ts), which checks them against the event contract.'
        }
      ]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/index.ts', 'src/main/electron/ipc.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'IPC is wired in one place: registerIpc (main) and the preload bridge, both built from the contract.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['bench/**', 'e2e/**', 'test/**', 'src/main/cli/**'],
    rules: { 'no-console': 'off' }
  }
)
