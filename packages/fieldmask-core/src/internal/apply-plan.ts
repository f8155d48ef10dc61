import { type FieldPath, type Segment, WILDCARD } from "../wildcard.js";

/**
 * The mask path a terminal plan node came from, for issues.
 * @internal
 */
export interface PlanOrigin {
  readonly index: number;
  readonly input: string;
  readonly segments: FieldPath;
}

/**
 * A mask compiled to a segment trie, so applying it is one walk that visits each container once, whatever the
 * order of the paths or their duplicates. A terminal node covers everything below it (its children are
 * dropped), and a wildcard child has already been merged into every literal sibling.
 * @internal
 */
export interface PlanNode {
  terminal: boolean;
  /** For a terminal node: the mask path that ends here (the lowest index among equal paths). */
  origin: PlanOrigin | undefined;
  /** Literal child keys, sorted (UTF-16 order), so results do not depend on the order of the mask. */
  keys: string[];
  children: PlanNode[];
  wildcard: PlanNode | undefined;
  /** Literal children by key; set only when there is a wildcard child, to skip literal keys in its fan-out. */
  literals: Map<string, PlanNode> | undefined;
}

interface Draft {
  terminal: boolean;
  origin: PlanOrigin | undefined;
  literals: Map<string, Draft>;
  wildcard: Draft | undefined;
}

function draft(): Draft {
  return { terminal: false, origin: undefined, literals: new Map(), wildcard: undefined };
}

// Merges `from` into `into` (both drafts); depth is bounded by the mask's segment limit.
function mergeDraft(into: Draft, from: Draft): void {
  if (from.terminal) {
    // `from` is a wildcard's subtree, which covers this literal path (as canonicalizeMask drops `a.b` beside
    // `a.*`): its origin wins, so a key the source lacks is not a missing value
    into.terminal = true;
    into.origin = from.origin;
    into.literals.clear();
    into.wildcard = undefined;
    return;
  }
  if (into.terminal) return;
  for (const [key, child] of from.literals) {
    let target = into.literals.get(key);
    if (target === undefined) {
      target = draft();
      into.literals.set(key, target);
    }
    mergeDraft(target, child);
  }
  if (from.wildcard !== undefined) {
    if (into.wildcard === undefined) into.wildcard = draft();
    mergeDraft(into.wildcard, from.wildcard);
  }
}

function seal(node: Draft): PlanNode {
  if (node.terminal) {
    return {
      terminal: true,
      origin: node.origin,
      keys: [],
      children: [],
      wildcard: undefined,
      literals: undefined,
    };
  }
  const wildcard = node.wildcard === undefined ? undefined : seal(node.wildcard);
  const keys = Array.from(node.literals.keys()).sort();
  const children: PlanNode[] = [];
  let literals: Map<string, PlanNode> | undefined;
  if (wildcard !== undefined) literals = new Map();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const child = node.literals.get(key) as Draft;
    // what `*` applies to every key also applies to a key the mask names, so merge it in once, here
    if (node.wildcard !== undefined) mergeDraft(child, node.wildcard);
    const sealed = seal(child);
    children.push(sealed);
    literals?.set(key, sealed);
  }
  return { terminal: false, origin: undefined, keys, children, wildcard, literals };
}

/**
 * Compiles decoded mask paths (non-empty, already checked) into a plan.
 * @internal
 */
export function buildPlan(paths: readonly PlanOrigin[]): PlanNode {
  const root = draft();
  for (let p = 0; p < paths.length; p++) {
    const origin = paths[p] as PlanOrigin;
    let node = root;
    const segments = origin.segments;
    for (let i = 0; i < segments.length && !node.terminal; i++) {
      const segment = segments[i] as Segment;
      if (segment === WILDCARD) {
        if (node.wildcard === undefined) node.wildcard = draft();
        node = node.wildcard;
      } else {
        let child = node.literals.get(segment);
        if (child === undefined) {
          child = draft();
          node.literals.set(segment, child);
        }
        node = child;
      }
    }
    // covered by an earlier path, or a duplicate (paths come in index order, so the first origin stays)
    if (node.terminal) continue;
    node.terminal = true;
    node.origin = origin;
    // a shorter path covers everything below it
    node.literals.clear();
    node.wildcard = undefined;
  }
  return seal(root);
}

/**
 * Whether the key at depth `depth` (1-based: the key just entered) is where the terminal's mask path has a
 * wildcard. Then a missing key is not a missing value: a wildcard only fans out over the keys that exist (this
 * happens where a literal sibling key was merged with the wildcard's paths).
 * @internal
 */
export function viaWildcard(origin: PlanOrigin, depth: number): boolean {
  return depth > 0 && origin.segments[depth - 1] === WILDCARD;
}
