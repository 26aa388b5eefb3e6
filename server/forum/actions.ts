'use server'
import 'server-only'
import { action } from '@/server/action'
import {
  categoryFormSchema,
  editPostSchema,
  flagPostSchema,
  hidePostSchema,
  moveCategorySchema,
  moveThreadSchema,
  followCategorySchema,
  newThreadSchema,
  postRefSchema,
  previewSchema,
  replySchema,
  resolveFlagSchema,
  toggleSchema,
} from '@/lib/validations/forum'
import {
  preview,
  createThread,
  reply,
  editPost,
  toggleUseful,
  acceptAnswer,
  followThread,
  followCategory,
  flagPost,
  setPinned,
  setLocked,
  moveThread,
  hidePost,
  unhidePost,
  deletePost,
  resolveFlag,
  createCategory,
  moveCategory,
} from '@/server/forum/commands'

export const previewAction = action('MEMBER', previewSchema, preview)
export const createThreadAction = action('MEMBER', newThreadSchema, createThread)
export const replyAction = action('MEMBER', replySchema, reply)
export const editPostAction = action('MEMBER', editPostSchema, editPost)
export const toggleUsefulAction = action('MEMBER', postRefSchema, toggleUseful)
export const acceptAnswerAction = action('MEMBER', postRefSchema, acceptAnswer)
export const followThreadAction = action('MEMBER', toggleSchema, followThread)
export const followCategoryAction = action('MEMBER', followCategorySchema, followCategory)
export const flagPostAction = action('MEMBER', flagPostSchema, flagPost)
export const setPinnedAction = action('MODERATOR', toggleSchema, setPinned)
export const setLockedAction = action('MODERATOR', toggleSchema, setLocked)
export const moveThreadAction = action('MODERATOR', moveThreadSchema, moveThread)
export const hidePostAction = action('MODERATOR', hidePostSchema, hidePost)
export const unhidePostAction = action('MODERATOR', postRefSchema, unhidePost)
export const deletePostAction = action('MODERATOR', postRefSchema, deletePost)
export const resolveFlagAction = action('MODERATOR', resolveFlagSchema, resolveFlag)
export const createCategoryAction = action('MODERATOR', categoryFormSchema, createCategory)
export const moveCategoryAction = action('MODERATOR', moveCategorySchema, moveCategory)
