import { z } from '@/lib/validations/zod'
import { recordId } from '@/lib/validations/fields'

export const membershipSchema = z.object({
  organisationId: z
    .string('required')
    .min(1, 'required')
    .max(50, 'required')
    .regex(/^[A-Za-z0-9_-]+$/, 'required'),
})

/** Whether the member's name appears on the organisation's public page. */
export const listedSchema = z.object({ organisationId: recordId, listed: z.enum(['yes', 'no']) })
