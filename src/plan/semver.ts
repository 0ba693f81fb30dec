/** `v0.36.1`, `0.12.0-rc1` → [0, 36, 1]; undefined when there is no usable version. */
function parseSemver(version: string | undefined): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version ?? '');
  if (!m) return undefined;
  const parsed: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // `go install` without -ldflags stamps v0.0.0: that says nothing about features.
  return parsed.every(n => n === 0) ? undefined : parsed;
}

/** True when `version` ≥ `minimum`; an unknown version is assumed to be recent. */
export function atLeast(version: string | undefined, minimum: string): boolean {
  const have = parseSemver(version);
  const need = parseSemver(minimum);
  if (!have || !need) return true;
  for (let i = 0; i < 3; i++) {
    if (have[i] !== need[i]) return have[i] > need[i];
  }
  return true;
}
