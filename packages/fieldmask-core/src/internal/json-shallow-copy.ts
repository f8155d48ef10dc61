/**
 * Copies the own enumerable properties of an object with spread, from one of several syntactic copy sites
 * chosen by `site`.
 *
 * Why several sites: spread is fast only while its inline cache is monomorphic. A generic walker copies the
 * root, then `config`, then `content`… from ONE spread expression, which goes megamorphic and takes V8's slow
 * path (about 15× slower for a 10-key object, measured). Giving each depth its own spread expression keeps
 * each one as monomorphic as a hand-written nested spread, because a given document has one shape per depth.
 * The caller must already know the object has no accessors (spread would call them) and no "__proto__" own key
 * that matters (spread copies it as an own data property, which is harmless).
 * @internal
 */
export function shallowCopy(object: object, site: number): Record<string, unknown> {
  switch (site) {
    case 0:
      return { ...object };
    case 1:
      return { ...object };
    case 2:
      return { ...object };
    case 3:
      return { ...object };
    case 4:
      return { ...object };
    case 5:
      return { ...object };
    case 6:
      return { ...object };
    case 7:
      return { ...object };
    case 9:
      return { ...object };
    case 10:
      return { ...object };
    case 11:
      return { ...object };
    case 12:
      return { ...object };
    case 13:
      return { ...object };
    case 14:
      return { ...object };
    case 15:
      return { ...object };
    default:
      return { ...object };
  }
}
