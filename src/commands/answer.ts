import { FrameworkCatalogue } from '../model/frameworks';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { appendRegister, writeFileAtomic } from '../archive';
import { Diagnostics, UsageError, UserError } from '../diagnostics';
import { readQuestionnaire, type QuestionnaireFile } from '../load/questionnaire';
import type { PackageModel } from '../model';
import { sha256Hex } from '../package';
import {
  AnswerIndex,
  answerQuestions,
  caiqExport,
  countAnswers,
  describeLayout,
  fillCsv,
  fillWorkbook,
  findLayout,
  QuestionnaireRefused,
  questionsOf,
  readCsv,
  readWorkbook,
  reviewMarkdown,
  summaryLine,
  workbookTables,
  type AnsweredSheet,
  type ColumnChoice,
  type Table,
} from '../questionnaire';
import type { CheckResult } from './build';
import { applyRuleSettings, lintModel } from '../checks';
import { defaultAudience, loadContent } from '../load';
import { modelValues, resolveAnswers } from '../model';
import { publicLibrary } from '../documents/public';
import { escapeControl } from '../text';
import { count } from '../text/plural';

/** What `answer` needs besides the content. */
export interface AnswerOptions {
  contentDir: string;
  outDir: string;
  /** The customer's questionnaire; not needed for the CAIQ export. */
  file?: string;
  /** `caiq` writes out/answers/caiq-v4.csv from the library instead of answering a file. */
  format?: 'caiq';
  /** Only this sheet of a workbook. */
  sheet?: string;
  columns?: ColumnChoice;
  /** Answer the sheets and rows the customer hid too; without it they are skipped, and the summary says so. */
  includeHidden?: boolean;
  /** Who the answers go to, for the register. */
  recipient?: string;
  /** The clock, for the register line. */
  now?: Date;
}

export interface AnswerResult extends CheckResult {
  /** What to print: the counts and where the files went. */
  text?: string;
  /** Every file written. */
  files?: string[];
  answered?: AnsweredSheet[];
}

/** Answers a customer's questionnaire from the library, or exports the library as CAIQ answers. */
export async function answer(options: AnswerOptions): Promise<AnswerResult> {
  const diagnostics = new Diagnostics();
  const model = loadLibrary(options.contentDir, diagnostics, options.now ?? new Date());
  if (!model || diagnostics.hasErrors()) return { ok: false, diagnostics: diagnostics.items };
  if (model.answers.length === 0) {
    throw new UserError(`there is no answer library in ${options.contentDir}: create ${options.contentDir}/answers.yaml (see docs/content.md) before answering questionnaires.`);
  }
  // Made only when there is something to write: a refused questionnaire leaves out/ as it was.
  const outDir = path.resolve(options.outDir, 'answers');
  const show = (file: string) => path.relative(process.cwd(), file) || file;

  if (options.format === 'caiq') {
    // The export is often published: its answers are filled from the public content alone (see publicLibrary).
    const exported = caiqExport(publicLibrary(model));
    const file = path.join(outDir, 'caiq-v4.csv');
    await mkdir(outDir, { recursive: true });
    await writeFileAtomic(file, Buffer.from(exported.csv, 'utf8'));
    const leftOut = exported.leftOut.length ? `; ${exported.leftOut.length} nda answers left out (${exported.leftOut.join(', ')})` : '';
    return { ok: true, diagnostics: diagnostics.items, files: [file], text: escapeControl(`${show(file)}: ${exported.rows} CAIQ v4 answers${leftOut}`) };
  }

  if (!options.file) throw new UsageError('name the questionnaire to answer: make answer QUESTIONNAIRE=file.xlsx (or .csv), or FORMAT=caiq for the CAIQ export.');
  const input = readQuestionnaire(options.file);
  const inputSha256 = sha256Hex(input.bytes);
  const answeredFile = path.join(outDir, `${input.name}-answered.${input.format}`);
  if (path.resolve(answeredFile) === input.abs) throw new UserError(`${input.file}: the answered copy would replace the questionnaire itself; move the questionnaire out of ${show(outDir)}.`);
  const index = new AnswerIndex(model.answers);
  const match = (text: string) => index.match(text);

  const { bytes, sheets, notes } = input.format === 'xlsx' ? await answerWorkbook(input, options, match) : answerCsv(input, options, match);
  const reviewFile = path.join(outDir, `${input.name}-review.md`);
  await mkdir(outDir, { recursive: true });
  await writeFileAtomic(answeredFile, bytes);
  await writeFileAtomic(reviewFile, Buffer.from(reviewMarkdown(path.basename(input.abs), sheets, model.answers), 'utf8'));
  const counts = countAnswers(sheets);
  const registerFile = await register(model, input, inputSha256, answeredFile, bytes, counts.questions, counts.answered, options);
  const lines = [
    ...sheets.map((s) => `sheet "${s.name}": ${count(s.questions.length, 'question')}; ${describeLayout(s.layout)}`),
    ...notes,
    summaryLine(counts),
    `${show(answeredFile)} (answered copy; ${path.basename(input.abs)} is unchanged)`,
    `${show(reviewFile)} (questions for a person)`,
    `register: ${show(registerFile)}${options.recipient ? ` (recipient ${options.recipient})` : ''}`,
  ];
  // File and sheet names are the customer's: escaped as verify and diff escape what they print.
  return { ok: true, diagnostics: diagnostics.items, text: lines.map(escapeControl).join('\n'), files: [answeredFile, reviewFile], answered: sheets };
}

/**
 * Loads the content and checks what the answers are drawn from: the configuration, controls,
 * subprocessors and the library. Markdown, fonts and images are `make validate`'s business: answers reach
 * spreadsheets, not PDFs, and parsing the whitepaper would cost more than answering 300 questions.
 */
