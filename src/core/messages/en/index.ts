/** The English catalogue: the same keys and the same parameter lists as the German one (checked here). */
import type { Messages, SameShape, Widen } from "../types";
import { catalogue } from "./catalogue";
import { cli } from "./cli";
import { pane } from "./pane";
import { rounds } from "./rounds";

export const en = { pane, cli, catalogue, rounds } satisfies Messages;

/** Fails to compile when a key is missing or extra, or a function takes other parameters than the German one. */
export const _sameShapeAsGerman: SameShape<Widen<typeof en>, Messages> = true;
