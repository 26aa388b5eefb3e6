'use server'
import 'server-only'
import { headers } from 'next/headers'
import { action } from '@/server/action'
import { env } from '@/server/env'
import { clientAddress } from '@/lib/client-address'
import * as schemas from '@/lib/validations/auth'
import * as organisationSchemas from '@/lib/validations/organisation'
import type { Input } from '@/server/action'
import * as commands from '@/server/accounts/commands'

async function requestAddress() {
  return clientAddress((await headers()).get('x-forwarded-for'), env().TRUST_PROXY_HOPS)
}

async function registerFromRequest(input: Input<typeof schemas.registerSchema>) {
  return commands.register(input, await requestAddress())
}

async function forgotPasswordFromRequest(input: Input<typeof schemas.forgotPasswordSchema>) {
  return commands.forgotPassword(input, await requestAddress())
}

export const registerAction = action('public', schemas.registerSchema, registerFromRequest)
export const forgotPasswordAction = action('public', schemas.forgotPasswordSchema, forgotPasswordFromRequest)
export const resetPasswordAction = action('public', schemas.resetPasswordSchema, commands.resetPassword)
export const confirmAccountAction = action('public', schemas.tokenSchema, commands.confirmAccount)
export const confirmEmailChangeAction = action('public', schemas.tokenSchema, commands.confirmEmailChange)
export const updateProfileAction = action('MEMBER', schemas.profileFormSchema, commands.updateProfile)
export const changePasswordAction = action('MEMBER', schemas.changePasswordSchema, commands.changePassword)
export const requestEmailChangeAction = action('MEMBER', schemas.changeEmailSchema, commands.requestEmailChange)
export const joinOrganisationAction = action('MEMBER', organisationSchemas.membershipSchema, commands.joinOrganisation)
export const leaveOrganisationAction = action('MEMBER', organisationSchemas.membershipSchema, commands.leaveOrganisation)
export const deleteAccountAction = action('MEMBER', schemas.deleteAccountSchema, commands.deleteMyAccount)
export const setListedAction = action('MEMBER', organisationSchemas.listedSchema, commands.setListed)
