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
          className="org-badge"
          data-testid="org-badge"
        >
          {o.name}
        </Link>
      ))}
    </>
  )
}
