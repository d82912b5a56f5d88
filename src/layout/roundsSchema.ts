/** The stored copy of the closed rounds on _Zielbild, checked when it is read back. */
import { z } from "zod";
import { INPUT_FIELDS } from "../scheme/ratingScheme";

const inputValue = z.union([z.string(), z.number(), z.boolean()]);

const inputsSchema = z
  .object(
    Object.fromEntries([...INPUT_FIELDS.map((f) => f.key), "unit"].map((k) => [k, inputValue.optional()])),
  )
  .strict();

export const roundInfoSchema = z.object({
  number: z.number().int().min(1),
  label: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const pastRoundsSchema = z.array(
  roundInfoSchema.extend({
    measures: z.array(
      z.object({
        measureId: z.string().min(1),
        fieldName: z.string(),
        goalNumber: z.number(),
        title: z.string(),
        inputs: inputsSchema,
      }),
    ),
  }),
);

/** What a per-unit workbook showed when it was sent out: [measure ID, inputs] pairs. */
export const sentInputsSchema = z.array(z.tuple([z.string().min(1), inputsSchema]));
