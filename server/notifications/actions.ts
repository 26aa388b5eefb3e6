'use server'
import 'server-only'
import { action } from '@/server/action'
import * as schemas from '@/lib/validations/notifications'
import * as commands from '@/server/notifications/commands'

export const markAllReadAction = action('MEMBER', schemas.markAllReadSchema, commands.markAllRead)
export const savePreferencesAction = action('MEMBER', schemas.preferencesSchema, commands.savePreferences)
export const followRegionAction = action('MEMBER', schemas.followRegionSchema, commands.followRegion)
export const followClusterAction = action('MEMBER', schemas.followClusterSchema, commands.followCluster)
export const followStateAction = action('MEMBER', schemas.followStateSchema, commands.followState)
