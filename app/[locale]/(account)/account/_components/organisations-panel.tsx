'use client'
import { useTranslations } from 'next-intl'
import { SelectField } from '@/components/ui/field'
import { Button } from '@/components/ui/button'
import { Badge } from '@/components/ui/badge'
import { Notice } from '@/components/ui/notice'
import { useActionForm } from '@/components/use-action-form'
import { joinOrganisationAction, leaveOrganisationAction, setListedAction } from '@/server/accounts/actions'

type Org = { id: string; name: string; type: string; isDemo: boolean; confirmed: boolean; listed: boolean }

export function OrganisationsPanel({ memberships, choices }: { memberships: Org[]; choices: { id: string; name: string }[] }) {
  const t = useTranslations('account')
  const tt = useTranslations('orgTypes')
  const tc = useTranslations('common')
  const join = useActionForm(joinOrganisationAction)
  const leave = useActionForm(leaveOrganisationAction)
  const listed = useActionForm(setListedAction)
  const mine = new Set(memberships.map((m) => m.id))
  return (
    <div>
      <p className="mb-3">{t('organisationsLead')}</p>
      {leave.formError && <Notice kind="error">{leave.formError}</Notice>}
      {memberships.length === 0 ? (
        <p className="mb-4 text-muted">{t('noOrganisations')}</p>
      ) : (
        <ul className="mb-4 divide-y divide-gray-200 rounded-md border border-gray-200" data-testid="my-organisations">
          {memberships.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <span>
                <span className="font-medium">{m.name}</span> · {tt(m.type as never)} {m.isDemo && <Badge tone="amber">{tc('demo')}</Badge>}{' '}
                <Badge tone={m.confirmed ? 'green' : 'gray'}>{m.confirmed ? t('confirmed') : t('pending')}</Badge>
              </span>
              <form onSubmit={listed.onSubmit}>
                <input type="hidden" name="organisationId" value={m.id} />
                <input type="hidden" name="listed" value={m.listed ? 'no' : 'yes'} />
                <Button type="submit" variant="secondary" disabled={listed.pending} aria-pressed={m.listed}>
                  {t('listedToggle', { name: m.name })}
                </Button>
              </form>
              <form onSubmit={leave.onSubmit}>
                <input type="hidden" name="organisationId" value={m.id} />
                <Button type="submit" variant="danger" disabled={leave.pending}>
                  {t('remove', { name: m.name })}
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={join.onSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <SelectField name="organisationId" label={t('addOrganisation')} defaultValue="" error={join.fieldError('organisationId')}>
            <option value="">{t('chooseOrganisationPlaceholder')}</option>
            {choices
              .filter((c) => !mine.has(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </SelectField>
        </div>
        <div className="mb-4">
          <Button type="submit" variant="secondary" disabled={join.pending}>
            {t('add')}
          </Button>
        </div>
      </form>
    </div>
  )
}
