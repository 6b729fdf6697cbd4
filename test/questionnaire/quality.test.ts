import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadModel } from '../../src/commands/validate';
import { Diagnostics } from '../../src/diagnostics';
import { AnswerIndex, measureQuality, type QualityCase } from '../../src/questionnaire';

// The sets measure the example company's library, frozen with the rest of its content as a fixture, so that
// a team's own content/ (with its own library, or none) never changes what this test finds.
const model = loadModel(path.join(__dirname, '../fixtures/tesults/content'), new Diagnostics(), { today: new Date('2026-07-01T00:00:00Z') });
const index = new AnswerIndex(model?.answers ?? []);
const cases = (set: string) => YAML.parse(fs.readFileSync(path.join(__dirname, 'fixtures', `${set}.yaml`), 'utf8')) as QualityCase[];
const ids = new Set(model?.answers.map((a) => a.id));

describe('matching quality on the default library', () => {
  test.each(['tuning', 'held-out', 'held-out-2', 'held-out-3'])('every expected id of the %s set is a library entry', (set) => {
    expect(cases(set).filter((c) => c.expect !== 'none' && !ids.has(c.expect))).toEqual([]);
  });

  test('the sets are large enough to mean something', () => {
    expect(cases('tuning').length).toBeGreaterThanOrEqual(80);
    expect(cases('tuning').filter((c) => c.expect === 'none').length).toBeGreaterThanOrEqual(15);
    expect(cases('held-out').length).toBeGreaterThanOrEqual(40);
    expect(cases('held-out-2').length).toBeGreaterThanOrEqual(40);
    expect(cases('held-out-2').filter((c) => c.expect === 'none').length).toBeGreaterThanOrEqual(10);
    expect(cases('held-out-3').length).toBeGreaterThanOrEqual(70);
    expect(cases('held-out-3').filter((c) => c.expect === 'none').length).toBeGreaterThanOrEqual(20);
  });

  // The floors sit at the figures measured when the library's alternatives were last grown (issue 13): a change that
  // answers fewer questions right, or guesses more, shows here. Raising one is welcome; lowering one needs a reason.
  // The alternatives raised the right answers from 72/50/29% to 82/72/60% and let three more answerable questions
  // of the tuning set and one of held-out-2 reach a neighbouring entry; none more on unanswerable ones.
  // held-out-3 is the set nobody tunes on (see its header): its floor is its measurement with the grown library.
  test('on the tuning set, most answerable questions are answered right, four wrong at most, and no unanswerable one is answered', () => {
    const q = measureQuality(index, cases('tuning'));
    expect(q.rightShare).toBeGreaterThanOrEqual(0.8);
    expect(q.wrong).toBeLessThanOrEqual(4);
    expect(q.wrongOnNone).toBe(0);
  });

  test.each([
    ['held-out', 0.7, 3, 0],
    ['held-out-2', 0.6, 3, 1],
    ['held-out-3', 0.7, 6, 2],
  ])('on the %s set, at least %s of answerable questions are answered right, at most %s wrong, %s of them on unanswerable ones', (set, share, wrong, wrongOnNone) => {
    const q = measureQuality(index, cases(set));
    expect(q.rightShare).toBeGreaterThanOrEqual(share);
    expect(q.wrong).toBeLessThanOrEqual(wrong);
    expect(q.wrongOnNone).toBeLessThanOrEqual(wrongOnNone);
  });
});
