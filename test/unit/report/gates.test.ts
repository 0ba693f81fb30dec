import { describe, expect, it } from '@jest/globals';
import { evaluateGates } from '../../../src/report/gates.js';
import { sizeReport } from '../../../src/report/sizes.js';
import { image } from '../../helpers/images.js';

describe('units and gates', () => {
  it('fails a platform over max-size or grown past max-size-increase, naming it', () => {
    const report = sizeReport(image(4_900_000, 4_700_000), 'r/a', { image: image(4_600_000, 4_400_000), reference: 'r/a:main' });
    const [size, increase] = evaluateGates(report, '5.8MB', '5%');
    expect(size).toMatchObject({ name: 'max-size', passed: false, failures: ['linux/amd64 is 6.0 MB compressed, over max-size 5.8MB'] });
    expect(increase.passed).toBe(false);
    expect(increase.failures).toEqual(['linux/amd64 grew 300.0 kB (+5.3 %), over max-size-increase 5%', 'linux/arm64 grew 300.0 kB (+5.6 %), over max-size-increase 5%']);
    expect(evaluateGates(report, '', '400kB')[0].passed).toBe(true);
  });
});
