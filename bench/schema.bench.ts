// Boundary validation: parseContacts over boundary rows (ISO instants), beside zod's own safeParse of the same
// schema, to show what our issue handling adds.
import { contactSchema, parseContacts, serializeContact } from "council-contact/schema";
import { generateContacts } from "council-contact/synth";
import { type Benchmark, medianMs, round3 } from "./harness.js";

export const benchmarks: Benchmark[] = [
  {
    name: "parseContacts 100 k boundary rows",
    run: () => {
      const rows = generateContacts({ seed: 5, count: 100_000, from: "2024-04-01", to: "2025-03-31" }).map(
        serializeContact,
      );
      const ours = medianMs(() => parseContacts(rows).length, { repeats: 5 });
      const zod = medianMs(() => rows.filter((row) => contactSchema.safeParse(row).success).length, { repeats: 5 });
      const perRow = (ours * 1000) / rows.length;
      return [
        {
          name: "schema: parseContacts, per row",
          value: round3(perRow),
          unit: "µs",
          budget: "≤ 10 µs per row",
          ratio: round3(ours / zod),
          pass: perRow <= 10,
          note: "ratio: parseContacts ÷ zod safeParse of the same schema",
        },
      ];
    },
  },
];
