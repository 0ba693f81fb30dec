import { describe, expect, it } from '@jest/globals';
import { builderProblems, checkInputs, type FileProbe } from '../../../src/inputs/validate.js';
import type { BuilderFacts } from '../../../src/plan/facts.js';
import { rawInputs } from '../../helpers/inputs.js';

const DOCKERFILE = 'FROM --platform=$BUILDPLATFORM golang AS Builder\nRUN true\nFROM alpine AS runtime\n';
const CUSTOM_FRONTEND = '# syntax=acme/frontend:1\nFROM alpine AS app\n';

/** A workspace with ./Dockerfile, ./app/Dockerfile, ./custom/Dockerfile (another frontend), a secret file, a file and some directories. */
const files: FileProbe = {
  isDirectory: p => ['.', 'app', 'app/', 'custom', 'contexts/go', 'layout'].includes(p),
  isFile: p => ['Dockerfile', 'app/Dockerfile', 'custom/Dockerfile', './secret.txt', 'notes.txt'].includes(p),
  readText: p => (p === 'custom/Dockerfile' ? CUSTOM_FRONTEND : p.endsWith('Dockerfile') ? DOCKERFILE : undefined)
};
const remote: BuilderFacts = { name: 'hoist', driver: 'remote', platforms: ['linux/amd64', 'linux/arm64'] };

/** A value a row carries in a secret: it must never appear in what the step says. */
const SECRET = 's3cr3t';

function check(raw: Record<string, string>): ReturnType<typeof checkInputs> {
  return checkInputs(rawInputs({ context: '.', ...raw }), files);
}

/** What the step reports, as main checks it: the inputs alone, then what the builder's facts show. */
function problems(raw: Record<string, string>, builder: BuilderFacts = remote): string[] {
  const inputs = rawInputs({ context: '.', ...raw });
  return [...checkInputs(inputs, files).errors, ...builderProblems(inputs, builder)].map(e => e.message);
}

