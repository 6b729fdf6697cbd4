// Types for bench/report.js, so that the TypeScript tests can import its pure parts.
export interface OursRun { wall: number; cpu: number; rssMiB: number }
export interface SizeRow {
  size: string;
  content: { sections: number; controls: number; subprocessors: number };
  runs: number;
  ours: OursRun[];
  peer: { wall: number; cpu: number }[] | null;
  unchanged: number[];
  identical: boolean;
}
export interface EditionsFigures { count: number; runs: number; wall: number; perEdition: number; reported: number }
export const TARGETS: { ratio: Record<string, number>; rssMiB: Record<string, number>; perEditionSeconds: number; unchangedSeconds: number; growth: number };
export const PEER_TOOLS: string[];
export function median(values: readonly number[]): number;
export function parseRuns(text: string | undefined, sizes: readonly string[], fallback: number[]): number[];
export function peerNotice(missing: readonly string[], scriptFound: boolean, dir: string): string | null;
export function formatTable(rows: readonly SizeRow[]): string[];
export function ratio(row: SizeRow): number;
export function cpuRatio(row: SizeRow): number;
export function verdicts(rows: readonly SizeRow[], editions?: EditionsFigures): string[];
export function editionsFigures(count: number, withEditions: number[], base: number[], reported: number[]): EditionsFigures;
export function formatEditions(e: EditionsFigures): string;
