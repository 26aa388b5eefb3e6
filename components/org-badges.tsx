import { Link } from '@/i18n/navigation'

/** The confirmed organisations of a person, next to their name (threads, practices, events). */
export function OrgBadges({ orgs }: { orgs: { slug: string; name: string }[] | undefined }) {
  if (!orgs?.length) return null
  return (
    <>
      {orgs.map((o) => (
        <Link
          key={o.slug}
          href={{ pathname: '/network/members/[slug]', params: { slug: o.slug } }}
          className="ml-2 inline-block rounded-full border border-brand-700 px-2 text-xs font-medium no-underline"
          data-testid="org-badge"
        >
          {o.name}
        </Link>
      ))}
    </>
  )
}
