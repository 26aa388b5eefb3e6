'use client'
import { useState } from 'react'
import { useAfterWrite } from '@/components/use-after-write'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextField } from '@/components/ui/field'
import { useActionForm } from '@/components/use-action-form'
import {
  acceptAnswerAction,
  deletePostAction,
  editPostAction,
  postSourceAction,
  flagPostAction,
  hidePostAction,
  toggleUsefulAction,
  unhidePostAction,
} from '@/server/forum/actions'
import { MarkdownEditor } from '@/components/markdown-editor'
import { REPLY_FIELD_ID } from './reply-form'
import { useThreadMember } from './thread-member-context'

export type PostView = {
  id: string
  number: number
  authorName: string
  authorHandle: string | null
  usefulCount: number
  markedUseful: boolean
  accepted: boolean
  hidden: boolean
  can: { reply: boolean; edit: boolean; accept: boolean; react: boolean; flag: boolean; moderate: boolean }
}

const small = '!px-2 !py-1 text-sm'

export function PostActions({ post }: { post: PostView }) {
  const t = useTranslations('forum')
  const after = useAfterWrite()
  // The action's revalidation brings the page's new HTML with its answer; the member's own layer asks again.
  const refresh = useThreadMember().reload
  const [open, setOpen] = useState<null | 'edit' | 'flag' | 'hide'>(null)
  // The Markdown source is not in the cached page: asked for when quoting or editing.
  const [source, setSource] = useState<string | null>(null)
  const [sourceError, setSourceError] = useState<string | null>(null)
  const loadSource = async () => {
    if (source !== null) return source
    const fd = new FormData()
    fd.set('postId', post.id)
    const r = await postSourceAction(fd).catch(() => null)
    if (!r?.ok) {
      setSourceError(t('sourceUnavailable'))
      return null
    }
    setSourceError(null)
    setSource(r.data.body)
    return r.data.body
  }
  const useful = useActionForm(toggleUsefulAction, refresh)
  const accept = useActionForm(acceptAnswerAction, refresh)
  const edit = useActionForm(editPostAction, () => (setOpen(null), setSource(null), refresh()))
  const flag = useActionForm(flagPostAction, () => setOpen(null))
  const hide = useActionForm(hidePostAction, () => (setOpen(null), refresh()))
  const unhide = useActionForm(unhidePostAction, refresh)
  const del = useActionForm(deletePostAction, (d) => (d.threadDeleted ? after.go('/forum') : refresh()))

  const quote = async () => {
    const body = await loadSource()
    const box = document.getElementById(REPLY_FIELD_ID) as HTMLTextAreaElement | null
    if (!box || body === null) return
    const who = post.authorHandle ? `@${post.authorHandle}` : post.authorName
    const quoted = body
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n')
    box.value = `${box.value ? `${box.value.trimEnd()}\n\n` : ''}> **${who}** (#${post.number}):\n${quoted}\n\n`
    box.focus()
  }
  const hidden = (name: string, value: string) => <input type="hidden" name={name} value={value} />
  const error = useful.formError ?? accept.formError ?? unhide.formError ?? del.formError ?? sourceError

  return (
    <div className="mt-3">
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('postActions', { number: post.number })}>
        {post.can.reply && !post.hidden && (
          <Button type="button" variant="secondary" className={small} onClick={quote} aria-label={t('quoteOf', { name: post.authorName })}>
            {t('quote')}
          </Button>
        )}
        {post.can.react ? (
          <form onSubmit={useful.onSubmit}>
            {hidden('postId', post.id)}
            <Button type="submit" variant="secondary" className={small} aria-pressed={post.markedUseful} disabled={useful.pending}>
              {t('usefulCount', { count: post.usefulCount })}
            </Button>
          </form>
        ) : (
          post.usefulCount > 0 && <span className="text-sm text-muted">{t('usefulCount', { count: post.usefulCount })}</span>
        )}
        {post.can.accept && (
          <form onSubmit={accept.onSubmit}>
            {hidden('postId', post.id)}
            <Button type="submit" variant="secondary" className={small} disabled={accept.pending}>
              {post.accepted ? t('unaccept') : t('accept')}
            </Button>
          </form>
        )}
        {post.can.edit && (
          <Button
            type="button"
            variant="secondary"
            className={small}
            aria-expanded={open === 'edit'}
            onClick={async () => {
              if (open === 'edit') return setOpen(null)
              if ((await loadSource()) !== null) setOpen('edit')
            }}
          >
            {t('edit')}
          </Button>
        )}
        {post.can.flag && (
          <Button
            type="button"
            variant="secondary"
            className={small}
            aria-expanded={open === 'flag'}
            onClick={() => setOpen(open === 'flag' ? null : 'flag')}
          >
            {t('flag')}
          </Button>
        )}
        {post.can.moderate && !post.hidden && (
          <Button
            type="button"
            variant="danger"
            className={small}
            aria-expanded={open === 'hide'}
            onClick={() => setOpen(open === 'hide' ? null : 'hide')}
          >
            {t('hide')}
          </Button>
        )}
        {post.can.moderate && post.hidden && (
          <form onSubmit={unhide.onSubmit}>
            {hidden('postId', post.id)}
            <Button type="submit" variant="secondary" className={small}>
              {t('unhide')}
            </Button>
          </form>
        )}
        {post.can.moderate && (
          <form onSubmit={(e) => (confirm(t('delete') + '?') ? del.onSubmit(e) : e.preventDefault())}>
            {hidden('postId', post.id)}
            <Button type="submit" variant="danger" className={small}>
              {t('delete')}
            </Button>
          </form>
        )}
      </div>
      {error && (
        <p className="mt-2 text-sm font-medium text-red-800" role="alert">
          {error}
        </p>
      )}
      {flag.succeeded && (
        <p className="mt-2 text-sm" role="status">
          {t('flagSent')}
        </p>
      )}

      {open === 'edit' && source !== null && (
        <form onSubmit={edit.onSubmit} noValidate className="mt-3">
          {edit.formError && <Notice kind="error">{edit.formError}</Notice>}
          {hidden('postId', post.id)}
          <MarkdownEditor
            name="body"
            id={`edit-${post.id}`}
            label={t('edit')}
            defaultValue={source}
            error={edit.fieldError('body')}
            mentions
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={edit.pending}>
              {t('save')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(null)}>
              {t('cancel')}
            </Button>
          </div>
        </form>
      )}
      {open === 'flag' && (
        <form onSubmit={flag.onSubmit} noValidate className="mt-3 max-w-xl">
          {flag.formError && <Notice kind="error">{flag.formError}</Notice>}
          {hidden('postId', post.id)}
          <TextField id={`flag-${post.id}`} name="reason" label={t('flagReason')} error={flag.fieldError('reason')} />
          <Button type="submit" disabled={flag.pending}>
            {t('flagSend')}
          </Button>
        </form>
      )}
      {open === 'hide' && (
        <form onSubmit={hide.onSubmit} noValidate className="mt-3 max-w-xl">
          {hide.formError && <Notice kind="error">{hide.formError}</Notice>}
          {hidden('postId', post.id)}
          <TextField id={`hide-${post.id}`} name="reason" label={t('hideReason')} error={hide.fieldError('reason')} />
          <Button type="submit" variant="danger" disabled={hide.pending}>
            {t('hide')}
          </Button>
        </form>
      )}
    </div>
  )
}
