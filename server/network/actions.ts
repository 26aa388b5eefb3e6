'use server'
import 'server-only'
import { action } from '@/server/action'
import * as schemas from '@/lib/validations/network'
import * as organisationSchemas from '@/lib/validations/organisation'
import * as commands from '@/server/network/commands'

export const applyAction = action('MEMBER', schemas.adhesionSchema, commands.apply)
export const completeAdhesionAction = action('MEMBER', schemas.adhesionUpdateSchema, commands.completeAdhesion)
export const decideAdhesionAction = action('ADMIN', schemas.adhesionDecisionSchema, commands.decideAdhesion)
export const decideMembershipAction = action('MEMBER', schemas.membershipDecisionSchema, commands.decideMembership)
export const withdrawAction = action('MEMBER', schemas.withdrawSchema, commands.withdraw)
export const updateOrganisationProfileAction = action(
  'MEMBER',
  organisationSchemas.organisationProfileSchema,
  commands.updateOrganisationProfile,
)
