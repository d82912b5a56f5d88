import type { de } from "./de";

/** The languages every message has. The same two as the rating scheme's (src/scheme), named here again because the core imports nothing of ours. */
export type Language = "de" | "en";
export const LANGUAGES: readonly Language[] = ["de", "en"];

/** A message tree with every text widened to string and every function kept with its parameter list. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The German catalogue's shape: the contract every language fulfils. */
export type Messages = Widen<typeof de>;

/**
 * true when A and B have exactly the same keys everywhere and the same parameter lists; false otherwise.
 * `satisfies Messages` alone would accept a translation whose function takes fewer parameters.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
