import { ValueTooLargeError, toCel } from '../cel/values.js';
import type { InstanceTypeCatalog } from '../model/instance-types.js';
import { Relations } from '../model/relations.js';
import type { ManifestObject } from '../model/types.js';

/**
 * Everything one lint run shares between rules: the objects, their CEL values (converted once)
 * and the relations between them. CEL functions find the ManifestObject behind a CEL map by
 * identity, so a rule can ask for "the PDBs that select this object" and get CEL maps back.
 */
export class RunContext {
  readonly relations: Relations;
  private readonly celValues = new Map<ManifestObject, Record<string, unknown> | null>();
  private readonly owners = new WeakMap<object, ManifestObject>();
  private allCel: unknown[] | undefined;
  /**
   * The object a rule is being evaluated on. Listing functions (`objectsOfKind`, ...) use it to
   * keep, of two copies of one object, the one nearest to it (see model/copies.ts).
   */
  anchor: ManifestObject | undefined;
  /** Values of rule variables that read no rule variable: one evaluation per run (by program). */
  readonly constants = new Map<object, unknown>();
  /** Objects that could not be converted (alias bombs that got past the loader, cycles). */
  readonly unconvertible = new Map<ManifestObject, string>();

  constructor(
    readonly objects: readonly ManifestObject[],
    /** The user's EC2 catalog (`--instance-types`); rules fall back to the built-in one. */
    readonly catalog?: InstanceTypeCatalog,
  ) {
    this.relations = new Relations(objects);
  }

  /** The object's value for CEL (ints as BigInt), or undefined if it cannot be evaluated. */
  cel(o: ManifestObject): Record<string, unknown> | undefined {
    let v = this.celValues.get(o);
    if (v === undefined) {
      try {
        v = toCel(o.raw) as Record<string, unknown>;
        this.owners.set(v, o);
      } catch (error) {
        if (!(error instanceof ValueTooLargeError)) throw error;
        this.unconvertible.set(o, error.message);
        v = null;
      }
      this.celValues.set(o, v);
    }
    return v ?? undefined;
  }

  /** The ManifestObject a CEL map came from, when it is a whole object of this run. */
  owner(value: unknown): ManifestObject | undefined {
    return value !== null && typeof value === 'object' ? this.owners.get(value) : undefined;
  }

  /** `objects` with one copy per identity, the one nearest to the object being evaluated. */
  nearest(objects: readonly ManifestObject[]): readonly ManifestObject[] {
    return this.relations.nearest(objects, this.anchor);
  }

  celList(objects: readonly ManifestObject[]): unknown[] {
    const out: unknown[] = [];
    for (const o of objects) {
      const v = this.cel(o);
      if (v) out.push(v);
    }
    return out;
  }

  /** `objects` in CEL: every object of the run, converted on first use. */
  allObjects(): unknown[] {
    this.allCel ??= this.celList(this.objects);
    return this.allCel;
  }
}
