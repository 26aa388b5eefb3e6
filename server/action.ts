import 'server-only'
import type { z } from 'zod'
import { unstable_rethrow } from 'next/navigation'
import { AuthError, getCurrentUser, type CurrentUser } from '@/server/auth/session'
import { hasRole, type Role } from '@/lib/policies'
import { fail, fieldErrorsOf, fieldFail, formObject, type ActionResult } from '@/lib/form'

type Access = 'public' | Role

/**
 * The one way to write a server action: 1. who is asking, 2. parse with the form's zod schema,
 * 3+. the handler loads, asks a policy, writes, revalidates, 7. returns an ActionResult.
 * Every action is a public endpoint: access is checked here, not in a layout.
 */
export function action<S extends z.ZodType, T = undefined>(
  access: Access,
  schema: S,
  handler: (input: z.output<S>, user: Access extends 'public' ? CurrentUser | null : CurrentUser) => Promise<ActionResult<T>>,
) {
  return async (input: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    try {
      const user = await getCurrentUser()
      if (access !== 'public') {
        if (!user) throw new AuthError('unauthenticated')
        if (!hasRole(user, access)) throw new AuthError('forbidden')
      }
      const parsed = schema.safeParse(input instanceof FormData ? formObject(input) : input)
      if (!parsed.success) return fieldFail(fieldErrorsOf(parsed.error))
      return await handler(parsed.data, user as CurrentUser)
    } catch (e) {
      unstable_rethrow(e)
      if (e instanceof AuthError) return fail(e.reason)
      console.error('[action]', e)
      return fail('unexpected')
    }
  }
}
