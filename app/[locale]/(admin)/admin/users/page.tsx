import type { Metadata } from 'next'
import { TableScroll } from '@/components/table-scroll'
import { Breadcrumbs } from '@/components/breadcrumbs'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { Badge } from '@/components/ui/badge'
import { requirePageUser } from '@/server/auth/guard'
import { listUsers } from '@/server/admin/queries'
import { canAdminister } from '@/lib/policies'
import { userSearchSchema } from '@/lib/validations/admin'
import type { Locale } from '@/i18n/routing'
import { UserRowActions } from './_components/user-row-actions'
import { Button } from '@/components/ui/button'
import { forbidden } from 'next/navigation'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'admin' })
  return { title: t('users'), robots: { index: false } }
}

export default async function AdminUsersPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const admin = await requirePageUser(locale, '/admin/users')
  if (!canAdminister(admin)) forbidden()
  const { q, after } = userSearchSchema.parse(await searchParams)
  const [t, tr, { users, nextAfter }] = await Promise.all([getTranslations('admin'), getTranslations('roles'), listUsers({ q, after })])
  return (
    <div>
      <Breadcrumbs items={[{ admin: true }, { label: t('users') }]} />
      <h1 className="text-3xl font-bold">{t('users')}</h1>
      <form role="search" className="my-6 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="user-q" className="block font-medium">
            {t('search')}
          </label>
          <input id="user-q" name="q" type="search" defaultValue={q} className="mt-1 rounded-md border border-gray-500 px-3 py-2" />
        </div>
        <Button type="submit" variant="secondary">
          {t('searchSubmit')}
        </Button>
      </form>
      {users.length === 0 ? (
        <p>{t('noUsers')}</p>
      ) : (
        <TableScroll label={t('table')}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('table')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-4">
                  {t('name')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('email')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('role')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('status')}
                </th>
                <th scope="col" className="py-2">
                  {t('actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-gray-200 align-top" data-testid={`user-${u.email}`}>
                  <td className="py-2 pr-4">
                    {u.name} {u.isDemo && <Badge tone="amber">{t('demo')}</Badge>} {u.id === admin.id && t('you')}
                  </td>
                  <td className="py-2 pr-4">{u.email}</td>
                  <td className="py-2 pr-4" data-testid="role">
                    {tr(u.role)}
                  </td>
                  <td className="py-2 pr-4">{u.suspended ? <Badge tone="amber">{t('suspended')}</Badge> : t('active')}</td>
                  <td className="py-2">{u.id !== admin.id && <UserRowActions user={u} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <nav className="mt-4 flex gap-4" aria-label={t('users')}>
        {after && <Link href={{ pathname: '/admin/users', query: q ? { q } : {} }}>{t('first')}</Link>}
        {nextAfter && <Link href={{ pathname: '/admin/users', query: { ...(q ? { q } : {}), after: nextAfter } }}>{t('next')}</Link>}
      </nav>
    </div>
  )
}
