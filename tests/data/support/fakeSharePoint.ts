// An in-memory stand-in for the part of SharePoint's REST API listed in docs/rest-surface.md.
// It replaces PnPjs's transport (the `send` moment), records every request — the HTTP requests
// and, for $batch, each request inside — and keeps webs, groups, role definitions, lists,
// fields, views, role assignments and items. Deliberately small: just enough SharePoint
// behaviour (unique values, required columns, ETags, paging, item-level security, the list view
// threshold) for the data layer's tests to fail when the data layer is wrong.
import { TimelinePipe } from '@pnp/core';
import { Queryable } from '@pnp/queryable';

export const SITE = 'https://contoso.sharepoint.com/sites/utbildning';
const SITE_PATH = '/sites/utbildning';

export interface RecordedRequest {
  /** Effective method: X-HTTP-Method (MERGE, DELETE) wins over POST. */
  method: string;
  url: string;
  /** Decoded path below /_api, e.g. `web/lists/getByTitle('Avrop')/items`. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  inBatch: boolean;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What an interceptor may do to a request: answer it instead, or let it happen and lose the answer. */
export type Interception = { respond: FakeResponse } | { applyThenFail: 'network' | number } | undefined;
export type Interceptor = (request: RecordedRequest) => Interception;

export interface Mask {
  High: string;
  Low: string;
}

export function maskFor(kinds: number[]): Mask {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    if (kind <= 32) low += 2 ** (kind - 1);
    else high += 2 ** (kind - 33);
  }
  return { High: String(high), Low: String(low) };
}

export const FULL_MASK: Mask = { High: '2147483647', Low: '4294967295' };
/** ViewListItems, OpenItems, ViewVersions, ViewFormPages, Open, ViewPages, BrowseUserInfo. */
export const READ_MASK: Mask = maskFor([1, 6, 7, 13, 17, 18, 20]);
/** Read + Add + Edit (Contribute-like, without ManageLists or overrides). */
export const CONTRIBUTE_MASK: Mask = maskFor([1, 2, 3, 4, 6, 7, 13, 17, 18, 20]);

export interface FakeField {
  InternalName: string;
  StaticName: string;
  Title: string;
  TypeAsString: string;
  Required: boolean;
  EnforceUniqueValues: boolean;
  Indexed: boolean;
  Hidden: boolean;
  MaxLength?: number;
  Description?: string;
  SchemaXml?: string;
  LookupList?: string;
  Choices?: string[];
  DefaultValue?: string;
  Format?: string;
  Min?: number;
  Max?: number;
}

export interface FakeItem {
  values: Record<string, unknown>;
  version: number;
}

export interface FakeList {
  Id: string;
  Title: string;
  Description: string;
  BaseTemplate: number;
  ReadSecurity: number;
  WriteSecurity: number;
  url: string;
  hasUniqueRoleAssignments: boolean;
  roleAssignments: Array<{ principalId: number; roleIds: number[] }>;
  viewFields: string[];
  fields: FakeField[];
  items: Map<number, FakeItem>;
  nextId: number;
}

export interface FakeUser {
  Id: number;
  Title: string;
  Email: string;
  LoginName: string;
}

interface RoleDefinition {
  Id: number;
  Name: string;
  Description: string;
  RoleTypeKind: number;
  Order: number;
  BasePermissions: Mask;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code = '-2130575305, Microsoft.SharePoint.SPException') {
    super(message);
  }
}

const json = (status: number, body?: unknown, headers: Record<string, string> = {}): FakeResponse => ({ status, body, headers });

function builtInFields(): FakeField[] {
  const base = { Required: false, EnforceUniqueValues: false, Indexed: false, Hidden: false };
  return [
    { ...base, InternalName: 'Title', StaticName: 'Title', Title: 'Title', TypeAsString: 'Text', Required: true, MaxLength: 255 },
    { ...base, InternalName: 'ID', StaticName: 'ID', Title: 'ID', TypeAsString: 'Counter', Indexed: true },
    { ...base, InternalName: 'Author', StaticName: 'Author', Title: 'Created By', TypeAsString: 'User' },
    { ...base, InternalName: 'Editor', StaticName: 'Editor', Title: 'Modified By', TypeAsString: 'User' },
    { ...base, InternalName: 'Created', StaticName: 'Created', Title: 'Created', TypeAsString: 'DateTime' },
    { ...base, InternalName: 'Modified', StaticName: 'Modified', Title: 'Modified', TypeAsString: 'DateTime' },
    { ...base, InternalName: 'LinkTitle', StaticName: 'LinkTitle', Title: 'Title', TypeAsString: 'Computed' },
    { ...base, InternalName: 'Attachments', StaticName: 'Attachments', Title: 'Attachments', TypeAsString: 'Attachments' }
  ];
}

function unquote(value: string): string {
  return value.replace(/''/g, "'");
}

