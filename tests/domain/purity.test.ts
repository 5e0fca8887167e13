// src/domain must stay pure: no frameworks, no Node built-ins, no hidden clock or randomness,
// so that the same rules run in the web part, the workbench and these tests. The seed folder
// belongs to another part of the project and is not checked here.
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '../../src/domain');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'seed' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = sourceFiles(root);

it('finds the domain files', () => {
  expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['types.ts', 'cascade.ts', 'deadline.ts', 'search.ts', 'index.ts']));
});

it.each(files.map((f) => [path.relative(root, f), f]))('%s imports only other domain files', (_, file) => {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = Array.from(text.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+['"]([^'"]+)['"]/g)).map((m) => m[1]);
  for (const spec of specifiers) expect(spec).toMatch(/^\.\/[\w./-]+$/);
  expect(text).not.toMatch(/\brequire\s*\(/);
  expect(text).not.toMatch(/\bimport\s*\(/);
});

it.each(files.map((f) => [path.relative(root, f), f]))('%s reads no clock, randomness, Intl or process state', (_, file) => {
  const code = fs.readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
  expect(code).not.toMatch(/Date\.now\s*\(/);
  expect(code).not.toMatch(/new Date\s*\(\s*\)/);
  expect(code).not.toMatch(/Math\.random/);
  expect(code).not.toMatch(/\bIntl\./);
  expect(code).not.toMatch(/\bprocess\./);
  expect(code).not.toMatch(/\b(window|document|localStorage)\./);
});
