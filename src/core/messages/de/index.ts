/** The German catalogue, the default and the model: its shape is the type every language fulfils. */
import { catalogue } from "./catalogue";
import { cli } from "./cli";
import { pane } from "./pane";
import { rounds } from "./rounds";

export const de = { pane, cli, catalogue, rounds };
