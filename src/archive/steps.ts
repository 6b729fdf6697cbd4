import { appendFileSync } from 'node:fs';

/**
 * The variable naming the step at which the process kills itself: `<n>`, the n-th step of any name;
 * `<name>#<n>`, the n-th time that step is reached; `<name>`, the first time.
 */
export const KILL_AT_VARIABLE = 'TRUST_PACKAGE_KILL_AT';
/** The variable naming a file to which every step reached is appended, one `<name>#<n> <target>` a line. */
export const STEPS_VARIABLE = 'TRUST_PACKAGE_STEPS';

const reached = new Map<string, number>();
let steps = 0;

/**
 * Marks a named point of the write sequence (a staging file written, a folder moved aside, ...), where a
 * crash leaves a state the next build must recover from. A test can stop the process there exactly as a
 * crash would, with SIGKILL (no cleanup, no exit handlers), instead of killing it after a guessed delay:
 * test/hardening/interrupted.test.ts lists the steps of a build, then kills one build at each. Without the
 * two variables a step does nothing.
 */
export function writeStep(name: string, target: string): void {
  const killAt = process.env[KILL_AT_VARIABLE];
  const trace = process.env[STEPS_VARIABLE];
  if (!killAt && !trace) return;
  const n = (reached.get(name) ?? 0) + 1;
  reached.set(name, n);
  steps += 1;
  if (trace) appendFileSync(trace, `${name}#${n} ${target}\n`);
  if (killAt === String(steps) || killAt === `${name}#${n}` || (killAt === name && n === 1)) process.kill(process.pid, 'SIGKILL');
}
