import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The project root, where ts-node finds tsconfig.json and node_modules. */
export const ROOT = join(__dirname, '..', '..', '..');

/** Starts `node` on a TypeScript helper script in a fresh process, compiled on the fly without type checks. */
export function spawnTs(script: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): ChildProcess {
  return spawn(process.execPath, ['-r', require.resolve('ts-node/register', { paths: [ROOT] }), join(__dirname, script), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: '1', TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a helper script to the end and returns its standard output; rejects with its stderr if it fails. */
export function runTs(script: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnTs(script, args, options);
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}: ${err}`))));
  });
}
