import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/api/common';

interface Props {
  legend: string;
  hint?: string;
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string | undefined;
}

export function RoleChecklist({ legend, hint, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const toggle = (role: Role, on: boolean) => onChange(on ? [...value, role] : value.filter((r) => r !== role));
  return (
    <fieldset className={`field role-checklist${error ? ' field--invalid' : ''}`}>
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {ROLES.map((role) => (
        <label key={role} className="checkbox">
          <input type="checkbox" checked={value.includes(role)} onChange={(e) => toggle(role, e.target.checked)} />
          <span>
            <strong>{t(`roles.${role}`)}</strong> <span className="muted">— {t(`roles.help.${role}`)}</span>
          </span>
        </label>
      ))}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
