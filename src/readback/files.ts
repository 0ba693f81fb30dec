/**
 * Where an image's bytes are, from the files in its layers (`size-analysis: files`): the
 * largest files each layer adds, and the bytes wasted by file copies that a later layer
 * overwrites or deletes. Pure: the entries come from the layers' tar headers
 * (readback/layer-scan.ts), in the order the tar holds them.
 *
 * The layers stack as the OCI image spec applies changesets: a later entry replaces the
 * path (a directory over a directory merges); `.wh.<name>` hides <name>, and all below it,
 * of the layers beneath; `.wh..wh..opq` hides all its directory held beneath; a whiteout
 * never hides its own layer's entries, whatever their order in the tar. A hard link shares
 * its target's bytes: they are wasted only once no name of them is left.
 *
 * "Wasted" is dive's idea, counted differently on purpose: dive adds up every copy of a
 * path seen in more than one layer, the copy the image still shows included, and follows
 * neither an opaque directory nor a deleted directory into the files below it. hoist
 * counts the copies nothing in the final image shows, so an image that hides nothing
 * wastes 0 bytes, and a deleted directory wastes all it held.
 * Follows wagoodman/dive v0.13.1: dive/filetree/efficiency.go, dive/image/analysis.go.
 * Follows opencontainers/image-spec v1.1.1: layer.md.
 */

/** One tar entry of a layer: its name as the tar has it, its kind, and its size in bytes (files only). */
export interface LayerEntry {
  path: string;
  kind: 'file' | 'dir' | 'link' | 'other';
  size: number;
  /** A hard link's target. */
  link?: string;
}

export interface FileSize {
  path: string;
  size: number;
}

/** What one layer holds: its regular files, their bytes, and the largest of them. */
export interface LayerFiles {
  files: number;
  bytes: number;
  largest: FileSize[];
}

/** A file copy nothing in the final image shows; layers are indexes into the manifest's layers. */
interface WastedFile extends FileSize {
  layer: number;
  hiddenBy: number;
  how: 'overwritten' | 'deleted';
}

export interface PlatformFiles {
  /** One per layer of the manifest, in order: what it holds, or why it was not read. */
  layers: Array<LayerFiles | { notAnalysed: string }>;
  /** Bytes of the file copies nothing in the final image shows; with `fileBytes`, only when every layer was read. */
  wasted?: { bytes: number; fileBytes: number; largest: WastedFile[] };
}

/** How many files each list keeps. */
const TOP_FILES = 10;

/** The `n` largest items seen, in a min-heap: memory stays at `n` however many are pushed. */
export class TopN<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly n: number,
    private readonly key: (item: T) => number
  ) {}

  push(item: T): void {
    const { heap, key } = this;
    if (this.n <= 0) return;
    if (heap.length < this.n) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (key(heap[parent]) <= key(heap[i])) break;
        [heap[parent], heap[i]] = [heap[i], heap[parent]];
        i = parent;
      }
      return;
    }
    if (key(item) <= key(heap[0])) return;
    heap[0] = item;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let least = i;
      if (l < heap.length && key(heap[l]) < key(heap[least])) least = l;
      if (r < heap.length && key(heap[r]) < key(heap[least])) least = r;
      if (least === i) break;
      [heap[least], heap[i]] = [heap[i], heap[least]];
      i = least;
    }
  }

  /** Largest first; equal keys in the order `tie` gives. */
  sorted(tie: (a: T, b: T) => number = () => 0): T[] {
    return [...this.heap].sort((a, b) => this.key(b) - this.key(a) || tie(a, b));
  }
}

const byPath = (a: FileSize, b: FileSize): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** A tar name as path parts from the root (`./usr/bin/` → usr, bin); undefined for one that climbs out of it. */
export function pathParts(name: string): string[] | undefined {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '..') return undefined;
    if (part !== '' && part !== '.') parts.push(part);
  }
  return parts;
}

const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';

/** The regular files one layer holds, the largest `top` of them by name from the root. */
export function layerFiles(entries: Iterable<LayerEntry>, top = TOP_FILES): LayerFiles {
  const largest = new TopN<FileSize>(top, f => f.size);
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    const parts = entry.kind === 'file' ? pathParts(entry.path) : undefined;
    if (!parts?.length || parts[parts.length - 1].startsWith(WHITEOUT)) continue;
    files++;
    bytes += entry.size;
    if (entry.size > 0) largest.push({ path: `/${parts.join('/')}`, size: entry.size });
  }
  return { files, bytes, largest: largest.sorted(byPath) };
}

/** The bytes of a file, shared by the names that link to it. */
interface Inode {
  path: string;
  size: number;
  layer: number;
  names: number;
}

/** A path of the stacked layers: what holds it now (its layer; a directory or not; its bytes), and what is below it. */
interface Node {
  held?: { layer: number; dir: boolean; inode?: Inode };
  children?: Map<string, Node>;
}