function guid(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// $filter: eq ne lt le gt ge, and, or, parentheses, literals; fields F, F/Id, F/Title, Author/Id.

type Expr =
  | { kind: 'cmp'; field: string; op: string; value: unknown }
  | { kind: 'and' | 'or'; left: Expr; right: Expr };

function tokenize(filter: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i];
    if (c === ' ') {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push(c);
      i++;
    } else if (c === "'") {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= filter.length) throw new HttpError(400, 'Unterminated string literal');
        if (filter[j] === "'" && filter[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (filter[j] === "'") {
          break;
        } else {
          text += filter[j++];
        }
      }
      tokens.push(`'${text}`);
      i = j + 1;
    } else {
      let j = i;
      while (j < filter.length && !' ()'.includes(filter[j])) j++;
      tokens.push(filter.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

function parseFilter(filter: string): Expr {
  const tokens = tokenize(filter);
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const next = (): string => {
    const token = tokens[pos++];
    if (token === undefined) throw new HttpError(400, `Bad filter: ${filter}`);
    return token;
  };
  const literal = (token: string): unknown => {
    if (token.startsWith("'")) return token.slice(1);
    if (token === 'null') return null;
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
    throw new HttpError(400, `Bad literal ${token}`);
  };
  const primary = (): Expr => {
    if (peek() === '(') {
      next();
      const inner = orExpr();
      if (next() !== ')') throw new HttpError(400, 'Expected )');
      return inner;
    }
    const field = next();
    const op = next().toLowerCase();
    if (!['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(op)) throw new HttpError(400, `Unsupported operator ${op}`);
    return { kind: 'cmp', field, op, value: literal(next()) };
  };
  const andExpr = (): Expr => {
    let left = primary();
    while (peek()?.toLowerCase() === 'and') {
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): Expr => {
    let left = andExpr();
    while (peek()?.toLowerCase() === 'or') {
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const expr = orExpr();
  if (pos !== tokens.length) throw new HttpError(400, `Bad filter: ${filter}`);
  return expr;
}

function firstField(expr: Expr): string {
  return expr.kind === 'cmp' ? expr.field : firstField(expr.left);
}

function allFields(expr: Expr): string[] {
  return expr.kind === 'cmp' ? [expr.field] : [...allFields(expr.left), ...allFields(expr.right)];
}

// ---------------------------------------------------------------------------------------------

export class FakeSharePoint {
  readonly siteUrl = SITE;
  /** HTTP requests as they left PnPjs (a $batch is one). */
  readonly http: RecordedRequest[] = [];
  /** Logical requests: every HTTP request except $batch itself, plus each request inside a $batch. */
  readonly requests: RecordedRequest[] = [];
  readonly interceptors: Interceptor[] = [];

  webPermissions: Mask = FULL_MASK;
  /** Per-list permissions; the web's when not set. */
  listPermissions = new Map<string, Mask>();
  /** Whether the current user may read and edit others' items despite item-level security. */
  overrideItemSecurity = true;
  /** Rows above which a query must filter on an indexed column first (SharePoint: 5,000). */
  viewThreshold = Number.POSITIVE_INFINITY;
  /** Largest $top honoured per page (SharePoint: 5,000). */
  maxPageSize = 5000;
  hasAssociatedGroups = true;

  readonly users = new Map<number, FakeUser>();
  currentUserId = 7;
  /** The site's own role assignments (the site's groups, as on a new site). */
  readonly web: Pick<FakeList, 'hasUniqueRoleAssignments' | 'roleAssignments'> = { hasUniqueRoleAssignments: true, roleAssignments: [] };
  readonly lists: FakeList[] = [];
  readonly roleDefinitions: RoleDefinition[] = [
    { Id: 1073741825, Name: 'Begränsad åtkomst', Description: '', RoleTypeKind: 1, Order: 160, BasePermissions: maskFor([17, 20]) },
    { Id: 1073741826, Name: 'Läsa', Description: '', RoleTypeKind: 2, Order: 128, BasePermissions: READ_MASK },
    { Id: 1073741827, Name: 'Bidra', Description: '', RoleTypeKind: 3, Order: 64, BasePermissions: CONTRIBUTE_MASK },
    { Id: 1073741830, Name: 'Redigera', Description: '', RoleTypeKind: 6, Order: 48, BasePermissions: maskFor([1, 2, 3, 4, 6, 7, 12, 13, 17, 18, 20]) },
    { Id: 1073741829, Name: 'Fullständig behörighet', Description: '', RoleTypeKind: 5, Order: 1, BasePermissions: FULL_MASK }
  ];
  readonly siteGroups: Array<{ Id: number; Title: string; Description: string }> = [
    { Id: 3, Title: 'Utbildning – ägare', Description: '' },
    { Id: 4, Title: 'Utbildning – besökare', Description: '' },
    { Id: 5, Title: 'Utbildning – medlemmar', Description: '' }
  ];
  private nextPrincipalId = 20;
  private nextRoleId = 1073741900;
  private nextListNumber = 1;
  private clock = Date.parse('2026-03-02T08:00:00Z');

  constructor() {
    this.addUser({ Id: 7, Title: 'Anna Andersson', Email: 'anna.andersson@example.se', LoginName: 'i:0#.f|membership|anna.andersson@example.se' });
    this.addUser({ Id: 9, Title: 'Hanna Handläggare', Email: 'hanna@example.se', LoginName: 'i:0#.f|membership|hanna@example.se' });
  }

  addUser(user: FakeUser): void {
    this.users.set(user.Id, user);
  }

  /** The PnPjs behaviour that routes every request here instead of the network. */
  transport(): TimelinePipe<Queryable> {
    return (instance: Queryable) => {
      instance.on.send.replace(async (url: URL | string, init: RequestInit) => this.fetch(url.toString(), init));
      return instance;
    };
  }

  // --- test helpers

  list(title: string): FakeList {
    const found = this.findList(title);
    if (!found) throw new Error(`no list ${title}`);
    return found;
  }

  field(listTitle: string, internalName: string): FakeField | undefined {
    return this.list(listTitle).fields.find((f) => f.InternalName === internalName);
  }

  items(listTitle: string): Array<Record<string, unknown>> {
    return [...this.list(listTitle).items.values()].map((item) => ({ ...item.values }));
  }

  /** A list as a provisioned site would have it, fields from the caller. */
  createList(title: string, url: string, fields: Array<Partial<FakeField> & { InternalName: string; TypeAsString: string }> = []): FakeList {
    const list = this.newList(title, url, '');
    for (const field of fields) {
      list.fields.push({ StaticName: field.InternalName, Title: field.InternalName, Required: false, EnforceUniqueValues: false, Indexed: false, Hidden: false, ...field });
    }
    return list;
  }

  /** Adds an item directly (no request recorded); returns its id. */
  seedItem(listTitle: string, values: Record<string, unknown>, authorId = this.currentUserId): number {
    const list = this.list(listTitle);
    const id = list.nextId++;
    list.items.set(id, { values: this.stamp({ ...values }, id, authorId), version: 1 });
    return id;
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !/^contextinfo$/i.test(r.path));
  }

  reset(): void {
    this.http.length = 0;
    this.requests.length = 0;
  }

  // --- transport

  async fetch(url: string, init: RequestInit): Promise<Response> {
    const request = this.record(url, init, false);
    this.http.push(request);
    if (/^\$batch$/i.test(request.path)) return this.batch(request);
    this.requests.push(request);
    const interception = this.intercept(request);
    if (interception && 'respond' in interception) return this.toResponse(interception.respond);
    const response = this.handle(request);
    if (interception && 'applyThenFail' in interception) {
      if (interception.applyThenFail === 'network') throw new TypeError('fetch failed');
      return this.toResponse(json(interception.applyThenFail, { 'odata.error': { code: '-1, Gateway', message: { lang: 'en-US', value: 'Gateway Timeout' } } }));
    }
    return this.toResponse(response);
  }

  private intercept(request: RecordedRequest): Interception {
    for (const interceptor of this.interceptors) {
      const result = interceptor(request);
      if (result) return result;
    }
    return undefined;
  }

  private record(url: string, init: RequestInit, inBatch: boolean): RecordedRequest {
    const headers: Record<string, string> = {};
    new Headers(init.headers as HeadersInit).forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    const parsed = new URL(url);
    const query: Record<string, string> = {};
    parsed.searchParams.forEach((value, key) => {
      query[key] = value;
    });
    const apiPath = decodeURIComponent(parsed.pathname).replace(/^.*?\/_api\/?/i, '');
    const method = (headers['x-http-method'] ?? init.method ?? 'GET').toUpperCase();
    const rawBody = typeof init.body === 'string' ? init.body : undefined;
    let body: unknown;
    if (rawBody && !/^\$batch$/i.test(apiPath)) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    return { method, url, path: apiPath, query, headers, body, rawBody, inBatch };
  }

  private toResponse(response: FakeResponse): Response {
    const headers = new Headers({ 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8', ...(response.headers ?? {}) });
    const text = response.status === 204 || response.body === undefined ? null : JSON.stringify(response.body);
    return new Response(text, { status: response.status, headers });
  }

  private batch(http: RecordedRequest): Response {
    const text = http.rawBody ?? '';
    const parts: Array<{ method: string; url: string; headers: Record<string, string>; body?: string }> = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const m = /^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1$/.exec(lines[i]);
      if (!m) continue;
      const headers: Record<string, string> = {};
      i++;
      for (; i < lines.length && lines[i].trim() !== ''; i++) {
        const at = lines[i].indexOf(':');
        headers[lines[i].slice(0, at).trim()] = lines[i].slice(at + 1).trim();
      }
      const bodyLines: string[] = [];
      for (i++; i < lines.length && !/^--(batch|changeset)_/.test(lines[i]); i++) bodyLines.push(lines[i]);
      i--;
      const body = bodyLines.join('\n').trim();
      parts.push({ method: m[1], url: m[2], headers, body: body || undefined });
    }
    const boundary = 'batchresponse_fake';
    const out: string[] = [];
    for (const part of parts) {
      const request = this.record(part.url, { method: part.method, headers: part.headers, body: part.body }, true);
      request.method = part.method;
      this.requests.push(request);
      const interception = this.intercept(request);
      const response = interception && 'respond' in interception ? interception.respond : this.handle(request);
      out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
      out.push(`HTTP/1.1 ${response.status} ${response.status < 400 ? 'OK' : 'Error'}`);
      out.push('CONTENT-TYPE: application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
      for (const [name, value] of Object.entries(response.headers ?? {})) out.push(`${name}: ${value}`);
      out.push('');
      out.push(response.status === 204 || response.body === undefined ? '' : JSON.stringify(response.body));
    }
    out.push(`--${boundary}--`, '');
    return new Response(out.join('\n'), { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` } });
  }

  // --- routing

  private handle(request: RecordedRequest): FakeResponse {
    try {
      return this.route(request);
    } catch (error) {
      if (error instanceof HttpError) {
        return json(error.status, { 'odata.error': { code: error.code, message: { lang: 'en-US', value: error.message } } });
      }
      throw error;
    }
  }

  private route(request: RecordedRequest): FakeResponse {
    const { method, path } = request;
    let m: RegExpExecArray | null;
    if (/^contextinfo$/i.test(path) && method === 'POST') {
      return json(200, { FormDigestValue: '0xFAKE,02 Mar 2026 08:00:00 -0000', FormDigestTimeoutSeconds: 1800, WebFullUrl: SITE, SiteFullUrl: SITE });
    }
    if (/^web$/i.test(path) && method === 'GET') return json(200, { Title: 'Utbildning', Url: SITE, Id: guid(0), ServerRelativeUrl: SITE_PATH });
    if (/^web\/currentuser$/i.test(path) && method === 'GET') return json(200, { ...this.currentUser(), IsSiteAdmin: false });
    if (/^web\/EffectiveBasePermissions$/i.test(path) && method === 'GET') return json(200, this.webPermissions);
    if (/^web\/RegionalSettings\/TimeZone$/i.test(path) && method === 'GET') {
      return json(200, { Id: 4, Description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', Information: { Bias: -60, DaylightBias: -60, StandardBias: 0 } });
    }
    if (/^web\/roledefinitions$/i.test(path)) return this.roleDefinitionsRoute(request);
    if (/^web\/sitegroups$/i.test(path)) return this.siteGroupsRoute(request);
    if ((m = /^web\/(roleassignments.*)$/i.exec(path))) {
      const assignments = this.roleAssignmentsRoute(request, m[1], this.web);
      if (assignments) return assignments;
    }
    if ((m = /^web\/Associated(Owner|Member|Visitor)Group$/i.exec(path)) && method === 'GET') {
      if (!this.hasAssociatedGroups) throw new HttpError(404, 'No associated group');
      const id = { owner: 3, member: 5, visitor: 4 }[m[1].toLowerCase() as 'owner' | 'member' | 'visitor'];
      const group = this.siteGroups.find((g) => g.Id === id);
      return json(200, { Id: group!.Id, Title: group!.Title });
    }
    if (/^web\/lists$/i.test(path)) return this.listsRoute(request);
    if ((m = /^web\/lists\/getByTitle\('((?:[^']|'')*)'\)(?:\/(.*))?$/i.exec(path))) {
      const list = this.findList(unquote(m[1]));
      if (!list) throw new HttpError(404, `List '${unquote(m[1])}' does not exist at site with URL '${SITE}'.`, '-1, System.ArgumentException');
      return this.listRoute(request, list, m[2] ?? '');
    }
    throw new HttpError(400, `Fake SharePoint does not implement ${method} ${path}`);
  }

  private currentUser(): FakeUser {
    const user = this.users.get(this.currentUserId);
    if (!user) throw new HttpError(401, 'No user');
    return user;
  }

  private roleDefinitionsRoute(request: RecordedRequest): FakeResponse {
    if (request.method === 'GET') return json(200, { value: this.roleDefinitions });
    if (request.method === 'POST') {
      this.requireWebOwner();
      const body = request.body as { Name: string; Description: string; Order: number; BasePermissions: Mask };
      if (this.roleDefinitions.some((r) => r.Name === body.Name)) throw new HttpError(400, 'A permission level with this name already exists.');
      const role: RoleDefinition = { Id: this.nextRoleId++, Name: body.Name, Description: body.Description, Order: body.Order, RoleTypeKind: 0, BasePermissions: { High: String(body.BasePermissions.High), Low: String(body.BasePermissions.Low) } };
      this.roleDefinitions.push(role);
      return json(201, role);
    }
    throw new HttpError(405, 'Method not allowed');
  }

  private siteGroupsRoute(request: RecordedRequest): FakeResponse {
    if (request.method === 'GET') return json(200, { value: this.siteGroups.map((g) => ({ Id: g.Id, Title: g.Title, Description: g.Description })) });
    if (request.method === 'POST') {
      this.requireWebOwner();
      const body = request.body as { Title: string; Description: string };
      if (this.siteGroups.some((g) => g.Title === body.Title)) throw new HttpError(400, 'The specified name is already in use.');
      const group = { Id: this.nextPrincipalId++, Title: body.Title, Description: body.Description ?? '' };
      this.siteGroups.push(group);
      return json(201, group);
    }
    throw new HttpError(405, 'Method not allowed');
  }

  private requireWebOwner(): void {
    if (this.webPermissions.Low !== FULL_MASK.Low) throw new HttpError(403, 'Access denied.', '-2147024891, System.UnauthorizedAccessException');
  }

  private listJson(list: FakeList): Record<string, unknown> {
    return {
      Id: list.Id,
      Title: list.Title,
      Description: list.Description,
      BaseTemplate: list.BaseTemplate,
      ReadSecurity: list.ReadSecurity,
      WriteSecurity: list.WriteSecurity,
      ItemCount: list.items.size,
      RootFolder: { ServerRelativeUrl: `${SITE_PATH}/Lists/${list.url}` }
    };
  }

  private findList(title: string): FakeList | undefined {
    return this.lists.find((l) => l.Title.toLowerCase() === title.toLowerCase());
  }

  private newList(title: string, url: string, description: string): FakeList {
    const list: FakeList = {
      Id: guid(this.nextListNumber++),
      Title: title,
      Description: description,
      BaseTemplate: 100,
      ReadSecurity: 1,
      WriteSecurity: 1,
      url,
      hasUniqueRoleAssignments: false,
      roleAssignments: [],
      viewFields: ['LinkTitle'],
      fields: builtInFields(),
      items: new Map(),
      nextId: 1
    };
    this.lists.push(list);
    return list;
  }

  private listsRoute(request: RecordedRequest): FakeResponse {
    if (request.method === 'GET') return json(200, { value: this.lists.map((l) => this.listJson(l)) });
    if (request.method === 'POST') {
      this.requireWebOwner();
      const body = request.body as { Title: string; Description?: string; BaseTemplate: number };
      if (this.findList(body.Title)) throw new HttpError(400, `A list, survey, discussion board, or document library with the specified title already exists in this Web site.`);
      const url = body.Title.replace(/[^A-Za-z0-9]/g, '');
      return json(201, this.listJson(this.newList(body.Title, url, body.Description ?? '')));
    }
    throw new HttpError(405, 'Method not allowed');
  }

  private listRoute(request: RecordedRequest, list: FakeList, rest: string): FakeResponse {
    const { method } = request;
    let m: RegExpExecArray | null;
    if (rest === '') {
      if (method === 'GET') return json(200, this.listJson(list));
      if (method === 'MERGE') {
        this.requireWebOwner();
        const body = request.body as Record<string, unknown>;
        for (const [key, value] of Object.entries(body)) {
          if (!['Title', 'Description', 'ReadSecurity', 'WriteSecurity', 'EnableVersioning'].includes(key)) throw new HttpError(400, `Cannot set ${key}`);
          (list as unknown as Record<string, unknown>)[key] = value;
        }
        return json(204);
      }
    }
    if (/^EffectiveBasePermissions$/i.test(rest) && method === 'GET') return json(200, this.listPermissions.get(list.Title) ?? this.webPermissions);
    if (/^fields$/i.test(rest) && method === 'GET') return json(200, { value: list.fields });
    if (/^fields\/createfieldasxml$/i.test(rest) && method === 'POST') return this.createField(list, request.body as { parameters: { SchemaXml: string; Options: number } });
    if ((m = /^fields\/getByInternalNameOrTitle\('((?:[^']|'')*)'\)$/i.exec(rest))) {
      const name = unquote(m[1]);
      const field = list.fields.find((f) => f.InternalName === name) ?? list.fields.find((f) => f.Title === name);
      if (!field) throw new HttpError(404, `Column '${name}' does not exist.`, '-2147024809, System.ArgumentException');
      if (method === 'GET') return json(200, field);
      if (method === 'MERGE') return this.updateField(field, request.body as Record<string, unknown>);
    }
    if (/^DefaultView\/ViewFields$/i.test(rest) && method === 'GET') {
      return json(200, { Items: [...list.viewFields], SchemaXml: `<FieldRefs>${list.viewFields.map((f) => `<FieldRef Name="${f}" />`).join('')}</FieldRefs>` });
    }
    if (/^DefaultView\/ViewFields\/removeAllViewFields$/i.test(rest) && method === 'POST') {
      list.viewFields = [];
      return json(200, {});
    }
    if ((m = /^DefaultView\/ViewFields\/addViewField\('((?:[^']|'')*)'\)$/i.exec(rest)) && method === 'POST') {
      const name = unquote(m[1]);
      if (!list.fields.some((f) => f.InternalName === name)) throw new HttpError(400, `Column '${name}' does not exist.`);
      list.viewFields.push(name);
      return json(200, {});
    }
    if (/^HasUniqueRoleAssignments$/i.test(rest) && method === 'GET') return json(200, { value: list.hasUniqueRoleAssignments });
    if ((m = /^breakroleinheritance\(copyRoleAssignments=(true|false),clearSubscopes=(true|false)\)$/i.exec(rest)) && method === 'POST') {
      this.requireWebOwner();
      list.hasUniqueRoleAssignments = true;
      list.roleAssignments = [{ principalId: this.currentUserId, roleIds: [1073741829] }];
      return json(200, {});
    }
    const assignments = this.roleAssignmentsRoute(request, rest, list);
    if (assignments) return assignments;
    if (/^items$/i.test(rest)) {
      if (method === 'GET') return this.queryItems(request, list);
      if (method === 'POST') return this.addItem(list, request.body as Record<string, unknown>);
    }
    if ((m = /^items\((\d+)\)$/i.exec(rest))) {
      const id = Number(m[1]);
      if (method === 'GET') return this.getItem(request, list, id);
      if (method === 'MERGE') return this.updateItem(request, list, id);
    }
    throw new HttpError(400, `Fake SharePoint does not implement ${method} lists/${list.Title}/${rest}`);
  }

  /** Role assignments of a list or (`this.web`) of the site: read, add, remove. */
  private roleAssignmentsRoute(request: RecordedRequest, rest: string, holder: Pick<FakeList, 'hasUniqueRoleAssignments' | 'roleAssignments'>): FakeResponse | undefined {
    const { method } = request;
    let m: RegExpExecArray | null;
    if (/^roleassignments$/i.test(rest) && method === 'GET') {
      const expand = (request.query.$expand ?? '').split(',');
      return json(200, {
        value: holder.roleAssignments.map((a) => ({
          PrincipalId: a.principalId,
          ...(expand.includes('Member') ? { Member: this.principal(a.principalId) } : {}),
          ...(expand.includes('RoleDefinitionBindings')
            ? { RoleDefinitionBindings: a.roleIds.map((id) => this.roleDefinitions.find((r) => r.Id === id)).filter(Boolean) }
            : {})
        }))
      });
    }
    if ((m = /^roleassignments\/(add|remove)roleassignment\(principalid=(\d+),roledefid=(\d+)\)$/i.exec(rest)) && method === 'POST') {
      this.requireWebOwner();
      if (!holder.hasUniqueRoleAssignments) throw new HttpError(400, 'This operation is not allowed on an object that inherits permissions.');
      const principalId = Number(m[2]);
      const roleId = Number(m[3]);
      if (!this.roleDefinitions.some((r) => r.Id === roleId)) throw new HttpError(404, 'Role definition not found');
      if (!this.siteGroups.some((g) => g.Id === principalId) && !this.users.has(principalId)) throw new HttpError(404, 'Principal not found');
      const assignment = holder.roleAssignments.find((a) => a.principalId === principalId);
      if (m[1].toLowerCase() === 'remove') {
        if (assignment) assignment.roleIds = assignment.roleIds.filter((id) => id !== roleId);
        holder.roleAssignments = holder.roleAssignments.filter((a) => a.roleIds.length > 0);
      } else if (assignment) {
        if (!assignment.roleIds.includes(roleId)) assignment.roleIds.push(roleId);
      } else {
        holder.roleAssignments.push({ principalId, roleIds: [roleId] });
      }
      return json(200, {});
    }
    return undefined;
  }

  private principal(id: number): Record<string, unknown> {
    const group = this.siteGroups.find((g) => g.Id === id);
    if (group) return { Id: group.Id, Title: group.Title, PrincipalType: 8 };
    const user = this.users.get(id);
    return { Id: id, Title: user?.Title ?? '', PrincipalType: 1 };
  }

  // --- fields

  private createField(list: FakeList, body: { parameters: { SchemaXml: string; Options: number } }): FakeResponse {
    this.requireWebOwner();
    const xml = body.parameters.SchemaXml;
    const head = /^<Field\s([^>]*?)\/?>/.exec(xml);
    if (!head) throw new HttpError(400, 'Invalid field schema');
    const attributes: Record<string, string> = {};
    for (const m of head[1].matchAll(/(\w+)="([^"]*)"/g)) {
      attributes[m[1]] = m[2].replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    }
    const name = attributes.Name;
    if (!name) throw new HttpError(400, 'Field without Name');
    if (list.fields.some((f) => f.InternalName === name)) throw new HttpError(400, `A duplicate field name "${name}" was found.`);
    const choices = [...xml.matchAll(/<CHOICE>([^<]*)<\/CHOICE>/g)].map((m) => m[1]);
    const defaultValue = /<Default>([^<]*)<\/Default>/.exec(xml)?.[1];
    const unique = attributes.EnforceUniqueValues === 'TRUE';
    const indexed = attributes.Indexed === 'TRUE';
    if (unique && !indexed) throw new HttpError(400, 'The field must be indexed to enforce unique values.');
    if (attributes.Type === 'Lookup' && !this.lists.some((l) => `{${l.Id}}` === attributes.List)) throw new HttpError(400, 'Lookup list not found');
    const field: FakeField = {
      InternalName: name,
      StaticName: attributes.StaticName ?? name,
      Title: attributes.DisplayName ?? name,
      TypeAsString: attributes.Type,
      Required: attributes.Required === 'TRUE',
      EnforceUniqueValues: unique,
      Indexed: indexed,
      Hidden: false,
      SchemaXml: xml,
      ...(attributes.MaxLength ? { MaxLength: Number(attributes.MaxLength) } : {}),
      ...(attributes.Description ? { Description: attributes.Description } : {}),
      ...(attributes.List ? { LookupList: attributes.List } : {}),
      ...(attributes.Format ? { Format: attributes.Format } : {}),
      ...(attributes.Min ? { Min: Number(attributes.Min) } : {}),
      ...(attributes.Max ? { Max: Number(attributes.Max) } : {}),
      ...(choices.length ? { Choices: choices } : {}),
      ...(defaultValue !== undefined ? { DefaultValue: defaultValue } : {})
    };
    list.fields.push(field);
    return json(201, field);
  }

  private updateField(field: FakeField, body: Record<string, unknown>): FakeResponse {
    this.requireWebOwner();
    const next = { ...field };
    for (const [key, value] of Object.entries(body)) {
      if (key === '@odata.type') continue;
      // An untyped body is SP.Field, which has no MaxLength (https://github.com/pnp/pnpcore/issues/1541).
      if (key === 'MaxLength' && body['@odata.type'] !== '#SP.FieldText') throw new HttpError(400, "The property 'MaxLength' does not exist on type 'SP.Field'.");
      if (!['Title', 'Required', 'EnforceUniqueValues', 'Indexed', 'Description', 'MaxLength'].includes(key)) throw new HttpError(400, `Cannot set ${key}`);
      (next as unknown as Record<string, unknown>)[key] = value;
    }
    if (next.EnforceUniqueValues && !next.Indexed) throw new HttpError(400, 'The field must be indexed to enforce unique values.');
    Object.assign(field, next);
    return json(204);
  }

  // --- items

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private stamp(values: Record<string, unknown>, id: number, authorId: number): Record<string, unknown> {
    const now = this.now();
    return { ...values, Id: id, ID: id, AuthorId: authorId, EditorId: authorId, Created: now, Modified: now };
  }

  private etag(item: FakeItem): string {
    return `"${item.version}"`;
  }

  private checkValues(list: FakeList, values: Record<string, unknown>, selfId?: number): void {
    for (const key of Object.keys(values)) {
      const name = key.endsWith('Id') && list.fields.some((f) => f.InternalName === key.slice(0, -2) && f.TypeAsString === 'Lookup') ? key.slice(0, -2) : key;
      if (!list.fields.some((f) => f.InternalName === name)) {
        throw new HttpError(400, `The property '${key}' does not exist on type 'SP.Data.${list.url}ListItem'. Make sure to only use property names that are defined by the type.`, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
      }
    }
    for (const field of list.fields) {
      const key = field.TypeAsString === 'Lookup' ? `${field.InternalName}Id` : field.InternalName;
      if (!(key in values)) continue;
      const value = values[key];
      if (field.EnforceUniqueValues && value !== null && value !== '') {
        for (const [id, other] of list.items) {
          if (id !== selfId && other.values[key] === value) {
            throw new HttpError(400, 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.', '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
          }
        }
      }
      if (field.Choices && field.TypeAsString === 'Choice' && value !== null && !field.Choices.includes(String(value))) {
        throw new HttpError(400, `Invalid choice value '${String(value)}' for ${field.InternalName}`);
      }
      if (field.TypeAsString === 'MultiChoice' && value !== null && !Array.isArray(value)) throw new HttpError(400, `${field.InternalName} expects an array`);
      if (field.MaxLength !== undefined && field.TypeAsString === 'Text' && typeof value === 'string' && value.length > field.MaxLength) {
        throw new HttpError(400, `The value of ${field.InternalName} is longer than ${field.MaxLength}.`);
      }
    }
  }

  private checkRequired(list: FakeList, values: Record<string, unknown>): void {
    for (const field of list.fields) {
      if (!field.Required) continue;
      const key = field.TypeAsString === 'Lookup' ? `${field.InternalName}Id` : field.InternalName;
      const value = values[key];
      if (value === undefined || value === null || value === '') throw new HttpError(400, `Field '${field.InternalName}' is required.`);
    }
  }

  private itemJson(list: FakeList, item: FakeItem): Record<string, unknown> {
    return { 'odata.etag': this.etag(item), ...item.values };
  }

  private addItem(list: FakeList, body: Record<string, unknown>): FakeResponse {
    this.checkValues(list, body);
    this.checkRequired(list, body);
    const id = list.nextId++;
    const item: FakeItem = { values: this.stamp({ ...body }, id, this.currentUserId), version: 1 };
    list.items.set(id, item);
    return json(201, this.itemJson(list, item), { ETag: this.etag(item) });
  }

  private visible(list: FakeList, item: FakeItem): boolean {
    return list.ReadSecurity !== 2 || this.overrideItemSecurity || item.values.AuthorId === this.currentUserId;
  }

  private updateItem(request: RecordedRequest, list: FakeList, id: number): FakeResponse {
    const item = list.items.get(id);
    if (!item || !this.visible(list, item)) throw new HttpError(404, 'Item does not exist. It may have been deleted by another user.');
    const ifMatch = request.headers['if-match'];
    if (ifMatch && ifMatch !== '*' && ifMatch !== this.etag(item)) {
      throw new HttpError(412, 'The request ETag value does not match the object\'s ETag value.', '-1, Microsoft.SharePoint.Client.ClientServiceException');
    }
    const body = request.body as Record<string, unknown>;
    this.checkValues(list, body, id);
    const values = { ...item.values, ...body, Modified: this.now(), EditorId: this.currentUserId };
    this.checkRequired(list, values);
    item.values = values;
    item.version++;
    return json(204, undefined, { ETag: this.etag(item) });
  }

  private getItem(request: RecordedRequest, list: FakeList, id: number): FakeResponse {
    const item = list.items.get(id);
    if (!item || !this.visible(list, item)) throw new HttpError(404, 'Item does not exist. It may have been deleted by another user.');
    return json(200, this.project(list, item, request.query));
  }

  private lookupTarget(list: FakeList, fieldName: string): FakeList | undefined {
    const field = list.fields.find((f) => f.InternalName === fieldName && f.TypeAsString === 'Lookup');
    return field ? this.lists.find((l) => `{${l.Id}}` === field.LookupList) : undefined;
  }

  /** The value `F`, `F/Id`, `F/Title`, `Author/Id`, `ID` names on an item. */
  private valueOf(list: FakeList, item: FakeItem, path: string): unknown {
    const [head, sub] = path.split('/');
    if (!sub) return head === 'Id' || head === 'ID' ? item.values.Id : item.values[head];
    if (head === 'Author' || head === 'Editor') {
      const user = this.users.get(item.values[`${head}Id`] as number);
      return sub === 'Id' ? item.values[`${head}Id`] : (user as unknown as Record<string, unknown> | undefined)?.[sub];
    }
    const id = item.values[`${head}Id`] as number | null | undefined;
    if (sub === 'Id') return id ?? null;
    if (id === null || id === undefined) return null;
    const target = this.lookupTarget(list, head)?.items.get(id);
    return target?.values[sub] ?? null;
  }

  private project(list: FakeList, item: FakeItem, query: Record<string, string>): Record<string, unknown> {
    const select = query.$select ? query.$select.split(',') : undefined;
    const expand = query.$expand ? query.$expand.split(',') : [];
    if (!select) return this.itemJson(list, item);
    const out: Record<string, unknown> = { 'odata.etag': this.etag(item) };
    for (const path of select) {
      const [head, sub] = path.split('/');
      if (sub) {
        if (!expand.includes(head)) throw new HttpError(400, `The query to field '${head}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`);
        const idValue = head === 'Author' || head === 'Editor' ? item.values[`${head}Id`] : item.values[`${head}Id`];
        if (idValue === null || idValue === undefined) {
          out[head] = out[head] ?? null;
          continue;
        }
        const current = (out[head] as Record<string, unknown> | null | undefined) ?? {};
        current[sub] = this.valueOf(list, item, path);
        out[head] = current;
      } else {
        const known = head === 'Id' || head === 'ID' || list.fields.some((f) => f.InternalName === head) || `${head}` in item.values;
        if (!known) throw new HttpError(400, `The field or property '${head}' does not exist.`);
        out[head] = this.valueOf(list, item, head) ?? null;
      }
    }
    return out;
  }

  private isIndexed(list: FakeList, path: string): boolean {
    const head = path.split('/')[0];
    if (head === 'ID' || head === 'Id') return true;
    const name = head.endsWith('Id') && !list.fields.some((f) => f.InternalName === head) ? head.slice(0, -2) : head;
    return !!list.fields.find((f) => f.InternalName === name)?.Indexed;
  }

  private queryItems(request: RecordedRequest, list: FakeList): FakeResponse {
    const { query } = request;
    const filter = query.$filter ? parseFilter(query.$filter) : undefined;
    const orderBy = (query.$orderby ?? 'ID asc').split(',')[0].trim().split(/\s+/);
    const orderField = orderBy[0];
    const descending = (orderBy[1] ?? 'asc').toLowerCase() === 'desc';
    if (list.items.size > this.viewThreshold) {
      const throttled = filter ? !this.isIndexed(list, firstField(filter)) || (filter.kind === 'or' && !allFields(filter).every((f) => this.isIndexed(list, f))) : !this.isIndexed(list, orderField);
      if (throttled) {
        throw new HttpError(500, 'The attempted operation is prohibited because it exceeds the list view threshold.', '-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
      }
    }
    if (filter) {
      for (const path of allFields(filter)) {
        const head = path.split('/')[0];
        if (path.includes('/') && !(query.$expand ?? '').split(',').includes(head)) throw new HttpError(400, `Filter on ${path} needs $expand=${head}`);
      }
    }
    const evaluate = (expr: Expr, item: FakeItem): boolean => {
      if (expr.kind !== 'cmp') {
        return expr.kind === 'and' ? evaluate(expr.left, item) && evaluate(expr.right, item) : evaluate(expr.left, item) || evaluate(expr.right, item);
      }
      const value = this.valueOf(list, item, expr.field) ?? null;
      const other = expr.value;
      switch (expr.op) {
        case 'eq':
          return value === other || (typeof value === 'string' && typeof other === 'string' && value.toLowerCase() === other.toLowerCase());
        case 'ne':
          return value !== other;
        case 'lt':
          return (value as number) < (other as number);
        case 'le':
          return (value as number) <= (other as number);
        case 'gt':
          return (value as number) > (other as number);
        default:
          return (value as number) >= (other as number);
      }
    };
    let rows = [...list.items.values()].filter((item) => this.visible(list, item) && (!filter || evaluate(filter, item)));
    const sortValue = (item: FakeItem): number | string => {
      const v = this.valueOf(list, item, orderField);
      return typeof v === 'number' ? v : String(v ?? '');
    };
    rows.sort((a, b) => {
      const x = sortValue(a);
      const y = sortValue(b);
      const c = x < y ? -1 : x > y ? 1 : (a.values.Id as number) - (b.values.Id as number);
      return descending ? -c : c;
    });
    const skip = /p_ID=(\d+)/.exec(query.$skiptoken ?? '');
    if (skip) {
      const after = Number(skip[1]);
      const index = rows.findIndex((item) => item.values.Id === after);
      rows = rows.slice(index + 1);
    }
    const top = Math.min(Number(query.$top ?? 100), this.maxPageSize);
    const page = rows.slice(0, top);
    const body: Record<string, unknown> = { value: page.map((item) => this.project(list, item, query)) };
    if (rows.length > top) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (key !== '$skiptoken') params.set(key, value);
      params.set('$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1].values.Id as number}`);
      const base = request.url.split('?')[0];
      body['odata.nextLink'] = `${base}?${params.toString()}`;
    }
    return json(200, body);
  }
}
