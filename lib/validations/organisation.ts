import { z } from '@/lib/validations/zod'

export const membershipSchema = z.object({ organisationId: z.string('required').min(1, 'required').max(50, 'required') })

/** Whether the member's name appears on the organisation's public page. */
export const listedSchema = z.object({ organisationId: z.string().min(1).max(50), listed: z.enum(['yes', 'no']) })
