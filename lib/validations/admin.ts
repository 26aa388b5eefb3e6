import { z } from '@/lib/validations/zod'
import { recordId } from '@/lib/validations/fields'
import { ROLES } from '@/lib/policies'

export const changeRoleSchema = z.object({
  userId: recordId,
  role: z.enum(ROLES, 'roleInvalid'),
})

export const suspendSchema = z.object({
  userId: recordId,
  suspend: z.enum(['true', 'false']).transform((v) => v === 'true'),
})

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  after: z.string().max(50).optional().catch(undefined),
})
