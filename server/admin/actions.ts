'use server'
import 'server-only'
import { action } from '@/server/action'
import { changeRoleSchema, suspendSchema } from '@/lib/validations/admin'
import { changeRole, setSuspended } from '@/server/admin/commands'

export const changeRoleAction = action('ADMIN', changeRoleSchema, changeRole)
export const setSuspendedAction = action('ADMIN', suspendSchema, setSuspended)
