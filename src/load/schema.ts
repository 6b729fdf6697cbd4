import { z } from 'zod';
import { check, isCalendarDate, isEmail, isHexColor, isLanguageTag, isWebUrl } from './checks';
import { text } from './fields';
import { STRING_KEYS } from '../text/strings';

const date = check(z.string(), isCalendarDate, {
  rule: 'date',
  problem: 'is not a real calendar date',
  expected: 'a date written YYYY-MM-DD, e.g. 2026-06-26',
});

// Unquoted, `#1F3A5F` starts a YAML comment and the value is lost: say so where it bites.
const color = (description: string) =>
  check(z.string(), isHexColor, { rule: 'color', problem: 'is not a colour', expected: '"#RGB" or "#RRGGBB", in quotes' }).describe(
    `${description}, "#RGB" or "#RRGGBB" in quotes (unquoted, # starts a YAML comment)`,
  );

const website = check(z.string(), (url) => isWebUrl(url), { rule: 'url', problem: 'is not a web address', expected: 'an https or http URL, e.g. https://www.example.com' });

const contact = check(z.string(), (value) => isEmail(value) || isWebUrl(value), {
  rule: 'email',
  problem: 'is neither an email address nor a web address',
  expected: 'an email address such as security@example.com, or an https URL',
});

/** A project-relative path; that the file exists is checked by the config rules. */
const assetPath = (description: string) => text(description);

/** The four brand font faces. */
export const fontsSchema = z
  .strictObject({
    normal: assetPath('the regular face, a TTF or OTF file'),
    bold: assetPath('the bold face, a TTF or OTF file'),
    italics: assetPath('the italic face, a TTF or OTF file'),
    bolditalics: assetPath('the bold italic face, a TTF or OTF file'),
  })
  .describe('brand fonts, four faces; by default the Roboto family shipped with pdfmake');

/** The formats a package holds when `document.formats` is not set: every document as a PDF, the NDA and DPA also in Word. */
export const DEFAULT_FORMATS = ['pdf', 'docx'] as const;

