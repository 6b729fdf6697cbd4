#!/usr/bin/env node
// Times `answer` on a generated 300-question workbook (bench/questionnaire.js) against the default content,
// in a throw-away copy of the project so that the register of the real one is left alone. Each run is a
// fresh process, as `make answer` is; prints the median wall time, CPU time and peak memory of 5 runs.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const questions = Number(process.argv[2] ?? 300);
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'trust-package-answer-bench-'));
try {
  for (const dir of ['content', 'assets']) fs.cpSync(path.join(root, dir), path.join(project, dir), { recursive: true });
  const file = path.join(project, `questionnaire-${questions}.xlsx`);
  const made = spawnSync(process.execPath, [path.join(__dirname, 'questionnaire.js'), file, String(questions)], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const usageFile = path.join(project, `usage-${i}.json`);
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['-r', path.join(__dirname, 'rusage.js'), path.join(root, 'dist/cli.js'), 'answer', file, '--content', 'content'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, BENCH_RUSAGE: usageFile },
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) throw new Error(run.stderr);
    const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
    runs.push({ wall, cpu: (usage.userMicros + usage.systemMicros) / 1e6, rss: usage.maxRssKiB / 1024, summary: run.stdout.split('\n').find((l) => /questions:/.test(l)) });
  }
  const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[2];
  console.log(runs[0].summary);
  console.log(`answer, ${questions} questions (.xlsx): median of 5 runs ${median('wall').toFixed(2)} s wall, ${median('cpu').toFixed(2)} s CPU, ${median('rss').toFixed(0)} MiB peak; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
} finally {
  fs.rmSync(project, { recursive: true, force: true });
}
