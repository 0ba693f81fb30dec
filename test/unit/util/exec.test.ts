import { describe, expect, it } from '@jest/globals';
import { exec, tracedExec, withProgramEnv, type Exec } from '../../../src/util/exec.js';

const printEnv = (name: string): [string, string[]] => [process.execPath, ['-e', `process.stdout.write(process.env.${name} ?? '<unset>')`]];

describe('exec: options.env is added to ours', () => {
  it('the child sees the overlay and still our PATH', async () => {
    const result = await exec('sh', ['-c', 'echo "$HOIST_TEST_X|$PATH"'], { env: { HOIST_TEST_X: 'from overlay' } });
    expect(result).toMatchObject({ exitCode: 0, stdout: `from overlay|${process.env.PATH}\n` });
  });

  it('a name in the overlay wins over ours', async () => {
    expect((await exec(...printEnv('PATH'), { env: { PATH: '/nowhere' } })).stdout).toBe('/nowhere');
  });

  it('without env the child gets ours unchanged', async () => {
    expect((await exec(...printEnv('PATH'))).stdout).toBe(process.env.PATH);
  });
});

describe('tracedExec', () => {
  it('shows the command line before the run and the exit after, quoted where a shell needs it', async () => {
    const lines: string[] = [];
    const run = tracedExec(exec, line => lines.push(line));
    const result = await run('sh', ['-c', 'printf %s "it\'s $0"; exit 3', '', 'plain-arg=a/b:c']);
    expect(result).toMatchObject({ exitCode: 3, stdout: "it's " });
    expect(lines).toEqual([`sh -c 'printf %s "it'\\''s $0"; exit 3' '' plain-arg=a/b:c`, expect.stringMatching(/^sh -c printf %s "it's \$0"; exit 3 -> exit 3 in \d+ ms$/)]);
  });

  it('never shows stdin, only its size', async () => {
    const lines: string[] = [];
    const result = await tracedExec(exec, line => lines.push(line))('sh', ['-c', 'cat'], { input: 'hunter2-ü' });
    expect(result.stdout).toBe('hunter2-ü');
    expect(lines[0]).toBe('sh -c cat (stdin: 10 bytes)');
    expect(lines.join('\n')).not.toContain('hunter2');
  });

  it('a program that cannot start: traced, and the error still thrown', async () => {
    const lines: string[] = [];
    await expect(tracedExec(exec, line => lines.push(line))('/no/such/program', ['x'])).rejects.toThrow('could not run /no/such/program');
    expect(lines).toEqual(['/no/such/program x', expect.stringMatching(/^\/no\/such\/program x -> could not run \/no\/such\/program: .* in \d+ ms$/)]);
  });
});

describe('withProgramEnv', () => {
  it('reads the variables at each call, under the call’s own env', async () => {
    let value = 'first';
    const run: Exec = withProgramEnv(exec, () => ({ HOIST_TEST_X: value, HOIST_TEST_Y: 'base' }));
    expect((await run(...printEnv('HOIST_TEST_X'))).stdout).toBe('first');
    value = 'second';
    expect((await run(...printEnv('HOIST_TEST_X'))).stdout).toBe('second');
    expect((await run(...printEnv('HOIST_TEST_Y'), { env: { HOIST_TEST_Y: 'per call' } })).stdout).toBe('per call');
    expect((await run('sh', ['-c', 'echo "$PATH"'])).stdout).toBe(`${process.env.PATH}\n`);
  });
});
