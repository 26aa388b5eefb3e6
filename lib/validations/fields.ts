import { z } from '@/lib/validations/zod'

/** A form name that may repeat (a group of checkboxes, rows of a table): absent, one value or several → a list. */
export const repeated = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))

// Text that members type: trimmed, in Unicode NFC (so "é" typed two ways is one text), and without control
// characters — a line refuses them all (names, titles), a text keeps line breaks and tabs (bodies).
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** One line of text (a name, a title, a place). */
export const line = (error?: string) =>
  z
    .string(error)
    .trim()
    .normalize('NFC')
    .refine((s) => !CONTROL_IN_LINE.test(s), 'controlCharacters')

/** Text of several lines (a body, a description, a reason). */
export const text = (error?: string) =>
  z
    .string(error)
    .trim()
    .normalize('NFC')
    .refine((s) => !CONTROL_IN_TEXT.test(s), 'controlCharacters')

/** A record's id as sent by a form (cuid): anything else cannot name a record (and a NUL would upset PostgreSQL). */
export const recordId = z
  .string()
  .min(1)
  .max(50)
  .regex(/^[A-Za-z0-9_-]+$/, 'notFound')
/** The same, where leaving it empty is allowed. */
export const optionalRecordId = z
  .string()
  .trim()
  .max(50)
  .regex(/^[A-Za-z0-9_-]*$/, 'notFound')
