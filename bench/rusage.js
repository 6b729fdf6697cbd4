'use strict';
/**
 * Preloaded into the measured process (`node -r bench/rusage.js dist/cli.js ...`): when the process exits,
 * writes its own resource usage as JSON to the file named by BENCH_RUSAGE. Node cannot report the usage
 * of a child it spawned, so the child reports it itself; the cost is one small file read at start-up.
 *
 * CPU is the process's user + system time, plus that of the processes it waited for (`git`), which Linux
 * keeps in /proc/self/stat (cutime, cstime, in clock ticks of 10 ms). Peak memory is the process's maxRSS.
 */
const fs = require('node:fs');

const target = process.env.BENCH_RUSAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    let childrenMicros = 0;
    try {
      // Fields after the parenthesised command name; cutime and cstime are the 16th and 17th overall.
      const stat = fs.readFileSync('/proc/self/stat', 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      childrenMicros = (Number(fields[13]) + Number(fields[14])) * 10_000;
    } catch {
      // Not Linux: children's CPU is left out.
    }
    const report = {
      userMicros: usage.userCPUTime,
      systemMicros: usage.systemCPUTime,
      childrenMicros,
      maxRssKiB: usage.maxRSS,
    };
    fs.writeFileSync(target, JSON.stringify(report));
  });
}
