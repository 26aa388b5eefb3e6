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
