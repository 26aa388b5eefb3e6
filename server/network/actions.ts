'use server'
import 'server-only'
import { action } from '@/server/action'
import {
  adhesionDecisionSchema,
  adhesionSchema,
  adhesionUpdateSchema,
  membershipDecisionSchema,
  withdrawSchema,
} from '@/lib/validations/network'
import { apply, completeAdhesion, decideAdhesion, decideMembership, withdraw } from '@/server/network/commands'

export const applyAction = action('MEMBER', adhesionSchema, apply)
export const completeAdhesionAction = action('MEMBER', adhesionUpdateSchema, completeAdhesion)
export const decideAdhesionAction = action('ADMIN', adhesionDecisionSchema, decideAdhesion)
export const decideMembershipAction = action('MEMBER', membershipDecisionSchema, decideMembership)
export const withdrawAction = action('MEMBER', withdrawSchema, withdraw)
