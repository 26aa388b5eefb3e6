import 'server-only'
import crypto from 'node:crypto'
import { db } from '@/server/db'
import { handleFromName } from '@/lib/handle'

/** A free @handle for a new account: the name's handle, or the same with a number. */
export async function uniqueHandle(name: string): Promise<string> {
  const base = handleFromName(name)
  for (let i = 0; i < 20; i++) {
    const candidate = i === 0 ? base : `${base}${crypto.randomInt(10, 9999)}`
    if (!(await db.user.findUnique({ where: { handle: candidate }, select: { id: true } }))) return candidate
  }
  return `${base}${crypto.randomBytes(4).toString('hex')}`
}
