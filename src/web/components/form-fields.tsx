/** Labelled form fields whose names are URL parameters: a form submitted as GET rewrites the
 * page's query, so every result is a shareable link. The fields are uncontrolled (their value
 * is the initial one; the form is keyed by the query), so a re-render while the reader types,
 * e.g. when the role names arrive, never undoes a choice. */
export function SelectField(props: {
  name: string;
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  anyLabel?: string;
  /** Shown under the field, which is then marked invalid. */
  error?: string | undefined;
}) {
  const id = `f-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name} {...invalid(id, props.error)}>
        {props.anyLabel !== undefined && (
          <option value="" selected={props.value === ''}>
            {props.anyLabel}
          </option>
        )}
        {props.options.map(([v, text]) => (
          <option key={v} value={v} selected={v === props.value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={id} error={props.error} />
    </div>
  );
}

function invalid(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

export function InputField(props: {
  name: string;
  label: string;
  value: string;
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  step?: number;
  required?: boolean;
  error?: string | undefined;
}) {
  const id = `f-${props.name}`;
  const aria = invalid(id, props.error);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.type === 'number' ? (
        <input
          id={id}
          name={props.name}
          type="number"
          min={props.min}
          max={props.max}
          step={props.step ?? 'any'}
          defaultValue={props.value}
          required={props.required}
          {...aria}
        />
      ) : (
        <input
          id={id}
          name={props.name}
          type="text"
          defaultValue={props.value}
          required={props.required}
          {...aria}
        />
      )}
      <FieldError id={id} error={props.error} />
    </div>
  );
}

/** Submits a form by rewriting the URL with its non-empty fields. */
export function submitToUrl(event: Event, path: string, navigateTo: (url: string) => void): void {
  event.preventDefault();
  const data = new FormData(event.currentTarget as HTMLFormElement);
  const query = new URLSearchParams();
  for (const [key, value] of data)
    if (typeof value === 'string' && value.trim() !== '') query.set(key, value.trim());
  const qs = query.toString();
  navigateTo(qs ? `${path}?${qs}` : path);
}
