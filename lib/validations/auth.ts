import { everyError, z } from '@/lib/validations/zod'
import { line } from '@/lib/validations/fields'

// Messages are keys under "errors" in messages/*.json, so client and server show the same text.
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128

export const emailField = z
  .string('required')
  .trim()
  .min(1, 'required')
  .max(254, 'emailInvalid')
  .pipe(z.email('emailInvalid'))
  .transform((v) => v.toLowerCase())

export const passwordField = z
  .string('required')
  .min(1, 'required')
  .min(PASSWORD_MIN, 'passwordTooShort')
  .max(PASSWORD_MAX, 'passwordTooLong')

export const nameField = line('required').min(1, 'required').min(2, 'nameTooShort').max(100, 'nameTooLong')

export const localeField = z.enum(['it', 'en'], 'required')

export const registerSchema = z.object({
  name: nameField,
  email: emailField,
  password: passwordField,
  locale: localeField,
})

export const signInSchema = z.object({
  email: emailField,
  password: z.string('required').min(1, 'required').max(PASSWORD_MAX, 'passwordTooLong'),
})

export const forgotPasswordSchema = z.object({ email: emailField, locale: localeField })

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20, 'tokenInvalid').max(200, 'tokenInvalid'),
    password: passwordField,
    confirm: z.string('required').min(1, 'required'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'passwordsDiffer', ...everyError })

export const profileSchema = z.object({ name: nameField, locale: localeField })
/** The profile form: a checkbox sends "on" when ticked and nothing otherwise. */
export const profileFormSchema = profileSchema.extend({
  profilePublic: z
    .literal('on')
    .optional()
    .transform((v) => v === 'on'),
})

export const changePasswordSchema = z
  .object({
    current: z.string('required').min(1, 'required').max(PASSWORD_MAX, 'passwordTooLong'),
    password: passwordField,
    confirm: z.string('required').min(1, 'required'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'passwordsDiffer', ...everyError })

export const changeEmailSchema = z.object({
  email: emailField,
  current: z.string('required').min(1, 'required').max(PASSWORD_MAX, 'passwordTooLong'),
})

export const tokenSchema = z.object({ token: z.string().min(20, 'tokenInvalid').max(200, 'tokenInvalid') })

/** Deleting one's own account: the current password and an explicit confirmation. */
export const deleteAccountSchema = z.object({
  current: z.string('required').min(1, 'required').max(200),
  confirm: z.literal('on', 'deleteConfirmRequired'),
})
