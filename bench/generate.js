'use strict';
/**
 * Generates benchmark content from the default content/, deterministically: the same size and seed give
 * the same files, byte for byte. Each size is a project root of its own (content/, assets/, archive/), so
 * nothing is ever written into the real content/.
 *
 * Sections are the default ones plus variants of those that place no generated table (repeating
 * `::controls` a hundred times would measure the controls matrix, not the whitepaper); controls and
 * subprocessors are the default ones replicated with unique ids and names and varied wording.
 */
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

/** The sizes `make bench` builds: 1x is the default content as it is. */
const SIZES = {
  '1x': { sections: null, controls: null, subprocessors: null },
  '10x': { sections: 17, controls: 100, subprocessors: 50 },
  '100x': { sections: 107, controls: 1000, subprocessors: 500 },
};

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

const REGIONS = ['EU West', 'EU Central', 'US East', 'US West', 'UK South', 'Asia Pacific', 'Canada', 'Australia', 'Nordics', 'South America'];
// Ten words per position, each pair at least three edits apart, so that no two invented names look like
// one entity written twice (the subprocessors/near-duplicate check).
const NAME_WORDS = [
  ['Amber', 'Birch', 'Cobalt', 'Dune', 'Orbit', 'Fjord', 'Granite', 'Harbor', 'Indigo', 'Juniper'],
  ['Kestrel', 'Lantern', 'Meridian', 'Nimbus', 'Orchid', 'Pioneer', 'Quartz', 'Summit', 'Tundra', 'Willow'],
  ['Analytics', 'Cloud', 'Data', 'Networks', 'Mail', 'Logistics', 'Payments', 'Security', 'Systems', 'Voice'],
];
const SUFFIXES = ['Inc.', 'Ltd', 'GmbH', 'B.V.', 'S.A.', 'LLC', 'Pty Ltd', 'AB'];
const EXTRA_SENTENCES = [
  'The control is reviewed at least once a year and after every significant change to the service.',
  'Exceptions are recorded, approved by the security lead and revisited at the next review.',
  'Evidence of its operation is kept for twelve months and is available to reviewers on request.',
  'It applies to production and to the staging environment that mirrors it.',
  'Alerts raised by it are routed to the on-call engineer and acknowledged within one business day.',
];
const PURPOSES = ['Email delivery', 'Error monitoring', 'Customer support ticketing', 'Analytics of product usage', 'Log storage and search', 'Identity and single sign-on', 'Video conferencing for support calls', 'Invoicing and tax calculation'];
const DATA = ['Names and email addresses of users', 'Support messages and attachments', 'Technical logs containing IP addresses', 'Usage events linked to account identifiers', 'Billing contact details'];
const CERTS = ['SOC 2', 'ISO/IEC 27001', 'ISO/IEC 27017', 'ISO/IEC 27018', 'PCI DSS', 'CSA STAR'];

