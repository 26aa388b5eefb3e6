'use server'
import 'server-only'
import { action } from '@/server/action'
import * as schemas from '@/lib/validations/admin'
import * as commands from '@/server/admin/commands'

export const changeRoleAction = action('ADMIN', schemas.changeRoleSchema, commands.changeRole)
export const setSuspendedAction = action('ADMIN', schemas.suspendSchema, commands.setSuspended)
