/** Every language fills in the same keys as Dutch, with any text. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
