import type { ButtonHTMLAttributes } from 'react'

type Variant = 'primary' | 'secondary' | 'danger' | 'link' | 'danger-link'
type Size = 'md' | 'sm'

const STYLES: Record<Variant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 rounded-md font-medium',
  secondary: 'border border-gray-400 bg-white text-ink hover:bg-gray-50 rounded-md font-medium',
  danger: 'border border-red-700 bg-white text-red-800 hover:bg-red-50 rounded-md font-medium',
  link: 'text-brand-700 underline hover:text-brand-800',
  'danger-link': 'text-sm text-red-800 underline',
}
const SIZES: Record<Size, string> = { md: 'px-4 py-2', sm: 'px-3 py-1.5' }

/** Every button of the app. Links and danger links have no padding; danger defaults to the small size. */
export function Button({
  variant = 'primary',
  size = variant === 'danger' ? 'sm' : 'md',
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: Size }) {
  const padding = variant === 'link' || variant === 'danger-link' ? '' : SIZES[size]
  return <button className={`${STYLES[variant]} ${padding} disabled:opacity-60 ${className}`} {...props} />
}
