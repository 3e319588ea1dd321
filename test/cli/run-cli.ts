// Runs the built `rolecall` command as a real subprocess, the way a shell or the AWS CLI runs it,
// with an environment made only of what the test gives it.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const CLI = fileURLToPath(new URL('../../bin/rolecall.js', import.meta.url))
export const BUILT_CLI = fileURLToPath(new URL('../../out/cli/cli.cjs', import.meta.url))

/** The integration tests exercise the build, so without one they fail saying how to make it. */
export function requireBuild(): void {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run "npm run build" first (npm test builds before the unit tests).`)
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** A fresh folder for the app's settings.json, as ROLECALL_DATA_DIR. */
export function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'rolecall-data-'))
}

export function runCli(args: readonly string[], env: Record<string, string>, input = ''): Promise<CliResult> {
  return run(process.execPath, [CLI, ...args], env, input)
}

export function run(command: string, args: readonly string[], env: Record<string, string>, input = '', cwd?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe', ...(cwd ? { cwd } : {}) })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input)
  })
}