/** Schema of content/trust-package.yaml; the output is a `Config` with every default applied. */
export const configSchema = z
  .strictObject({
    company: z
      .strictObject({
        name: text('the display name, used in titles and file names'),
        legalName: text('the party name in the NDA and DPA, e.g. "Tesults Ltd"'),
        website: website.describe('the company website, an https or http URL'),
        securityContact: contact.describe('where to report security issues: an email address or a URL'),
        address: text('the registered address, printed in the legal templates').optional(),
        certifications: z
          .array(text('a certification or attestation the company itself holds, e.g. "SOC 2 Type II"'))
          .optional()
          .describe('certifications the company itself holds; [] says plainly on the trust page that it holds none'),
      })
      .describe('who publishes the trust package'),
    document: z
      .strictObject({
        title: text('the whitepaper title, e.g. "Security and Compliance Overview"'),
        reviewDate: date.describe('the "Last reviewed" date, YYYY-MM-DD; names the package and its archive entry'),
        classification: text('printed in every page footer, e.g. "Confidential"'),
        language: check(z.string(), isLanguageTag, { rule: 'language', problem: 'is not a language tag', expected: 'a BCP 47 tag such as en or en-GB' })
          .default('en')
          .describe('the BCP 47 language tag of the documents: the PDF metadata, the words the tool prints and the date format (en and de ship); default en'),
        version: text('a free-form document version shown on the cover').optional(),
        formats: z
          .array(z.enum(['pdf', 'docx']))
          .min(1)
          .default([...DEFAULT_FORMATS])
          .describe('the formats the package holds: pdf, docx (Word editions of the NDA and DPA); default [pdf, docx]'),
        owner: text('who owns the document, shown in the document control block on the cover, e.g. "Head of Security"').optional(),
        approver: text('who approved this version, shown in the document control block on the cover').optional(),
        numbering: z
          .boolean()
          .default(false)
          .describe('number the whitepaper\'s headings 1, 1.1, 1.1.1 in the body, the contents and the bookmarks; default false'),
        maxAgeMonths: check(z.number(), (n) => Number.isInteger(n) && n > 0, {
          rule: 'number',
          problem: 'must be a positive whole number',
          expected: 'a whole number of months above 0, e.g. 12',
        })
          .default(12)
          .describe('how many months after reviewDate the content counts as stale (content/review-date-stale); default 12'),
      })
      .describe('the whitepaper'),
    brand: z
      .strictObject({
        logo: assetPath('the logo, an SVG, PNG or JPEG file under the project root, e.g. assets/logo.svg').optional(),
        primaryColor: color('the main brand colour'),
        accentColor: color('the accent colour'),
        fonts: fontsSchema.optional(),
      })
      .describe('logo, colours and fonts'),
    legal: z
      .strictObject({
        subprocessorNoticeDays: check(z.number(), (n) => Number.isInteger(n) && n > 0, {
          rule: 'number',
          problem: 'must be a positive whole number',
          expected: 'a whole number of days above 0, e.g. 30',
        })
          .default(30)
          .describe('days of advance notice before a new sub-processor is engaged (DPA); default 30'),
        governingLaw: text('governing law and venue for the NDA, e.g. "England and Wales"').optional(),
        templateNotice: z
          .boolean()
          .default(true)
          .describe('print "template, not legal advice" at the head and in the footer of the NDA and DPA; turn off once counsel has reviewed them; default true'),
      })
      // prefault, not default: zod would return a default object as is, without its fields' defaults.
      .prefault({})
      .describe('settings of the legal templates'),
    processing: z
      .strictObject({
        subjectMatter: text('what the processing is about, one or two sentences, for Annex I of the DPA').optional(),
        duration: text('how long the processing lasts, e.g. "for the term of the Main Agreement"').optional(),
        nature: text('what is done with the data: hosting, storing, backing up, deleting...').optional(),
        purposes: z.array(text('one purpose of the processing')).optional().describe('why the data is processed, one item per purpose'),
        dataSubjects: z.array(text('one category of data subjects')).optional().describe('whose personal data it is, one item per category'),
        dataCategories: z.array(text('one type of personal data')).optional().describe('the types of personal data processed, one item per type'),
        specialCategories: text('special categories of data (GDPR Article 9) processed, or that none are intended').optional(),
        retention: text('how long the data is kept and how it is deleted').optional(),
      })
      .optional()
      .describe('the processing the DPA describes in Annex I (`::processing`); each item left out is a fill-in line'),
    archive: z
      .strictObject({
        dir: text('where dated packages are kept, project-relative or absolute; default out/archive').default('out/archive'),
      })
      .prefault({})
      .describe('the dated archive of packages'),
    signing: z
      .strictObject({
        publicKey: assetPath(
          'the ssh-ed25519 public key file (one "ssh-ed25519 AAAA... comment" line) that the trust page publishes, e.g. keys/signing.pub; a build with SIGNING_KEY refuses a private key that does not match it',
        ).optional(),
      })
      .optional()
      .describe('package signatures (SHA256SUMS.sig); the private key itself is never configured here, it is given at build time with SIGNING_KEY'),
    site: z
      .strictObject({
        enabled: z.boolean().default(true).describe('write the public trust page, out/site/, with every build; default true'),
        defaultAudience: z
          .enum(['public', 'nda'])
          .default('public')
          .describe('who may see content that names no audience: public or nda; default public'),
        url: website.describe('where out/site/ is published, an https URL; gives security.txt its Canonical line and the feed absolute links').optional(),
      })
      .prefault({})
      .describe('the public trust page'),
    variables: z
      .record(z.string(), text('the value `{{vars.<name>}}` prints'))
      .default({})
      .describe('your own placeholder values, e.g. { dpoEmail: dpo@example.com }, printed by {{vars.dpoEmail}} in every document'),
    frameworks: z
      .record(
        z.string(),
        z
          .strictObject({
            name: text('how documents name the framework, e.g. "Internal security policy"'),
            aliases: z.array(text('another way controls may write the framework')).optional(),
          })
          .describe('a framework of your own: its display name and optional aliases'),
      )
      .default({})
      .describe('frameworks beyond the built-in catalogue, keyed by id, e.g. { internal-policy: { name: "Internal security policy" } }'),
    strings: z
      .strictObject(Object.fromEntries(STRING_KEYS.map((key) => [key, text(`replaces the built-in "${key}" text`).optional()])) as Record<(typeof STRING_KEYS)[number], z.ZodOptional<ReturnType<typeof text>>>)
      .prefault({})
      .describe('replacements for words the tool prints in documents, keyed as in src/text/strings/en.ts, e.g. { contents: "Inhalt" }'),
    rules: z
      .record(z.string(), z.enum(['off', 'warning', 'error']).describe('off, warning or error'))
      .default({})
      .describe('per-rule severity overrides, keyed by rule id, e.g. { "controls/no-frameworks": off }; see docs/rules.md'),
  })
  .describe('content/trust-package.yaml');
