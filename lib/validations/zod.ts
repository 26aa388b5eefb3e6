import { z } from 'zod'

// The one zod of the schemas: every lib/validations module imports z from here, so these settings hold wherever a
// schema runs (browser, server, tests).
z.config({
  // No code generation: zod would otherwise probe `new Function` in the browser, which the Content-Security-Policy
  // refuses (and reports).
  jitless: true,
  // A check without a message of its own answers with a key of messages/*.json, never zod's English text (which
  // the form could only show as "unexpected"): absent → required, too long → tooLong, anything else → invalid.
  customError: (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return 'required'
    if (issue.code === 'too_big') return 'tooLong'
    return 'invalid'
  },
})

export { z }

/**
 * For checks across fields (`.refine`/`.superRefine` on an object): run them even when other fields are wrong, so a
 * form shows every error in its first submission (issue 17). A check so marked must look only at fields it can read
 * (values of fields that failed are as typed, or missing); for input that is not an object at all it does not run.
 */
export const everyError = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
}
