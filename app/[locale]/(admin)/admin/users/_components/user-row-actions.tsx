'use client'
import { useTranslations } from 'next-intl'
import { Button } from '@/components/ui/button'
import { useActionForm } from '@/components/use-action-form'
import { changeRoleAction, setSuspendedAction } from '@/server/admin/actions'
import { ROLES, type Role } from '@/lib/policies'

export function UserRowActions({ user }: { user: { id: string; name: string; role: Role; suspended: boolean } }) {
  const t = useTranslations('admin')
  const tr = useTranslations('roles')
  const role = useActionForm(changeRoleAction)
  const status = useActionForm(setSuspendedAction)
  const selectId = `role-${user.id}`
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form onSubmit={role.onSubmit} className="flex items-center gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <label htmlFor={selectId} className="sr-only">
          {t('changeRole', { name: user.name })}
        </label>
        <select id={selectId} name="role" defaultValue={user.role} className="rounded-md border border-gray-500 px-2 py-1">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
        <Button
          type="submit"
          variant="secondary"
          className="!px-2 !py-1"
          disabled={role.pending}
          aria-label={`${t('saveRole')}: ${user.name}`}
        >
          {t('saveRole')}
        </Button>
      </form>
      <form onSubmit={status.onSubmit}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="suspend" value={user.suspended ? 'false' : 'true'} />
        <Button
          type="submit"
          variant={user.suspended ? 'secondary' : 'danger'}
          className="!px-2 !py-1"
          disabled={status.pending}
          aria-label={`${user.suspended ? t('restore') : t('suspend')}: ${user.name}`}
        >
          {user.suspended ? t('restore') : t('suspend')}
        </Button>
      </form>
      <span role="status" className="text-sm">
        {role.succeeded && t('roleSaved')}
        {status.succeeded && t('statusSaved')}
        {role.formError}
        {status.formError}
      </span>
    </div>
  )
}
