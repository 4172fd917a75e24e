// Layer rules for src/: a module may import only from its own layer or the layers listed before it (docs/architecture.md).
/** The layers of src/, lowest first; each is a folder, except the pipeline, which is one file. */
const LAYERS = [
  ['core', '^src/core/'],
  ['io', '^src/io/'],
  ['schema', '^src/schema/'],
  ['nlp', '^src/nlp/'],
  ['resources', '^src/resources/'],
  ['stages', '^src/stages/'],
  ['pipeline', '^src/pipeline\\.ts$'],
  ['article', '^src/article/'],
  ['evaluate', '^src/evaluate/'],
  ['corpus', '^src/corpus/'],
  ['db', '^src/db/'],
  ['batch', '^src/batch/'],
  ['queue', '^src/queue/'],
  ['web', '^src/web/'],
  ['server', '^src/server/'],
  ['cli', '^src/cli/'],
];

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `no-upward-from-${name}`,
  comment: `${name} may import only from ${LAYERS.slice(0, i + 1).map(([n]) => n).join(', ')}`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => p) },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'import cycles hide which module is the lower one', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'in-a-layer',
      severity: 'error',
      comment: 'every module of src/ belongs to a layer',
      from: { path: '^src/', pathNot: LAYERS.map(([, p]) => p) },
      to: {},
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    // TypeScript 7 (the native compiler) has no JavaScript API for dependency-cruiser to parse with: swc parses instead.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
  },
};
