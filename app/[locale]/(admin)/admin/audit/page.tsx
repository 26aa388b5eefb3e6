import type { Metadata } from 'next'
import { TableScroll } from '@/components/table-scroll'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { forbidden } from 'next/navigation'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/routing'
import { requirePageUser } from '@/server/auth/guard'
import { listAudit } from '@/server/admin/queries'
import { AUDIT_ACTIONS } from '@/server/audit'
import { canAdminister } from '@/lib/policies'
import { Button } from '@/components/ui/button'
import { SelectField, TextField } from '@/components/ui/field'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'admin.audit' })
  return { title: t('title'), robots: { index: false } }
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 100) : undefined)
const actionKey = (a: string) => a.replace('.', '_') as `${string}_${string}`

/** The audit log for admins: filters by action and by who, newest first, a page at a time. */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const user = await requirePageUser(locale, '/admin/audit')
  if (!canAdminister(user)) forbidden()
  const sp = await searchParams
  const action = AUDIT_ACTIONS.find((a) => a === one(sp.action))
  const actor = one(sp.actor)?.trim() || undefined
  const [t, format, { entries, nextAfter }] = await Promise.all([
    getTranslations('admin.audit'),
    getFormatter(),
    listAudit({ action, actor, after: one(sp.after) }),
  ])
  const label = (a: string) => (t.has(`actions.${actionKey(a)}` as never) ? t(`actions.${actionKey(a)}` as never) : a)
  const change = (before: string | null, after: string | null) => [before, after].filter(Boolean).join(' → ')
  return (
    <div>
      <Breadcrumbs items={[{ admin: true }, { label: t('title') }]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 mb-6 max-w-3xl">{t('lead')}</p>
      <form className="mb-6 flex flex-wrap items-end gap-4" method="get">
        <SelectField name="action" label={t('filterAction')} defaultValue={action ?? ''}>
          <option value="">{t('allActions')}</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {label(a)}
            </option>
          ))}
        </SelectField>
        <TextField name="actor" label={t('filterActor')} defaultValue={actor ?? ''} />
        <Button type="submit" variant="secondary" className="mb-4">
          {t('filter')}
        </Button>
      </form>
      {entries.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <TableScroll label={t('table')}>
          <table className="w-full text-left text-sm" data-testid="audit-log">
            <caption className="sr-only">{t('table')}</caption>
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pr-3">
                  {t('when')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('who')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('what')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('on')}
                </th>
                <th scope="col" className="py-2">
                  {t('change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-gray-100 align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">
                    <time dateTime={e.createdAt.toISOString()}>
                      {format.dateTime(e.createdAt, { dateStyle: 'short', timeStyle: 'short' })}
                    </time>
                  </td>
                  <td className="py-2 pr-3">{e.actorName}</td>
                  <td className="py-2 pr-3">{label(e.action)}</td>
                  <td className="py-2 pr-3">{e.label || `${e.targetType} ${e.targetId}`}</td>
                  <td className="py-2 font-mono text-xs break-all">{change(e.before, e.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {nextAfter && (
        <p className="mt-4">
          <Link
            href={{ pathname: '/admin/audit', query: { ...(action ? { action } : {}), ...(actor ? { actor } : {}), after: nextAfter } }}
          >
            {t('next')}
          </Link>
        </p>
      )}
    </div>
  )
}
