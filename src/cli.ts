#!/usr/bin/env node
import type { Argv } from 'yargs';
import { formatReport, type Diagnostic, type ReportOptions } from './diagnostics';
import { EXIT, fileSystemUserError, UsageError, UserError } from './diagnostics';
import { isEmail } from './load/checks';
import { checkDate, checkRecipientName, checkSentDate } from './load/recipient';
import { pdfPatchesEnabled } from './load/pdf-patches';
import { configurePatches } from './formats/pdf/engine/patches';
import { DIFF_FORMATS, type DiffFormat } from './commands/diff-formats';
import type { Progress } from './commands/progress';
import { readAllowedSigners, readSigningKey } from './commands/signing-files';
import { escapeControl } from './text';

// Each command loads only the modules it needs: verify and list never pay for the renderer.
/* eslint-disable @typescript-eslint/no-require-imports */
const load = {
  build: () => require('./commands/build') as typeof import('./commands/build'),
  unchanged: () => require('./commands/unchanged') as typeof import('./commands/unchanged'),
  commands: () => require('./commands/verify-list') as typeof import('./commands/verify-list'),
  diff: () => require('./commands/diff') as typeof import('./commands/diff'),
  site: () => require('./commands/site') as typeof import('./commands/site'),
  answer: () => require('./commands/answer') as typeof import('./commands/answer'),
};
/* eslint-enable @typescript-eslint/no-require-imports */


function printProgress(p: Progress): void {
  process.stderr.write(`${p.stage.padEnd(9)} ${p.detail.padEnd(52)} ${p.seconds.toFixed(2)} s\n`);
}

/** Lines per rule that `build` prints; `validate` prints every one. */
const BUILD_LINES_PER_RULE = 3;

function report(diagnostics: readonly Diagnostic[], options: ReportOptions = {}): void {
  const text = formatReport(diagnostics, options);
  if (text) process.stderr.write(`${text}\n`);
}

