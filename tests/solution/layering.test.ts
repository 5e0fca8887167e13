// Layers import downwards only: apps may use components and i18n, components may use i18n,
// domain and data, never an app. A component that reaches into an app ties every other app to it.
import * as fs from 'fs';
import * as path from 'path';

const src = path.join(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Static imports and re-exports, dynamic import() and require(), resolved to paths under src. */
function importedPaths(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [
    ...Array.from(code.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+['"]([^'"]+)['"]/g)),
    ...Array.from(code.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)),
    ...Array.from(code.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g))
  ].map((m) => m[1]);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.relative(src, path.resolve(path.dirname(file), s)));
}

const below: Array<[layer: string, forbidden: string[]]> = [
  ['components', ['apps', 'webparts']],
  ['i18n', ['apps', 'webparts', 'components', 'data']]
];

describe.each(below)('src/%s', (layer, forbidden) => {
  const files = sourceFiles(path.join(src, layer));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it(`imports nothing from ${forbidden.join(', ')}`, () => {
    const offending = files.flatMap((file) =>
      importedPaths(file)
        .filter((target) => forbidden.some((f) => target === f || target.startsWith(f + path.sep)))
        .map((target) => `${path.relative(src, file)} -> ${target}`)
    );
    expect(offending).toEqual([]);
  });
});
