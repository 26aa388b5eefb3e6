import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'

type FieldProps = {
  name: string
  label: ReactNode
  error?: string
  hint?: ReactNode
}

const inputClass = (error?: string) =>
  `mt-1 block w-full rounded-md border px-3 py-2 text-base ${error ? 'border-red-700' : 'border-gray-500'} bg-white`

/** Label, hint and error around one control, tied to it for screen readers (aria-describedby). */
function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  children: (describedBy: string | undefined) => ReactNode
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children(describedBy)}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  )
}

export function TextField({ name, label, error, hint, id, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? `field-${name}`
  return (
    <Field id={fieldId} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={fieldId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass(error)}
          {...input}
        />
      )}
    </Field>
  )
}

export function SelectField({ name, label, error, hint, id, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const fieldId = id ?? `field-${name}`
  return (
    <Field id={fieldId} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={fieldId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass(error)}
          {...select}
        >
          {children}
        </select>
      )}
    </Field>
  )
}

export function TextAreaField({ name, label, error, hint, id, ...area }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? `field-${name}`
  return (
    <Field id={fieldId} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={fieldId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass(error)}
          {...area}
        />
      )}
    </Field>
  )
}

export type Option = { value: string; label: string }

/** A select of options with a first "none" choice (empty value). */
export function ChoiceField({
  options,
  none,
  ...field
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[]; none: string }) {
  return (
    <SelectField {...field}>
      <option value="">{none}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  )
}

/** A group of checkboxes sharing one name (sent as a list), with a legend, a hint and one error for the group. */
export function CheckboxGroupField({
  name,
  legend,
  options,
  checked,
  hint,
  error,
  id,
}: {
  name: string
  legend: ReactNode
  options: Option[]
  checked?: string[]
  hint?: ReactNode
  error?: string
  id?: string
}) {
  const groupId = id ?? `group-${name}`
  const describedBy = [hint ? `${groupId}-hint` : '', error ? `${groupId}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <fieldset className="mb-4" aria-describedby={describedBy}>
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${groupId}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked?.includes(o.value)}
              className="mt-1 size-4 shrink-0"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${groupId}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  )
}
