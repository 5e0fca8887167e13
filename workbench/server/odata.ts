// OData query options as SharePoint supports them: $filter (parser + compiled predicates),
// $orderby, $select and $expand lists.
import { err, parseSpDate, isoSeconds } from './util';

export type Lit =
  | { k: 'string'; v: string }
  | { k: 'number'; v: number }
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'datetime'; v: string }
  | { k: 'guid'; v: string };

export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type FilterNode =
  | { t: 'and' | 'or'; l: FilterNode; r: FilterNode }
  | { t: 'not'; e: FilterNode }
  | { t: 'cmp'; op: CmpOp; path: string; lit: Lit }
  | { t: 'fn'; fn: 'startswith' | 'substringof'; path: string; lit: Lit };

type Tok =
  | { k: 'lp' | 'rp' | 'comma' }
  | { k: 'id'; v: string }
  | { k: 'lit'; v: Lit };

function invalid(expr: string): never {
  throw err.badRequest(`The expression "${expr}" is not valid.`);
}

function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      toks.push({ k: 'lp' });
      i++;
      continue;
    }
    if (c === ')') {
      toks.push({ k: 'rp' });
      i++;
      continue;
    }
    if (c === ',') {
      toks.push({ k: 'comma' });
      i++;
      continue;
    }
    const quoted = (start: number): [string, number] => {
      let j = start + 1;
      let out = '';
      for (;;) {
        if (j >= s.length) invalid(s);
        if (s[j] === "'") {
          if (s[j + 1] === "'") {
            out += "'";
            j += 2;
            continue;
          }
          return [out, j + 1];
        }
        out += s[j++];
      }
    };
    if (c === "'") {
      const [v, next] = quoted(i);
      toks.push({ k: 'lit', v: { k: 'string', v } });
      i = next;
      continue;
    }
    const typed = /^(datetime|guid|datetimeoffset)'/i.exec(s.slice(i));
    if (typed) {
      const [v, next] = quoted(i + typed[1].length);
      toks.push({ k: 'lit', v: typed[1].toLowerCase() === 'guid' ? { k: 'guid', v } : { k: 'datetime', v } });
      i = next;
      continue;
    }
    const n = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(s.slice(i));
    if (n && (c === '-' || /\d/.test(c))) {
      toks.push({ k: 'lit', v: { k: 'number', v: parseFloat(n[0]) } });
      i += n[0].length;
      continue;
    }
    const id = /^[A-Za-z_][\w]*(\/[A-Za-z_][\w]*)*/.exec(s.slice(i));
    if (id) {
      const v = id[0];
      if (v === 'true' || v === 'false') toks.push({ k: 'lit', v: { k: 'bool', v: v === 'true' } });
      else if (v === 'null') toks.push({ k: 'lit', v: { k: 'null' } });
      else toks.push({ k: 'id', v });
      i += v.length;
      continue;
    }
    invalid(s);
  }
  return toks;
}

const CMP_OPS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const FLIP: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', lt: 'gt', le: 'ge', gt: 'lt', ge: 'le' };

