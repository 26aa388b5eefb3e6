'use client'
import { useState, useTransition, type FormEvent } from 'react'
import { signIn } from 'next-auth/react'
import { useLocale, useTranslations } from 'next-intl'
import type { ErrorCode } from '@/lib/form'
import { getPathname, Link } from '@/i18n/navigation'
import { TextField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/notice'
import { signInSchema } from '@/lib/validations/auth'
import { fieldErrorsOf } from '@/lib/form'
import { safeCallbackUrl } from '@/lib/safe-callback'
import type { Locale } from '@/i18n/routing'

export function SignInForm({ callbackUrl, notice }: { callbackUrl?: string; notice?: string }) {
  const t = useTranslations('auth')
  const te = useTranslations('errors')
  // next-auth hands back the thrown error's message: a code of ours (server/auth/options.ts), or something else.
  const message = (code: string | null | undefined) => te(code && te.has(code as ErrorCode) ? (code as ErrorCode) : 'unexpected')
  const locale = useLocale() as Locale
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()
  const [pending, startTransition] = useTransition()

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const fd = new FormData(e.currentTarget)
    const input = { email: String(fd.get('email') ?? ''), password: String(fd.get('password') ?? '') }
    const parsed = signInSchema.safeParse(input)
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error))
      setFormError(undefined)
      return
    }
    setErrors({})
    startTransition(async () => {
      const res = await signIn('credentials', { ...input, redirect: false })
      if (res?.ok && !res.error) {
        // A full navigation, so that every server-rendered part sees the new session.
        window.location.assign(safeCallbackUrl(callbackUrl, getPathname({ href: '/', locale }), window.location.origin))
        return
      }
      setFormError(message(res?.error === 'CredentialsSignin' ? 'invalidCredentials' : res?.error))
    })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md">
      {notice && !formError && <Notice kind="success">{notice}</Notice>}
      {formError && <Notice kind="error">{formError}</Notice>}
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="email"
        required
        error={errors.email ? message(errors.email) : undefined}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        error={errors.password ? message(errors.password) : undefined}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t('working') : t('submitSignIn')}
        </Button>
        <Link href="/forgot-password">{t('forgot')}</Link>
      </div>
    </form>
  )
}