async function main(argv: string[]): Promise<number> {
  // yargs is ESM-only; Node loads it through require(esm), and only when the CLI runs.
  const { default: yargs } = await import('yargs');
  let exitCode: number = EXIT.ok;
  configurePatches({ enabled: pdfPatchesEnabled(process.env) });
  const contentOption = (y: Argv) =>
    y.option('content', { type: 'string', default: 'content', describe: 'Folder holding trust-package.yaml, sections/, legal/...' });
  await yargs(argv)
    .scriptName('trust-package')
    .usage('$0 <command> [options]')
    .command(
      'build',
      'Build the dated package (whitepaper, NDA, DPA, zip) and archive it',
      (y) =>
        contentOption(y)
          .option('out', { type: 'string', default: 'out', describe: 'Folder the package is written to' })
          .option('revision', {
            type: 'boolean',
            default: false,
            describe: 'Archive changed content as a new revision of an already archived review date',
          })
          .option('quiet', { type: 'boolean', default: false, describe: 'Print only problems' })
          .option('recipient', { type: 'string', describe: 'Also build an edition for this recipient, e.g. "Acme Corp"' })
          .option('email', { type: 'string', describe: "The recipient's email address, recorded in the manifest and register" })
          .option('recipients', { type: 'string', describe: 'Also build an edition for each row of this CSV (columns name, email)' })
          .option('address', { type: 'string', describe: "The recipient's address, filled into the NDA and DPA" })
          .option('signatory', { type: 'string', describe: 'Who signs for the recipient, printed in the signature block' })
          .option('sent', { type: 'string', describe: 'The day the editions are sent, YYYY-MM-DD, from the review date to today; default today (UTC)' })
          .option('signing-key', {
            type: 'string',
            describe: 'Sign SHA256SUMS with this OpenSSH Ed25519 private key (kept outside the repository); default $SIGNING_KEY',
          })
          .option('draft', {
            type: 'boolean',
            default: false,
            describe: 'Build the whole package into <out>/draft/ with DRAFT on every page; never archived or registered',
          })
          .conflicts('recipient', 'recipients')
          .implies('email', 'recipient')
          .implies('address', 'recipient')
          .implies('signatory', 'recipient'),
      async (args) => {
        if (args.email !== undefined && !isEmail(args.email)) {
          throw new UsageError(`--email ${JSON.stringify(args.email)} is not an email address, e.g. security@acme.example.`);
        }
        const given = (key: 'email' | 'address' | 'signatory') => (args[key]?.trim() ? { [key]: args[key].trim() } : {});
        const recipient =
          args.recipient === undefined ? [] : [{ name: checkRecipientName(args.recipient), ...given('email'), ...given('address'), ...given('signatory') }];
        const keyFile = args.signingKey || process.env.SIGNING_KEY || undefined;
        const options = {
          contentDir: args.content,
          outDir: args.out,
          revision: args.revision,
          onProgress: args.quiet ? undefined : printProgress,
          recipients: recipient,
          recipientsFile: args.recipients,
          sent: args.sent === undefined ? undefined : checkSentDate(args.sent),
          signingKey: keyFile === undefined ? undefined : readSigningKey(keyFile, args.content),
          draft: args.draft,
          now: new Date(),
          // The file this code runs from (the bundle): part of what makes a rebuild "unchanged".
          toolFile: __filename,
        };
        // Checked before the renderer is loaded: an unchanged rebuild loads none of it.
        const unchanged = load.unchanged().unchangedBuild(options);
        const result = unchanged.result ?? (await load.build().build({ ...options, key: unchanged.key }));
        report(result.diagnostics, { perRule: BUILD_LINES_PER_RULE });
        exitCode = result.ok ? EXIT.ok : EXIT.failed;
        if (result.ok && result.summary) process.stdout.write(`${result.summary}\n`);
      },
    )
    .command(
      'site',
      'Write the public trust page to <out>/site/ alone, without building or archiving the package',
      (y) => contentOption(y).option('out', { type: 'string', default: 'out', describe: 'Folder the site/ folder is written to' }),
      async (args) => {
        const result = await load.site().site({ contentDir: args.content, outDir: args.out });
        report(result.diagnostics);
        exitCode = result.ok ? EXIT.ok : EXIT.failed;
        if (result.ok && result.summary) process.stdout.write(`${result.summary}\n`);
      },
    )
    .command(
      'validate',
      'Check the content and report every problem, without building',
      (y) => contentOption(y),
      async (args) => {
        const result = load.build().validate(args.content);
        report(result.diagnostics);
        exitCode = result.ok ? EXIT.ok : EXIT.failed;
        if (result.ok) process.stdout.write(`${args.content}: valid${result.diagnostics.length ? ' (with warnings)' : ''}\n`);
      },
    )
    .command(
      'verify <package>',
      'Check a package zip or archive folder against its manifest and SHA256SUMS',
      (y) =>
        contentOption(y)
          .positional('package', {
            type: 'string',
            demandOption: true,
            describe: 'A package zip, an archive folder, or an archived review date (latest revision) such as 2026-06-26 or 2026-06-26-r2',
          })
          .option('allowed-signers', { type: 'string', describe: 'An ssh-keygen allowed_signers file: also check that SHA256SUMS.sig is by a key it lists' }),
      async (args) => {
        const allowedSigners = args.allowedSigners === undefined ? undefined : readAllowedSigners(args.allowedSigners);
        const result = await load.commands().verify(args.package, allowedSigners, args.content);
        process.stdout.write(`${result.text}\n`);
        exitCode = result.ok ? EXIT.ok : EXIT.failed;
      },
    )
    .command(
      'list',
      'List the archived packages with date, sha256 and size, then the distribution register',
      (y) => contentOption(y),
      async (args) => {
        process.stdout.write(`${load.commands().list(args.content)}\n`);
      },
    )
    .command(
      'rules',
      'Print every rule with its id, default severity, what it catches and how to fix it (docs/rules.md)',
      (y) => y,
      () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        process.stdout.write((require('./diagnostics/rules-doc') as typeof import('./diagnostics/rules-doc')).rulesDoc());
      },
    )
    .command(
      'diff <from> <to>',
      'Compare two archived versions (a review date, or a package zip) and list the recipients to tell',
      (y) =>
        contentOption(y)
          .positional('from', { type: 'string', demandOption: true, describe: 'The older version: a review date (latest revision), e.g. 2026-06-26, or a zip' })
          .positional('to', { type: 'string', demandOption: true, describe: 'The newer version, the same way' })
          .option('format', { choices: DIFF_FORMATS, default: 'text' as DiffFormat, describe: 'text, md, or pdf (a sub-processor change notice written to --out)' })
          .option('out', { type: 'string', default: 'out', describe: 'Folder the change notice is written to' })
          .option('notice-date', { type: 'string', describe: 'The date of notice, YYYY-MM-DD, from which the objection period runs; default today (UTC)' })
          .option('signing-key', { type: 'string', describe: 'For pdf: sign each notice (a .sig beside it) with this OpenSSH Ed25519 private key; default $SIGNING_KEY' }),
      async (args) => {
        const noticeDate = args.noticeDate === undefined ? undefined : checkDate('--notice-date', args.noticeDate);
        const keyFile = args.format === 'pdf' ? args.signingKey || process.env.SIGNING_KEY || undefined : undefined;
        const result = await load.diff().diff({
          from: args.from,
          to: args.to,
          format: args.format,
          contentDir: args.content,
          outDir: args.out,
          signingKey: keyFile === undefined ? undefined : readSigningKey(keyFile, args.content),
          now: new Date(),
          noticeDate,
        });
        report(result.diagnostics);
        exitCode = result.ok ? EXIT.ok : EXIT.failed;
        if (result.text) process.stdout.write(result.text.endsWith('\n') ? result.text : `${result.text}\n`);
      },
    )
    .command(
      'answer [questionnaire]',
      "Fill a customer's security questionnaire (.xlsx or .csv) from the answer library, or export the CAIQ answers",
      (y) =>
        contentOption(y)
          .positional('questionnaire', { type: 'string', describe: "The customer's questionnaire; it is never changed" })
          .option('out', { type: 'string', default: 'out', describe: 'Folder under which answers/ is written' })
          .option('format', { choices: ['caiq'] as const, describe: 'caiq: write answers/caiq-v4.csv from the library instead' })
          .option('sheet', { type: 'string', describe: 'Answer only this sheet of a workbook' })
          .option('question-column', { type: 'string', describe: 'The question column, as a letter (B) or its header text' })
          .option('answer-column', { type: 'string', describe: 'The answer column, as a letter (D) or its header text' })
          .option('recipient', { type: 'string', describe: 'Who the answers go to, recorded in the register' })
          .option('include-hidden', { type: 'boolean', default: false, describe: 'Answer the sheets and rows the customer hid too' }),
      async (args) => {
        const result = await load.answer().answer({
          contentDir: args.content,
          outDir: args.out,
          file: args.questionnaire,
          format: args.format,
          sheet: args.sheet || undefined,
          columns: { question: args.questionColumn || undefined, answer: args.answerColumn || undefined },
          recipient: args.recipient ? checkRecipientName(args.recipient) : undefined,
          includeHidden: args.includeHidden,
        });
        report(result.diagnostics);
        exitCode = result.ok ? EXIT.ok : EXIT.failed;
        if (result.text) process.stdout.write(`${result.text}\n`);
      },
    )
    .demandCommand(1, 'Name a command: build, site, validate, verify, list, diff, answer or rules.')
    .strict()
    .version()
    .help()
    .fail((message, error, y) => {
      if (error) throw error;
      process.stderr.write(`${y.help()}\n\n${message}\n`);
      exitCode = EXIT.usage;
      throw new ParserUsage();
    })
    .parseAsync();
  return exitCode;
}

/** The argument parser has already printed help and the problem. */
class ParserUsage extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (thrown: unknown) => {
    const error = fileSystemUserError(thrown) ?? thrown;
    if (error instanceof ParserUsage) {
      process.exitCode = EXIT.usage;
    } else if (error instanceof UserError) {
      // Messages can quote a package's file names and values: none may reach the terminal unescaped.
      process.stderr.write(`trust-package: ${escapeControl(error.message)}\n`);
      process.exitCode = error.exitCode;
    } else {
      const stack = (error instanceof Error ? (error.stack ?? error.message) : String(error)).split('\n').map(escapeControl).join('\n');
      process.stderr.write(`trust-package: internal error; please report it with the output below.\n${stack}\n`);
      process.exitCode = EXIT.bug;
    }
  },
);
