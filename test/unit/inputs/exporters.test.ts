// One outputs entry as buildx reads it (inputs/exporters.ts): its type, its attributes, and where it writes on this machine.
import { describe, expect, it } from '@jest/globals';
import { ANNOTATION_TYPES, outputFindings } from '../../../src/inputs/exporters.js';

/** A workspace with a directory `dir` and a file `file.tar`. */
const files = { isFile: (p: string) => p === 'file.tar', isDirectory: (p: string) => p === 'dir' };
const findings = (entry: string) => outputFindings(entry, files);

describe('outputFindings', () => {
  it.each([
    'out',
    'dir',
    'type=local,dest=out',
    'type=local,dest=dir,mode=delete,platform-split=false',
    'TYPE=local,DEST=out',
    'type=tar,dest=new.tar',
    'type=tar,dest=file.tar',
    'type=docker',
    'type=docker,dest=img.tar,context=default',
    'type=oci,dest=img.tar',
    'type=oci,dest=dir,tar=false',
    'type=oci,dest=new-dir,tar=0',
    'type=registry,annotation-index-descriptor[linux/arm64].org.opencontainers.image.title=x',
    'type=image,annotation.a=b,annotation-manifest.c=d,compression-level=-1,force-compression=',
    'type=cacheonly'
  ])('accepts %j', entry => {
    expect(findings(entry)).toEqual([]);
  });

  it('takes a bare path for the local exporter, and a bare path with = with a warning', () => {
    expect(findings('file.tar')).toEqual([{ problem: "'file.tar' writes into 'file.tar', which is a file", fix: 'Give a directory; it is created when missing.' }]);
    expect(findings('a=b')).toEqual([{ problem: "'a=b' has no type=, so buildx takes it as a directory for the local exporter", consequence: "the result goes to a directory named 'a=b'" }]);
  });

  it("refuses standard output: it is the step's log", () => {
    expect(findings('-')).toEqual([{ problem: "'-' writes a tarball to standard output, which is the step's log", fix: 'Give a file, e.g. type=tar,dest=image.tar.' }]);
    expect(findings('type=tar,dest=-')).toEqual([
      { problem: "'type=tar,dest=-' has no dest file, so the tarball would be written into the step's log", fix: 'Give a file, e.g. type=tar,dest=image.tar.' }
    ]);
    expect(findings('type=docker,dest=-')).toEqual([
      { problem: "'type=docker,dest=-' has no dest file, so the tarball would be written into the step's log", fix: 'Give a file, e.g. type=docker,dest=image.tar.' }
    ]);
    expect(findings('type=local,dest=-')).toEqual([{ problem: "'type=local,dest=-' needs dest=<directory>", fix: 'E.g. type=local,dest=out (relative to the workspace).' }]);
  });

  it('knows a tarball from a directory by tar= (anything but a Go boolean is true)', () => {
    expect(findings('type=oci,dest=dir')).toEqual([{ problem: "'type=oci,dest=dir' writes to 'dir', which is a directory", fix: 'Give a file path, e.g. dest=out/image.tar.' }]);
    expect(findings('type=docker,dest=file.tar,tar=false')).toEqual([
      { problem: "'type=docker,dest=file.tar,tar=false' writes into 'file.tar', which is a file", fix: 'Give a directory; it is created when missing.' }
    ]);
    expect(findings('type=oci,dest=dir,tar=maybe')).toEqual([
      { problem: "'type=oci,dest=dir,tar=maybe' has tar=maybe", fix: 'tar takes true or false.' },
      { problem: "'type=oci,dest=dir,tar=maybe' writes to 'dir', which is a directory", fix: 'Give a file path, e.g. dest=out/image.tar.' }
    ]);
  });

  it('checks annotations on the exporters that make an image only', () => {
    expect(findings('type=image,annotation-layer.a=b')).toEqual([
      { problem: "'type=image,annotation-layer.a=b' has the unknown annotation type 'layer'", fix: 'Use annotation.<key>, or annotation-<index|index-descriptor|manifest|manifest-descriptor>.<key>.' }
    ]);
    expect(findings('type=local,dest=out,annotation.a=b')).toEqual([
      {
        problem: "'type=local,dest=out,annotation.a=b': the local exporter has no attribute 'annotation.a'",
        consequence: 'BuildKit ignores it (it knows dest, platform-split, attestation-prefix, source-date-epoch, mode)'
      }
    ]);
  });

  it('warns of an attribute the exporter does not have, with the nearest one', () => {
    expect(findings('type=registry,compresion=zstd')).toEqual([
      { problem: "'type=registry,compresion=zstd': the registry exporter has no attribute 'compresion'", consequence: 'BuildKit ignores it (did you mean compression?)' }
    ]);
  });

  it('stops at the first field that is not key=value, and at a missing or unknown type', () => {
    expect(findings('type=local,out,mode=mirror')).toEqual([
      { problem: "'type=local,out,mode=mirror': 'out' is not key=value", fix: 'Write type=<exporter>,key=value,…, e.g. type=local,dest=out or type=registry.' }
    ]);
    expect(findings('type=,dest=out')).toEqual([{ problem: "'type=,dest=out' has no type", fix: 'Use one of: image, registry, local, tar, oci, docker, cacheonly.' }]);
    expect(findings('type=constructor')).toEqual([{ problem: "'type=constructor' has the unknown type 'constructor'", fix: 'Use one of: image, registry, local, tar, oci, docker, cacheonly.' }]);
    expect(findings('type=local,"dest=out')).toEqual([
      { problem: `'type=local,"dest=out' is not a comma-separated list`, fix: 'Write type=<exporter>,key=value,…, e.g. type=local,dest=out or type=registry.' }
    ]);
  });

  it('names the annotation levels BuildKit has', () => {
    expect(ANNOTATION_TYPES).toEqual(['index', 'index-descriptor', 'manifest', 'manifest-descriptor']);
  });
});