/** A made-up but plausible company name for number `n` (0-999): one word per decimal digit. */
function companyName(rand, n) {
  const digits = [Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  return `${digits.map((d, i) => NAME_WORDS[i][d]).join(' ')} ${pick(rand, SUFFIXES)}`;
}

/** Controls: the default ones first, then numbered variants with an extra sentence each. */
function makeControls(base, count, rand) {
  const out = base.map((c) => ({ ...c }));
  for (let n = out.length; n < count; n++) {
    const src = base[n % base.length];
    const round = Math.floor(n / base.length) + 1;
    out.push({
      id: `${src.id}-${round}`,
      area: `${src.area} (${pick(rand, REGIONS)} ${round})`,
      control: `${src.control} ${pick(rand, EXTRA_SENTENCES)}`,
      ...(src.frameworks ? { frameworks: src.frameworks } : {}),
    });
  }
  return out;
}

/** Subprocessors: the default ones first, then invented companies with unique names. */
function makeSubprocessors(base, count, rand) {
  const out = base.map((s) => ({ ...s }));
  // A seeded shuffle of the numbers, so that neighbouring entries do not share their first words.
  const order = Array.from({ length: 1000 }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (let n = out.length; n < count; n++) {
    const certifications = CERTS.filter(() => rand() < 0.4);
    const name = companyName(rand, order[n]);
    out.push({
      name,
      purpose: pick(rand, PURPOSES),
      data: pick(rand, DATA),
      location: pick(rand, REGIONS),
      certifications,
      website: `https://www.${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
    });
  }
  return out;
}

/** A variant of a section: numbered headings (unique anchors) and its list items in a shuffled order. */
function varySection(markdown, n, rand) {
  const region = pick(rand, REGIONS);
  const lines = markdown.split('\n').map((line) => (/^#{1,6} /.test(line) ? `${line} (${region} ${n})` : line));
  // Shuffle each run of consecutive bullet items; ordered lists keep their numbers in place.
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].startsWith('- ')) j++;
    if (j - i > 1) {
      const run = lines.slice(i, j);
      for (let k = run.length - 1; k > 0; k--) {
        const r = Math.floor(rand() * (k + 1));
        [run[k], run[r]] = [run[r], run[k]];
      }
      lines.splice(i, run.length, ...run);
    }
    i = j === i ? i + 1 : j;
  }
  return lines.join('\n');
}

function copyDir(from, to) {
  fs.cpSync(from, to, { recursive: true });
}

/**
 * Writes a project root for `size` into `root` (replacing what was there): content/ from `sourceContent`,
 * assets/ from `sourceAssets`, and an archive folder setting pointing at `<root>/archive`.
 */
function generate({ size, root, sourceContent, sourceAssets, seed = 5 }) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}; one of ${Object.keys(SIZES).join(', ')}`);
  const rand = prng(seed * 1000 + Object.keys(SIZES).indexOf(size));
  fs.rmSync(root, { recursive: true, force: true });
  const content = path.join(root, 'content');
  fs.mkdirSync(root, { recursive: true });
  copyDir(sourceContent, content);
  if (fs.existsSync(sourceAssets)) copyDir(sourceAssets, path.join(root, 'assets'));

  // The archive goes inside this root, so a run never meets the real out/archive.
  const configFile = path.join(content, 'trust-package.yaml');
  const config = YAML.parseDocument(fs.readFileSync(configFile, 'utf8'));
  config.setIn(['archive', 'dir'], 'archive');
  fs.writeFileSync(configFile, config.toString());

  if (spec.controls !== null) {
    const file = path.join(content, 'controls.yaml');
    const controls = makeControls(YAML.parse(fs.readFileSync(file, 'utf8')), spec.controls, rand);
    fs.writeFileSync(file, YAML.stringify(controls, { lineWidth: 0, aliasDuplicateObjects: false }));
  }
  if (spec.subprocessors !== null) {
    const file = path.join(content, 'subprocessors.yaml');
    const subprocessors = makeSubprocessors(YAML.parse(fs.readFileSync(file, 'utf8')), spec.subprocessors, rand);
    fs.writeFileSync(file, YAML.stringify(subprocessors, { lineWidth: 0, aliasDuplicateObjects: false }));
  }
  if (spec.sections !== null) {
    const dir = path.join(content, 'sections');
    const names = fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
    const sources = names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
    for (const name of names) fs.rmSync(path.join(dir, name));
    // Three-digit prefixes keep the file-name order right past 99 sections.
    sources.forEach((s, i) => fs.writeFileSync(path.join(dir, `${String(i + 1).padStart(3, '0')}-${s.name.replace(/^\d+-/, '')}`), s.text));
    const pool = sources.filter((s) => !/^::(controls|subprocessors)\b/m.test(s.text));
    for (let n = sources.length; n < spec.sections; n++) {
      const src = pool[n % pool.length];
      const file = `${String(n + 1).padStart(3, '0')}-${src.name.replace(/^\d+-/, '')}`;
      fs.writeFileSync(path.join(dir, file), varySection(src.text, n + 1, rand));
    }
  }
  return { root, content };
}

module.exports = { SIZES, generate, prng };

if (require.main === module) {
  const [size = '10x', root = path.join('out', 'bench', size)] = process.argv.slice(2);
  const repo = path.resolve(__dirname, '..');
  generate({ size, root: path.resolve(root), sourceContent: path.join(repo, 'content'), sourceAssets: path.join(repo, 'assets') });
  process.stdout.write(`${size}: ${root}\n`);
}
