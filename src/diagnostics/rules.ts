/** How bad a finding is: errors fail the build, warnings are reported and let it go on. */
export type Severity = 'error' | 'warning';

/**
 * Every rule any stage reports, in one typed registry: its stage, default severity, whether `rules:` may
 * change it, what it catches and how to fix it. The settings check ids against it, the content checks take
 * their severity from it, and docs/rules.md is written from it (`make rules-doc`), so none can drift.
 */
export interface RuleSpec {
  /** Which stage reports it: the loader, the Markdown stage, the content checks or the recipients file. */
  stage: 'load' | 'markdown' | 'checks' | 'recipients';
  severity: Severity;
  /**
   * Why the rule cannot be turned off or lowered, when it cannot: its finding means input was not read,
   * content would be left out of the documents, or rendering would stop.
   */
  fixed?: string;
  /** What it catches, in Markdown, as docs/rules.md shows it. */
  summary: string;
  /** How to fix what it reports, in Markdown. */
  fix?: string;
}

const UNREAD = 'the file or value could not be read, so content would be missing from the package';
const DROPPED = 'the entry is left out of the documents until it is fixed';
const LOST = 'what it names would be missing from the documents';
const CONFIG = 'the configuration must be valid before anything else can be checked';
const HALTS = 'rendering would stop half way';
const RECIPIENTS = 'the recipients file is checked before any edition is built, and every finding stops the build';

