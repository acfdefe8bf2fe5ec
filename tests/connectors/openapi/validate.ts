// A small validator for the parts of OpenAPI 3.0 schemas that X's description uses: $ref, type,
// properties/required, items/minItems, pattern, enum, formats date-time and uri, allOf/oneOf/anyOf,
// nullable and discriminator mappings. `strict` also reports properties the schema does not name,
// which catches a local server that invents fields.

type Schema = Record<string, unknown>;

export interface OpenApiDoc {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
  components: { schemas: Record<string, Schema> };
}

export class OpenApiValidator {
  constructor(
    private readonly doc: OpenApiDoc,
    private readonly strict = true,
  ) {}

  private resolve(schema: Schema): Schema {
    let s = schema;
    for (let depth = 0; typeof s.$ref === 'string' && depth < 20; depth++) {
      const ref = s.$ref;
      const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
      if (!m?.[1]) throw new Error(`unsupported $ref ${ref}`);
      const target = this.doc.components.schemas[m[1]];
      if (!target) throw new Error(`unknown schema ${ref}`);
      s = target;
    }
    return s;
  }

  /** The schema of an operation's response, e.g. ("/2/users/{id}/mentions", "get", "200"). */
  responseSchema(path: string, method: string, status: string, contentType = 'application/json'): Schema {
    const op = this.doc.paths[path]?.[method.toLowerCase()];
    const res = op?.responses?.[status] ?? op?.responses?.default;
    const schema = res?.content?.[contentType]?.schema;
    if (!schema) throw new Error(`no ${contentType} schema for ${method} ${path} ${status}`);
    return schema;
  }

  validate(value: unknown, schema: Schema, at = '$'): string[] {
    return this.check(value, schema, at, new Set(), this.strict);
  }

  private check(value: unknown, raw: Schema, at: string, discriminating: Set<Schema>, strict: boolean): string[] {
    const s = this.resolve(raw);
    const errors: string[] = [];
    if (value === null) return s.nullable ? [] : [`${at}: null is not allowed`];

    if (Array.isArray(s.allOf)) {
      for (const part of s.allOf as Schema[]) errors.push(...this.check(value, part, at, discriminating, false));
    }
    if (Array.isArray(s.oneOf)) {
      const ok = (s.oneOf as Schema[]).filter((part) => this.check(value, part, at, discriminating, strict).length === 0).length;
      if (ok !== 1) errors.push(`${at}: matches ${ok} of oneOf, expected exactly 1`);
    }
    if (Array.isArray(s.anyOf)) {
      if (!(s.anyOf as Schema[]).some((part) => this.check(value, part, at, discriminating, strict).length === 0)) errors.push(`${at}: matches none of anyOf`);
    }
    const disc = s.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
    if (disc && !discriminating.has(s) && value && typeof value === 'object') {
      const tag = (value as Record<string, unknown>)[disc.propertyName];
      const target = typeof tag === 'string' ? disc.mapping?.[tag] : undefined;
      if (target) {
        // The mapped schema usually includes this one through allOf; do not follow the mapping again.
        const inner = new Set(discriminating).add(s);
        return [...errors, ...this.check(value, { $ref: target }, at, inner, strict)];
      }
    }

    const type = s.type as string | undefined;
    if (type === 'object' || (!type && s.properties)) {
      if (typeof value !== 'object' || Array.isArray(value)) return [...errors, `${at}: expected object`];
      const obj = value as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const r of (s.required as string[] | undefined) ?? []) if (!(r in obj)) errors.push(`${at}.${r}: required`);
      for (const [k, v] of Object.entries(obj)) {
        if (props[k]) errors.push(...this.check(v, props[k], `${at}.${k}`, discriminating, true));
        else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
          errors.push(...this.check(v, s.additionalProperties as Schema, `${at}.${k}`, discriminating, true));
        } else if (s.additionalProperties === false || (strict && s.properties && !s.allOf)) errors.push(`${at}.${k}: not in the schema`);
      }
    } else if (type === 'array') {
      if (!Array.isArray(value)) return [...errors, `${at}: expected array`];
      if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${at}: fewer than ${s.minItems} items`);
      if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push(`${at}: more than ${s.maxItems} items`);
      if (s.items) value.forEach((v, i) => errors.push(...this.check(v, s.items as Schema, `${at}[${i}]`, discriminating, true)));
    } else if (type === 'string') {
      if (typeof value !== 'string') return [...errors, `${at}: expected string`];
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${at}: "${value}" does not match ${s.pattern}`);
      if (Array.isArray(s.enum) && !s.enum.includes(value)) errors.push(`${at}: "${value}" not in enum`);
      if (typeof s.minLength === 'number' && value.length < s.minLength) errors.push(`${at}: shorter than ${s.minLength}`);
      if (typeof s.maxLength === 'number' && value.length > s.maxLength) errors.push(`${at}: longer than ${s.maxLength}`);
      if (s.format === 'date-time' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) errors.push(`${at}: not a date-time`);
      if (s.format === 'uri' && !/^[a-z][a-z0-9+.-]*:/i.test(value)) errors.push(`${at}: not a uri`);
    } else if (type === 'integer' || type === 'number') {
      if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value))) return [...errors, `${at}: expected ${type}`];
      if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${at}: below ${s.minimum}`);
      if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${at}: above ${s.maximum}`);
    } else if (type === 'boolean') {
      if (typeof value !== 'boolean') errors.push(`${at}: expected boolean`);
    }
    return errors;
  }
}
