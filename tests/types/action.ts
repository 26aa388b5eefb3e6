// Type-level tests, checked by `tsc` in npm test (nothing runs): action() types the user by the access level.
import { z } from 'zod'
import { action } from '@/server/action'
import { ok } from '@/lib/form'

const schema = z.object({ q: z.string() })

export const publicAction = action('public', schema, async ({ q }, user) => {
  // @ts-expect-error a public action's user may be nobody: reading it unchecked does not compile
  const id: string = user.id
  return ok({ q, id, name: user?.name ?? null })
})

export const memberAction = action('MEMBER', schema, async (_input, user) => ok(user.id))

// @ts-expect-error an error code without a message in messages/*.json does not compile
export const unknownCode = action('MEMBER', schema, async () => ({ ok: false as const, fieldErrors: {}, formError: 'noSuchMessage' }))
