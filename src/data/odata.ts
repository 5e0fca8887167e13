// Small OData helpers shared by the repositories and the provisioner.

/** A string literal for $filter: quotes doubled, as SharePoint expects. */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

interface HttpLikeError {
  status?: number;
  message?: string;
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as HttpLikeError | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function isNotFound(error: unknown): boolean {
  return httpStatus(error) === 404;
}

export function isPreconditionFailed(error: unknown): boolean {
  return httpStatus(error) === 412;
}

/**
 * The request may have reached the server even though no answer came back: a network failure
 * (fetch throws without a status), a gateway timeout or another 5xx.
 */
export function mayHaveBeenApplied(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === undefined) return !(error instanceof Error && /AbortError/.test(error.name));
  return status >= 500;
}
