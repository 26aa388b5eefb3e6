'use server'
import 'server-only'
import { action } from '@/server/action'
import * as schemas from '@/lib/validations/practices'
import * as commands from '@/server/practices/commands'

export const savePracticeAction = action('MEMBER', schemas.practiceSchema, commands.savePractice)
export const reviewPracticeAction = action('MODERATOR', schemas.reviewSchema, commands.reviewPractice)
export const markPracticeUsefulAction = action('MEMBER', schemas.practiceRefSchema, commands.markPracticeUseful)
