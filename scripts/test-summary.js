// Prints vitest's totals from its JSON report as one plain line, "N passed, N failed, N skipped",
// so that a CI log states what ran without parsing vitest's own summary.
const fs = require('node:fs');

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.log('0 passed, 1 failed (no test report was written)');
  process.exit(0);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
// A file that fails before any of its tests runs (an error in beforeAll, say) fails no test, yet fails the
// run: count each such file as one failure, so the line never says 0 failed when vitest exits non-zero.
const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
