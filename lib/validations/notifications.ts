import { z } from '@/lib/validations/zod'

/** "Mark all as read" takes nothing but the signed-in member. */
export const markAllReadSchema = z.object({})