function loadLibrary(contentDir: string, diagnostics: Diagnostics, today: Date): PackageModel | undefined {
  const content = loadContent(contentDir, diagnostics);
  if (!content) return undefined;
  const values = modelValues(content);
  const answers = resolveAnswers(content.answers ?? [], values, defaultAudience(content.config), diagnostics);
  const model: PackageModel = { content, values, sections: [], controls: [], tables: new Map(), images: [], answers, frameworks: new FrameworkCatalogue(content.config.frameworks) };
  lintModel(model, diagnostics, { today, readFile: () => undefined, ruleSettings: content.config.rules });
  applyRuleSettings(content.config, content.configPositions, diagnostics);
  return model;
}

type Matcher = (text: string) => ReturnType<AnswerIndex['match']>;

interface Filled {
  bytes: Buffer;
  sheets: AnsweredSheet[];
  /** Sheets passed over, and why. */
  notes: string[];
}

async function answerWorkbook(input: QuestionnaireFile, options: AnswerOptions, match: Matcher): Promise<Filled> {
  let workbook;
  try {
    workbook = await readWorkbook(input.bytes);
  } catch (error) {
    if (error instanceof QuestionnaireRefused) throw refused(input, error);
    throw new UserError(`${input.file}: the workbook cannot be read (${(error as Error).message}); open it in a spreadsheet program and save it again as .xlsx.`);
  }
  const { sheets, notes } = laidOut(input, workbookTables(workbook), options, match);
  return { bytes: await fillWorkbook(workbook, sheets), sheets, notes };
}

function answerCsv(input: QuestionnaireFile, options: AnswerOptions, match: Matcher): Filled {
  let read;
  try {
    read = readCsv(input.bytes.toString('utf8'), path.basename(input.abs));
  } catch (error) {
    if (error instanceof QuestionnaireRefused) throw refused(input, error);
    throw new UserError(`${input.file}: the CSV cannot be read (${(error as Error).message}); check its quotes, or save it again from a spreadsheet program.`);
  }
  if (options.sheet) throw new UsageError(`${input.file}: SHEET= applies to workbooks; a CSV file has one sheet.`);
  const { sheets, notes } = laidOut(input, [read.table], options, match);
  return { bytes: fillCsv(read.table, read.style, sheets[0]), sheets, notes };
}

/** A questionnaire past the limits: the place and the limit, after the file's name (`acme.csv:3:7: ...`). */
function refused(input: QuestionnaireFile, error: QuestionnaireRefused): UserError {
  const place = /^\d+:\d+: /.test(error.message) ? ':' : ': ';
  return new UserError(`${input.file}${place}${error.message}.`);
}

/** The sheets to answer, each with its layout and answers; an error when none can be answered. */
function laidOut(input: QuestionnaireFile, tables: readonly Table[], options: AnswerOptions, match: Matcher): { sheets: AnsweredSheet[]; notes: string[] } {
  let chosen = tables;
  if (options.sheet) {
    const wanted = options.sheet.trim().toLowerCase();
    chosen = tables.filter((t) => t.name.trim().toLowerCase() === wanted);
    if (chosen.length === 0) throw new UsageError(`${input.file}: there is no sheet "${options.sheet}"; the sheets are ${tables.map((t) => `"${t.name}"`).join(', ')}.`);
  }
  const sheets: AnsweredSheet[] = [];
  const notes: string[] = [];
  const problems: string[] = [];
  for (const table of chosen) {
    if (table.hidden && !options.includeHidden) {
      problems.push(`sheet "${table.name}": the customer hid it (${table.hidden === 'veryHidden' ? 'very hidden: no menu of a spreadsheet program shows it' : 'hidden'}); INCLUDE_HIDDEN=1 answers hidden sheets and rows`);
      continue;
    }
    const layout = findLayout(table, options.columns);
    if (typeof layout === 'string') {
      problems.push(`sheet "${table.name}": ${layout}`);
      continue;
    }
    const found = questionsOf(table, layout);
    const hidden = options.includeHidden ? [] : found.filter((q) => q.hidden);
    const questions = found.filter((q) => !hidden.includes(q));
    if (hidden.length > 0) notes.push(`sheet "${table.name}": ${count(hidden.length, 'hidden row')} not answered (${rowList(hidden.map((q) => q.row + 1))}); INCLUDE_HIDDEN=1 answers hidden sheets and rows`);
    if (questions.length === 0) {
      problems.push(`sheet "${table.name}": the header is on row ${layout.header + 1}, but no questions follow it`);
      continue;
    }
    sheets.push({ name: table.name, layout, questions: answerQuestions(questions, match) });
  }
  if (sheets.length === 0) throw new UserError(`${input.file}: no questions found.\n  ${problems.join('\n  ')}`);
  notes.push(...problems.map((p) => `skipped ${p}`));
  return { sheets, notes };
}

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return `${rows.length === 1 ? 'row' : 'rows'} ${shown}${rows.length > 10 ? ` and ${rows.length - 10} more` : ''}`;
}

async function register(model: PackageModel, input: QuestionnaireFile, inputSha256: string, answeredFile: string, bytes: Buffer, questions: number, answers: number, options: AnswerOptions): Promise<string> {
  const { config, root } = model.content;
  return appendRegister(path.resolve(root, config.archive.dir), {
    kind: 'questionnaire',
    recipient: options.recipient ?? null,
    questionnaire: path.basename(input.abs),
    questionnaireSha256: inputSha256,
    answered: path.basename(answeredFile),
    answeredSha256: sha256Hex(bytes),
    reviewDate: config.document.reviewDate,
    questions,
    answers,
    builtAt: (options.now ?? new Date()).toISOString(),
  });
}
