/**
 * The kernel's QEMU handlers (binfmt_misc) for e2e tests: whether one is there, and a way to
 * take the host's away for the length of a test, as a fresh hosted runner has none, and put
 * it back exactly afterwards (other work on this machine relies on qemu-aarch64). The
 * handlers are the whole machine's, not the test's: two tests that take the same one away
 * must not run at once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inspect } from 'node:util';

/** Where the kernel shows its handlers. @public (for tests that look at handler files themselves) */
export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';

/** A magic-type handler as the kernel shows it in BINFMT_DIR/<name>. */
interface Handler {
  enabled: boolean;
  interpreter: string;
  /** As shown: P, O, C, F in that order (C implies O: "CF" is shown as "OCF"). */
  flags: string;
  offset: number;
  /** Hex digits, as shown (`7f454c46…`). */
  magic: string;
  mask?: string;
}

function handlerFile(name: string): string {
  if (!/^[^/:\s]+$/.test(name) || name === 'register' || name === 'status') throw new Error(`not a binfmt_misc handler name: '${name}'`);
  return path.join(BINFMT_DIR, name);
}

/** The handler's file as the kernel shows it, or undefined when there is none. */
function readText(name: string): string | undefined {
  try {
    return fs.readFileSync(handlerFile(name), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function parseHandler(name: string, text: string): Handler {
  const lines = text.split('\n');
  const field = (key: string) => lines.find(l => l.startsWith(`${key} `))?.slice(key.length + 1);
  const interpreter = field('interpreter');
  const flags = lines
    .find(l => l.startsWith('flags:'))
    ?.slice('flags:'.length)
    .trim();
  const offset = field('offset');
  const magic = field('magic');
  const mask = field('mask');
  if (interpreter === undefined || flags === undefined || offset === undefined || magic === undefined) {
    // An extension handler (`extension .jar`) has no magic: nothing here needs one.
    throw new Error(`${path.join(BINFMT_DIR, name)} is not a magic handler:\n${text}`);
  }
  return { enabled: lines[0] === 'enabled', interpreter, flags, offset: Number(offset), magic, mask };
}

/** `enabled`, interpreter, flags, offset, magic and mask on one line, for messages. */
function describe(h: Handler | undefined): string {
  if (!h) return 'no handler';
  return `${h.enabled ? 'enabled' : 'disabled'}, interpreter ${h.interpreter}, flags '${h.flags}', offset ${h.offset}, magic ${h.magic}, mask ${h.mask ?? '(none)'}`;
}

/** Whether the kernel has the handler (`qemu-aarch64`) and it is enabled. */
export function handlerEnabled(name: string): boolean {
  return readText(name)?.split('\n')[0] === 'enabled';
}

/** Hex digits as the `\xNN` text the kernel parses in a registration line. */
function escapeHex(hex: string): string {
  return hex.replace(/[0-9a-f]{2}/gi, '\\x$&');
}

/**
 * The line that registers the handler again, `:name:M:offset:magic:mask:interpreter:flags`.
 * The kernel resolves the interpreter in the writer's mount namespace (with F it opens it
 * there and then): this process's, the host's.
 */
function registrationLine(name: string, h: Handler): string {
  return `:${name}:M:${h.offset}:${escapeHex(h.magic)}:${escapeHex(h.mask ?? '')}:${h.interpreter}:${h.flags}`;
}

function remove(name: string): void {
  fs.writeFileSync(handlerFile(name), '-1');
}

/** Removes whatever is registered under the name and registers the original again; throws unless it is back as it was. */
function putBack(name: string, original: Handler, bodyError: unknown): void {
  const problems: string[] = [];
  if (readText(name) !== undefined) {
    try {
      remove(name);
    } catch (e) {
      problems.push(`removing the handler the test left: ${(e as Error).message}`);
    }
  }
  const line = registrationLine(name, original);
  try {
    fs.writeFileSync(path.join(BINFMT_DIR, 'register'), line);
  } catch (e) {
    // With F the kernel opens the interpreter right now, in this process's filesystem: ENOENT when it is not there.
    const hint =
      original.flags.includes('F') && !fs.existsSync(original.interpreter) ? ` (${original.interpreter} does not exist here: it was registered from another mount namespace, e.g. a container)` : '';
    problems.push(`writing '${line}' to ${BINFMT_DIR}/register: ${(e as Error).message}${hint}`);
  }
  const text = readText(name);
  const now = text === undefined ? undefined : parseHandler(name, text);
  if (now && now.enabled && now.flags.includes('F') && describe(now) === describe(original)) return;
  const after = bodyError === undefined ? '' : ` (after the test failed: ${bodyError instanceof Error ? bodyError.message : inspect(bodyError)})`;
  throw new Error(
    `could not put the host's ${name} handler back${after}.\n  wanted: ${describe(original)}\n  found:  ${describe(now)}` +
      (problems.length > 0 ? `\n  ${problems.join('\n  ')}` : '') +
      `\nOther work on this machine needs it: run 'bash scripts/toolchain.sh up' (its qemu step registers qemu-aarch64).`,
    { cause: bodyError }
  );
}

/**
 * Runs body with the host's handler (`qemu-aarch64`) removed, then always removes whatever
 * is registered under that name (body may have registered its own, e.g. through the binfmt
 * image) and registers the host's original again: same interpreter, magic, mask, offset and
 * flags. Throws if the host has no such handler enabled with F to begin with, or if it
 * cannot be put back as it was.
 */
export async function withoutHandler<T>(name: string, body: () => Promise<T>): Promise<T> {
  const text = readText(name);
  if (text === undefined) throw new Error(`the host has no ${name} handler to take away (run 'bash scripts/toolchain.sh up')`);
  const original = parseHandler(name, text);
  if (!original.enabled || !original.flags.includes('F')) throw new Error(`the host's ${name} handler is not enabled with the F flag (${describe(original)}); run 'bash scripts/toolchain.sh up'`);
  remove(name);
  let bodyError: unknown;
  try {
    return await body();
  } catch (e) {
    bodyError = e ?? new Error('the test threw nothing');
    throw e;
  } finally {
    putBack(name, original, bodyError);
  }
}
