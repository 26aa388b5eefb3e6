'use client'
import { useId, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { TextAreaField } from '@/components/ui/field'
import { useActionForm } from '@/components/use-action-form'
import type { ActionResult } from '@/lib/form'

/**
 * A reviewer's decision: a message and one button per outcome (the pressed button sends `decision`).
 * The page refreshes to show the new state.
 */
export function DecisionForm<T>({
  action,
  hidden,
  heading,
  message,
  decisions,
}: {
  action: (fd: FormData) => Promise<ActionResult<T>>
  hidden: Record<string, string>
  heading: ReactNode
  message: { name: string; label: string; hint: string }
  decisions: { value: string; label: string; primary?: boolean }[]
}) {
  const f = useActionForm(action)
  const headingId = useId()
  return (
    <form onSubmit={f.onSubmit} noValidate className="mt-4" aria-labelledby={headingId}>
      <div id={headingId}>{heading}</div>
      {f.formError && <Notice kind="error">{f.formError}</Notice>}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextAreaField name={message.name} label={message.label} hint={message.hint} rows={4} error={f.fieldError(message.name)} />
      <div className="flex flex-wrap gap-3">
        {decisions.map((d) => (
          <Button
            key={d.value}
            type="submit"
            name="decision"
            value={d.value}
            variant={d.primary ? 'primary' : 'secondary'}
            disabled={f.pending}
          >
            {d.label}
          </Button>
        ))}
      </div>
    </form>
  )
}
