import { z } from '@/lib/validations/zod'
import { NOTIFICATION_KINDS, OFFERED_CHANNELS, type NotificationKind } from '@/lib/notification-mail'
import { REGION_IDS } from '@/lib/territory'
import { recordId } from '@/lib/validations/fields'

/** "Mark all as read" takes nothing but the signed-in member. */
export const markAllReadSchema = z.object({})

/** The e-mail preferences form: for each kind, how it arrives (a kind left out keeps what it was). */
export const preferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(OFFERED_CHANNELS, 'invalid').optional()])) as Record<
    NotificationKind,
    z.ZodOptional<z.ZodEnum<{ [C in (typeof OFFERED_CHANNELS)[number]]: C }>>
  >,
)

/** Follow or unfollow a region: new good practices and meetings there reach the member (their digest, by default). */
export const followRegionSchema = z.object({
  regionId: z.enum(REGION_IDS, 'invalid'),
  value: z.enum(['true', 'false'], 'invalid').transform((v) => v === 'true'),
})

/** Follow or unfollow a district or cluster (as a region). */
export const followClusterSchema = z.object({
  clusterId: recordId,
  value: z.enum(['true', 'false'], 'invalid').transform((v) => v === 'true'),
})

/** Which territory's follow state to read: a region or a district (one of the two). */
export const followStateSchema = z.object({
  regionId: z.union([z.literal(''), z.enum(REGION_IDS)]).optional(),
  clusterId: z.union([z.literal(''), recordId]).optional(),
})
