/**
 * The layering of src/: each stage may import the stages listed before it, never one after it, and no
 * module may be part of an import cycle. `make test` runs this check (make layers).
 */
const LAYERS = ['text|diagnostics|types|ssh', 'load', 'model', 'checks', 'diff', 'documents', 'formats', 'questionnaire', 'package', 'archive', 'commands', 'cli\\.ts'];

const folder = (names) => `^src/(${names})(/|$)`;

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle ties stages together so that neither can be read, tested or replaced alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...LAYERS.map((layer, i) => ({
      name: `layer-${layer.split('|')[0].replace(/\\\\\./g, '.')}`,
      comment: `src/${layer} may import only the stages before it: ${LAYERS.slice(0, i).join(', ') || 'none'}.`,
      severity: 'error',
      from: { path: folder(layer) },
      to: { path: folder(LAYERS.slice(i + 1).join('|')) },
    })).filter((rule, i) => i < LAYERS.length - 1),
    {
      name: 'formats-apart',
      comment: 'Each output format renders the document model on its own: no format imports another.',
      severity: 'error',
      from: { path: '^src/formats/([^/]+)/' },
      to: { path: '^src/formats/([^/]+)/', pathNot: '^src/formats/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/types/' },
  },
};
