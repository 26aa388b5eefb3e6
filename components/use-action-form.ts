'use client'
import { useCallback, useRef, useState, useTransition, type FormEvent } from 'react'
import { useTranslations } from 'next-intl'
import type { ActionResult, ErrorCode } from '@/lib/form'

/**
 * Submits a form to a server action without resetting it, so that what the user typed stays on a
 * validation error; exposes translated messages per field and moves focus to the first wrong field.
 */
export function useActionForm<T>(
  action: (fd: FormData) => Promise<ActionResult<T>>,
  onSuccess?: (data: T, form: HTMLFormElement) => void | Promise<void>,
) {
  const t = useTranslations('errors')
  const [result, setResult] = useState<ActionResult<T> | null>(null)
  const [pending, startTransition] = useTransition()
  const formRef = useRef<HTMLFormElement>(null)

  const onSubmit = useCallback(
    (e: FormEvent<HTMLFormElement>) => {
      e.preventDefault()
      const form = e.currentTarget
      // The button that was pressed counts (e.g. "save draft" or "submit for review": name="intent").
      const submitter = (e.nativeEvent as SubmitEvent).submitter
      const fd = submitter?.getAttribute('name') ? new FormData(form, submitter) : new FormData(form)
      startTransition(async () => {
        let r: ActionResult<T>
        try {
          r = await action(fd)
        } catch {
          r = { ok: false, fieldErrors: {}, formError: 'unexpected' }
        }
        // Success is shown only once its follow-up (a fresh sign-in, a refresh) has finished.
        if (r.ok) await onSuccess?.(r.data, form)
        setResult(r)
        if (!r.ok) {
          const first = Object.keys(r.fieldErrors)[0]
          const el = first ? form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`) : null
          requestAnimationFrame(() => el?.focus())
        }
      })
    },
    [action, onSuccess],
  )

  // Abuse-limit refusals carry the wait, which their messages show ({minutes}).
  const minutes = result && !result.ok ? (result.retryAfterMinutes ?? 0) : 0
  const msg = (code: ErrorCode | undefined) => (code ? (t.has(code) ? t(code, { minutes } as never) : t('unexpected')) : undefined)
  const fieldError = (name: string) => (result && !result.ok ? msg(result.fieldErrors[name]) : undefined)
  const formError =
    result && !result.ok ? msg(result.formError ?? (Object.keys(result.fieldErrors).length ? 'formHasErrors' : undefined)) : undefined

  return { onSubmit, pending, result, fieldError, formError, formRef, succeeded: !!result?.ok, setResult }
}
