import type { z } from 'zod';
import type { DataPath } from './locate';

/** The parts of zod's schema definitions this walk reads; zod's own types are too generic to index. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => schema.def as unknown as Def;

/** The schema itself and the ones it wraps (optional, default, preprocess...), outermost first. */
function layers(schema: z.ZodType): z.ZodType[] {
  const chain = [schema];
  for (;;) {
    const def = defOf(chain[chain.length - 1]);
    const inner = def.type === 'pipe' ? def.out : def.innerType;
    if (!inner) return chain;
    chain.push(inner);
  }
}

/** The schemas found at a data path, outermost first; empty when the path leaves the schema. */
export function schemaAt(schema: z.ZodType, path: DataPath): z.ZodType[] {
  let chain = layers(schema);
  for (const segment of path) {
    const def = defOf(chain[chain.length - 1]);
    const next =
      def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
    if (!next) return [];
    chain = layers(next);
  }
  return chain;
}

/** The field description given with `.describe()` at a path, for messages that say what is expected. */
export function descriptionAt(schema: z.ZodType, path: DataPath): string | undefined {
  return schemaAt(schema, path).find((s) => s.description !== undefined)?.description;
}

/** The keys an object schema at a path accepts, for "did you mean" suggestions. */
export function keysAt(schema: z.ZodType, path: DataPath): string[] {
  const chain = schemaAt(schema, path);
  const shape = chain.length ? defOf(chain[chain.length - 1]).shape : undefined;
  return shape ? Object.keys(shape) : [];
}
