import { z } from 'zod'

/** A form name that may repeat (a group of checkboxes, rows of a table): absent, one value or several → a list. */
export const repeated = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
