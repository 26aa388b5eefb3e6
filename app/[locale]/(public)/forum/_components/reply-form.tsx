'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { replyAction } from '@/server/forum/actions'
import { MarkdownEditor } from '@/components/markdown-editor'
import { useThreadMember } from './thread-member-context'

export const REPLY_FIELD_ID = 'reply-body'

export function ReplyForm({ threadId }: { threadId: string }) {
  const t = useTranslations('forum')
  const { reload } = useThreadMember()
  const { onSubmit, pending, fieldError, formError } = useActionForm(replyAction, (data, form) => {
    // The action's revalidation brings the page with the new post; the member's layer asks again for its tools.
    form.reset()
    reload()
    requestAnimationFrame(() => setTimeout(() => document.getElementById(`post-${data.number}`)?.scrollIntoView(), 300))
  })
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reply-title">
      <h2 id="reply-title" className="mb-3 text-xl font-semibold">
        {t('replyTitle')}
      </h2>
      {formError && <Notice kind="error">{formError}</Notice>}
      <input type="hidden" name="threadId" value={threadId} />
      <MarkdownEditor name="body" id={REPLY_FIELD_ID} label={t('bodyLabel')} error={fieldError('body')} mentions />
      <Button type="submit" disabled={pending}>
        {t('postReply')}
      </Button>
    </form>
  )
}
