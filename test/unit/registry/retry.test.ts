import { describe, expect, it } from '@jest/globals';
import { RegistryError } from '../../../src/registry/errors.js';
import type { HttpResponse } from '../../../src/registry/http.js';
import {
  DEFAULT_RETRY_POLICY,
  isRetryableError,
  isRetryableStatus,
  parseRetryAfter,
  RetryBudget,
  retryWaitMs,
  sendWithRetries,
  type RetryClock,
  type RetryPolicy
} from '../../../src/registry/retry.js';

const networkError = (code: string, message = code): Error => Object.assign(new Error(message), { code });

describe('which outcomes are retried', () => {
  it.each([408, 429, 500, 502, 503, 504])('status %i: retried', status => expect(isRetryableStatus(status)).toBe(true));
  it.each([200, 206, 301, 400, 401, 403, 404, 405, 416, 501, 505])('status %i: not retried', status => expect(isRetryableStatus(status)).toBe(false));

  it.each([
    ['a dropped connection', networkError('ECONNRESET', 'socket hang up')],
    ['a connection refused (a registry restarting)', networkError('ECONNREFUSED')],
    ['an attempt timeout', networkError('ETIMEDOUT')],
    ['a broken pipe', networkError('EPIPE')],
    ['a DNS server that did not answer', networkError('EAI_AGAIN')],
    ['a hang up without a code', new Error('socket hang up')]
  ])('%s: retried', (_, error) => expect(isRetryableError(error)).toBe(true));

  it.each([
    ['a host that does not exist', networkError('ENOTFOUND')],
    ['a TLS failure', networkError('EPROTO')],
    ['an untrusted certificate', networkError('DEPTH_ZERO_SELF_SIGNED_CERT')],
    ['an error already explained', new RegistryError('ghcr.io refused the credentials', 401)],
    ['a bug', new TypeError('x is undefined')],
    ['not an error at all', undefined]
  ])('%s: not retried', (_, error) => expect(isRetryableError(error)).toBe(false));
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  it.each([
    ['1', 1000],
    ['0', 0],
    [' 2 ', 2000],
    ['1.5', 1500],
    ['Wed, 01 Jan 2025 12:00:03 GMT', 3000],
    ['Wed, 01 Jan 2025 11:59:00 GMT', 0],
    ['soon', undefined],
    ['-1', undefined],
    ['', undefined],
    [undefined, undefined]
  ])('%p → %p ms', (value, ms) => expect(parseRetryAfter(value, now)).toBe(ms));
});

describe('retryWaitMs', () => {
  const policy = { backoffMs: 200, maxBackoffMs: 2000 };
  it('backs off exponentially with full jitter, capped', () => {
    expect([1, 2, 3, 4, 5, 9].map(retry => retryWaitMs(policy, retry, undefined, 0.5))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(retryWaitMs(policy, 30, undefined, 0.999)).toBeLessThan(2000);
    expect(retryWaitMs(policy, 3, undefined, 0)).toBe(0);
  });
  it('never retries sooner than Retry-After, and spreads the requests it sent back by up to 10 %', () => {
    expect(retryWaitMs(policy, 1, 1000, 0)).toBe(1000);
    expect(retryWaitMs(policy, 1, 1000, 0.5)).toBe(1050);
    expect(retryWaitMs(policy, 1, 0, 0.5)).toBe(100);
    // Deep into the retries the backoff is longer than what the registry asked for.
    expect(retryWaitMs(policy, 8, 1000, 0.9)).toBe(1800);
  });
});

/** A clock whose sleeps advance time at once: the tests run in microseconds. */
function fakeClock(random = 0.5): RetryClock & { slept: number[]; t: number } {
  const clock = {
    t: 0,
    slept: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.t += ms;
    },
    random: () => random
  };
  return clock;
}

describe('RetryBudget', () => {
  it('counts the wall time during which any request was failing, once however many fail together', () => {
    const clock = fakeClock();
    const budget = new RetryBudget(30_000, clock.now);
    clock.t = 1000;
    budget.startFailing(900); // its failed attempt started 100 ms ago
    clock.t = 1500;
    budget.startFailing(1400);
    clock.t = 2000;
    budget.stopFailing();
    expect(budget.spentMs()).toBe(1100);
    clock.t = 2500;
    budget.stopFailing();
    expect(budget.spentMs()).toBe(1600);
    // Quiet time is free.
    clock.t = 10_000;
    expect(budget.spentMs()).toBe(1600);
    expect(budget.remainingMs()).toBe(28_400);
  });

  it('does not count twice a failed attempt that began before the last stretch of failures ended', () => {
    const clock = fakeClock();
    const budget = new RetryBudget(30_000, clock.now);
    budget.startFailing(0);
    clock.t = 1000;
    budget.stopFailing();
    clock.t = 1200;
    budget.startFailing(500); // a slow attempt that started during the first stretch
    clock.t = 1300;
    budget.stopFailing();
    expect(budget.spentMs()).toBe(1300);
  });

  it('has nothing left once the budget is spent', () => {
    const clock = fakeClock();
    const budget = new RetryBudget(1000, clock.now);
    budget.startFailing(0);
    clock.t = 5000;
    expect(budget.remainingMs()).toBe(0);
  });
});

