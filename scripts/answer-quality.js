#!/usr/bin/env node
// Prints how well the default answer library answers the question sets of test/questionnaire/fixtures:
// right (the expected entry), wrong (another entry, or an answer where none exists), abstained (left blank).
// Runs the TypeScript sources through ts-node (the CLI is a bundle, which exports none of them).
// `--misses` lists every question not answered right.
require('ts-node').register({ transpileOnly: true, project: require('node:path').join(__dirname, '..', 'tsconfig.json') });
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { loadModel } = require('../src/commands/validate');
const { Diagnostics } = require('../src/diagnostics');
const { AnswerIndex, measureQuality } = require('../src/questionnaire');

const root = path.join(__dirname, '..');
const model = loadModel(path.join(root, 'content'), new Diagnostics());
if (!model || model.answers.length === 0) {
  console.error('answer-quality: the default content has no answer library');
  process.exit(1);
}
const index = new AnswerIndex(model.answers);
for (const set of ['tuning', 'held-out', 'held-out-2', 'held-out-3']) {
  const cases = YAML.parse(fs.readFileSync(path.join(root, 'test/questionnaire/fixtures', `${set}.yaml`), 'utf8'));
  const q = measureQuality(index, cases);
  const share = (n) => `${((100 * n) / q.answerable).toFixed(0)}%`;
  console.log(
    `${set.padEnd(10)} ${q.questions} questions (${q.answerable} answerable): right ${q.right} (${share(q.right)} of answerable), wrong ${q.wrong} (${q.wrongOnNone} on unanswerable), abstained ${q.abstained}`,
  );
  if (process.argv.includes('--misses')) for (const m of q.misses) console.log(`  ${m.confidence.padEnd(6)} expected ${m.expect}, got ${m.got}: ${m.q}`);
}