/** The layers stacked one by one, counting the bytes each hides. */
class Stack {
  private readonly root: Node = { held: { layer: -1, dir: true } };
  wasted = 0;
  fileBytes = 0;
  readonly largest = new TopN<WastedFile>(TOP_FILES, f => f.size);
  private layer = 0;

  apply(layer: number, entries: Iterable<LayerEntry>): void {
    this.layer = layer;
    for (const entry of entries) {
      const parts = pathParts(entry.path);
      if (!parts?.length) continue;
      const name = parts[parts.length - 1];
      if (name.startsWith(WHITEOUT)) this.whiteout(parts.slice(0, -1), name);
      else this.put(parts, entry);
    }
  }

  private whiteout(dirParts: string[], name: string): void {
    const dir = this.find(dirParts);
    if (!dir?.children) return;
    if (name === OPAQUE) {
      for (const [child, node] of dir.children) if (this.hideBelow(node, this.layer, 'deleted')) dir.children.delete(child);
    } else if (!name.startsWith(`${WHITEOUT}${WHITEOUT}`)) {
      // `.wh..wh.<x>` other than the opaque marker is aufs's bookkeeping, not a deletion.
      const target = name.slice(WHITEOUT.length);
      const node = dir.children.get(target);
      if (node && this.hideBelow(node, this.layer, 'deleted')) dir.children.delete(target);
    }
  }

  private put(parts: string[], entry: LayerEntry): void {
    let node = this.root;
    for (const part of parts.slice(0, -1)) {
      node = this.child(node, part);
      // A file where this layer now has a directory: the file is gone.
      if (node.held && !node.held.dir) this.hide(node, 'deleted');
      node.held ??= { layer: this.layer, dir: true };
    }
    const target = this.child(node, parts[parts.length - 1]);
    if (entry.kind === 'dir') {
      if (target.held && !target.held.dir) this.hide(target, 'deleted');
      target.held = { layer: this.layer, dir: true };
      return;
    }
    // Anything but a directory replaces the path, and all a directory there held.
    if (target.held) this.hide(target, target.held.dir ? 'deleted' : 'overwritten');
    if (target.children) for (const child of target.children.values()) this.hideBelow(child, Infinity, 'deleted');
    target.children = undefined;
    let inode: Inode | undefined;
    if (entry.kind === 'file') {
      inode = { path: `/${parts.join('/')}`, size: entry.size, layer: this.layer, names: 1 };
      this.fileBytes += entry.size;
    } else if (entry.kind === 'link' && entry.link !== undefined) {
      const linkParts = pathParts(entry.link);
      inode = linkParts?.length ? this.find(linkParts)?.held?.inode : undefined;
      if (inode) inode.names++;
    }
    target.held = { layer: this.layer, dir: false, ...(inode ? { inode } : {}) };
  }

  private child(node: Node, part: string): Node {
    node.children ??= new Map();
    let child = node.children.get(part);
    if (!child) {
      child = {};
      node.children.set(part, child);
    }
    return child;
  }

  private find(parts: string[]): Node | undefined {
    let node: Node | undefined = this.root;
    for (const part of parts) node = node?.children?.get(part);
    return node;
  }

  /** Hides what `node` and all below it hold from layers under `under`; true when nothing is left there. */
  private hideBelow(node: Node, under: number, how: WastedFile['how']): boolean {
    if (node.children) {
      for (const [name, child] of node.children) if (this.hideBelow(child, under, how)) node.children.delete(name);
      if (node.children.size === 0) node.children = undefined;
    }
    if (node.held && node.held.layer < under) this.hide(node, how);
    return !node.held && !node.children;
  }

  private hide(node: Node, how: WastedFile['how']): void {
    const inode = node.held?.inode;
    node.held = undefined;
    if (!inode || --inode.names > 0) return;
    this.wasted += inode.size;
    if (inode.size > 0) this.largest.push({ path: inode.path, size: inode.size, layer: inode.layer, hiddenBy: this.layer, how });
  }
}

/** The bytes the layers waste, stacked in order: what later layers overwrite or delete. */
export function wastedBytes(layers: Iterable<Iterable<LayerEntry>>): NonNullable<PlatformFiles['wasted']> {
  const stack = new Stack();
  let index = 0;
  for (const entries of layers) stack.apply(index++, entries);
  return { bytes: stack.wasted, fileBytes: stack.fileBytes, largest: stack.largest.sorted(byPath) };
}

/** One platform: each layer's files, and the waste when every layer was read. */
export function platformFiles(layers: Array<{ entries: LayerEntry[] } | { notAnalysed: string }>, top = TOP_FILES): PlatformFiles {
  const result: PlatformFiles = { layers: layers.map(l => ('entries' in l ? layerFiles(l.entries, top) : { notAnalysed: l.notAnalysed })) };
  const read = layers.flatMap(l => ('entries' in l ? [l.entries] : []));
  if (read.length === layers.length) result.wasted = wastedBytes(read);
  return result;
}
