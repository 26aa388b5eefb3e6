/** The Cartesio mark: axes of a Cartesian plane with a network of points rising along them (public/brand/mark.svg). */
export function LogoMark({ className = 'h-10 w-10' }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" className={className} aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0b6140" />
      <rect x="1" y="1" width="62" height="62" rx="13" fill="none" stroke="#fff" strokeOpacity="0.35" strokeWidth="2" />
      <path d="M15 13v36h36" fill="none" stroke="#fff" strokeWidth="4.5" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M25 39 35 30 46 19" fill="none" stroke="#9fe0c0" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="25" cy="39" r="4" fill="#fff" />
      <circle cx="35" cy="30" r="4.5" fill="#fff" />
      <circle cx="46" cy="19" r="5.5" fill="#f2b632" />
    </svg>
  )
}
