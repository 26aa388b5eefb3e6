import 'server-only'
import crypto from 'node:crypto'
import { db, type TokenPurpose } from '@/server/db'

const TTL_MS: Record<TokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60_000,
  EMAIL_CHANGE: 24 * 60 * 60_000,
  ACCOUNT_CONFIRM: 7 * 24 * 60 * 60_000,
}

const sha256 = (raw: string) => crypto.createHash('sha256').update(raw).digest('hex')

/** Issues a single-use token; only its hash is stored. Earlier unused tokens of that purpose are voided. */
export async function issueToken(userId: string, purpose: TokenPurpose, newEmail?: string): Promise<string> {
  const raw = crypto.randomBytes(32).toString('base64url')
  await db.$transaction([
    db.authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } }),
    db.authToken.create({
      data: { userId, purpose, tokenHash: sha256(raw), newEmail: newEmail ?? null, expiresAt: new Date(Date.now() + TTL_MS[purpose]) },
    }),
  ])
  return raw
}

/** Marks the token used and returns it, or null when unknown, used or expired. Atomic: usable once. */
export async function consumeToken(raw: string, purpose: TokenPurpose) {
  const tokenHash = sha256(raw)
  const now = new Date()
  const claimed = await db.authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  })
  if (claimed.count !== 1) return null
  return db.authToken.findUnique({ where: { tokenHash }, select: { userId: true, newEmail: true } })
}

/** The token's owner while it is still usable, without using it up. */
export async function peekToken(raw: string, purpose: TokenPurpose) {
  const row = await db.authToken.findUnique({
    where: { tokenHash: sha256(raw) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true } } },
  })
  return row && row.purpose === purpose && !row.usedAt && row.expiresAt > new Date() ? row.user : null
}
