/** The German catalogue, the default and the model: its shape is the type every language fulfils. */
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

export const de = { pane, cli, catalogue, rounds, common, returns, validation, annex, writers, workbook };