describe('sendWithRetries', () => {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY };
  const response = (status: number, headers: Record<string, string> = {}): HttpResponse => ({ status, headers, body: Buffer.from('') });
  type Step = HttpResponse | Error;

  /** An attempt that plays `steps` in order (the last one forever), each taking 10 ms, and records the timeouts it was given. */
  function scripted(clock: ReturnType<typeof fakeClock>, steps: Step[]): ((timeoutMs: number) => Promise<HttpResponse>) & { timeouts: number[] } {
    const timeouts: number[] = [];
    let i = 0;
    const attempt = async (timeoutMs: number): Promise<HttpResponse> => {
      timeouts.push(timeoutMs);
      clock.t += 10;
      const step = steps[Math.min(i++, steps.length - 1)];
      if (step instanceof Error) throw step;
      return step;
    };
    return Object.assign(attempt, { timeouts });
  }

  it('gets past 503s and dropped connections, waiting what Retry-After asks', async () => {
    const clock = fakeClock(0);
    const budget = new RetryBudget(policy.budgetMs, clock.now);
    const attempt = scripted(clock, [response(503, { 'retry-after': '1' }), networkError('ECONNRESET', 'socket hang up'), response(200)]);
    expect((await sendWithRetries('r/manifests/x', attempt, policy, budget, clock)).status).toBe(200);
    expect(clock.slept).toEqual([1000, 0]);
    expect(budget.faults).toBe(2);
    expect(budget.requestsRetried).toBe(1);
    // From the start of the first failed attempt to the success: 10 + 1000 + 10 + 0 + 10.
    expect(budget.spentMs()).toBe(1030);
  });

  it('returns an answer that is not retried at once, without touching the budget', async () => {
    const clock = fakeClock();
    const budget = new RetryBudget(policy.budgetMs, clock.now);
    expect((await sendWithRetries('r/manifests/x', scripted(clock, [response(404)]), policy, budget, clock)).status).toBe(404);
    expect(clock.slept).toEqual([]);
    expect(budget.faults).toBe(0);
  });

  it('throws an error it cannot get past at once', async () => {
    const clock = fakeClock();
    const budget = new RetryBudget(policy.budgetMs, clock.now);
    await expect(sendWithRetries('r/manifests/x', scripted(clock, [networkError('ENOTFOUND')]), policy, budget, clock)).rejects.toThrow('ENOTFOUND');
    expect(clock.slept).toEqual([]);
  });

  it('gives up after the attempts, saying what failed and how often', async () => {
    const clock = fakeClock();
    const budget = new RetryBudget(policy.budgetMs, clock.now);
    const error = await sendWithRetries('r/manifests/x', scripted(clock, [response(503)]), { ...policy, attempts: 3 }, budget, clock).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as RegistryError).message).toBe('r/manifests/x answered HTTP 503 (gave up after 3 attempts)');
    expect((error as RegistryError).status).toBe(503);
    const dropped = await sendWithRetries('r/blobs/y', scripted(clock, [networkError('ECONNRESET', 'socket hang up')]), { ...policy, attempts: 2 }, budget, clock).catch((e: unknown) => e);
    expect((dropped as Error).message).toBe('r/blobs/y: socket hang up (gave up after 2 attempts)');
  });

  it('stops when the budget is spent: a registry that always answers 503 costs the budget, no more', async () => {
    const clock = fakeClock();
    const budget = new RetryBudget(5000, clock.now);
    const error = await sendWithRetries('r/manifests/x', scripted(clock, [response(503, { 'retry-after': '1' })]), { ...policy, attempts: 100 }, budget, clock).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^r\/manifests\/x answered HTTP 503 \(gave up after 5 attempts: the 5\.0 s registry retry budget is spent\)$/);
    expect(budget.spentMs()).toBeLessThanOrEqual(5000);
  });

  it('shares the budget between requests: once it is spent, a failing request is not retried', async () => {
    const clock = fakeClock();
    const budget = new RetryBudget(3000, clock.now);
    const always503 = (): ReturnType<typeof scripted> => scripted(clock, [response(503, { 'retry-after': '1' })]);
    await expect(sendWithRetries('r/a', always503(), policy, budget, clock)).rejects.toThrow(/budget is spent/);
    const second = always503();
    await expect(sendWithRetries('r/b', second, policy, budget, clock)).rejects.toThrow(/gave up after 1 attempt: the 3\.0 s registry retry budget is spent/);
    // A request that needs no retry still goes through.
    expect((await sendWithRetries('r/c', scripted(clock, [response(200)]), policy, budget, clock)).status).toBe(200);
  });

  it('does not retry sooner than a Retry-After that outlasts the budget: it gives up at once', async () => {
    const clock = fakeClock();
    const budget = new RetryBudget(30_000, clock.now);
    const attempt = scripted(clock, [response(429, { 'retry-after': '60' }), response(200)]);
    await expect(sendWithRetries('r/manifests/x', attempt, policy, budget, clock)).rejects.toThrow(
      'r/manifests/x answered HTTP 429 (gave up after 1 attempt: it asked to retry after 60 s, past the 30 s left of the 30 s registry retry budget)'
    );
    expect(clock.slept).toEqual([]);
  });

  it('cuts a retried attempt off when the budget ends', async () => {
    const clock = fakeClock(0);
    const budget = new RetryBudget(2500, clock.now);
    const attempt = scripted(clock, [response(503, { 'retry-after': '1' }), response(503, { 'retry-after': '1' }), response(200)]);
    await sendWithRetries('r/manifests/x', attempt, policy, budget, clock);
    expect(attempt.timeouts).toEqual([policy.attemptTimeoutMs, 2500 - 1010, 2500 - 2020]);
  });
});