export const RULE_REGISTRY = {
  'content/dangling-colon': { stage: 'checks', severity: 'error', summary: "a paragraph that ends with a colon followed by nothing, or by a heading: the list or table it announces is missing (typically lost to a stray blank line or a bad indent). Reported at the colon", fix: "add the list or table below it, or end the sentence with a full stop" },
  'content/author-marker': { stage: 'checks', severity: 'error', summary: "`TODO`, `TBD`, `XXX` (upper case, whole words), `FIXME` and `lorem ipsum` (any case) in any text that reaches a PDF: sections, legal templates, controls, subprocessors, tables and settings. Markers inside HTML comments are fine: comments never reach a PDF", fix: "finish the text; keep notes in `<!-- -->`" },
  'content/secret': { stage: 'checks', severity: 'error', summary: "likely credentials: `-----BEGIN ... PRIVATE KEY-----` blocks, AWS access key ids (`AKIA`/`ASIA` + 16), GitHub tokens (`ghp_`, `gho_`, `github_pat_` ...), Slack tokens (`xoxb-` ...), Stripe live keys (`sk_live_`, `rk_live_`), Google API keys (`AIza...`), JSON Web Tokens, and `password = ...`-style assignments in code blocks and code spans (placeholders such as `<password>` or `${SECRET}` pass). Link targets are checked too. The message masks the value", fix: "remove it, and revoke it if it is real" },
  'content/missing-glyph': { stage: 'checks', severity: 'error', summary: "a character that the configured fonts cannot draw and that would print as an empty box (emoji, CJK, Arabic, Hebrew, right-to-left marks in Roboto ...). Every text is checked against the normal and bold faces, italic text against the italic faces too. Named with its code point, once per character and file, with a count", fix: "replace the character, or set `brand.fonts` to TTF/OTF files that contain it" },
  'content/font-invalid': { stage: 'checks', severity: 'error', fixed: HALTS, summary: "a `brand.fonts` file that cannot be read as a TrueType or OpenType font", fix: "point the setting at a valid font file" },
  'content/review-date-future': { stage: 'checks', severity: 'error', summary: "`document.reviewDate` later than today", fix: "set the day the content was last reviewed" },
  'content/review-date-stale': { stage: 'checks', severity: 'warning', summary: "`document.reviewDate` more than `document.maxAgeMonths` months ago (default 12)", fix: "review the content and update the date, or raise `document.maxAgeMonths`" },
  'content/image-size': { stage: 'checks', severity: 'error', summary: "an image or the logo over 5 MB, or over 4000 pixels wide or high (PNG and JPEG headers are read; images are embedded at full resolution)", fix: "scale the image down or compress it" },
  'content/image-invalid': { stage: 'checks', severity: 'error', fixed: HALTS, summary: "an image or the logo whose bytes are not the PNG, JPEG or SVG its extension says (rendering would fail on it)", fix: "re-export it, or rename it to its real format" },
  'content/svg-invalid': { stage: 'checks', severity: 'error', fixed: HALTS, summary: "an SVG image or logo that is not well-formed XML, has no `<svg>` root, or nests elements more than 100 deep. Reported at its place in the SVG file", fix: "re-export the drawing from its tool" },
  'content/svg-reference': { stage: 'checks', severity: 'error', fixed: 'an SVG that reaches outside itself could pull files or URLs into the package', summary: "an SVG that refers to anything but itself: `href`/`xlink:href` on `<image>`, `<use>` and others naming a file or URL, CSS `url()` other than `url(#id)`, `@import`, entity declarations in a DOCTYPE, embedded data other than a PNG or JPEG image of at most 1 MB, and `<a href>` links that a Markdown link could not have (only https:, http:, mailto: and #fragments). SVG text and attributes are checked for secrets too (`content/secret`)", fix: "inline what is referred to, or use a `#fragment` of the same file" },
  'subprocessors/near-duplicate': { stage: 'checks', severity: 'warning', summary: "two subprocessors whose names differ only in case, punctuation, legal suffix (Inc, LLC, Ltd, GmbH, ...) or a typo or two (`Cloudflare` / `Cloudfare`); names with different numbers (`Vendor 4` / `Vendor 497`) are different entities", fix: "merge the entries, or make the names tell the entities apart" },
  'controls/no-frameworks': { stage: 'checks', severity: 'warning', summary: "a control with no framework references (the matrix shows \"None mapped\")", fix: "add `frameworks`, or turn the rule off" },
  'brand/accent-contrast': { stage: 'checks', severity: 'warning', summary: "a `brand.accentColor` with less than 4.5:1 contrast against white (WCAG AA for text): the accent prints the classification in every page header. Reported at the setting, with a darker shade of the same hue that passes", fix: "use the suggested colour, or another that reaches 4.5:1" },
  'answers/stale': { stage: 'checks', severity: 'warning', summary: "an answer of the library whose `reviewed` date is more than `document.maxAgeMonths` months ago (default 12)", fix: "check the answer is still true and update `reviewed`" },
  'answers/duplicate-question': { stage: 'checks', severity: 'warning', summary: "two library entries whose `question` or `alternatives` are the same once case, punctuation and accents are ignored, or differ by a typo or two in a phrasing of 20 characters or more: the matcher would have to pick between two approved answers", fix: "merge the entries, or reword one" },
  'answers/unknown-control': { stage: 'checks', severity: 'error', summary: "an answer's `controls` link naming no control of controls.yaml (with a did-you-mean)", fix: "use a control id, or remove the link" },
  'answers/unknown-subprocessor': { stage: 'checks', severity: 'error', summary: "an answer's `subprocessors` link naming no subprocessor of subprocessors.yaml, compared exactly", fix: "write the name as subprocessors.yaml does" },
  'answers/caiq-format': { stage: 'checks', severity: 'error', summary: "a `caiq` entry that is not a CAIQ v4 question id (`CEK-03.1`: domain, two-digit control, question number), or whose domain is not one of the 17 CCM v4 domains (A&A, AIS, BCR, CCC, CEK, DCS, DSP, GRC, HRS, IAM, IPY, IVS, LOG, SEF, STA, TVM, UEM)", fix: "write the id as CSA's workbook does" },
  'answers/caiq-duplicate': { stage: 'checks', severity: 'warning', summary: "one CAIQ question id on two library entries; the CAIQ export keeps the first", fix: "keep the id on the entry that answers it" },
  'answers/short-contradiction': { stage: 'checks', severity: 'warning', summary: "a `short` of yes or no that the opening sentence of the answer contradicts: `no` with \"is available\", \"we offer\", \"supports\"...; `yes` with \"not supported\", \"do not\", \"cannot\", \"never\"... An opening \"Yes\" or \"No\" decides on its own", fix: "correct `short`, or the text" },
  'answers/formula-start': { stage: 'checks', severity: 'warning', summary: "an answer whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage return: a spreadsheet opening a CSV file runs such a field as a formula. The answered CSV and `caiq-v4.csv` write it with a leading `'`, as OWASP advises, so the customer reads the quote too", fix: "start the answer with a word" },
  'yaml/syntax': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "YAML that cannot be parsed: bad indentation, tabs used to indent, unclosed quotes, several documents" },
  'yaml/duplicate-key': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a key written twice in one mapping" },
  'yaml/too-deep': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "nesting deeper than the loader reads (hostile input)" },
  'yaml/alias': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "anchors and aliases that expand too much (\"billion laughs\") or name no anchor" },
  'yaml/warning': { stage: 'load', severity: 'warning', summary: "something the YAML parser accepts but warns about" },
  'csv/syntax': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "CSV that cannot be parsed (an unclosed quote)" },
  'csv/missing-header': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a CSV file without a header row naming its columns" },
  'csv/row-length': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a CSV row with more or fewer fields than the header (the row is left out)" },
  'csv/duplicate-column': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a column named twice in a CSV header" },
  'content/missing-file': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a required file or folder is missing (configuration, sections, controls, subprocessors, legal templates)" },
  'content/empty': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "an empty file, or a YAML file with only comments" },
  'content/binary': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a binary file where text is expected (it holds a NUL byte)" },
  'content/encoding': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a file that is not valid UTF-8; the message gives the first bad byte and its place" },
  'content/too-large': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a source file over 5 MB" },
  'content/not-a-file': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a folder or special file where a file is expected" },
  'content/unreadable': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a file that cannot be read (permissions)" },
  'content/conflict': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "both `<name>.yaml` and `<name>.csv` exist" },
  'content/outside-project': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a section, list, table, legal template, logo, font, key or image that is a symbolic link (or lies in a linked folder) leading outside the project: the build reads only project files", fix: "copy the file into the project instead of linking to it" },
  'content/unknown-file': { stage: 'load', severity: 'warning', summary: "a file in the content folder that the build does not use (with a did-you-mean)" },
  'content/control-character': { stage: 'load', severity: 'warning', summary: "a control character (other than tab and newline) in a YAML or CSV value; it is removed" },
  'config/required-field': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a missing, mistyped, misspelt or unsupported setting in trust-package.yaml" },
  'config/type': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a missing, mistyped, misspelt or unsupported setting in trust-package.yaml" },
  'config/unknown-key': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a missing, mistyped, misspelt or unsupported setting in trust-package.yaml" },
  'config/invalid-value': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a missing, mistyped, misspelt or unsupported setting in trust-package.yaml" },
  'config/date': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a setting that is not a calendar date, a colour, a web address, an email address, a language tag or a positive whole number" },
  'config/color': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a setting that is not a calendar date, a colour, a web address, an email address, a language tag or a positive whole number" },
  'config/url': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a setting that is not a calendar date, a colour, a web address, an email address, a language tag or a positive whole number" },
  'config/email': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a setting that is not a calendar date, a colour, a web address, an email address, a language tag or a positive whole number" },
  'config/language': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a setting that is not a calendar date, a colour, a web address, an email address, a language tag or a positive whole number" },
  'config/number': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a setting that is not a calendar date, a colour, a web address, an email address, a language tag or a positive whole number" },
  'config/path': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a logo, font or `signing.publicKey` path outside the project, of the wrong type (`.pub` for the public key), or missing" },
  'config/file-type': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a logo, font or `signing.publicKey` path outside the project, of the wrong type (`.pub` for the public key), or missing" },
  'config/missing-file': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a logo, font or `signing.publicKey` path outside the project, of the wrong type (`.pub` for the public key), or missing" },
  'config/public-key': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "`signing.publicKey` names a file that does not hold one `ssh-ed25519 AAAA...` public key line" },
  'config/unknown-rule': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a rule id under `rules:` that does not exist" },
  'config/rule-fixed': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a fixed rule set to `off` or `warning` under `rules:`" },
  'config/variable-name': { stage: 'load', severity: 'error', fixed: CONFIG, summary: "a `variables:` name that `{{vars.<name>}}` cannot write: it must be a letter, then letters, digits, `_` or `-`", fix: "rename the variable, e.g. `dpoEmail`" },
  'config/language-strings': { stage: 'load', severity: 'warning', summary: "a `document.language` the tool has no words for (it ships `en` and `de`) and that `strings:` does not translate in full: the tool's own words print in English", fix: "translate every key of `src/text/strings/en.ts` under `strings:`, or use `en` or `de`" },
  'controls/required-field': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a control entry missing a field, with a wrongly typed or unknown field (the control is left out)" },
  'controls/type': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a control entry missing a field, with a wrongly typed or unknown field (the control is left out)" },
  'controls/unknown-key': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a control entry missing a field, with a wrongly typed or unknown field (the control is left out)" },
  'controls/invalid-value': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a control entry missing a field, with a wrongly typed or unknown field (the control is left out)" },
  'controls/id-format': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a control id outside `[a-z0-9-]`" },
  'controls/frameworks-format': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a frameworks cell in controls.csv not written `name: ref, ref; name: ref`: one error per cell; the control is kept without frameworks, and `controls/no-frameworks` is not reported for it" },
  // Not fixed: lowered to a warning, the framework is shown as written, which a team may accept for a while.
  'controls/unknown-framework': { stage: 'markdown', severity: 'error', summary: "a framework key that is neither in the catalogue (docs/content.md) nor declared under `frameworks:` in trust-package.yaml, with the closest known name", fix: "correct the key, or declare the framework under `frameworks:`; as a warning, the key is shown as written" },
  'controls/duplicate-id': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "two controls with one id" },
  'subprocessors/required-field': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a subprocessor entry missing a field (a location of only spaces counts as missing), or with a wrongly typed or unknown field" },
  'subprocessors/type': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a subprocessor entry missing a field (a location of only spaces counts as missing), or with a wrongly typed or unknown field" },
  'subprocessors/unknown-key': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a subprocessor entry missing a field (a location of only spaces counts as missing), or with a wrongly typed or unknown field" },
  'subprocessors/invalid-value': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a subprocessor entry missing a field (a location of only spaces counts as missing), or with a wrongly typed or unknown field" },
  'subprocessors/url': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a subprocessor website that is not an https URL" },
  'subprocessors/duplicate-name': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "two subprocessors with the same name, ignoring case" },
  'tables/required-field': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a YAML data table without columns, or with wrongly typed rows" },
  'tables/type': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a YAML data table without columns, or with wrongly typed rows" },
  'tables/unknown-key': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a YAML data table without columns, or with wrongly typed rows" },
  'tables/invalid-value': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a YAML data table without columns, or with wrongly typed rows" },
  'tables/row-length': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a YAML table row with more or fewer cells than columns (the row is left out)" },
  'front-matter/required-field': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a section's front matter (`---` ... `---` at the top) with a key other than `audience`, an audience other than `public` or `nda`, or no closing `---` (the section is kept from the public until it is fixed)" },
  'front-matter/type': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a section's front matter (`---` ... `---` at the top) with a key other than `audience`, an audience other than `public` or `nda`, or no closing `---` (the section is kept from the public until it is fixed)" },
  'front-matter/unknown-key': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a section's front matter (`---` ... `---` at the top) with a key other than `audience`, an audience other than `public` or `nda`, or no closing `---` (the section is kept from the public until it is fixed)" },
  'front-matter/invalid-value': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a section's front matter (`---` ... `---` at the top) with a key other than `audience`, an audience other than `public` or `nda`, or no closing `---` (the section is kept from the public until it is fixed)" },
  'front-matter/unclosed': { stage: 'load', severity: 'error', fixed: UNREAD, summary: "a section's front matter (`---` ... `---` at the top) with a key other than `audience`, an audience other than `public` or `nda`, or no closing `---` (the section is kept from the public until it is fixed)" },
  'answers/required-field': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "an answer missing `id`, `question`, `answer`, `short` or `reviewed`, or with a wrongly typed, unsupported or unknown field (the answer is left out)" },
  'answers/type': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "an answer missing `id`, `question`, `answer`, `short` or `reviewed`, or with a wrongly typed, unsupported or unknown field (the answer is left out)" },
  'answers/unknown-key': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "an answer missing `id`, `question`, `answer`, `short` or `reviewed`, or with a wrongly typed, unsupported or unknown field (the answer is left out)" },
  'answers/invalid-value': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "an answer whose `short` is not yes, no, partial or n/a, or whose `audience` is not public or nda (the answer is left out)" },
  'answers/id-format': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "an answer id outside `[a-z0-9-]`" },
  'answers/date': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "a `reviewed` date that is not a calendar date written YYYY-MM-DD" },
  'answers/duplicate-id': { stage: 'load', severity: 'error', fixed: DROPPED, summary: "two answers with one id, in one file or across `answers/*.yaml`" },
  'markdown/unknown-placeholder': { stage: 'markdown', severity: 'error', fixed: LOST, summary: "`{{key}}` naming no setting (with a did-you-mean)" },
  'markdown/unterminated-placeholder': { stage: 'markdown', severity: 'warning', summary: "`{{` without a closing `}}`; printed as written" },
  'markdown/unknown-directive': { stage: 'markdown', severity: 'error', fixed: LOST, summary: "a `::name` line that is not a known directive" },
  'markdown/directive-attribute': { stage: 'markdown', severity: 'error', fixed: LOST, summary: "a directive with a missing, unknown, repeated or malformed attribute" },
  'markdown/table-src': { stage: 'markdown', severity: 'error', fixed: LOST, summary: "`::table{src=...}` outside content/tables, or naming no table" },
  'markdown/link-scheme': { stage: 'markdown', severity: 'error', summary: "a link that is not https, http, mailto or `#anchor` (`javascript:`, `file:`, relative paths, empty); the link text is kept as plain text" },
  'markdown/unknown-anchor': { stage: 'markdown', severity: 'error', summary: "a `#anchor` link that matches no heading of the same output document" },
  'content/too-complex': { stage: 'load', severity: 'error', fixed: 'laying it out would take minutes and gigabytes', summary: "a data table with more than 5,000 rows, or a Markdown block (a paragraph, list or code block: text between blank lines) of more than 100,000 characters. Reported at the first row or line past the limit", fix: "split the table or text; publish long data as a data file" },
  'markdown/too-deep': { stage: 'markdown', severity: 'error', fixed: 'the file is not parsed: nesting that deep would take minutes or overflow the stack', summary: "lists and block quotes nested more than 16 levels deep (list indentation counts a level per two columns); the file is refused at the first such line", fix: "flatten the lists or quotes" },
  'markdown/image-remote': { stage: 'markdown', severity: 'error', fixed: LOST, summary: "an image given by URL: the build is offline" },
  'markdown/image-outside': { stage: 'markdown', severity: 'error', fixed: LOST, summary: "an image path that is absolute or resolves outside content/ and assets/" },
  'markdown/image-format': { stage: 'markdown', severity: 'error', fixed: LOST, summary: "an image that is not PNG, JPEG or SVG" },
  'markdown/image-missing': { stage: 'markdown', severity: 'error', fixed: LOST, summary: "an image file that does not exist" },
  'markdown/image-inline': { stage: 'markdown', severity: 'warning', summary: "an image inside a sentence; it is moved out between paragraphs" },
  'markdown/raw-html': { stage: 'markdown', severity: 'warning', summary: "raw HTML, which is never rendered (HTML comments are dropped silently: they are where notes go)" },
  'markdown/control-character': { stage: 'markdown', severity: 'warning', summary: "an invisible control character in a Markdown file; it is removed" },
  'markdown/empty-heading': { stage: 'markdown', severity: 'warning', summary: "a heading with no text; it is left out" },
  'recipients/missing-column': { stage: 'recipients', severity: 'error', fixed: RECIPIENTS, summary: "a header without a `name` column" },
  'recipients/unknown-column': { stage: 'recipients', severity: 'error', fixed: RECIPIENTS, summary: "a column other than `name`, `email`, `address` and `signatory`" },
  'recipients/empty': { stage: 'recipients', severity: 'error', fixed: RECIPIENTS, summary: "a file with a header and no recipients" },
  'recipients/name': { stage: 'recipients', severity: 'error', fixed: RECIPIENTS, summary: "a row whose name has no letters or digits" },
  'recipients/email': { stage: 'recipients', severity: 'error', fixed: RECIPIENTS, summary: "an email that is not an address" },
  'recipients/duplicate': { stage: 'recipients', severity: 'error', fixed: RECIPIENTS, summary: "two rows that would give editions the same file name" },
  'recipients/spelling': { stage: 'recipients', severity: 'error', fixed: RECIPIENTS, summary: "a name that the register already holds in another spelling (`CONTOSO BANK AG` for `Contoso Bank AG`): it would be a second register entry whose zip overwrites the first one's in `out/`; write it as the register does. A name given with `RECIPIENT=` gets the same message and exit 1" },
  'recipients/missing-glyph': { stage: 'recipients', severity: 'error', fixed: RECIPIENTS, summary: "a name with characters the configured fonts cannot draw (it would print as boxes in the stamp on every page); a name given with `RECIPIENT=` gets the same message and exit 1" },
} as const satisfies Record<string, RuleSpec>;

/** The id of a rule, e.g. `controls/required-field`; users configure rules by it. */
export type RuleId = keyof typeof RULE_REGISTRY;

/** Every rule by id, with its spec. */
export const RULES: ReadonlyMap<string, RuleSpec & { id: RuleId }> = new Map(
  (Object.entries(RULE_REGISTRY) as [RuleId, RuleSpec][]).map(([id, spec]) => [id, { id, ...spec }]),
);

/** Whether a string is a registered rule id. */
export function isRuleId(id: string): id is RuleId {
  return RULES.has(id);
}

/** The stages whose schema findings are ids of the form `<scope>/<check>`. */
export type SchemaScope = 'config' | 'controls' | 'subprocessors' | 'tables' | 'front-matter' | 'answers';

/**
 * The id of a schema finding in a scope, e.g. `controls/required-field`. A check without an id of its
 * own in that scope (none is registered) reports as the scope's `invalid-value`.
 */
export function scopedRule(scope: SchemaScope, check: string): RuleId {
  const id = `${scope}/${check}`;
  return isRuleId(id) ? id : `${scope}/invalid-value`;
}
