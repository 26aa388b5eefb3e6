import 'server-only'
import { db } from '@/server/db'
import { handleFromName, uniqueSuffix } from '@/lib/slug'

/** A free @handle for a new account: the name's handle, or the same with the first free number. */
export function uniqueHandle(name: string): Promise<string> {
  return uniqueSuffix(handleFromName(name), async (handle) => !!(await db.user.findUnique({ where: { handle }, select: { id: true } })), '')
}
