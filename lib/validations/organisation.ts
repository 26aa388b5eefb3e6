import { z } from 'zod'

export const membershipSchema = z.object({ organisationId: z.string('required').min(1, 'required').max(50, 'required') })
