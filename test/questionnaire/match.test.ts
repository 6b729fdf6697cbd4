import { describe, expect, test } from 'vitest';
import type { AnswerText } from '../../src/model/answers';
import { AnswerIndex } from '../../src/questionnaire';

const entry = (id: string, question: string, answer: string, alternatives: string[] = []): AnswerText => ({
  id,
  question,
  alternatives,
  answer,
  short: 'yes',
  controls: [],
  subprocessors: [],
  caiq: [],
  audience: 'public',
  reviewed: '2026-06-26',
});

const library = new AnswerIndex([
  entry('sso-saml', 'Do you support single sign-on with SAML 2.0?', 'Yes, through the customer\u2019s identity provider.'),
  entry('sso-plans', 'Which plans include single sign-on, and does it cost extra?', 'Every plan includes it at no cost.'),
  entry('enforcement', 'Can administrators require two-factor authentication or single sign-on for every member?', 'Yes, per team.'),
  entry('retention', 'What is your data retention policy?', 'Results are deleted after the plan\u2019s retention period.'),
  entry('backups', 'Is customer data backed up?', 'Yes, daily, in a second region.'),
]);

describe('matching a question to the library', () => {
  test('of entries that all cover a short question, the one about nothing else wins, with confidence', () => {
    const match = library.match('Is SSO supported?');
    expect(match.answer?.id).toBe('sso-saml');
    expect(match.confidence).toBe('high');
    expect(match.candidates.map((c) => c.id).slice(0, 2)).toEqual(['sso-saml', 'sso-plans']);
  });

  test('a question whose subject the library never mentions is left blank, though one of its words matches', () => {
    const match = library.match('Does the organisation have a whistleblowing policy?');
    expect(match.answer).toBeUndefined();
    expect(['low', 'none']).toContain(match.confidence);
    expect(match.coverage).toBeLessThan(0.6);
  });

  test('a long question that repeats an approved phrasing is answered, for review', () => {
    const match = library.match('Is customer data backed up to a second region every night, including attachments and logs?');
    expect(match.answer?.id).toBe('backups');
    expect(match.confidence).toBe('medium');
    expect(match.closeness).toBe(1);
  });

  test('a question with no meaningful word gets no candidate at all', () => {
    expect(library.match('Please describe.')).toEqual({ confidence: 'none', candidates: [], coverage: 0, closeness: 0, margin: 0 });
  });
});
