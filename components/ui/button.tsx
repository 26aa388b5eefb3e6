import type { ButtonHTMLAttributes } from 'react'

type Variant = 'primary' | 'secondary' | 'danger' | 'link'

const STYLES: Record<Variant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 px-4 py-2 rounded-md font-medium',
  secondary: 'border border-gray-400 bg-white text-ink hover:bg-gray-50 px-4 py-2 rounded-md font-medium',
  danger: 'border border-red-700 bg-white text-red-800 hover:bg-red-50 px-3 py-1.5 rounded-md font-medium',
  link: 'text-brand-700 underline hover:text-brand-800',
}

export function Button({ variant = 'primary', className = '', ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={`${STYLES[variant]} disabled:opacity-60 ${className}`} {...props} />
}
