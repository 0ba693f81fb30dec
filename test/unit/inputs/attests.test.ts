// Attestation findings (inputs/attests.ts): attests entries and the provenance/sbom shorthands, as Finding objects.
import { describe, expect, it } from '@jest/globals';
import { attestEntryFindings, provenanceFindings, sbomFindings } from '../../../src/inputs/attests.js';

const PROVENANCE_KEYS = 'mode, version, builder-id, filename, reproducible, complete-materials, inline-only, capture-usage';

describe('provenanceFindings', () => {
  it.each([
    '',
    'true',
    'false',
    'True',
    'FALSE',
    '1',
    '0',
    'mode=max',
    'mode=min,version=v1',
    'true,mode=max',
    'reproducible=T,complete-materials=0',
    'inline-only=whatever,capture-usage=',
    'disabled=1'
  ])('accepts %j', value => {
    expect(provenanceFindings(value)).toEqual([]);
  });

  it('says what a value is not, with the shorthand example', () => {
    expect(provenanceFindings('maxx')).toEqual([{ problem: "'maxx' is neither key=value nor a boolean", fix: 'Write true, false or key=value attributes, e.g. mode=max.' }]);
    expect(provenanceFindings('mode=max,yes')).toEqual([{ problem: "'mode=max,yes': 'yes' is neither key=value nor a boolean", fix: 'Write true, false or key=value attributes, e.g. mode=max.' }]);
  });

  it('reports every wrong attribute, errors and warnings in the order given', () => {
    expect(provenanceFindings('mode=fast,colour=blue,version=v2,mod=max')).toEqual([
      { problem: "'mode=fast,colour=blue,version=v2,mod=max' has mode=fast", fix: 'mode takes min, max or full.' },
      { problem: "'mode=fast,colour=blue,version=v2,mod=max': provenance has no attribute 'colour'", consequence: `BuildKit ignores it (it knows ${PROVENANCE_KEYS})` },
      { problem: "'mode=fast,colour=blue,version=v2,mod=max' has version=v2", fix: 'version takes v0.2 or v1.' },
      { problem: "'mode=fast,colour=blue,version=v2,mod=max': provenance has no attribute 'mod'", consequence: 'BuildKit ignores it (did you mean mode?)' }
    ]);
  });

  it('checks disabled= with Go booleans', () => {
    expect(provenanceFindings('disabled=yes')).toEqual([{ problem: "'disabled=yes' has disabled=yes", fix: 'disabled takes true or false.' }]);
  });

  it('refuses a quote left open', () => {
    expect(provenanceFindings('"mode=max')).toEqual([{ problem: `'"mode=max' is not a comma-separated list`, fix: 'Write key=value attributes separated by commas, e.g. mode=max.' }]);
  });
});

describe('sbomFindings', () => {
  it.each(['', 'true', 'false', '0', 'generator=docker/buildkit-syft-scanner', 'generator=x,scan-mode=all,anything=1', 'disabled=false'])(
    'accepts %j (SBOM attributes go to the scanner unchecked)',
    value => {
      expect(sbomFindings(value)).toEqual([]);
    }
  );

  it('refuses what is neither, with the SBOM example', () => {
    expect(sbomFindings('scan')).toEqual([{ problem: "'scan' is neither key=value nor a boolean", fix: 'Write true, false or key=value attributes, e.g. generator=docker/buildkit-syft-scanner.' }]);
    expect(sbomFindings('disabled=nope')).toEqual([{ problem: "'disabled=nope' has disabled=nope", fix: 'disabled takes true or false.' }]);
  });
});

describe('attestEntryFindings', () => {
  it.each(['type=sbom', 'type=provenance,mode=max', 'type=sbom,false', 'type=provenance,disabled=true', 'mode=max,type=provenance'])('accepts %j', entry => {
    expect(attestEntryFindings(entry)).toEqual([]);
  });

  it('needs a type, and one BuildKit has', () => {
    expect(attestEntryFindings('mode=max')).toEqual([{ problem: "'mode=max' has no type", fix: 'Start the entry with type=sbom or type=provenance.' }]);
    expect(attestEntryFindings('type=')).toEqual([{ problem: "'type=' has no type", fix: 'Start the entry with type=sbom or type=provenance.' }]);
    expect(attestEntryFindings('type=provenanse')).toEqual([
      { problem: "'type=provenanse' has the unknown type 'provenanse'; did you mean provenance?", fix: 'BuildKit attests type=sbom and type=provenance.' }
    ]);
    expect(attestEntryFindings('type=slsa')).toEqual([{ problem: "'type=slsa' has the unknown type 'slsa'", fix: 'BuildKit attests type=sbom and type=provenance.' }]);
  });

  it('checks provenance attributes but not SBOM ones', () => {
    expect(attestEntryFindings('type=provenance,reproducible=yes')).toEqual([{ problem: "'type=provenance,reproducible=yes' has reproducible=yes", fix: 'reproducible takes true or false.' }]);
    expect(attestEntryFindings('type=sbom,reproducible=yes')).toEqual([]);
  });

  it('gives the attests example for a field that is neither', () => {
    expect(attestEntryFindings('type=sbom,scan')).toEqual([
      { problem: "'type=sbom,scan': 'scan' is neither key=value nor a boolean", fix: 'Write true, false or key=value attributes, e.g. type=provenance,mode=max.' }
    ]);
  });
});