describe('checkInputs: errors', () => {
  it('accepts the example workflow', () => {
    expect(check({ platforms: 'linux/amd64,linux/arm64', tags: 'ghcr.io/acme/backend:main', push: 'true', target: 'BUILDER' })).toMatchObject({ errors: [], warnings: [] });
  });

  // Each row: raw inputs → the input named, the problem and the fix the message must carry. Exactly one error per row.
  it.each<[Record<string, string>, string, RegExp, RegExp]>([
    // platforms, tags, push, load
    [{ platforms: 'linux/amd64,linux/amd46' }, 'platforms', /'linux\/amd46'.*did you mean 'linux\/amd64'/, /os\/arch\[\/variant\]/],
    [{ tags: 'ghcr.io/Acme/Backend:1' }, 'tags', /uppercase.*'acme\/backend'/, /\[registry\/\]repository\[:tag\]/],
    [{ tags: 'ghcr.io/acme/backend:bad tag' }, 'tags', /whitespace/, /\[registry\/\]repository\[:tag\]/],
    [{ tags: `ghcr.io/acme/backend@sha256:${'a'.repeat(64)}` }, 'tags', /carries a digest/, /drop the @sha256/],
    [{ push: 'true' }, 'tags', /push is enabled but no tag/, /Add at least one tag/],
    [{ outputs: 'type=registry' }, 'tags', /no tag/, /Add at least one tag/],
    [{ load: 'true', outputs: 'type=local,dest=out' }, 'load', /together with a local\/tar output/, /either load/],
    // distribute and merge
    [{ distribute: 'platfrom', platforms: 'linux/amd64', tags: 'r/a:1', push: 'true' }, 'distribute', /'platfrom' is not a way.*did you mean platform/, /distribute: platform in the matrix jobs/],
    [{ distribute: 'platform', merge: 'true', platforms: 'linux/amd64', tags: 'r/a:1', push: 'true' }, 'merge', /together with distribute/, /either builds its platform/],
    [{ distribute: 'platform', tags: 'r/a:1', push: 'true' }, 'platforms', /distribute: platform builds the platform/, /matrix\.platform/],
    [{ distribute: 'platform', platforms: 'linux/arm64' }, 'tags', /names no image for distribute/, /same tags \(or meta-images\) as the merge step/],
    [{ distribute: 'platform', platforms: 'linux/arm64', tags: 'r/a:1', push: 'true', outputs: 'type=registry' }, 'outputs', /pushes by digest itself/, /Leave outputs empty/],
    [{ distribute: 'platform', platforms: 'linux/arm64', tags: 'r/a:1', load: 'true' }, 'load', /pushes by digest/, /leave load false/],
    [{ merge: 'true', tags: 'r/a:1', push: 'true' }, 'platforms', /merge: true must know which platforms/, /instead of tagging a partial image/],
    [{ merge: 'true', platforms: 'linux/amd64,linux/arm64' }, 'tags', /merge: true creates the image under its tags/, /same repositories the platform jobs pushed to/],
    // context, Dockerfile, stages
    [{ context: 'missing' }, 'context', /'missing' is not a directory/, /actions\/checkout/],
    [{ file: 'nope/Dockerfile' }, 'file', /no Dockerfile at 'nope\/Dockerfile'/, /relative to the workspace/],
    [{ context: 'app/', file: '', target: 'nope' }, 'target', /no stage named 'nope'/, /Use one of: builder, runtime/],
    [{ context: 'app/', tags: 'r/a:1', 'cache-stages': 'builder\nbiulder' }, 'cache-stages', /no stage named 'biulder'/, /builder, runtime/],
    [{ context: 'app/', 'cache-stages': 'builder' }, 'cache-stages', /no tag/, /cache-ref/],
    // outputs: types, attributes, destinations
    [{ outputs: 'type=foo' }, 'outputs', /'type=foo' has the unknown type 'foo'/, /Use one of: image, registry, local, tar, oci, docker, cacheonly/],
    [{ outputs: 'type=locl,dest=out' }, 'outputs', /unknown type 'locl'; did you mean local\?/, /Use one of/],
    [{ outputs: 'dest=out,push=false' }, 'outputs', /has no type/, /Use one of/],
    [{ outputs: 'type=docker,oops' }, 'outputs', /'oops' is not key=value/, /type=<exporter>,key=value/],
    [{ outputs: 'type=local' }, 'outputs', /needs dest=<directory>/, /type=local,dest=out/],
    [{ outputs: 'type=local,dest=out,mode=mirror' }, 'outputs', /mode=mirror/, /mode takes copy or delete/],
    [{ outputs: 'type=local,dest=notes.txt' }, 'outputs', /writes into 'notes.txt', which is a file/, /Give a directory/],
    [{ outputs: 'type=tar' }, 'outputs', /no dest file.*step's log/, /type=tar,dest=image.tar/],
    [{ outputs: '-' }, 'outputs', /standard output/, /type=tar,dest=image.tar/],
    [{ outputs: 'type=oci,dest=layout' }, 'outputs', /writes to 'layout', which is a directory/, /Give a file path/],
    [{ outputs: 'type=oci,tar=false' }, 'outputs', /needs dest=<directory>/, /type=oci,dest=out/],
    [{ tags: 'r/a:1', outputs: 'type=registry,compression=brotli' }, 'outputs', /compression=brotli/, /compression takes uncompressed, gzip, estargz, zstd or nydus/],
    [{ tags: 'r/a:1', outputs: 'type=image,push=maybe' }, 'outputs', /push=maybe/, /push takes true or false/],
    [{ tags: 'r/a:1', outputs: 'type=image,compression-level=high' }, 'outputs', /compression-level=high/, /a whole number/],
    [{ tags: 'r/a:1', outputs: 'type=image,annotation-foo.title=x' }, 'outputs', /unknown annotation type 'foo'/, /annotation\.<key>/],
    // attestations
    [{ provenance: 'mode=maximum' }, 'provenance', /mode=maximum/, /mode takes min, max or full/],
    [{ provenance: 'maxx' }, 'provenance', /'maxx' is neither key=value nor a boolean/, /e\.g\. mode=max/],
    [{ provenance: 'mode=max,version=v2' }, 'provenance', /version=v2/, /version takes v0\.2 or v1/],
    [{ provenance: 'disabled=nope' }, 'provenance', /disabled=nope/, /disabled takes true or false/],
    [{ sbom: 'scan' }, 'sbom', /'scan' is neither key=value nor a boolean/, /generator=/],
    [{ attests: 'type=sbomb' }, 'attests', /unknown type 'sbomb'; did you mean sbom\?/, /type=sbom and type=provenance/],
    [{ attests: 'mode=max' }, 'attests', /'mode=max' has no type/, /type=sbom or type=provenance/],
    [{ attests: 'type=provenance,mode=fast' }, 'attests', /mode=fast/, /min, max or full/],
    [{ attests: 'type=provenance,reproducible=yes' }, 'attests', /reproducible=yes/, /true or false/],
    // key=value lists
    [{ 'build-args': `A=1\n=${SECRET}` }, 'build-args', /entry 2 has no name/, /NAME alone to pass the environment variable/],
    [{ labels: '=x' }, 'labels', /'=x' has no key/, /key=value/],
    [{ annotations: 'org.opencontainers.image.title' }, 'annotations', /not of the form key=value/, /\[type:\]key=value/],
    [{ annotations: 'indx:org.opencontainers.image.title=x' }, 'annotations', /unknown annotation type 'indx'/, /index, index-descriptor, manifest, manifest-descriptor/],
    [{ annotations: 'manifest[linux/amd46]:title=x' }, 'annotations', /unknown architecture 'amd46'/, /\[os\/arch\]/],
    [{ 'build-contexts': 'alpine' }, 'build-contexts', /'alpine' is not of the form name=source/, /name=docker-image:\/\/<image>/],
    [{ 'build-contexts': 'Alpine=docker-image://alpine' }, 'build-contexts', /'Alpine' cannot name a context: .*uppercase/, /lowercase/],
    [{ 'build-contexts': 'base=docker-image://Alpine:3' }, 'build-contexts', /uppercase/, /docker-image:\/\/alpine:3\.20/],
    [{ 'build-contexts': 'src=./missing' }, 'build-contexts', /'\.\/missing' is not a directory/, /relative to the workspace/],
    [{ 'build-contexts': 'src=' }, 'build-contexts', /has no source/, /name=<directory>/],
    // entitlements, ssh, network, call
    [{ allow: 'network.hots' }, 'allow', /'network.hots' is not an entitlement; did you mean network.host\?/, /security.insecure, device\[=<name>\]/],
    [{ allow: 'security.insecure=true' }, 'allow', /not an entitlement/, /buildx.local.delete/],
    [{ allow: 'device,alias=fuse' }, 'allow', /'alias=fuse' is not an entitlement/, /device\[=<name>\]/],
    [{ ssh: 'default,default=/tmp/key' }, 'ssh', /the id 'default' is given twice/, /its own id/],
    [{ network: 'bridge' }, 'network', /'bridge' is not a network mode/, /default, none or host.*driver-opts/],
    [{ call: 'chek' }, 'call', /no method 'chek'; did you mean check\?/, /check,format=json/],
    [{ call: 'check,format=json,colour=red' }, 'call', /'colour=red' is not an option of call/, /format=json or ignorestatus=true/],
    [{ call: 'outline,targets' }, 'call', /names two methods/, /Write a method/],
    [{ call: 'check,ignorestatus=maybe' }, 'call', /ignorestatus=maybe/, /true or false/],
    // sizes, limits, hosts
    [{ 'shm-size': 'lots' }, 'shm-size', /'lots' is not a size/, /2g or 512m/],
    [{ ulimit: 'nofile' }, 'ulimit', /name=soft\[:hard\]/, /nofile=1024:1024/],
    [{ ulimit: 'nofiles=1024' }, 'ulimit', /names no ulimit 'nofiles'; did you mean nofile\?/, /Use one of: core, cpu/],
    [{ ulimit: 'nofile=2048:1024' }, 'ulimit', /soft limit above its hard limit/, /nofile=1024:2048/],
    [{ 'add-hosts': 'justahost' }, 'add-hosts', /host:ip/, /docker:10.180.0.1/],
    // secrets that would fail the build at its start
    [{ secrets: `A,B=${SECRET}` }, 'secrets', /the id 'A,B' contains a comma or a quote/, /Rename the secret/],
    [{ secrets: `BIG=${SECRET.repeat(90_000)}` }, 'secrets', /'BIG' is 540000 bytes; BuildKit takes secrets up to 500 KiB/, /smaller/],
    [{ 'secret-files': 'a,b=./secret.txt' }, 'secret-files', /contains a comma or a quote/, /Rename the secret or the file/],
    // the size report and caching
    [{ 'compare-to': 'Bad/Ref' }, 'compare-to', /uppercase/, /'none'/],
    [{ tags: 'r/a:1', push: 'true', 'max-size': 'big' }, 'max-size', /'big' is not a size/, /20MB/],
    [{ tags: 'r/a:1', push: 'true', 'max-size-increase': 'ten percent' }, 'max-size-increase', /neither a percentage nor a size/, /10%/],
    [{ 'annotate-growth': 'off' }, 'annotate-growth', /'off' is neither a size nor a percentage/, /'none' or 0 turns the annotation off/],
    [{ 'annotate-growth': '1 megabyte' }, 'annotate-growth', /'1 megabyte' is neither a size nor a percentage/, /E\.g\. 1MB \(the default\) or 10%/],
    [{ 'size-trend': 'off' }, 'size-trend', /'off' is not a number of builds from 0 to 200/, /'none' or 0 turns the trend off/],
    [{ 'size-trend': '201' }, 'size-trend', /'201' is not a number of builds from 0 to 200/, /E\.g\. 30 \(the default\)/],
    [{ 'size-trend': '-5' }, 'size-trend', /'-5' is not a number/, /30/],
    [
      { 'size-analysis': 'layers' },
      'size-analysis',
      /'layers' is not a size analysis/,
      /Use files \(download the layers and list where the bytes are\) or none \(the default: no layer is downloaded\)/
    ],
    [{ 'size-analysis': 'Files' }, 'size-analysis', /'Files' is not a size analysis/, /Use files/],
    [{ tags: 'r/a:1', 'max-size': '20MB', outputs: 'type=local,dest=out' }, 'max-size', /outputs writes files only/, /Add an image output/],
    [{ 'cache-mounts-max-size': 'big' }, 'cache-mounts-max-size', /'big' is not a size/, /2GB/],
    [{ 'cache-scope': 'my scope' }, 'cache-scope', /'my scope' is not a cache scope/, /letters, digits, '.', '_', '-' and '\/'/],
    [{ 'cache-scope': 'a,b' }, 'cache-scope', /not a cache scope/, /e\.g\. acme\/backend/],
    // the builder hoist sets up (setup-buildx-action's inputs)
    [{ driver: 'docker' }, 'driver', /the docker driver is the Docker engine's own builder/, /Leave driver empty/],
    [{ driver: 'docker-contianer' }, 'driver', /'docker-contianer' is not a driver hoist can set up; did you mean docker-container\?/, /docker-container, remote, kubernetes/],
    [{ driver: 'remote' }, 'endpoint', /the remote driver needs the address of a running BuildKit/, /tcp:\/\/buildkitd:1234/],
    [{ 'driver-opts': 'image=moby/buildkit:master\nnetwork' }, 'driver-opts', /entry 2 \('network'\) is not of the form key=value/, /network=host/],
    [{ builder: 'mybuilder', 'driver-opts': 'network=host' }, 'builder', /'mybuilder' is given together with driver-opts/, /Give one or the other/],
    [{ 'buildkitd-config': 'missing.toml' }, 'buildkitd-config', /no file at 'missing\.toml'/, /buildkitd-config-inline/],
    [{ 'buildkitd-config': 'notes.txt', 'buildkitd-config-inline': '[worker.oci]' }, 'buildkitd-config-inline', /is given together with buildkitd-config/, /either as a file or inline/]
  ])('%j', (raw, input, problem, fix) => {
    const { errors, warnings } = check(raw);
    expect(errors).toHaveLength(1);
    const [message] = errors.map(e => e.message);
    expect(message).toMatch(new RegExp(`^input '${input}': `));
    expect(message).toMatch(problem);
    expect(errors[0].fix).toMatch(fix);
    expect(message.endsWith(errors[0].fix)).toBe(true);
    expect([...errors, ...warnings].map(f => f.message).join('\n')).not.toContain(SECRET);
  });

  it('refuses loading several platforms into a classic image store, allows it with containerd', () => {
    const raw = { load: 'true', platforms: 'linux/amd64,linux/arm64' };
    expect(problems(raw)).toEqual([expect.stringMatching(/^input 'load': cannot load a 2-platform image.*push instead/)]);
    expect(problems(raw, { ...remote, engineLoadsMultiPlatform: true })).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(problems({ platforms: 'linux/amd46', tags: 'UPPER', 'shm-size': 'x', outputs: 'type=foo', network: 'bridge' })).toHaveLength(5);
  });

  it('leaves remote contexts and stdin Dockerfiles to buildx', () => {
    expect(problems({ context: 'https://github.com/acme/backend.git#main' })).toEqual([]);
    expect(problems({ context: '', file: 'whatever' })).toEqual([]);
    expect(problems({ file: '-' })).toEqual([]);
  });
});

describe('checkInputs: the merge step builds nothing', () => {
  it('does not look for a Dockerfile (its job need not check out), and takes size gates', () => {
    const inputs = rawInputs({ context: 'not-checked-out', merge: 'true', platforms: 'linux/amd64,linux/arm64', tags: 'r/a:1', push: 'true', 'max-size': '20MB' });
    expect(checkInputs(inputs, files).errors).toEqual([]);
    expect(checkInputs({ ...inputs, merge: false }, files).errors.map(e => e.message)).toEqual([expect.stringContaining("input 'context'")]);
  });
});

describe('checkInputs: what build-push-action tolerates warns, and the step goes on', () => {
  // Each row: raw inputs → the input named, the problem and what happens instead; no error.
  it.each<[Record<string, string>, string, RegExp]>([
    [{ secrets: 'INVALID_SECRET=' }, 'secrets', /'INVALID_SECRET' has an empty value; skipped, the build goes on without it \(a secret the workflow cannot see/],
    [{ secrets: `GOOD=fine\nBROKEN${SECRET}` }, 'secrets', /entry 2 is not of the form KEY=value; skipped/],
    [{ secrets: `=${SECRET}-value` }, 'secrets', /entry 1 is not of the form KEY=value; skipped/],
    [{ 'secret-files': 'INVALID_SECRET=' }, 'secret-files', /'INVALID_SECRET=' is not of the form KEY=path; skipped/],
    [{ 'secret-files': 'npmrc=./missing' }, 'secret-files', /'npmrc' points at '\.\/missing', which is nothing \(no such file\); skipped.*earlier step/],
    [{ 'secret-files': 'npmrc=app' }, 'secret-files', /'npmrc' points at 'app', which is a directory; skipped/],
    [{ 'secret-envs': 'INVALID_SECRET=' }, 'secret-envs', /'INVALID_SECRET=' is not of the form KEY=ENV_NAME; skipped/],
    [{ 'secret-envs': 'JUSTNAME' }, 'secret-envs', /'JUSTNAME' is not of the form KEY=ENV_NAME; skipped/],
    [{ platforms: 'linux/amd64,linux/x86_64' }, 'platforms', /'linux\/x86_64' is listed twice \(as 'linux\/amd64'\); BuildKit builds it twice/],
    [{ platforms: 'linux/arm64,linux/arm64' }, 'platforms', /'linux\/arm64' is listed twice; /],
    [{ tags: 'r/a:1', outputs: 'type=image,pussh=true' }, 'outputs', /the image exporter has no attribute 'pussh'; BuildKit ignores it \(did you mean push\?\)/],
    [{ outputs: 'dest=out' }, 'outputs', /'dest=out' has no type=, so buildx takes it as a directory for the local exporter; the result goes to a directory named 'dest=out'/],
    [{ provenance: 'mode=max,colour=blue' }, 'provenance', /provenance has no attribute 'colour'; BuildKit ignores it/],
    [{ 'no-cache-filters': 'biulder' }, 'no-cache-filters', /no stage named 'biulder' in Dockerfile; it matches no stage and changes nothing.*builder, runtime/]
  ])('%j', (raw, input, message) => {
    const { errors, warnings } = check(raw);
    expect(errors).toEqual([]);
    expect(warnings.map(w => w.message)).toEqual([expect.stringMatching(new RegExp(`^input '${input}': `))]);
    expect(warnings[0].message).toMatch(message);
    expect(warnings[0].message).not.toContain(SECRET);
  });

  it('goes on with the entries build-push-action would put on argv', () => {
    const { inputs } = check({
      secrets: `INVALID_SECRET=\nTOKEN=${SECRET}\nstray line`,
      'secret-files': 'gone=./missing\nnpmrc=./secret.txt\nEMPTY=',
      'secret-envs': 'JUSTNAME\nTOKEN=MY_TOKEN'
    });
    expect(inputs.secrets).toEqual([`TOKEN=${SECRET}`]);
    expect(inputs['secret-files']).toEqual(['npmrc=./secret.txt']);
    expect(inputs['secret-envs']).toEqual(['TOKEN=MY_TOKEN']);
  });
});

describe('checkInputs: what buildx accepts stays accepted', () => {
  it.each<Record<string, string>>([
    { 'build-args': 'FROM_ENV\nA=1\nEMPTY=\nURL=https://x?a=b' },
    { labels: 'a=b\nflag\norg.opencontainers.image.source=https://github.com/acme/app' },
    { annotations: 'a=b\nindex:a=b\nmanifest[linux/amd64]:a=b\nindex,manifest:a=b\nmanifest-descriptor:a=b\nmanifest[arm64]:a=b\norg.example.url=https://x:80/y' },
    {
      'build-contexts':
        'alpine=docker-image://alpine:3.20\ngo=contexts/go\nsrc=.\nrepo=https://github.com/acme/x.git#main\ngit=git@github.com:acme/x.git\nlayout=oci-layout://./layout:tag\nx={{defaultContext}}:sub'
    },
    { context: '{{defaultContext}}:docker' },
    { context: '{{defaultContext}}' },
    { tags: 'r/a:1', outputs: 'type=registry,compression=zstd,oci-mediatypes=true,force-compression=true,annotation-index.a=b,annotation-manifest[linux/amd64].c=d' },
    { tags: 'r/a:1', outputs: 'type=image,push=true,name=r/a:2,registry.insecure=true,push-by-digest=true,name-canonical=true,unpack=false,store=false,rewrite-timestamp=true' },
    { outputs: 'type=local,dest=out\nout2\ntype=local,dest=out3,platform-split=false,mode=delete' },
    { outputs: 'type=docker\ntype=docker,dest=img.tar,context=default\ntype=oci,dest=img.tar\ntype=oci,tar=false,dest=layout-new\ntype=tar,dest=out.tar\ntype=cacheonly' },
    { attests: 'type=sbom\ntype=provenance,mode=max\ntype=sbom,generator=x/y:1,scan-mode=all\ntype=provenance,disabled=true\ntype=sbom,false' },
    { provenance: 'true' },
    { provenance: 'false' },
    { provenance: '1' },
    { provenance: 'mode=min,inline-only=true,builder-id=https://x,version=v0.2,reproducible=true,filename=p.json' },
    { provenance: 'mode=full' },
    { sbom: 'true' },
    { sbom: 'generator=docker/buildkit-syft-scanner:stable-1' },
    { allow: 'network.host,security.insecure,device,buildx.local.delete' },
    { allow: 'device=/dev/fuse' },
    { ssh: 'default\ngithub=/tmp/key' },
    ...['1MB', '0', 'none', '10%', '512KiB', '2000000'].map(limit => ({ 'annotate-growth': limit })),
    ...['30', '0', 'none', '200', '2'].map(count => ({ 'size-trend': count })),
    ...['files', 'none'].map(analysis => ({ 'size-analysis': analysis })),
    { network: 'host' },
    { network: 'none' },
    { network: 'default' },
    ...['build', 'check', 'lint', 'outline', 'targets', 'subrequests.describe', 'check,format=json', 'targets,ignorestatus=true'].map(call => ({ call })),
    { context: 'custom', call: 'frobnicate' },
    { call: 'frobnicate', 'build-args': 'BUILDKIT_SYNTAX=acme/frontend:1' },
    { context: 'https://github.com/acme/x.git', call: 'frobnicate' },
    { ulimit: 'nofile=1024:1024\nmemlock=-1:-1\ncore=0\nnproc=10:-1' },
    { 'shm-size': '2g' },
    { 'shm-size': '2GiB' },
    { 'shm-size': '1024' },
    { 'cache-scope': 'acme/backend' },
    { 'cache-scope': 'v1.2_x-y' },
    { platforms: 'local' },
    { platforms: 'linux/amd64,linux/arm64,linux/arm/v7' },
    { 'no-cache-filters': 'builder\nRUNTIME' },
    { 'add-hosts': 'docker:10.180.0.1,host=1.2.3.4' },
    { secrets: 'TOKEN=x\nGIT_AUTH_TOKEN=abc\nMULTI=a=b=c' },
    { 'secret-files': 'f=./secret.txt', 'secret-envs': 'TOKEN=MY_ENV' },
    { driver: 'docker-container', 'driver-opts': 'image=moby/buildkit:master\nnetwork=host\nenv.BUILDKIT_STEP_LOG_MAX_SIZE=10485760' },
    { driver: 'remote', endpoint: 'tcp://buildkitd:1234' },
    { driver: 'kubernetes', 'driver-opts': 'replicas=2,namespace=ci' },
    { 'buildkitd-flags': '--debug', 'buildkitd-config-inline': '[worker.oci]\n  max-parallelism = 4' },
    { 'buildkitd-config': 'notes.txt' }
  ])('%j', raw => {
    expect(check(raw)).toMatchObject({ errors: [], warnings: [] });
  });
});
