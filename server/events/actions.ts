'use server'
import 'server-only'
import { action } from '@/server/action'
import { createEventSchema, eventRefSchema, materialRefSchema, materialSchema, updateEventSchema } from '@/lib/validations/events'
import {
  createEvent,
  registerForEvent,
  cancelEventRegistration,
  cancelEvent,
  updateEvent,
  addMaterial,
  removeMaterial,
} from '@/server/events/commands'

export const createEventAction = action('ORGANISER', createEventSchema, createEvent)
export const registerForEventAction = action('MEMBER', eventRefSchema, registerForEvent)
export const cancelRegistrationAction = action('MEMBER', eventRefSchema, cancelEventRegistration)
export const cancelEventAction = action('ORGANISER', eventRefSchema, cancelEvent)
export const updateEventAction = action('ORGANISER', updateEventSchema, updateEvent)
export const addMaterialAction = action('ORGANISER', materialSchema, addMaterial)
export const removeMaterialAction = action('ORGANISER', materialRefSchema, removeMaterial)
