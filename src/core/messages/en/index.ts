/** The English catalogue: the same keys and the same parameter lists as the German one (checked here). */
import type { Messages, SameShape, Widen } from "../types";
import { annex } from "./annex";
import { catalogue } from "./catalogue";
import { cli } from "./cli";
import { common } from "./common";
import { pane } from "./pane";
import { returns } from "./returns";
import { rounds } from "./rounds";
import { validation } from "./validation";
import { workbook } from "./workbook";
import { writers } from "./writers";

export const en = {
  pane,
  cli,
  catalogue,
  rounds,
  common,
  returns,
  validation,
  annex,
  writers,
  workbook,
} satisfies Messages;

/** Fails to compile when a key is missing or extra, or a function takes other parameters than the German one. */
export const _sameShapeAsGerman: SameShape<Widen<typeof en>, Messages> = true;
