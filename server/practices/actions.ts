'use server'
import 'server-only'
import { action } from '@/server/action'
import { practiceRefSchema, practiceSchema, reviewSchema } from '@/lib/validations/practices'
import { savePractice, reviewPractice, markPracticeUseful } from '@/server/practices/commands'

export const savePracticeAction = action('MEMBER', practiceSchema, savePractice)
export const reviewPracticeAction = action('MODERATOR', reviewSchema, reviewPractice)
export const markPracticeUsefulAction = action('MEMBER', practiceRefSchema, markPracticeUseful)
