/**
 * Publishes the catalogue's zod schema as JSON Schema (seeds/catalogue.schema.json), so editors and other
 * tools can check catalogue files. Usage: npm run schema [-- <output path>]
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { catalogueSchema } from "../src/catalogue/schema";

const DEFAULT_OUTPUT = "seeds/catalogue.schema.json";

function catalogueJsonSchema(): Record<string, unknown> {
  // zod drops the refinements (non-empty text, unique goal numbers and IDs): JSON Schema cannot say them.
  const schema = z.toJSONSchema(catalogueSchema, { io: "input" });
  return {
    ...schema,
    title: "Zielbild – Zielkatalog",
    description:
      "Handlungsfelder → Herausforderungen → Ziele → Maßnahmen. Eindeutige Zielnummern und Maßnahmen-IDs prüft `npm run catalogue -- check`.",
  };
}

const output = resolve(process.argv[2] ?? DEFAULT_OUTPUT);
writeFileSync(output, JSON.stringify(catalogueJsonSchema(), null, 2) + "\n", "utf8");
console.log(`JSON Schema geschrieben: ${output}`);
