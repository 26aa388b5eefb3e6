'use server'
import 'server-only'
import { headers } from 'next/headers'
import { action } from '@/server/action'
import { env } from '@/server/env'
import { clientAddress } from '@/lib/client-address'
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  forgotPasswordSchema,
  profileFormSchema,
  registerSchema,
  resetPasswordSchema,
  tokenSchema,
} from '@/lib/validations/auth'
import { listedSchema, membershipSchema } from '@/lib/validations/organisation'
import type { Input } from '@/server/action'
import {
  changePassword,
  confirmEmailChange,
  deleteMyAccount,
  forgotPassword,
  joinOrganisation,
  leaveOrganisation,
  register,
  requestEmailChange,
  resetPassword,
  setListed,
  updateProfile,
} from '@/server/accounts/commands'

async function requestAddress() {
  return clientAddress((await headers()).get('x-forwarded-for'), env().TRUST_PROXY_HOPS)
}

async function registerFromRequest(input: Input<typeof registerSchema>) {
  return register(input, await requestAddress())
}

async function forgotPasswordFromRequest(input: Input<typeof forgotPasswordSchema>) {
  return forgotPassword(input, await requestAddress())
}

export const registerAction = action('public', registerSchema, registerFromRequest)
export const forgotPasswordAction = action('public', forgotPasswordSchema, forgotPasswordFromRequest)
export const resetPasswordAction = action('public', resetPasswordSchema, resetPassword)
export const confirmEmailChangeAction = action('public', tokenSchema, confirmEmailChange)
export const updateProfileAction = action('MEMBER', profileFormSchema, updateProfile)
export const changePasswordAction = action('MEMBER', changePasswordSchema, changePassword)
export const requestEmailChangeAction = action('MEMBER', changeEmailSchema, requestEmailChange)
export const joinOrganisationAction = action('MEMBER', membershipSchema, joinOrganisation)
export const leaveOrganisationAction = action('MEMBER', membershipSchema, leaveOrganisation)
export const deleteAccountAction = action('MEMBER', deleteAccountSchema, deleteMyAccount)
export const setListedAction = action('MEMBER', listedSchema, setListed)
