'use server'
import 'server-only'
import { action } from '@/server/action'
import { markAllReadSchema } from '@/lib/validations/notifications'
import { markAllRead } from '@/server/notifications/commands'

export const markAllReadAction = action('MEMBER', markAllReadSchema, markAllRead)
