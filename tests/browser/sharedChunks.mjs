// The web part bundles of one package share their chunk files and one chunk-loading global on the
// page, but each bundle has its own webpack runtime: a chunk that any of them loads installs its
// modules into every runtime that has not installed that chunk yet. So a module id must carry the
// same code in every chunk, or a page with two web parts runs whichever copy arrived last.
import { parse } from 'acorn';

/** Module id -> code of each chunk that defines it, from the sources of the package's chunk files. */
export function modulesByChunk(files) {
  const modules = new Map();
  for (const [name, source] of files) {
    const program = parse(source, { ecmaVersion: 'latest', sourceType: 'script' });
    let table;
    // (self.webpackJsonp_<name> = ... || []).push([[chunk ids], { id(e,t,n){...}, ... }])
    const visit = (node) => {
      if (table || !node || typeof node.type !== 'string') return;
      if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.name === 'push') {
        const [arg] = node.arguments;
        if (arg?.type === 'ArrayExpression' && arg.elements[1]?.type === 'ObjectExpression') table = arg.elements[1];
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(program);
    if (!table) throw new Error(`${name}: ingen modultabell (push([[ids], {...}])) hittades`);
    for (const prop of table.properties) {
      const id = String(prop.key.type === 'Literal' ? prop.key.value : prop.key.name);
      const code = source.slice(prop.value.start, prop.value.end);
      if (!modules.has(id)) modules.set(id, new Map());
      modules.get(id).set(name, code);
    }
  }
  return modules;
}

/** Module ids whose code differs between the chunks that carry them, with those chunks' names. */
export function conflictingModules(files) {
  const conflicts = [];
  for (const [id, copies] of modulesByChunk(files)) {
    if (new Set(copies.values()).size > 1) conflicts.push({ id, chunks: [...copies.keys()] });
  }
  return conflicts;
}

/**
 * The chunk files a web part bundle can load, from its webpack runtime's chunk-name function
 * (f.u = id => "chunk." + ({id: name}[id] || id) + "_" + {id: hash}[id] + ".js"): the build
 * folder may still hold chunks of earlier builds, which no page loads.
 */
export function chunkFilesOf(entrySource) {
  const fn = /"chunk\."\+\((\{[^}]*\})\[e\]\|\|e\)\+"_"\+(\{[^}]*\})\[e\]\+"\.js"/.exec(entrySource);
  if (!fn) throw new Error('webpack-körtidens chunk-namn hittades inte i webbdelens bundle');
  const toMap = (text) => Object.fromEntries([...text.matchAll(/(\d+):"([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const names = toMap(fn[1]);
  return Object.entries(toMap(fn[2])).map(([id, hash]) => `chunk.${names[id] ?? id}_${hash}.js`);
}
