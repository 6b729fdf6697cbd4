import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** Node's CommonJS loader internals this hook replaces; stable since Node 0.x and used the same way by v8-compile-cache. */
interface LoaderModule {
  exports: unknown;
  filename: string;
  require(id: string): unknown;
  _compile(content: string, filename: string, ...rest: unknown[]): unknown;
}
interface LoaderStatics {
  wrap(script: string): string;
  _resolveFilename(request: string, parent: LoaderModule, isMain: boolean, options?: unknown): string;
  _cache: Record<string, unknown>;
  _extensions: Record<string, unknown>;
  prototype: LoaderModule;
}

/**
 * Keeps V8's compiled code of every CommonJS module the CLI loads (the bundle and pdfmake's packages) in
 * `dir`, and hands it back to V8 on the next start, so that start-up skips parsing and compiling. Node 20 has
 * no `module.enableCompileCache()` (22.1+); this is the `vm.Script` `cachedData` route of v8-compile-cache.
 *
 * An entry is named by the SHA-256 of the module's path and source, so a changed file never meets old code,
 * and V8 itself refuses data made by another V8 version or with other flags (then the entry is made again).
 * Entries are written when the process exits, after the run compiled the functions it used, each atomically
 * (temporary file, rename), so parallel runs do not see half a file. Any failure to read or write the cache
 * only costs speed: the module is compiled as usual.
 */
export function installCompileCache(dir: string): void {
  const loader = Module as unknown as LoaderStatics;
  const original = loader.prototype._compile;
  const pending: { file: string; script: vm.Script }[] = [];

  loader.prototype._compile = function (this: LoaderModule, content: string, filename: string, ...rest: unknown[]) {
    if (!filename.endsWith('.js') && !filename.endsWith('.cjs')) return original.call(this, content, filename, ...rest);
    const file = path.join(dir, `${createHash('sha256').update(filename).update('\0').update(content).digest('hex').slice(0, 32)}.bin`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    // A shebang is a syntax error inside the function wrapper; Node strips it the same way.
    const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    const script = new vm.Script(loader.wrap(source), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ file, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(loader, this), this, filename, path.dirname(filename));
  };

  process.once('exit', () => {
    if (pending.length === 0) return;
    try {
      mkdirSync(dir, { recursive: true });
      for (const { file, script } of pending) {
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, file);
      }
    } catch {
      // A read-only install: the next run compiles again.
    }
  });
}

/** The `require` a module's code receives, as Node builds it (resolve, cache, main, extensions). */
function requireFor(loader: LoaderStatics, mod: LoaderModule): NodeJS.Require {
  const require = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: unknown) => loader._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => (Module as unknown as { _resolveLookupPaths(r: string, m: LoaderModule): string[] | null })._resolveLookupPaths(request, mod);
  require.resolve = resolve;
  require.main = (process as unknown as { mainModule?: NodeJS.Module }).mainModule;
  require.cache = loader._cache as NodeJS.Require['cache'];
  require.extensions = loader._extensions as NodeJS.Require['extensions'];
  return require;
}
