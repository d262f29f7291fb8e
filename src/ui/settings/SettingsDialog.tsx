/**
 * The settings panel: language, motion, contrast, text size, font, sound and captions.
 * Each change applies at once and is kept in this browser.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { TEXT_SIZES, type Settings } from '../../core/settings.ts';
import { Icon } from '../components/Icon.tsx';
import { useBase } from '../context.ts';
import { LanguageSelect } from './LanguageSelect.tsx';

function Radios<T extends string>({ name, legend, value, options, onChange }: { readonly name: string; readonly legend: string; readonly value: T; readonly options: readonly { value: T; label: string }[]; readonly onChange: (value: T) => void }) {
  return (
    <fieldset class="setting">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="setting-option">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function Volume({ id, label, value, disabled, onChange }: { readonly id: string; readonly label: string; readonly value: number; readonly disabled: boolean; readonly onChange: (value: number) => void }) {
  return (
    <div class="setting-volume">
      <label for={id}>{label}</label>
      <input id={id} type="range" min={0} max={100} step={5} value={Math.round(value * 100)} disabled={disabled} onInput={(e) => onChange(Number((e.currentTarget as HTMLInputElement).value) / 100)} />
      <output for={id}>{Math.round(value * 100)}%</output>
    </div>
  );
}

export function SettingsButton({ onDark = true }: { readonly onDark?: boolean }) {
  const { t, settings, onSettings } = useBase();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  const set = (patch: Partial<Settings>) => onSettings({ ...settings, ...patch });
  const setSound = (patch: Partial<Settings['sound']>) => set({ sound: { ...settings.sound, ...patch } });
  return (
    <>
      <button type="button" class={onDark ? 'button settings-button on-dark' : 'button settings-button'} onClick={() => setOpen(true)}>
        <Icon name="settings" size={20} /> {t('settings.open')}
      </button>
      <dialog ref={dialog} class="settings-dialog" aria-labelledby="settings-title" onClose={() => setOpen(false)}>
        {open ? (
          <form method="dialog">
            <h2 id="settings-title">{t('settings.title')}</h2>
            <LanguageSelect id="settings-language" />
            <Radios
              name="motion"
              legend={t('settings.motion.label')}
              value={settings.motion}
              options={(['system', 'reduced', 'full'] as const).map((v) => ({ value: v, label: t(`settings.motion.${v}`) }))}
              onChange={(motion) => set({ motion })}
            />
            <fieldset class="setting">
              <legend>{t('settings.reading')}</legend>
              <label class="setting-option">
                <input type="checkbox" checked={settings.contrast === 'high'} onChange={(e) => set({ contrast: (e.currentTarget as HTMLInputElement).checked ? 'high' : 'standard' })} /> {t('settings.highContrast')}
              </label>
              <label class="setting-option">
                <input type="checkbox" checked={settings.font === 'readable'} onChange={(e) => set({ font: (e.currentTarget as HTMLInputElement).checked ? 'readable' : 'standard' })} /> {t('settings.readableFont')}
              </label>
              <label class="setting-inline">
                {t('settings.textSize')}{' '}
                <select value={String(settings.textSize)} onChange={(e) => set({ textSize: Number((e.currentTarget as HTMLSelectElement).value) })}>
                  {TEXT_SIZES.map((size) => (
                    <option key={size} value={String(size)}>
                      {size}%
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
            <fieldset class="setting">
              <legend>{t('settings.sound')}</legend>
              <label class="setting-option">
                <input type="checkbox" checked={settings.sound.muted} onChange={(e) => setSound({ muted: (e.currentTarget as HTMLInputElement).checked })} /> {t('settings.mute')}
              </label>
              <Volume id="volume-master" label={t('settings.volume.master')} value={settings.sound.master} disabled={settings.sound.muted} onChange={(master) => setSound({ master })} />
              <Volume id="volume-music" label={t('settings.volume.music')} value={settings.sound.music} disabled={settings.sound.muted} onChange={(music) => setSound({ music })} />
              <Volume id="volume-effects" label={t('settings.volume.effects')} value={settings.sound.effects} disabled={settings.sound.muted} onChange={(effects) => setSound({ effects })} />
            </fieldset>
            <Radios
              name="captions"
              legend={t('settings.captions.label')}
              value={settings.captions}
              options={(['auto', 'on', 'off'] as const).map((v) => ({ value: v, label: t(`settings.captions.${v}`) }))}
              onChange={(captions) => set({ captions })}
            />
            <p class="setting-note">{t('settings.untimed')}</p>
            <button type="submit" class="button primary">
              {t('settings.close')}
            </button>
          </form>
        ) : null}
      </dialog>
    </>
  );
}
