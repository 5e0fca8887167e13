// Faults on demand, for testing the client's resilience: added latency, throttling (429 with
// Retry-After), 503s, and answers lost after the write was committed.
//
// - per server start: env FAULT_LATENCY_MS, FAULT_429_RATE, FAULT_503_RATE,
//   FAULT_DROP_AFTER_WRITE_RATE (shares 0..1), FAULT_RETRY_AFTER (seconds, default 1);
// - at run time: POST /_workbench/faults with a JSON object of the same settings (camelCase, see
//   FaultConfig), plus one-shot counters pending429 / pending503 / pendingDropAfterWrite that
//   hit the next N API requests (writes, for the drop);
// - per request: header `X-Workbench-Fault: latency=200;status=429;retry-after=1;drop-after-write`.

export interface FaultConfig {
  latencyMs: number;
  rate429: number;
  rate503: number;
  dropAfterWriteRate: number;
  retryAfterSeconds: number;
  pending429: number;
  pending503: number;
  pendingDropAfterWrite: number;
}

export const NO_FAULTS: FaultConfig = {
  latencyMs: 0,
  rate429: 0,
  rate503: 0,
  dropAfterWriteRate: 0,
  retryAfterSeconds: 1,
  pending429: 0,
  pending503: 0,
  pendingDropAfterWrite: 0
};

function numberOr(value: unknown, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function faultsFromEnv(env: Record<string, string | undefined>): Partial<FaultConfig> {
  const out: Partial<FaultConfig> = {};
  if (env.FAULT_LATENCY_MS) out.latencyMs = numberOr(env.FAULT_LATENCY_MS, 0);
  if (env.FAULT_429_RATE) out.rate429 = numberOr(env.FAULT_429_RATE, 0, 0, 1);
  if (env.FAULT_503_RATE) out.rate503 = numberOr(env.FAULT_503_RATE, 0, 0, 1);
  if (env.FAULT_DROP_AFTER_WRITE_RATE) out.dropAfterWriteRate = numberOr(env.FAULT_DROP_AFTER_WRITE_RATE, 0, 0, 1);
  if (env.FAULT_RETRY_AFTER) out.retryAfterSeconds = numberOr(env.FAULT_RETRY_AFTER, 1, 0, 3600);
  return out;
}

/** Merges a (partial, possibly untrusted) settings object into `base`. */
export function mergeFaults(base: FaultConfig, patch: Record<string, unknown>): FaultConfig {
  const next = { ...base };
  const keys = Object.keys(NO_FAULTS) as Array<keyof FaultConfig>;
  for (const key of keys) {
    if (!(key in patch)) continue;
    const isRate = key.startsWith('rate') || key === 'dropAfterWriteRate';
    next[key] = numberOr(patch[key], base[key], 0, isRate ? 1 : Number.MAX_SAFE_INTEGER);
  }
  for (const key of Object.keys(patch)) {
    if (!keys.includes(key as keyof FaultConfig)) throw new Error(`Unknown fault setting '${key}'. Known: ${keys.join(', ')}.`);
  }
  return next;
}

export interface RequestFaults {
  latencyMs?: number;
  status?: number;
  retryAfter?: number;
  dropAfterWrite?: boolean;
}

export function parseFaultHeader(value: string | undefined): RequestFaults {
  const out: RequestFaults = {};
  if (!value) return out;
  for (const part of value.split(/[;,]/)) {
    const [rawKey, rawValue] = part.split('=').map((s) => s.trim());
    const key = rawKey.toLowerCase();
    if (key === 'latency') out.latencyMs = numberOr(rawValue, 0);
    else if (key === 'status') out.status = numberOr(rawValue, 0, 0, 599) || undefined;
    else if (key === 'retry-after') out.retryAfter = numberOr(rawValue, 1);
    else if (key === 'drop-after-write' || key === 'drop') out.dropAfterWrite = rawValue === undefined ? true : !/^(0|false)$/i.test(rawValue);
  }
  return out;
}

export interface FaultDecision {
  latencyMs: number;
  status?: number;
  retryAfter: number;
  dropAfterWrite: boolean;
}

/** Decides this request's faults; consumes one-shot counters from `config`. */
export function decideFaults(config: FaultConfig, header: RequestFaults, isWrite: boolean, random: () => number = Math.random): FaultDecision {
  const decision: FaultDecision = {
    latencyMs: (header.latencyMs ?? 0) + config.latencyMs,
    retryAfter: header.retryAfter ?? config.retryAfterSeconds,
    dropAfterWrite: false
  };
  if (header.status) decision.status = header.status;
  else if (config.pending429 > 0) {
    config.pending429--;
    decision.status = 429;
  } else if (config.pending503 > 0) {
    config.pending503--;
    decision.status = 503;
  } else if (config.rate429 > 0 && random() < config.rate429) decision.status = 429;
  else if (config.rate503 > 0 && random() < config.rate503) decision.status = 503;
  if (decision.status === undefined && isWrite) {
    if (header.dropAfterWrite) decision.dropAfterWrite = true;
    else if (config.pendingDropAfterWrite > 0) {
      config.pendingDropAfterWrite--;
      decision.dropAfterWrite = true;
    } else if (config.dropAfterWriteRate > 0 && random() < config.dropAfterWriteRate) decision.dropAfterWrite = true;
  }
  return decision;
}
