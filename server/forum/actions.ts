'use server'
import 'server-only'
import { action } from '@/server/action'
import * as schemas from '@/lib/validations/forum'
import * as commands from '@/server/forum/commands'

export const postSourceAction = action('MEMBER', schemas.postRefSchema, commands.postSource)
export const markReadAction = action('MEMBER', schemas.markReadSchema, commands.markRead)
export const createThreadAction = action('MEMBER', schemas.newThreadSchema, commands.createThread)
export const replyAction = action('MEMBER', schemas.replySchema, commands.reply)
export const editPostAction = action('MEMBER', schemas.editPostSchema, commands.editPost)
export const toggleUsefulAction = action('MEMBER', schemas.postRefSchema, commands.toggleUseful)
export const acceptAnswerAction = action('MEMBER', schemas.postRefSchema, commands.acceptAnswer)
export const followThreadAction = action('MEMBER', schemas.toggleSchema, commands.followThread)
export const followCategoryAction = action('MEMBER', schemas.followCategorySchema, commands.followCategory)
export const flagPostAction = action('MEMBER', schemas.flagPostSchema, commands.flagPost)
export const setPinnedAction = action('MODERATOR', schemas.toggleSchema, commands.setPinned)
export const setLockedAction = action('MODERATOR', schemas.toggleSchema, commands.setLocked)
export const moveThreadAction = action('MODERATOR', schemas.moveThreadSchema, commands.moveThread)
export const hidePostAction = action('MODERATOR', schemas.hidePostSchema, commands.hidePost)
export const unhidePostAction = action('MODERATOR', schemas.postRefSchema, commands.unhidePost)
export const deletePostAction = action('MODERATOR', schemas.postRefSchema, commands.deletePost)
export const resolveFlagAction = action('MODERATOR', schemas.resolveFlagSchema, commands.resolveFlag)
export const createCategoryAction = action('MODERATOR', schemas.categoryFormSchema, commands.createCategory)
export const moveCategoryAction = action('MODERATOR', schemas.moveCategorySchema, commands.moveCategory)
