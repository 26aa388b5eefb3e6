import 'server-only'
import { notify } from '@/server/notifications/notify'
import { notifyTerritory } from '@/server/notifications/territory'
import { revalidatePath } from 'next/cache'
import { revalidatePublicPages } from '@/server/cache'
import { db, Prisma } from '@/server/db'
import { audit } from '@/server/audit'
import type { Input } from '@/server/action'
import type { CurrentUser } from '@/server/auth/session'
import { linkErrors } from '@/server/link-checks'
import { renderMarkdown } from '@/lib/markdown'
import { fail, fieldFail, ok, tooMany } from '@/lib/form'
import { LIMITS } from '@/lib/rate-window'
import { limited } from '@/server/rate-limit'
import { canDecidePractice, canEditPractice, canMarkPracticeUseful, canReviewPractice, canSubmitPractice } from '@/lib/policies'
import type { PracticeSnapshot } from '@/lib/practices'
import { encodeCodes } from '@/lib/codes'
import { completenessErrors, type practiceRefSchema, type practiceSchema, type reviewSchema } from '@/lib/validations/practices'

function revalidatePractices() {
  revalidatePath('/[locale]/practices', 'layout')
  revalidatePublicPages()
}

/**
 * Saves a practice: creates a draft, updates a draft or returned practice (author only), or — with
 * intent "submit" — sends it for review, keeping the submitted text as a revision. A published practice
 * (author or moderator) is saved as a new revision with a "what changed" note, and stays published.
 */
export async function savePractice({ practiceId, intent, note, ...input }: Input<typeof practiceSchema>, user: CurrentUser) {
  const current = practiceId
    ? await db.practice.findUnique({
        where: { id: practiceId },
        select: { id: true, authorId: true, status: true, revision: true, organisationId: true },
      })
    : null
  if (practiceId && !current) return fail('notFound')
  const wait = await limited(`practices:save:${user.id}`, LIMITS.practicesPerMember)
  if (wait) return tooMany('rateLimited', wait)
  const errors = await linkErrors(input, { user, keep: current?.organisationId })
  if (current && !canEditPractice(user, current)) return fail(current.status === 'SUBMITTED' ? 'practiceUnderReview' : 'forbidden')
  const published = current?.status === 'PUBLISHED'
  if (intent === 'submit' || published) Object.assign(errors, completenessErrors({ ...input, practiceId, intent, note }))
  if (published && note.length < 3) errors.note = 'changeNoteRequired'
  if (intent === 'submit' && current && !canSubmitPractice(user, current)) return fail('forbidden')
  if (Object.keys(errors).length) return fieldFail(errors)

  const snapshot: PracticeSnapshot = { ...input }
  const fields = {
    ...input,
    instruments: encodeCodes(input.instruments),
    results: JSON.stringify(input.results),
    bodyHtml: renderMarkdown(input.body),
  }
  const newRevision = intent === 'submit' || published
  const saved = await db.$transaction(async (tx) => {
    const row = current
      ? await tx.practice.update({
          where: { id: current.id },
          data: {
            ...fields,
            ...(newRevision ? { revision: { increment: 1 } } : {}),
            ...(intent === 'submit' ? { status: 'SUBMITTED' as const, submittedAt: new Date() } : {}),
          },
          select: { id: true, status: true, revision: true },
        })
      : await tx.practice.create({
          data: {
            ...fields,
            authorId: user.id,
            ...(intent === 'submit' ? { status: 'SUBMITTED' as const, submittedAt: new Date(), revision: 1 } : {}),
          },
          select: { id: true, status: true, revision: true },
        })
    if (newRevision) {
      await tx.practiceRevision.create({
        data: { practiceId: row.id, number: row.revision, editorId: user.id, data: JSON.stringify(snapshot), note },
      })
    }
    if (intent === 'submit') {
      // The reviewers hear of it in the app.
      const reviewers = await tx.user.findMany({
        where: { role: { in: ['MODERATOR', 'ADMIN'] }, suspendedAt: null, deletedAt: null, id: { not: user.id } },
        select: { id: true },
      })
      await notify(
        tx,
        reviewers.map((r) => ({
          userId: r.id,
          kind: 'PRACTICE_SUBMITTED' as const,
          actorId: user.id,
          practiceId: row.id,
          text: input.title,
        })),
      )
    }
    return row
  })
  revalidatePractices()
  return ok({ practiceId: saved.id, status: saved.status })
}

/**
 * A reviewer's decision on a submitted practice: publish it, return it with comments, or reject it with a reason.
 * The status changes only if it is still "submitted" (two reviewers cannot decide twice).
 */
export async function reviewPractice({ practiceId, decision, comment }: Input<typeof reviewSchema>, user: CurrentUser) {
  if (!canReviewPractice(user)) return fail('forbidden')
  const p = await db.practice.findUnique({
    where: { id: practiceId },
    select: { id: true, authorId: true, title: true, revision: true, publishedAt: true, regionId: true, clusterId: true },
  })
  if (!p) return fail('notFound')
  if (!canDecidePractice(user, p)) return fail('ownPracticeReview')
  const done = await db.$transaction(async (tx) => {
    const r = await tx.practice.updateMany({
      where: { id: p.id, status: 'SUBMITTED' },
      data: { status: decision, ...(decision === 'PUBLISHED' && !p.publishedAt ? { publishedAt: new Date() } : {}) },
    })
    if (r.count === 0) return false
    await tx.practiceReview.create({ data: { practiceId: p.id, reviewerId: user.id, decision, comment, revision: p.revision } })
    await audit(tx, user, {
      action: 'practice.review',
      target: { type: 'practice', id: p.id, label: p.title },
      before: { status: 'SUBMITTED' },
      after: { status: decision, comment: comment || undefined },
    })
    await notify(tx, [{ userId: p.authorId, kind: `PRACTICE_${decision}` as const, actorId: user.id, practiceId: p.id, text: p.title }])
    // The other reviewers' "to review" notifications are done: they resolve themselves.
    await tx.notification.updateMany({
      where: { practiceId: p.id, kind: 'PRACTICE_SUBMITTED', resolvedAt: null },
      data: { resolvedAt: new Date() },
    })
    // A first publication is news in its region (the author is told already).
    if (decision === 'PUBLISHED' && !p.publishedAt)
      await notifyTerritory(tx, {
        regionId: p.regionId,
        clusterId: p.clusterId,
        actorId: user.id,
        practiceId: p.id,
        text: p.title,
        skip: [p.authorId],
      })
    return true
  })
  if (!done) return fail('practiceNotSubmitted')
  revalidatePractices()
  return ok({ decision })
}

/** "Useful", once per member: the unique key refuses a second mark, the counter moves in the same transaction. */
export async function markPracticeUseful({ practiceId }: Input<typeof practiceRefSchema>, user: CurrentUser) {
  const p = await db.practice.findUnique({ where: { id: practiceId }, select: { authorId: true, status: true } })
  if (!p) return fail('notFound')
  if (!canMarkPracticeUseful(user, p)) return fail('forbidden')
  try {
    await db.$transaction(async (tx) => {
      await tx.practiceUseful.create({ data: { practiceId, userId: user.id } })
      await tx.practice.update({ where: { id: practiceId }, data: { usefulCount: { increment: 1 } } })
    })
  } catch (e) {
    if (!(e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002')) throw e
  }
  revalidatePractices()
  return ok(undefined)
}
