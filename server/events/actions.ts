'use server'
import 'server-only'
import { action } from '@/server/action'
import * as schemas from '@/lib/validations/events'
import * as commands from '@/server/events/commands'

export const createEventAction = action('ORGANISER', schemas.createEventSchema, commands.createEvent)
export const registerForEventAction = action('MEMBER', schemas.registrationSchema, commands.registerForEvent)
export const cancelRegistrationAction = action('MEMBER', schemas.eventRefSchema, commands.cancelEventRegistration)
export const cancelEventAction = action('ORGANISER', schemas.cancelEventSchema, commands.cancelEvent)
export const extendSeriesAction = action('ORGANISER', schemas.extendSeriesSchema, commands.extendSeries)
export const updateEventAction = action('ORGANISER', schemas.updateEventSchema, commands.updateEvent)
export const addMaterialAction = action('ORGANISER', schemas.materialSchema, commands.addMaterial)
export const removeMaterialAction = action('ORGANISER', schemas.materialRefSchema, commands.removeMaterial)
export const setCalendarFeedAction = action('MEMBER', schemas.calendarFeedSchema, commands.setCalendarFeed)
