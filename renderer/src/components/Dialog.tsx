import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal on the native <dialog>: focus is trapped and Escape closes it without extra code. */
export function Dialog({ title, open, onClose, children }: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="dialog-title" onClose={onClose}>
      <header className="dialog__header">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="button button--ghost" onClick={onClose} aria-label={t('common.close')}>
          ×
        </button>
      </header>
      {open ? children : null}
    </dialog>
  );
}
