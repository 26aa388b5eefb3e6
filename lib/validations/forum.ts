import { z } from '@/lib/validations/zod'
import { line, optionalRecordId, recordId, text } from '@/lib/validations/fields'

export const TITLE_MIN = 8
export const TITLE_MAX = 150
export const BODY_MIN = 2
export const BODY_MAX = 20_000
export const REASON_MAX = 500

const id = recordId
const body = text('required').min(1, 'required').min(BODY_MIN, 'bodyTooShort').max(BODY_MAX, 'bodyTooLong')
const tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]{2,30}$/, 'tagInvalid')

export const newThreadSchema = z.object({
  categoryId: id.or(z.literal('')).refine((v) => v !== '', 'required'),
  title: line('required').min(1, 'required').min(TITLE_MIN, 'titleTooShort').max(TITLE_MAX, 'titleTooLong'),
  body,
  tags: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(tag).max(5, 'tooManyTags')),
  caseStudySlug: z
    .string()
    .regex(/^[a-z0-9-]*$/)
    .max(100)
    .default(''),
  clusterId: optionalRecordId.default(''),
  eventId: optionalRecordId.default(''),
})

export const replySchema = z.object({ threadId: id, body })
export const editPostSchema = z.object({ postId: id, body })
/** What follows "@" as it is typed: the start of a handle (letters, digits, dots, dashes). */
export const suggestMembersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(30, 'tooLong')
    .regex(/^[\p{L}\p{N}._-]*$/u, 'invalid'),
})
/** The read marker: the last post number the member has seen in a thread. */
export const markReadSchema = z.object({ threadId: id, number: z.coerce.number().int().min(1).max(10_000_000) })
/** Nothing but the signed-in member: which categories they follow. */
export const previewSchema = z.object({ body: z.string().max(BODY_MAX, 'bodyTooLong') })
export const postRefSchema = z.object({ postId: id })
export const categoryRefSchema = z.object({ categoryId: id })
export const moveThreadSchema = z.object({ threadId: id, categoryId: id })
export const hidePostSchema = z.object({
  postId: id,
  reason: text('required').min(1, 'required').max(REASON_MAX, 'reasonTooLong'),
})
export const flagPostSchema = hidePostSchema
export const resolveFlagSchema = z.object({
  flagId: id,
  action: z.enum(['hide', 'dismiss']),
  reason: text().max(REASON_MAX, 'reasonTooLong').default(''),
})
export const toggleSchema = z.object({ threadId: id, value: z.enum(['true', 'false']).transform((v) => v === 'true') })
export const categoryFormSchema = z.object({
  nameIt: line().min(3, 'nameTooShort').max(80, 'nameTooLong'),
  nameEn: line().min(3, 'nameTooShort').max(80, 'nameTooLong'),
  descriptionIt: text().min(1, 'required').max(300, 'reasonTooLong'),
  descriptionEn: text().min(1, 'required').max(300, 'reasonTooLong'),
})
export const moveCategorySchema = z.object({ categoryId: id, direction: z.enum(['up', 'down']) })
export const followCategorySchema = categoryRefSchema.extend({ value: toggleSchema.shape.value })
