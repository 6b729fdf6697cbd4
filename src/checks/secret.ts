import type { LintRule } from './rule';
import { svgTexts } from './svg';

/** A kind of credential and the pattern that finds it. */
interface SecretPattern {
  name: string;
  pattern: RegExp;
  /** Only in code blocks and code spans, where configuration is quoted. */
  codeOnly?: boolean;
}

const PATTERNS: readonly SecretPattern[] = [
  { name: 'a private key block', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { name: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g },
  { name: 'a Slack token', pattern: /\bxox[bpars]-[A-Za-z0-9-]{10,}/g },
  { name: 'a Stripe secret key', pattern: /\b[sr]k_live_[A-Za-z0-9]{16,}\b/g },
  { name: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    name: 'a password or secret assignment',
    // `password = hunter22`, `db_password: "abc..."`; placeholders such as <password>, ${SECRET} or **** are fine.
    pattern: /(?<![A-Za-z0-9])(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret)\s*[:=]\s*["']?(?![<${*%])[^\s"'<>]{6,}/gi,
    codeOnly: true,
  },
];

/** Shows enough of a secret to find it, never the secret itself. */
export function mask(secret: string): string {
  if (secret.startsWith('-----BEGIN')) return secret;
  const assignment = /^([^:=]*[:=]\s*["']?)(.*)$/.exec(secret);
  if (assignment && assignment[1] !== '' && /[:=]/.test(assignment[1])) return `${assignment[1]}${'*'.repeat(Math.min(assignment[2].length, 8))}`;
  return `${secret.slice(0, 4)}${'*'.repeat(8)} (${secret.length} characters)`;
}

/** The credentials in a text, as [kind, index, match]; `code` says whether the text is code (configuration). */
export function secretsIn(text: string, code: boolean): { name: string; index: number; match: string }[] {
  return PATTERNS.filter((p) => code || !p.codeOnly).flatMap(({ name, pattern }) => [...text.matchAll(pattern)].map((m) => ({ name, index: m.index, match: m[0] })));
}

/** Credentials in content leave the company with the package: keys, tokens, password assignments. */
export const secret: LintRule = {
  id: 'content/secret',
  check(ctx) {
    for (const item of ctx.texts) {
      // A code span is also part of its paragraph's text: check its text once, as code.
      const inParagraphToo = item.code && item.faces.length === 0;
      for (const { name, pattern, codeOnly } of PATTERNS) {
        if (codeOnly ? !item.code : inParagraphToo) continue;
        for (const match of item.text.matchAll(pattern)) {
          ctx.report(item.locate(match.index, match[0].length), `This looks like ${name} in ${item.where}; the package leaves the company, so remove it (and revoke it if it is real)`, {
            expected: 'no credentials',
            actual: mask(match[0]),
          });
        }
      }
    }
    // Text in an SVG image reaches the PDF too (and its attributes ride along in the file).
    for (const { src, text, at } of svgTexts(ctx)) {
      for (const found of secretsIn(text, false)) {
        ctx.report(at, `This looks like ${found.name} in SVG ${src}; the package leaves the company, so remove it (and revoke it if it is real)`, { expected: 'no credentials', actual: mask(found.match) });
      }
    }
  },
};