export function parseFilter(expr: string): FilterNode {
  const toks = tokenize(expr);
  let p = 0;
  const peek = () => toks[p];
  const isKw = (t: Tok | undefined, kw: string) => !!t && t.k === 'id' && t.v === kw;

  const parseOr = (): FilterNode => {
    let l = parseAnd();
    while (isKw(peek(), 'or')) {
      p++;
      l = { t: 'or', l, r: parseAnd() };
    }
    return l;
  };
  const parseAnd = (): FilterNode => {
    let l = parseUnary();
    while (isKw(peek(), 'and')) {
      p++;
      l = { t: 'and', l, r: parseUnary() };
    }
    return l;
  };
  const parseUnary = (): FilterNode => {
    if (isKw(peek(), 'not')) {
      p++;
      return { t: 'not', e: parseUnary() };
    }
    return parsePrimary();
  };
  const operand = (): { path?: string; lit?: Lit } => {
    const t = toks[p++];
    if (!t) invalid(expr);
    if (t.k === 'id') return { path: t.v };
    if (t.k === 'lit') return { lit: t.v };
    return invalid(expr);
  };
  const parsePrimary = (): FilterNode => {
    const t = peek();
    if (!t) invalid(expr);
    if (t.k === 'lp') {
      p++;
      const inner = parseOr();
      if (peek()?.k !== 'rp') invalid(expr);
      p++;
      return inner;
    }
    if (t.k === 'id' && (t.v === 'startswith' || t.v === 'substringof') && toks[p + 1]?.k === 'lp') {
      const fn = t.v;
      p += 2;
      const a = operand();
      if (peek()?.k !== 'comma') invalid(expr);
      p++;
      const b = operand();
      if (peek()?.k !== 'rp') invalid(expr);
      p++;
      const path = a.path ?? b.path;
      const lit = a.lit ?? b.lit;
      if (!path || !lit || lit.k !== 'string') invalid(expr);
      let node: FilterNode = { t: 'fn', fn, path: path!, lit: lit! };
      // optional "eq true" / "eq false"
      if (isKw(peek(), 'eq') && toks[p + 1]?.k === 'lit') {
        const v = (toks[p + 1] as { k: 'lit'; v: Lit }).v;
        if (v.k !== 'bool') invalid(expr);
        p += 2;
        if (!(v as { v: boolean }).v) node = { t: 'not', e: node };
      }
      return node;
    }
    if (t.k === 'id' && CMP_OPS.has(t.v)) invalid(expr);
    const left = operand();
    const opTok = toks[p++];
    if (!opTok || opTok.k !== 'id' || !CMP_OPS.has(opTok.v)) invalid(expr);
    const right = operand();
    const op = (opTok as { v: string }).v as CmpOp;
    if (left.path && right.lit) return { t: 'cmp', op, path: left.path, lit: right.lit };
    if (left.lit && right.path) return { t: 'cmp', op: FLIP[op], path: right.path, lit: left.lit };
    return invalid(expr);
  };
  const node = parseOr();
  if (p !== toks.length) invalid(expr);
  return node;
}

export function filterPaths(node: FilterNode, out: string[] = []): string[] {
  switch (node.t) {
    case 'and':
    case 'or':
      filterPaths(node.l, out);
      filterPaths(node.r, out);
      break;
    case 'not':
      filterPaths(node.e, out);
      break;
    default:
      out.push(node.path);
  }
  return out;
}

// ---- compiled predicates -------------------------------------------------------------------

export type ValueType = 'text' | 'number' | 'bool' | 'date' | 'multi' | 'guid';

export interface Accessor<T> {
  type: ValueType;
  get(rec: T): unknown;
}

const collator = new Intl.Collator('sv', { sensitivity: 'accent', numeric: false });

export function compareValues(type: ValueType, a: unknown, b: unknown): number {
  const ae = a === null || a === undefined || a === '';
  const be = b === null || b === undefined || b === '';
  if (ae || be) return ae && be ? 0 : ae ? -1 : 1;
  switch (type) {
    case 'number':
      return (a as number) - (b as number);
    case 'bool':
      return Number(a) - Number(b);
    case 'date':
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case 'multi':
      return collator.compare(String((a as string[]).join(';')), String((b as string[]).join(';')));
    default:
      return collator.compare(String(a), String(b));
  }
}

