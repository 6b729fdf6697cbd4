// Prints vitest's totals from its JSON report as one plain line, "N passed, N failed, N skipped",
// so that a CI log states what ran without parsing vitest's own summary.
const fs = require('node:fs');

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.log('0 passed, 1 failed (no test report was written)');
  process.exit(0);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
