/**
 * The one retry policy for every registry request hoist makes (read-back, baseline,
 * cache-mount image, token service): which outcomes are retried, how long to wait,
 * and a time budget shared by all requests of one RegistryClient, i.e. of one step.
 */
import { RegistryError } from './errors.js';
import { header, type HttpResponse } from './http.js';

export interface RetryPolicy {
  /** Attempts per request, the first included. */
  attempts: number;
  /** Ceiling of the first backoff; it doubles each retry up to maxBackoffMs and the wait is drawn below it (full jitter). */
  backoffMs: number;
  maxBackoffMs: number;
  /** Wall time the whole client may spend with any request failing and being retried. */
  budgetMs: number;
  /** One attempt, request to last body byte, is cut off after this (a hung connection). */
  attemptTimeoutMs: number;
}

/**
 * At a fault rate p per request, a request fails only if all its attempts do: p^attempts.
 * The read-back and baseline of a two-platform image with attestations make about 20
 * requests (measured); at p = 0.5, 15 attempts lose 20 × 0.5^15 ≈ 0.0006 of the steps.
 * The budget, not the attempt count, bounds the time: 30 s at most per step.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 15, backoffMs: 200, maxBackoffMs: 2_000, budgetMs: 30_000, attemptTimeoutMs: 10_000 };

/** Statuses that say "not now" (timeouts, rate limits, an overloaded or restarting server); never auth or not-found. */
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Network errors a second attempt can get past; a DNS name that does not exist or a TLS failure is not one. */
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN']);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

export function isRetryableError(e: unknown): boolean {
  if (e instanceof RegistryError) return false; // already explained: a certificate, a refused login
  const { code, message } = (e ?? {}) as { code?: string; message?: string };
  return (code !== undefined && RETRYABLE_CODES.has(code)) || /socket hang up/i.test(message ?? '');
}

/** Retry-After as milliseconds from `nowMs`: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; Date.parse alone would read '-1' as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : undefined;
}

/**
 * The wait before retry number `retry` (1 = the first retry): exponential backoff with
 * full jitter, capped; with Retry-After, never sooner than asked, plus up to 10 % so
 * the requests one burst of 503s sent back do not all come again in the same instant.
 * `random` is in [0, 1).
 */
export function retryWaitMs(policy: Pick<RetryPolicy, 'backoffMs' | 'maxBackoffMs'>, retry: number, retryAfterMs: number | undefined, random: number): number {
  const backoff = random * Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (retry - 1));
  return retryAfterMs === undefined ? backoff : Math.max(retryAfterMs * (1 + 0.1 * random), backoff);
}

/**
 * Time spent in faults, shared by every request of a client: the wall time during which
 * at least one request was failing and being retried, counted once however many fail
 * together (ten requests waiting the same second cost one second of the step, not ten).
 * A request counts from the start of its first failed attempt until it ends.
 */
export class RetryBudget {
  private spentBefore = 0;
  private failing = 0;
  private failingSince = 0;
  /** When the last stretch of failures ended: the time before it is counted already. */
  private quietSince = -Infinity;
  /** Failed attempts (statuses and errors retried or given up on), for the log and the tests. */
  faults = 0;
  requestsRetried = 0;

  constructor(
    readonly budgetMs: number,
    private readonly now: () => number
  ) {}

  startFailing(attemptStartedAt: number): void {
    const from = Math.max(attemptStartedAt, this.quietSince);
    this.failingSince = this.failing === 0 ? from : Math.min(this.failingSince, from);
    this.failing++;
  }

  stopFailing(): void {
    if (--this.failing > 0) return;
    const now = this.now();
    this.spentBefore += now - this.failingSince;
    this.quietSince = now;
  }

  spentMs(): number {
    return this.spentBefore + (this.failing > 0 ? this.now() - this.failingSince : 0);
  }

  remainingMs(): number {
    return Math.max(0, this.budgetMs - this.spentMs());
  }
}

export interface RetryClock {
  /** Monotonic milliseconds, for the budget. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1), for the jitter. */
  random: () => number;
}

export const realClock: RetryClock = {
  now: () => performance.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/**
 * Sends one request under the policy: returns the first response that is not a
 * retryable status; throws a RegistryError naming `what` when it gives up. An attempt
 * after a failure is cut off when the budget ends, so retries never outlast it.
 */
export async function sendWithRetries(what: string, attempt: (timeoutMs: number) => Promise<HttpResponse>, policy: RetryPolicy, budget: RetryBudget, clock: RetryClock): Promise<HttpResponse> {
  let retrying = false;
  try {
    for (let n = 1; ; n++) {
      const startedAt = clock.now();
      const timeoutMs = retrying ? Math.min(policy.attemptTimeoutMs, budget.remainingMs()) : policy.attemptTimeoutMs;
      let response: HttpResponse | undefined;
      let error: unknown;
      try {
        response = await attempt(timeoutMs);
        if (!isRetryableStatus(response.status)) return response;
      } catch (e) {
        if (!isRetryableError(e)) throw e;
        error = e;
      }
      budget.faults++;
      if (!retrying) {
        budget.startFailing(startedAt);
        budget.requestsRetried++;
        retrying = true;
      }
      const failure = response ? ` answered HTTP ${response.status}` : `: ${(error as Error)?.message ?? String(error)}`;
      const giveUp = (why: string): RegistryError => new RegistryError(`${what}${failure} (gave up after ${n} attempt${n === 1 ? '' : 's'}${why})`, response?.status);
      if (n >= policy.attempts) throw giveUp('');
      const retryAfterMs = response ? parseRetryAfter(header(response, 'retry-after'), Date.now()) : undefined;
      const waitMs = retryWaitMs(policy, n, retryAfterMs, clock.random());
      const remainingMs = budget.remainingMs();
      if (waitMs >= remainingMs) {
        // A long Retry-After is the reason only while most of the budget is left; otherwise the budget is.
        const askedTooLong = retryAfterMs !== undefined && retryAfterMs >= remainingMs && remainingMs >= budget.budgetMs / 2;
        throw giveUp(
          askedTooLong
            ? `: it asked to retry after ${seconds(retryAfterMs)}, past the ${seconds(remainingMs)} left of the ${seconds(budget.budgetMs)} registry retry budget`
            : `: the ${seconds(budget.budgetMs)} registry retry budget is spent`
        );
      }
      await clock.sleep(waitMs);
    }
  } finally {
    if (retrying) budget.stopFailing();
  }
}
