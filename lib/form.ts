import type { z } from 'zod'
import type messages from '@/messages/it.json'

/** A message key under "errors" in the message files: a code that has no message does not compile. */
export type ErrorCode = keyof (typeof messages)['errors']
export type FieldErrors = Record<string, ErrorCode>

/** What every server action returns: data, or messages to show next to each field / above the form. */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors; formError?: ErrorCode; retryAfterMinutes?: number }

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data })
export const fail = (formError: ErrorCode, fieldErrors: FieldErrors = {}): ActionResult<never> => ({ ok: false, formError, fieldErrors })
/** Refused by an abuse limit: the message says how many minutes to wait (messages take a {minutes} value). */
export const tooMany = (formError: ErrorCode, minutes: number): ActionResult<never> => ({
  ok: false,
  formError,
  fieldErrors: {},
  retryAfterMinutes: minutes,
})
export const fieldFail = (fieldErrors: FieldErrors): ActionResult<never> => ({ ok: false, fieldErrors })

/**
 * First message per field, as keys under "errors" in the message files (the schemas' messages are such keys:
 * messages/messages.test.ts checks every one of them).
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form'
    out[key] ??= issue.message as ErrorCode
  }
  return out
}

/**
 * FormData → plain object: strings, and non-empty files (an empty file input sends an empty, nameless file).
 * A name that repeats (a group of checkboxes, rows of a table) becomes an array in form order.
 */
export function formObject(fd: FormData): Record<string, string | File | (string | File)[]> {
  const out: Record<string, string | File | (string | File)[]> = {}
  for (const [k, v] of fd.entries()) {
    if (typeof v !== 'string' && v.size === 0) continue
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}
