// A labelled checkbox for forms; it is in the submitted FormData (as "on") only while checked.
interface Props {
  label: string
  name: string
  defaultChecked: boolean
}

export function CheckField({ label, name, defaultChecked }: Props) {
  return (
    // The input inside its label names it and makes the whole text a click target.
    <label className="check-field">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} />
      {label}
    </label>
  )
}
