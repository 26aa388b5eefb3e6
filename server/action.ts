import 'server-only'
import type { z } from 'zod'
import { unstable_rethrow } from 'next/navigation'
import { getCurrentUser, type CurrentUser } from '@/server/auth/session'
import { hasRole, type Role } from '@/lib/policies'
import { fail, fieldErrorsOf, fieldFail, formObject, type ActionResult } from '@/lib/form'

export type Access = 'public' | Role

/** A command's input: what the form's zod schema outputs. */
export type Input<S extends z.ZodType> = z.output<S>

/** Who a command runs for: anyone (maybe nobody) for a public action, a signed-in user otherwise. */
export type UserFor<A extends Access> = A extends 'public' ? CurrentUser | null : CurrentUser

/**
 * A command: a named function in its area's `commands.ts` that takes the parsed input and the acting user,
 * asks a policy, writes in one transaction and returns an ActionResult. Data tests call commands directly.
 */
export type Command<A extends Access, S extends z.ZodType, T> = (input: z.output<S>, user: UserFor<A>) => Promise<ActionResult<T>>

/**
 * The one way to expose a command as a server action (or to run it from a route handler):
 * 1. who is asking (checked here: every action is a public endpoint), 2. parse with the form's zod schema,
 * 3. run the command. Errors become form errors; unexpected ones are logged with the command's name.
 */
export function action<A extends Access, S extends z.ZodType, T = undefined>(access: A, schema: S, command: Command<A, S, T>) {
  return async (input: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    try {
      const user = await getCurrentUser()
      if (access !== 'public') {
        if (!user) return fail('unauthenticated')
        if (!hasRole(user, access as Role)) return fail('forbidden')
      }
      const parsed = schema.safeParse(input instanceof FormData ? formObject(input) : input)
      if (!parsed.success) return fieldFail(fieldErrorsOf(parsed.error))
      return await command(parsed.data, user as UserFor<A>)
    } catch (e) {
      unstable_rethrow(e)
      console.error(`[action ${command.name || 'anonymous'}]`, e)
      return fail('unexpected')
    }
  }
}
