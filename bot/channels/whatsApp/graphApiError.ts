/** The Graph API refused a request; carries Meta's error fields so callers can react to specific codes. */
export class GraphApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: number,
    readonly subcode?: number,
    readonly type?: string,
    readonly fbtraceId?: string,
  ) {
    super(`Graph API ${status}${code !== undefined ? ` (code ${code})` : ''}: ${message}`);
    this.name = 'GraphApiError';
  }

  /** Meta's "re-engagement" refusal: the 24-hour customer-service window has closed. */
  get windowClosed(): boolean {
    return this.code === 131047;
  }

  /** Worth another try: throttling, Meta's own failures, or no answer at all (status 0). */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500 || this.code === 4 || this.code === 80007 || this.code === 130429;
  }
}
