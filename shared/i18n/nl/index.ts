// Dutch is the product's first language; English must have exactly these keys (checked by the
// compiler). One module per domain, each owning its own top-level namespace, so features can add
// their texts without touching each other's files.
import { core } from './core';
import { people } from './people';

export const nl = { ...core, ...people };
