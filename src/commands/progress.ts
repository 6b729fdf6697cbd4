/** One finished stage of a command, for the CLI's progress line. */
export interface Progress {
  stage: string;
  detail: string;
  seconds: number;
}

/** Receives progress; the library never prints, the CLI decides what to show. */
export type ProgressListener = (progress: Progress) => void;

/** Times stages and reports each as it finishes. */
export class Stopwatch {
  private last = performance.now();

  constructor(private readonly listener: ProgressListener) {}

  /** Reports the stage that just finished, timed from the previous report. */
  lap(stage: string, detail: string): void {
    const now = performance.now();
    this.listener({ stage, detail, seconds: (now - this.last) / 1000 });
    this.last = now;
  }
}
