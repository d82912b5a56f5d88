import type { de } from "./de";

/** The German dictionary's shape with every text widened to string: the contract every language fulfils. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof de>;