function coerce(type: ValueType, lit: Lit, path: string): unknown {
  if (lit.k === 'null') return null;
  const bad = (): never => {
    throw err.badRequest(`The expression is not valid: the value for '${path}' has the wrong type.`);
  };
  switch (type) {
    case 'number':
      if (lit.k === 'number') return lit.v;
      if (lit.k === 'string' && lit.v.trim() !== '' && Number.isFinite(Number(lit.v))) return Number(lit.v);
      return bad();
    case 'bool':
      if (lit.k === 'bool') return lit.v;
      if (lit.k === 'number' && (lit.v === 0 || lit.v === 1)) return lit.v === 1;
      if (lit.k === 'string' && /^(0|1|true|false)$/i.test(lit.v)) return /^(1|true)$/i.test(lit.v);
      return bad();
    case 'date': {
      if (lit.k !== 'datetime' && lit.k !== 'string') return bad();
      const ms = parseSpDate((lit as { v: string }).v, true);
      if (Number.isNaN(ms)) throw err.badRequest(`The expression is not valid: '${(lit as { v: string }).v}' is not a valid date.`);
      return isoSeconds(ms);
    }
    case 'guid':
      return String((lit as { v: unknown }).v).toLowerCase();
    default:
      if (lit.k === 'string' || lit.k === 'guid' || lit.k === 'datetime') return lit.v;
      if (lit.k === 'number') return String(lit.v);
      return bad();
  }
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export function compile<T>(node: FilterNode, resolve: (path: string) => Accessor<T>): (rec: T) => boolean {
  switch (node.t) {
    case 'and': {
      const l = compile(node.l, resolve);
      const r = compile(node.r, resolve);
      return (x) => l(x) && r(x);
    }
    case 'or': {
      const l = compile(node.l, resolve);
      const r = compile(node.r, resolve);
      return (x) => l(x) || r(x);
    }
    case 'not': {
      const e = compile(node.e, resolve);
      return (x) => !e(x);
    }
    case 'fn': {
      const acc = resolve(node.path);
      const needle = (node.lit as { v: string }).v.toLocaleLowerCase('sv');
      if (node.fn === 'startswith') {
        return (x) => {
          const v = acc.get(x);
          return typeof v === 'string' && v.toLocaleLowerCase('sv').startsWith(needle);
        };
      }
      return (x) => {
        const v = acc.get(x);
        if (Array.isArray(v)) return v.some((s) => String(s).toLocaleLowerCase('sv').includes(needle));
        return v !== null && v !== undefined && String(v).toLocaleLowerCase('sv').includes(needle);
      };
    }
    case 'cmp': {
      const acc = resolve(node.path);
      const op = node.op;
      if (node.lit.k === 'null') {
        if (op === 'eq') return (x) => isEmpty(acc.get(x));
        if (op === 'ne') return (x) => !isEmpty(acc.get(x));
        return () => false;
      }
      const lit = coerce(acc.type, node.lit, node.path);
      if (acc.type === 'multi') {
        const l = String(lit).toLocaleLowerCase('sv');
        const contains = (x: T) => {
          const v = acc.get(x);
          return Array.isArray(v) && v.some((s) => String(s).toLocaleLowerCase('sv') === l);
        };
        if (op === 'eq') return contains;
        if (op === 'ne') return (x) => !contains(x);
        throw err.badRequest(`The operator '${op}' is not supported for the multi-choice field '${node.path}'.`);
      }
      if (acc.type === 'text' || acc.type === 'guid') {
        const l = String(lit).toLocaleLowerCase('sv');
        if (op === 'eq') return (x) => {
          const v = acc.get(x);
          return v !== null && v !== undefined && String(v).toLocaleLowerCase('sv') === l;
        };
        if (op === 'ne') return (x) => {
          const v = acc.get(x);
          return v === null || v === undefined || String(v).toLocaleLowerCase('sv') !== l;
        };
      } else {
        if (op === 'eq') return (x) => {
          const v = acc.get(x);
          return !isEmpty(v) && compareValues(acc.type, v, lit) === 0;
        };
        if (op === 'ne') return (x) => {
          const v = acc.get(x);
          return isEmpty(v) || compareValues(acc.type, v, lit) !== 0;
        };
      }
      const test: (c: number) => boolean = op === 'lt' ? (c) => c < 0 : op === 'le' ? (c) => c <= 0 : op === 'gt' ? (c) => c > 0 : (c) => c >= 0;
      return (x) => {
        const v = acc.get(x);
        return !isEmpty(v) && test(compareValues(acc.type, v, lit));
      };
    }
  }
}

// ---- $orderby / $select / $expand ----------------------------------------------------------

export interface OrderTerm {
  path: string;
  desc: boolean;
}

export function parseOrderBy(s: string | null): OrderTerm[] {
  if (!s || !s.trim()) return [];
  return s.split(',').map((part) => {
    const m = /^\s*([A-Za-z_][\w]*(?:\/[A-Za-z_][\w]*)*)(?:\s+(asc|desc))?\s*$/i.exec(part);
    if (!m) throw err.badRequest(`The expression "${s}" is not valid.`);
    return { path: m[1], desc: (m[2] ?? 'asc').toLowerCase() === 'desc' };
  });
}

export function parseList(s: string | null): string[] {
  if (!s) return [];
  return s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}
