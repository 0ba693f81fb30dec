import { describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapeData, processRunner, workflowCommand } from '../../../src/runner/protocol.js';
import { parseCommandFile } from '../../e2e/runner.js';

describe('runner protocol', () => {
  it('escapes command data and annotation properties', () => {
    expect(escapeData('50%\r\nnext')).toBe('50%25%0D%0Anext');
    expect(workflowCommand('warning', 'COPY . . busts the cache', { file: 'Dockerfile', startLine: 7, title: 'a:b,c' })).toBe(
      '::warning file=Dockerfile,line=7,title=a%3Ab%2Cc::COPY . . busts the cache'
    );
    expect(workflowCommand('endgroup', '')).toBe('::endgroup::');
  });

  it('reads inputs as the runner sets them and writes outputs/state as file commands', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protocol-'));
    const env = {
      'INPUT_BUILD-ARGS': '  A=1\n',
      INPUT_MY_INPUT: 'x',
      GITHUB_OUTPUT: path.join(dir, 'out'),
      GITHUB_STATE: path.join(dir, 'state'),
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
      STATE_tmpDir: '/tmp/x'
    };
    const lines: string[] = [];
    const runner = processRunner(env, line => lines.push(line));
    expect(runner.getInput('build-args', true)).toBe('A=1');
    expect(runner.getInput('build-args', false)).toBe('  A=1\n');
    expect(runner.getInput('my input', true)).toBe('x');
    expect(runner.getInput('absent', true)).toBe('');
    expect(runner.getState('tmpDir')).toBe('/tmp/x');
    runner.setOutput('metadata', '{\n  "a": 1\n}');
    runner.setOutput('digest', 'sha256:abc');
    runner.saveState('isPost', 'true');
    runner.appendSummary('### hi\n');
    expect(parseCommandFile(fs.readFileSync(env.GITHUB_OUTPUT, 'utf8'))).toEqual({ metadata: '{\n  "a": 1\n}', digest: 'sha256:abc' });
    expect(parseCommandFile(fs.readFileSync(env.GITHUB_STATE, 'utf8'))).toEqual({ isPost: 'true' });
    expect(fs.readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('### hi\n');
    runner.setSecret('line1\nline2');
    const result = await runner.group('Build', async () => 42);
    expect(result).toBe(42);
    expect(lines).toEqual(['::add-mask::line1%0Aline2', '::group::Build', '::endgroup::']);
  });

  describe('debug', () => {
    const debugLines = (env: NodeJS.ProcessEnv): { lines: string[]; isDebug: boolean } => {
      const lines: string[] = [];
      const runner = processRunner(env, line => lines.push(line));
      runner.debug('50% done\r\nnext: a,b');
      return { lines, isDebug: runner.isDebug };
    };

    it('RUNNER_DEBUG=1: one ::debug:: line, escaped as the other commands', () => {
      expect(debugLines({ RUNNER_DEBUG: '1' })).toEqual({ lines: ['::debug::50%25 done%0D%0Anext: a,b'], isDebug: true });
    });

    it.each(['true', 'TRUE', 'True'])('ACTIONS_STEP_DEBUG=%s turns it on too', value => {
      expect(debugLines({ ACTIONS_STEP_DEBUG: value })).toEqual({ lines: ['::debug::50%25 done%0D%0Anext: a,b'], isDebug: true });
    });

    it('each group says how long it took, only with debug on', async () => {
      const lines: string[] = [];
      await processRunner({ RUNNER_DEBUG: '1' }, line => lines.push(line)).group('Build', async () => undefined);
      expect(lines).toEqual(['::group::Build', expect.stringMatching(/^::debug::Build: \d+ ms$/), '::endgroup::']);
      const quiet: string[] = [];
      await processRunner({}, line => quiet.push(line)).group('Build', async () => undefined);
      expect(quiet).toEqual(['::group::Build', '::endgroup::']);
    });

    it.each([{}, { RUNNER_DEBUG: '0' }, { RUNNER_DEBUG: 'true' }, { ACTIONS_STEP_DEBUG: 'false' }, { ACTIONS_STEP_DEBUG: '1' }, { ACTIONS_STEP_DEBUG: 'true ' }])('off (%j): nothing written', env => {
      expect(debugLines(env)).toEqual({ lines: [], isDebug: false });
    });
  });
});
